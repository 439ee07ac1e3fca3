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
    property string message: ""

    title: qsTr("Aanmelden")
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
            GridView {
                id: staffList
                objectName: "staffList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                cellWidth: width / Math.max(1, Math.floor(width / 260))
                cellHeight: Theme.touchTarget + 40
                model: page.session.staff
                delegate: Item {
                    required property var modelData
                    width: staffList.cellWidth
                    height: staffList.cellHeight
                    Button {
                        objectName: "staff_" + modelData.role
                        anchors.fill: parent
                        anchors.margins: 6
                        checkable: true
                        checked: page.chosenId === modelData.id
                        Accessible.name: modelData.name + ", " + modelData.roleLabel
                        onClicked: { page.chosenId = modelData.id; page.message = ""; pinPad.clear() }
                        contentItem: Column {
                            spacing: 2
                            Label {
                                width: parent.width
                                text: modelData.name
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                elide: Text.ElideRight
                                color: page.chosenId === modelData.id ? Theme.textOnPrimary : Theme.text
                            }
                            Label {
                                text: modelData.roleLabel
                                font.pixelSize: Theme.fontSmall
                                color: page.chosenId === modelData.id ? Theme.textOnPrimary : Theme.textMuted
                            }
                        }
                        background: Rectangle {
                            radius: Theme.radius
                            color: page.chosenId === modelData.id ? Theme.primary : Theme.surface
                            border.color: Theme.primary
                            border.width: page.chosenId === modelData.id ? 3 : 1
                        }
                    }
                }
            }
        }

        ColumnLayout {
            Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
            spacing: Theme.spacing
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: page.chosenId === "" ? qsTr("Kies eerst uw naam") : qsTr("Voer uw pincode in")
                font.pixelSize: Theme.fontTitle
                color: Theme.text
            }
            PinPad {
                id: pinPad
                objectName: "pinPad"
                enabled: page.chosenId !== ""
                onSubmitted: (pin) => {
                    page.message = page.session.signIn(page.chosenId, pin)
                    pinPad.clear()
                }
            }
            // The language of the app, for whoever holds the tablet.
            Row {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.spacing
                Repeater {
                    model: [{ "code": "nl", "name": "Nederlands" }, { "code": "en", "name": "English" }]
                    delegate: FilterButton {
                        required property var modelData
                        objectName: "language_" + modelData.code
                        text: modelData.name
                        checked: UiLanguage.code === modelData.code
                        Accessible.name: modelData.name
                        onClicked: { UiLanguage.choose(modelData.code); page.session.refreshTexts() }
                    }
                }
            }
            Label {
                objectName: "signInMessage"
                Layout.preferredWidth: Theme.touchTarget * 6
                visible: page.message !== ""
                text: "⚠ " + page.message
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.fontBody
                color: Theme.danger
            }
        }
    }
}
