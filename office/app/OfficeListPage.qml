import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde
import Ronde.Office

// The detainees behind one figure of the office report, by facility, unit and name.
Page {
    id: page
    required property OfficeDashboard dashboard

    title: dashboard.listTitle
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: (page.dashboard.listShare !== ""
                   ? qsTr("%n gedetineerde(n), %1 in de grafiek · %2 · %3", "", list.count)
                         .arg(page.dashboard.listShare)
                   : qsTr("%n gedetineerde(n) · %1 · %2", "", list.count))
                  .arg(page.dashboard.scopeLabel).arg(page.dashboard.periodLabel)
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }

        ListView {
            id: list
            objectName: "detaineeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.dashboard.listRows
            header: Rectangle {
                width: list.width
                height: Math.max(Theme.touchTarget, heads.implicitHeight + Theme.spacing)
                color: Theme.surface
                RowLayout {
                    id: heads
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing
                    spacing: Theme.spacing
                    Repeater {
                        model: [qsTr("Nummer"), qsTr("Naam"), qsTr("Inrichting"), qsTr("Afdeling"), qsTr("Binnen sinds")]
                        Label {
                            required property string modelData
                            Layout.preferredWidth: 1
                            Layout.minimumWidth: 0 // five equal columns, whatever the words
                            Layout.fillWidth: true
                            text: modelData
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
            delegate: Rectangle {
                required property var modelData
                width: list.width
                height: Math.max(Theme.touchTarget, cells.implicitHeight + Theme.spacing)
                color: Theme.surface
                border.color: Theme.divider
                Accessible.name: modelData.name + ", " + modelData.number
                RowLayout {
                    id: cells
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing
                    spacing: Theme.spacing
                    Repeater {
                        model: [modelData.number, modelData.name, modelData.facility, modelData.unit, modelData.admitted]
                        // A long name wraps in its column, and the row grows: nothing is cut.
                        Label {
                            required property string modelData
                            Layout.preferredWidth: 1
                            Layout.minimumWidth: 0
                            Layout.fillWidth: true
                            text: modelData
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("Niemand in deze lijst.")
                font.pixelSize: Theme.fontTitle
                color: Theme.textMuted
            }
        }
    }
}
