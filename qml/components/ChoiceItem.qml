import QtQuick
import QtQuick.Controls
import Ronde

// An entry of a ComboBox's open list, at the theme's sizes: the style's own was small print
// on a short row. For a model of objects, named by the ComboBox's textRole.
ItemDelegate {
    required property ComboBox control
    required property var modelData
    required property int index
    width: control.width
    height: Theme.touchTarget
    text: modelData[control.textRole]
    font.pixelSize: Theme.fontBody
    font.bold: control.currentIndex === index
    highlighted: control.highlightedIndex === index
}
