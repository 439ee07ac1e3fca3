import QtQuick
import QtQuick.Controls
import Ronde

// A button on the blue title bar ("‹ Terug", "Vergrendelen"): white words on the bar's own
// blue, outlined so that it reads as a button (the style's grey fill made the words about
// 3:1 and the button look disabled).
ToolButton {
    id: control
    implicitHeight: Theme.touchTarget
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    Accessible.name: text
    contentItem: Text {
        text: control.text
        font: control.font
        color: Theme.textOnPrimary
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        implicitWidth: Theme.touchTarget
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: control.down ? Theme.primaryDark : "transparent"
        border.color: Theme.textOnPrimary
        border.width: 2
    }
}
