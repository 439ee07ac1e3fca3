import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde
import Ronde.Office

// A key figure of the office report: its share large, the count under it, and its words.
// Tapping it opens the detainees behind it.
Button {
    id: tile
    property string percent
    property string detail
    property string label

    implicitHeight: Math.max(Theme.touchTarget * 2, content.implicitHeight + Theme.spacing * 2)
    Accessible.name: label + ": " + percent + ", " + detail
    padding: Theme.spacing
    background: Rectangle {
        radius: Theme.radius
        color: tile.down ? Theme.background : Theme.surface
        border.color: Theme.divider
        border.width: 1
    }
    contentItem: ColumnLayout {
        id: content
        spacing: 2
        Label {
            text: tile.percent
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.primary
        }
        Label {
            Layout.fillWidth: true
            text: tile.detail
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap // "0 van de 1 gedetineerde zonder contact" in a narrow tile
        }
        Label {
            Layout.fillWidth: true
            text: tile.label + " ›"
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Item { Layout.fillHeight: true } // tiles of one row align at the top
    }
}
