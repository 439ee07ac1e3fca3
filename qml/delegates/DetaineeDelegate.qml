import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// One detainee in the rounds list. Light on purpose: the list must stay smooth with a
// thousand rows, so it only shows what the model already computed.
ItemDelegate {
    id: row
    required property string detaineeId
    required property string name
    required property string number
    required property string unitName
    required property date admittedOn
    required property int daysInCustody
    required property date lastContactOn
    required property int daysSinceContact
    required property bool discharged
    required property int urgency
    required property string attention
    required property string program
    required property bool done
    required property bool own
    required property bool contactOfViewer // a visitor's own last contact (RoundsModel)
    // Whether the list also holds others' detainees without headings (everyone's list and the
    // questionnaire's, for who sees more than their own), so that a chip marks the own ones.
    // Mijn werk says it in its headings, or is all own.
    property bool marksOwn: false

    // Landscape: who | what needs attention. Portrait: the two stacked.
    readonly property bool wide: width >= 1000
    // A word in a frame, centred on the name's line.
    component Chip: Item {
        property alias text: chipLabel.text
        property alias labelName: chipLabel.objectName
        property color colour
        property real lineHeight // the name's, so that the chip sits in the middle of its line
        implicitWidth: chipLabel.implicitWidth
        implicitHeight: lineHeight
        Label {
            id: chipLabel
            anchors.verticalCenter: parent.verticalCenter
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: parent.colour
            leftPadding: 8
            rightPadding: 8
            background: Rectangle { radius: Theme.radius; border.color: chipLabel.color; color: "transparent" }
        }
    }

    // As high as its words need: a reason is wrapped, never cut. (In portrait its three lines
    // or more fill a row's height already: a larger minimum only left empty space in it.)
    implicitHeight: Math.max(Theme.rowHeight, contentItem.implicitHeight + topPadding + bottomPadding)
    Accessible.name: attention.length > 0 ? qsTr("%1, nummer %2: %3").arg(name).arg(number).arg(attention)
                                          : qsTr("%1, nummer %2").arg(name).arg(number)

    background: Rectangle {
        color: row.down ? Theme.background : Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    contentItem: GridLayout {
        columns: row.wide ? 3 : 2
        columnSpacing: Theme.spacing * 2
        rowSpacing: 4

        // A strip in the status colour; the badge below also says it in words.
        Rectangle {
            Layout.row: 0
            Layout.column: 0
            Layout.rowSpan: row.wide ? 1 : 2
            Layout.fillHeight: true
            Layout.preferredWidth: 8
            color: row.urgency === 3 ? Theme.danger : row.urgency === 2 ? Theme.warning
                 : row.urgency === 1 ? Theme.accent : row.done ? Theme.ok : "transparent"
        }

        // Who: a fixed share of the row, so a long reason never hides the name.
        ColumnLayout {
            Layout.row: 0
            Layout.column: 1
            Layout.fillWidth: !row.wide
            Layout.preferredWidth: row.wide ? row.width * 0.36 : -1
            Layout.maximumWidth: row.wide ? row.width * 0.36 : row.width
            spacing: 4
            // The name first and whole; a chip that finds no room beside it goes below it.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    id: nameLabel
                    width: Math.min(implicitWidth, parent.width)
                    text: row.name
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Row { // together, beside the name or below it
                    spacing: Theme.spacing
                    Chip {
                        visible: row.own && row.marksOwn
                        labelName: "ownChip"
                        lineHeight: nameLabel.height
                        // Not "Eigen": beside "Plus" that read as the own day programme (R2.3).
                        text: qsTr("Aan u toegewezen")
                        colour: Theme.primary
                    }
                    Chip {
                        visible: row.program === "plus"
                        text: qsTr("Plus")
                        colour: Theme.ok
                        lineHeight: nameLabel.height
                    }
                }
            }
            Label {
                text: qsTr("%1 · %2 · sinds %3 (%n dag(en))", "", row.daysInCustody)
                      .arg(row.number).arg(row.unitName)
                      .arg(row.admittedOn.toLocaleDateString(Qt.locale(), "d MMM"))
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }

        // What needs attention, and the last contact.
        ColumnLayout {
            Layout.row: row.wide ? 0 : 1
            Layout.column: row.wide ? 2 : 1
            Layout.fillWidth: true
            Layout.rightMargin: Theme.margin
            spacing: 4
            Label {
                Layout.fillWidth: true
                visible: row.attention.length > 0
                text: row.attention // with its word first: "⚠ Over termijn: …", "Binnen 7 dagen: …"
                font.pixelSize: Theme.fontBody
                font.bold: row.urgency === 3
                // Nothing pressing (an own detainee's next talk, "Aan u toegewezen") in plain
                // text: the accent says "this week".
                color: row.urgency === 3 ? Theme.danger : row.urgency === 2 ? Theme.warning
                     : row.done ? Theme.ok : row.urgency === 1 ? Theme.accent : Theme.text
                wrapMode: Text.WordWrap
                horizontalAlignment: row.wide ? Text.AlignRight : Text.AlignLeft
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: row.wide ? Text.AlignRight : Text.AlignLeft
                text: row.discharged ? qsTr("Vertrokken")
                      : row.contactOfViewer
                        ? (row.daysSinceContact < 0 ? qsTr("Nog geen contact van uw organisatie")
                           : row.daysSinceContact === 0 ? qsTr("Laatste contact van uw organisatie: vandaag")
                           : qsTr("Laatste contact van uw organisatie: %1 (%n dag(en) geleden)", "", row.daysSinceContact)
                             .arg(row.lastContactOn.toLocaleDateString(Qt.locale(), "d MMMM")))
                      : row.daysSinceContact < 0 ? qsTr("Nog geen contact")
                      : row.daysSinceContact === 0 ? qsTr("Laatste contact: vandaag")
                      : qsTr("Laatste contact: %1 (%n dag(en) geleden)", "", row.daysSinceContact)
                        .arg(row.lastContactOn.toLocaleDateString(Qt.locale(), "d MMMM"))
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
    }
}
