import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// Aanmelden: pick your name, enter your PIN. Five wrong PINs lock the account for a while
// (checked in core, counted in the database).
Page {
    id: page
    required property Session session
    property string chosenId: ""
    readonly property string chosenName: {
        const chosen = page.session.staff.find(p => p.id === page.chosenId)
        return chosen ? chosen.name : ""
    }
    property string message: ""
    // The language buttons; not over a lock screen, where the detainee may hold the tablet
    // (their questionnaire's language, and the staff's saved choice, are not theirs to change).
    property bool choosesLanguage: true

    title: qsTr("Aanmelden")
    readonly property var shownStaff: {
        const needle = nameSearch.text.trim().toLowerCase()
        if (needle === "")
            return page.session.staff
        // While searching, each person once, by surname.
        return page.session.staff.filter(p => !p.recent && p.name.toLowerCase().indexOf(needle) >= 0)
    }
    // A name the search no longer shows is no longer chosen: a PIN entered after searching
    // for someone else went to the name chosen before, out of sight.
    onShownStaffChanged: {
        if (page.chosenId !== "" && !page.shownStaff.some(p => p.id === page.chosenId))
            page.choose("")
    }
    function choose(id) {
        page.chosenId = id
        page.message = ""
        pinPad.clear()
    }
    background: Rectangle { color: Theme.background }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: page.width > page.height ? 2 : 1
        columnSpacing: Theme.margin * 2
        rowSpacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            Label {
                text: qsTr("Wie bent u?")
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
            }
            // A facility has 100–200 people on its tablets: those who used this one lately
            // first, then everyone by surname, and a search that narrows as you type.
            SearchField {
                id: nameSearch
                objectName: "staffSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Zoek uw naam")
            }
            ListView {
                id: staffList
                objectName: "staffList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 6
                model: page.shownStaff
                section.property: "section"
                section.delegate: Label {
                    required property string section
                    width: staffList.width
                    topPadding: Theme.spacing
                    bottomPadding: 4
                    text: section
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textMuted
                }
                ScrollBar.vertical: ScrollBar { width: 16 }
                // The chosen name whole in view, not cut off at the list's edge, also when the
                // list grows shorter for the PIN pad (portrait).
                // The row tapped: one who used this tablet lately is in the list twice.
                property int chosenRow: -1
                function keepChosenInView() {
                    const tapped = page.shownStaff[chosenRow]
                    const row = tapped && tapped.id === page.chosenId
                              ? chosenRow : page.shownStaff.findIndex(p => p.id === page.chosenId)
                    if (row >= 0)
                        positionViewAtIndex(row, ListView.Contain)
                }
                onHeightChanged: keepChosenInView()
                delegate: Button {
                    required property var modelData
                    required property int index
                    objectName: "staff_" + modelData.role
                    width: staffList.width - 20
                    height: Theme.touchTarget + 8
                    checkable: true
                    checked: page.chosenId === modelData.id
                    Accessible.name: modelData.name + ", " + modelData.roleLabel
                    onClicked: {
                        page.choose(modelData.id)
                        staffList.chosenRow = index
                        staffList.keepChosenInView()
                    }
                    contentItem: RowLayout {
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            text: modelData.name
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            elide: Text.ElideRight
                            color: page.chosenId === modelData.id ? Theme.textOnPrimary : Theme.text
                        }
                        // Two people of one name differ by role and organisation.
                        Label {
                            text: modelData.roleLabel
                                  + (modelData.organisation !== "" && modelData.organisation !== modelData.roleLabel
                                     ? " · " + modelData.organisation : "")
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: page.chosenId === modelData.id ? Theme.textOnPrimary : Theme.primary
                        }
                    }
                    background: Rectangle {
                        radius: Theme.radius
                        color: page.chosenId === modelData.id ? Theme.primary : Theme.surface
                        border.color: Theme.primary
                        border.width: page.chosenId === modelData.id ? 3 : 1
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: staffList.count === 0 && nameSearch.text !== ""
                    text: qsTr("Niemand gevonden voor “%1”.").arg(nameSearch.text)
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                }
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
            spacing: Theme.spacing
            // Whose PIN it asks for, by name on a line of its own (the list may have scrolled
            // the name away); two lines kept when none is chosen, so that the pad never moves
            // under a finger on its way to it.
            ColumnLayout {
                Layout.alignment: Qt.AlignHCenter
                Layout.maximumWidth: Theme.touchTarget * 6
                Layout.preferredHeight: Theme.fontTitle * 2 * 1.3
                spacing: 0
                Label {
                    objectName: "pinPromptName"
                    Layout.alignment: Qt.AlignHCenter
                    Layout.maximumWidth: Theme.touchTarget * 6
                    visible: page.chosenId !== ""
                    text: page.chosenName
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "pinPrompt"
                    Layout.alignment: Qt.AlignHCenter
                    text: page.chosenId === "" ? qsTr("Kies eerst uw naam") : qsTr("Voer uw pincode in")
                    font.pixelSize: Theme.fontTitle
                    color: Theme.text
                }
            }
            PinPad {
                id: pinPad
                objectName: "pinPad"
                enabled: page.chosenId !== ""
                // In portrait it comes with a chosen name: before, the names have its room
                // (about twelve instead of four on a tablet).
                visible: page.chosenId !== "" || page.width > page.height
                Layout.alignment: Qt.AlignHCenter
                onSubmitted: (pin) => {
                    page.message = page.session.signIn(page.chosenId, pin)
                    pinPad.clear()
                }
                // A new try begins: the last one's "Onjuiste pincode" no longer applies (it
                // comes again, with the tries left or the lockout's time, if this one fails).
                onPinChanged: if (pin.length === 1) page.message = ""
            }
            // The language of the app, for whoever holds the tablet.
            Row {
                objectName: "languageChoice"
                visible: page.choosesLanguage
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.spacing
                Repeater {
                    model: UiLanguage.languages
                    delegate: FilterButton {
                        required property var modelData
                        objectName: "language_" + modelData.code
                        text: modelData.name
                        checked: UiLanguage.code === modelData.code
                        Accessible.name: modelData.name
                        // A message said in the other language would stay so: it goes.
                        onClicked: { UiLanguage.choose(modelData.code); page.session.refreshTexts(); page.message = "" }
                    }
                }
            }
            // Its room is kept when empty, so that a wrong PIN moves nothing on the screen.
            Label {
                objectName: "signInMessage"
                Layout.preferredWidth: Theme.touchTarget * 6
                Layout.preferredHeight: Theme.fontBody * 3 * 1.3
                verticalAlignment: Text.AlignTop
                text: page.message === "" ? "" : "⚠ " + page.message
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.fontBody
                color: Theme.danger
            }
        }
    }
}
