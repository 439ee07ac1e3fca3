import QtQuick
import QtQuick.Controls
import Ronde

// The open-me arrow of a ComboBox, drawn as text in the theme's colour (larger than the
// style's picture, and without an image to load).
Label {
    required property ComboBox control
    x: control.width - width - Theme.spacing
    y: (control.height - height) / 2
    text: "▾"
    font.pixelSize: Theme.fontTitle
    color: control.enabled ? Theme.primary : Theme.textMuted
}
