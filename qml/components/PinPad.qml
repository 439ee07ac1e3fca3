import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// Large digits for a PIN, usable with gloves. Shows dots, never the digits.
ColumnLayout {
    id: pad
    property string pin: ""
    property int maxLength: 8
    property int minLength: 4 // a sign-in takes an old PIN of four; a new PIN needs six
    property string okText: qsTr("Aanmelden")
    signal submitted(string pin)

    spacing: Theme.spacing
    // A keypad keeps its order in every language: 1 2 3 on top, OK bottom right.
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    function clear() { pad.pin = "" }

    Label {
        objectName: "pinDots"
        Layout.alignment: Qt.AlignHCenter
        text: pad.pin.length > 0 ? "●".repeat(pad.pin.length) : qsTr("Pincode")
        font.pixelSize: Theme.fontHeading
        color: pad.pin.length > 0 ? Theme.text : Theme.textMuted
        Accessible.name: qsTr("%n cijfer(s) ingevoerd", "", pad.pin.length)
    }

    GridLayout {
        columns: 3
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing
        Layout.alignment: Qt.AlignHCenter
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
            delegate: Button {
                required property string modelData
                objectName: "pinKey" + modelData
                text: modelData
                font.pixelSize: modelData === "OK" ? Theme.fontBody : Theme.fontHeading
                Layout.preferredWidth: Theme.touchTarget * 1.8
                Layout.preferredHeight: Theme.touchTarget * 1.3
                enabled: modelData === "OK" ? pad.pin.length >= pad.minLength : true
                Accessible.name: modelData === "⌫" ? qsTr("Wis laatste cijfer")
                               : modelData === "OK" ? pad.okText : modelData
                onClicked: {
                    if (modelData === "⌫")
                        pad.pin = pad.pin.slice(0, -1)
                    else if (modelData === "OK")
                        pad.submitted(pad.pin)
                    else if (pad.pin.length < pad.maxLength)
                        pad.pin += modelData
                }
            }
        }
    }
}
