import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// One deadline of a detainee (DetaineeModel's obligations): its state as a chip, its title and
// why. On the detainee page and, for the plan's deadlines, on the D&R-plan page.
Rectangle {
    id: card
    required property var obligation
    implicitHeight: obligationRow.implicitHeight + Theme.spacing * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    RowLayout {
        id: obligationRow
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        StatusChip {
            status: card.obligation.doneToday ? "met" : card.obligation.status
            label: card.obligation.statusLabel
            // The longest word ("✓ Vandaag gedaan") on one line; a longer one in another
            // language wraps inside the chip.
            Layout.preferredWidth: 200
            wrapMode: Text.WordWrap
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                text: card.obligation.title
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: card.obligation.reason
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
        }
    }
}
