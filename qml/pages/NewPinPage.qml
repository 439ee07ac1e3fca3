import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// Nieuwe pincode: a PIN of four or five digits (or one hashed the old way) must be replaced
// at sign-in by one of six to eight digits, typed twice. In force on this tablet at once; the
// other tablets have it after the next sync.
Page {
    id: page
    required property Session session
    property string first: ""
    property string message: ""

    title: qsTr("Nieuwe pincode")
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.top: parent.top
        anchors.topMargin: Theme.margin
        width: Math.min(parent.width - Theme.margin * 2, 560)
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("%1, kies een nieuwe pincode van 6 tot 8 cijfers. Uw huidige pincode is te kort of verouderd.").arg(page.session.userName)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "newPinStep"
            Layout.alignment: Qt.AlignHCenter
            text: page.first === "" ? qsTr("Nieuwe pincode") : qsTr("Nog een keer, ter controle")
            font.pixelSize: Theme.fontTitle
            color: Theme.text
        }
        PinPad {
            id: pinPad
            objectName: "newPinPad"
            Layout.alignment: Qt.AlignHCenter
            minLength: 6
            okText: page.first === "" ? qsTr("Verder") : qsTr("Opslaan")
            onSubmitted: (pin) => {
                pinPad.clear()
                if (page.first === "") { // six digits at least: the pad's OK waits for them
                    page.first = pin
                    page.message = ""
                } else if (pin !== page.first) {
                    page.first = ""
                    page.message = qsTr("De twee pincodes verschillen. Begin opnieuw.")
                } else {
                    page.message = page.session.changePin(pin)
                    page.first = ""
                }
            }
        }
        Label {
            objectName: "newPinMessage"
            Layout.fillWidth: true
            visible: page.message !== ""
            text: "⚠ " + page.message
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
    }
}
