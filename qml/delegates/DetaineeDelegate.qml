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

    implicitHeight: Theme.rowHeight
    Accessible.name: qsTr("%1, nummer %2").arg(name).arg(number)

    background: Rectangle {
        color: row.down ? Theme.background : Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacing * 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            spacing: 4
            Label {
                text: row.name
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("%1 · %2 · binnen sinds %3 (%n dag(en))", "", row.daysInCustody)
                      .arg(row.number).arg(row.unitName)
                      .arg(row.admittedOn.toLocaleDateString(Qt.locale(), "d MMM yyyy"))
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }

        Label {
            Layout.rightMargin: Theme.margin
            horizontalAlignment: Text.AlignRight
            text: row.discharged ? qsTr("Vertrokken")
                  : row.daysSinceContact < 0 ? qsTr("⚠ Nog geen contact")
                  : row.daysSinceContact === 0 ? qsTr("Laatste contact: vandaag")
                  : qsTr("Laatste contact: %1 (%n dag(en) geleden)", "", row.daysSinceContact)
                    .arg(row.lastContactOn.toLocaleDateString(Qt.locale(), "d MMM"))
            font.pixelSize: Theme.fontBody
            color: row.daysSinceContact < 0 && !row.discharged ? Theme.warning : Theme.text
        }
    }
}
