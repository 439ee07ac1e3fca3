import QtQuick
import QtQuick.Controls
import Ronde

// A status in words and colour (never colour alone): overdue, due, met, late, n/a.
Label {
    id: chip
    required property string status
    required property string label
    readonly property color tone: status === "overdue" ? Theme.danger
                                : status === "due" ? Theme.warning
                                : status === "met" ? Theme.ok
                                : status === "metLate" ? Theme.accent : Theme.textMuted
    text: (status === "overdue" ? "⚠ " : status === "met" ? "✓ " : "") + label
    font.pixelSize: Theme.fontSmall
    font.bold: true
    color: tone
    leftPadding: 10
    rightPadding: 10
    topPadding: 4
    bottomPadding: 4
    background: Rectangle { radius: Theme.radius; color: "transparent"; border.color: chip.tone; border.width: 2 }
}
