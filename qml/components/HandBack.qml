import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// The end of a hand-over (the rating, the questionnaire): thanks, and the tablet goes back
// to the staff member only with their PIN (Session::confirmPin checks it without signing in
// again). Nothing of what the detainee answered is on screen. Give it a width: the words
// wrap in it and the keypad sits in its middle. The shell's lock screen is one too, with
// words of its own.
ColumnLayout {
    id: handBack
    required property Session session
    property string thanks: qsTr("Dank u wel. Geef de tablet terug aan de medewerker.")
    property string prompt: qsTr("Medewerker: voer uw pincode in.")
    property alias okText: pinPad.okText
    signal confirmed()
    spacing: Theme.margin
    onVisibleChanged: if (!visible) wrongPin.text = "" // the next time starts afresh

    Label {
        Layout.fillWidth: true
        text: handBack.thanks
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
    }
    Label {
        Layout.fillWidth: true
        text: handBack.prompt
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
    }
    PinPad {
        id: pinPad
        objectName: "handBackPinPad"
        Layout.alignment: Qt.AlignHCenter
        okText: qsTr("Terug")
        onSubmitted: (pin) => {
            const refusal = handBack.session.confirmPin(pin)
            wrongPin.text = refusal === "" ? "" : "⚠ " + refusal
            if (refusal === "")
                handBack.confirmed()
            pinPad.clear()
        }
    }
    // Its room is kept when empty: a wrong PIN moves nothing on the screen.
    Label {
        id: wrongPin
        objectName: "handBackWrongPin"
        visible: true
        Layout.alignment: Qt.AlignHCenter
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        // Two lines' room, kept when empty: a wrong PIN moves nothing on the screen.
        Layout.preferredHeight: Math.ceil(fontMetrics.height) * 2
        FontMetrics { id: fontMetrics; font: wrongPin.font }
        text: ""
        color: Theme.danger
        font.pixelSize: Theme.fontBody
    }
}
