import QtQuick
import QtQuick.Controls
import Ronde

// The main action of a page: large, filled, with its words; gloves welcome.
Button {
    id: control
    property bool primary: true
    implicitHeight: Theme.touchTarget + 8
    leftPadding: Theme.margin * 1.5
    rightPadding: Theme.margin * 1.5
    font.pixelSize: Theme.fontTitle
    font.bold: primary
    Accessible.name: text
    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.textMuted : control.primary ? Theme.textOnPrimary : Theme.primary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Theme.divider
             : control.primary ? (control.down ? Qt.darker(Theme.primary, 1.2) : Theme.primary)
             : (control.down ? Theme.background : Theme.surface)
        border.color: control.enabled ? Theme.primary : Theme.divider
        border.width: 2
    }
}
