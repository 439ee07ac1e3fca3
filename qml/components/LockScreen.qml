import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// Over pages that hold unsaved input, or a hand-over: the same user's PIN opens them again,
// and another staff member takes the tablet only by signing in, which throws that input away
// (Session::signIn; the paused user's own name there keeps it, as their PIN above does).
// Nobody without a PIN can throw it away: over a hand-over the detainee may hold the tablet,
// with the staff member's unsaved talk and their rating behind it.
Rectangle {
    id: lockScreen
    required property Session session
    // Over a hand-over the detainee may hold the tablet: no staff member is named.
    property bool overHandOver: false

    color: Theme.background
    onVisibleChanged: otherUser.visible = false // each lock starts with the PIN of its user
    MouseArea { anchors.fill: parent } // no tap goes through to what lies below

    Flickable {
        anchors.fill: parent
        visible: !otherUser.visible
        contentHeight: lockColumn.implicitHeight + Theme.margin * 2
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: lockColumn
            width: Math.min(lockScreen.width - Theme.margin * 2, 700)
            x: (lockScreen.width - width) / 2
            y: Theme.margin
            spacing: Theme.margin
            HandBack {
                objectName: "lockPin"
                Layout.fillWidth: true
                session: lockScreen.session
                thanks: qsTr("Vergrendeld")
                prompt: lockScreen.overHandOver
                        ? qsTr("Medewerker: voer uw pincode in om verder te gaan.")
                        : qsTr("%1: voer uw pincode in om verder te gaan. Wat u invulde, staat nog klaar.")
                          .arg(lockScreen.session.userName)
                okText: qsTr("Verder")
            }
            BigButton {
                objectName: "otherUserButton"
                Layout.fillWidth: true
                primary: false
                text: qsTr("Andere medewerker")
                onClicked: otherUser.visible = true
            }
        }
    }

    // Another staff member: what goes, a way back, and the sign-in that makes it go.
    ColumnLayout {
        id: otherUser
        objectName: "otherUser"
        visible: false
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.margin
            Label {
                objectName: "discardWarning"
                Layout.fillWidth: true
                text: (lockScreen.overHandOver
                       ? qsTr("Wat nog niet is opgeslagen, gaat verloren als een andere medewerker zich aanmeldt.")
                       : qsTr("Wat %1 invulde en nog niet opsloeg, gaat verloren als een andere medewerker zich aanmeldt.")
                         .arg(lockScreen.session.userName))
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            BigButton { // keeping is the easy tap, as in "Niet opgeslagen"
                objectName: "keepWorkButton"
                text: qsTr("Niet weggooien")
                onClicked: otherUser.visible = false
            }
        }
        // Made anew each time: no name chosen, no message from the last try.
        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: otherUser.visible
            sourceComponent: SignInPage {
                objectName: "otherUserSignIn"
                session: lockScreen.session
                choosesLanguage: false
            }
        }
    }
}
