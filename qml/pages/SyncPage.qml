import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// Synchronisatie: link this tablet to the central server with a one-time code, see when it
// last synced and why it failed, and sync now.
Page {
    id: page
    required property Session session
    signal linked()

    title: qsTr("Synchronisatie")
    // Who finds the tablet locked, or a visitor from outside, sees the state, not what the
    // records are about, and cannot link it elsewhere; a new tablet (no facility yet) is
    // linked before anyone can sign in.
    readonly property bool signedIn: page.session.isFacilityStaff
    readonly property bool mayLink: signedIn || page.session.facilityId === ""

    // An address in a message stays on one line ("https://" alone at a line's end was read as
    // the whole example): its characters joined by word joiners, which are not seen.
    // (An address wider than the line still wraps: the labels wrap anywhere when they must.)
    function keepAddressesWhole(text) {
        return text.replace(/(https?:\/\/[^\s”"]*[^\s”".,])/g, address => address.split("").join("\u2060"))
    }
    background: Rectangle { color: Theme.background }

    SyncController {
        id: sync
        objectName: "pageSync"
        session: page.session
        // Linking runs on the worker with the first sync; the page hears how it ended.
        onEnrolFinished: function(error) {
            linkError.text = error
            if (error === "") {
                page.session.reloadRegistry()
                page.linked()
            }
        }
    }

    // Scrolls when many records are listed as refused or set aside.
    Flickable {
        anchors.fill: parent
        contentHeight: content.implicitHeight + Theme.margin * 2
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: content
            x: Theme.margin
            y: Theme.margin
            width: Math.min(page.width - Theme.margin * 2, 900)
            spacing: Theme.margin

            Label {
                Layout.fillWidth: true
                text: sync.enrolled ? qsTr("Gekoppeld aan %1").arg(sync.serverUrl)
                                    : qsTr("Deze tablet is nog niet gekoppeld aan de centrale server.")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }

            // Not linked: whoever works on the tablet meanwhile is told that nothing is lost,
            // and who links it. (A mentor meeting the linking form wondered where their
            // records went, and whether to fill it in.)
            Label {
                objectName: "keptUntilLinked"
                visible: !sync.enrolled
                Layout.fillWidth: true
                text: qsTr("Alles wat op deze tablet wordt vastgelegd, blijft hier veilig bewaard. Na het koppelen gaat het bij de eerste synchronisatie naar de centrale server.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }

            Label {
                objectName: "pendingChanges"
                Layout.fillWidth: true
                text: page.session.pendingChanges === 0
                      ? (sync.refusedCount > 0 ? qsTr("Niets wacht op verzending.") : qsTr("Alles is verstuurd."))
                      : sync.enrolled
                        ? qsTr("%n wijziging(en) wachten op synchronisatie", "", page.session.pendingChanges)
                        : qsTr("%n wijziging(en) nog niet verstuurd", "", page.session.pendingChanges)
                visible: sync.enrolled || page.session.pendingChanges > 0
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }

            Label {
                objectName: "signInToLink"
                visible: !sync.enrolled && !page.mayLink
                Layout.fillWidth: true
                text: qsTr("Een medewerker van de inrichting koppelt deze tablet.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }

            // Linking, with the address and the one-time code from the central office.
            ColumnLayout {
                objectName: "linkForm"
                visible: !sync.enrolled && page.mayLink
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    objectName: "whoLinks"
                    Layout.fillWidth: true
                    text: qsTr("Koppelen doet de beheerder van de inrichting, met het serveradres en een aanmeldcode van het centrale kantoor. Heeft u die niet, dan hoeft u hier niets te doen.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                // On a tablet of a facility, a mentor has nothing to fill in here: the fields
                // open on a tap, for the administrator with a code. A tablet without a facility
                // is being set up by the administrator, and shows them at once.
                BigButton {
                    objectName: "openLinkFields"
                    visible: !linkFields.opened && page.session.facilityId !== ""
                    Layout.fillWidth: true
                    primary: false
                    text: qsTr("Ik heb een aanmeldcode")
                    onClicked: {
                        linkFields.opened = true
                        serverField.forceActiveFocus()
                    }
                }
                ColumnLayout {
                    id: linkFields
                    objectName: "linkFields"
                    property bool opened: false
                    visible: opened || page.session.facilityId === ""
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label { text: qsTr("Serveradres"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField {
                        id: serverField
                        objectName: "serverField"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget
                        font.pixelSize: Theme.fontBody
                        placeholderText: "https://ronde.example:8443"
                        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
                        Accessible.name: qsTr("Serveradres")
                    }
                    Label { text: qsTr("Aanmeldcode (van het centrale kantoor)"); font.pixelSize: Theme.fontBody; color: Theme.text }
                    TextField {
                        id: codeField
                        objectName: "codeField"
                        Layout.fillWidth: true
                        Layout.preferredHeight: Theme.touchTarget
                        font.pixelSize: Theme.fontBody
                        placeholderText: "abcd-1234-ef56"
                        inputMethodHints: Qt.ImhNoPredictiveText
                        Accessible.name: qsTr("Aanmeldcode")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        // Opened by mistake, or the code is not at hand: closed again, emptied.
                        BigButton {
                            objectName: "closeLinkFields"
                            visible: linkFields.opened && page.session.facilityId !== ""
                            enabled: !sync.busy
                            Layout.fillWidth: true
                            primary: false
                            text: qsTr("Annuleren")
                            onClicked: {
                                serverField.text = ""
                                codeField.text = ""
                                linkError.text = ""
                                linkFields.opened = false
                            }
                        }
                        BigButton {
                            objectName: "linkButton"
                            Layout.fillWidth: true
                            text: sync.busy ? qsTr("Bezig met koppelen…") : qsTr("Koppelen")
                            enabled: !sync.busy && serverField.text.length > 0 && codeField.text.length > 0
                            onClicked: {
                                linkError.text = ""
                                if (!sync.enrol(serverField.text, codeField.text))
                                    linkError.text = sync.lastError !== "" ? page.keepAddressesWhole(sync.lastError)
                                        : qsTr("Er loopt al een synchronisatie; probeer het zo opnieuw.")
                            }
                        }
                    }
                }
                ProgressBar {
                    Layout.fillWidth: true
                    visible: sync.busy
                    indeterminate: true
                }
                Label {
                    id: linkError
                    objectName: "linkError"
                    visible: text !== ""
                    Layout.fillWidth: true
                    text: ""
                    textFormat: Text.PlainText
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere // see keepAddressesWhole
                    Accessible.name: text.replace(/\u2060/g, "")
                }
            }

            // Status and the button, once linked.
            ColumnLayout {
                visible: sync.enrolled
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    text: sync.lastSuccessText !== ""
                          ? qsTr("Laatst gesynchroniseerd: %1").arg(sync.lastSuccessText)
                          : qsTr("Nog niet gesynchroniseerd")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
                Label {
                    visible: sync.lastError !== ""
                    Layout.fillWidth: true
                    text: "⚠ " + page.keepAddressesWhole(sync.lastError)
                          + (sync.retrySeconds > 0 ? " " + qsTr("Nieuwe poging over %n seconde(n).", "", sync.retrySeconds) : "")
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere // see keepAddressesWhole
                    Accessible.name: text.replace(/\u2060/g, "")
                }
                // What the server refused stays here, with its reason, until it is accepted.
                Label {
                    objectName: "refusedHeading"
                    visible: sync.refusedCount > 0
                    Layout.fillWidth: true
                    text: "⚠ " + qsTr("%n registratie(s) geweigerd door de server:", "", sync.refusedCount)
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: page.signedIn ? sync.refusedChanges : []
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        text: "• " + modelData
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                        Accessible.name: text
                    }
                }
                Label {
                    objectName: "signInToSeeRecords"
                    visible: !page.signedIn && (sync.refusedCount > 0 || sync.setAside.length > 0)
                    Layout.fillWidth: true
                    text: qsTr("Welke, ziet een medewerker van de inrichting.")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                Label {
                    visible: sync.refusedCount > 0
                    Layout.fillWidth: true
                    text: qsTr("Ze blijven op deze tablet. Het centrale kantoor ziet ze ook; is de oorzaak verholpen, verstuur ze dan opnieuw.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                BigButton {
                    objectName: "resendRefusedButton"
                    visible: sync.refusedCount > 0 && page.signedIn
                    Layout.fillWidth: true
                    text: qsTr("Geweigerde opnieuw versturen")
                    enabled: !sync.busy
                    onClicked: sync.resendRefused()
                }
                Label {
                    objectName: "setAsideHeading"
                    visible: sync.setAside.length > 0
                    Layout.fillWidth: true
                    text: "⚠ " + qsTr("%n registratie(s) van de server konden hier niet worden opgeslagen (het centrale kantoor is ingelicht):", "", sync.setAside.length)
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: page.signedIn ? sync.setAside : []
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        text: "• " + modelData
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                        Accessible.name: text
                    }
                }
                ProgressBar {
                    Layout.fillWidth: true
                    visible: sync.busy
                    indeterminate: true
                }
                BigButton {
                    objectName: "syncNowPageButton"
                    Layout.fillWidth: true
                    text: qsTr("Nu synchroniseren")
                    enabled: !sync.busy
                    onClicked: sync.syncNow()
                }
            }
        }
    }
}
