import QtQuick
import QtQuick.Controls
import Ronde

// A large toggle for filters (unit, status). Checked state shows by fill and a tick, so it
// does not rely on colour alone.
Button {
    id: control
    checkable: true
    implicitHeight: Theme.touchTarget
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    font.pixelSize: Theme.fontBody
    // Faded when it takes no tap (a stepper at its limit, a choice already saved), the chosen
    // one still filled.
    opacity: enabled ? 1 : 0.4

    // As wide checked as not: a tick that widened the button would push the ones beside it
    // away, and a gloved second tap would land on the wrong one.
    contentItem: Item {
        implicitWidth: Math.ceil(control.checkable ? checkedWidth.advanceWidth : label.implicitWidth)
        implicitHeight: label.implicitHeight
        TextMetrics {
            id: checkedWidth
            font: control.font
            text: "✓ " + control.text
        }
        Text {
            id: label
            objectName: "chipLabel"
            anchors.fill: parent
            text: (control.checked ? "✓ " : "") + control.text
            font: control.font
            color: control.checked ? Theme.textOnPrimary : Theme.primary
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.checked ? Theme.primary : (control.down ? Theme.background : Theme.surface)
        border.color: Theme.primary
        border.width: 2
    }
}
