import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// The end of a hand-over (the rating, the questionnaire): thanks, and the tablet goes back
// to the staff member only with their PIN (Session::confirmPin checks it without signing in
// again). Nothing of what the detainee answered is on screen.
ColumnLayout {
    id: handBack
    required property Session session
    property string thanks: qsTr("Dank u wel. Geef de tablet terug aan de medewerker.")
    signal confirmed()
    spacing: Theme.margin

    Label {
        Layout.alignment: Qt.AlignHCenter
        Layout.maximumWidth: handBack.parent ? handBack.parent.width - Theme.margin * 2 : 800
        text: handBack.thanks
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
    }
    PinPad {
        id: pinPad
        objectName: "handBackPinPad"
        Layout.alignment: Qt.AlignHCenter
        okText: qsTr("Terug")
        onSubmitted: (pin) => {
            if (handBack.session.confirmPin(pin)) {
                wrongPin.visible = false
                handBack.confirmed()
            } else {
                wrongPin.visible = true
            }
            pinPad.clear()
        }
    }
    Label {
        id: wrongPin
        objectName: "handBackWrongPin"
        visible: false
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("⚠ Onjuiste pincode")
        color: Theme.danger
        font.pixelSize: Theme.fontBody
    }
}
