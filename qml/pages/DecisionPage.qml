import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// Besluit: promote, demote, not yet, revoke (R4.5). Only the director or a mandated MDO
// member may decide; core refuses anyone else. Shows the complaint deadline (R6.1).
Page {
    id: page
    required property Session session
    required property string detaineeId
    required property string detaineeName

    title: qsTr("Besluit")
    background: Rectangle { color: Theme.background }

    DecisionForm {
        id: form
        objectName: "decisionForm"
        session: page.session
        detaineeId: page.detaineeId
    }

    ColumnLayout {
        x: Theme.margin
        y: Theme.margin
        width: parent.width - Theme.margin * 2
        spacing: Theme.margin

        Label {
            text: qsTr("Besluit over %1").arg(page.detaineeName)
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            objectName: "decisionNotPermitted"
            visible: !page.session.canDecide
            Layout.fillWidth: true
            text: qsTr("⚠ Alleen de directeur of een gemandateerd MDO neemt dit besluit.")
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ButtonGroup { id: decisionGroup }
            Repeater {
                model: [{ "id": "promote", "name": qsTr("Promoveren") }, { "id": "demote", "name": qsTr("Degraderen") },
                        { "id": "notYet", "name": qsTr("Nog niet") }, { "id": "revoke", "name": qsTr("Intrekken") }]
                delegate: FilterButton {
                    required property var modelData
                    text: modelData.name
                    checked: form.decision === modelData.id
                    ButtonGroup.group: decisionGroup
                    Accessible.name: text
                    onClicked: form.decision = modelData.id
                }
            }
        }
        BigButton {
            objectName: "saveDecisionButton"
            Layout.fillWidth: true
            text: qsTr("Besluit vastleggen")
            enabled: form.decision !== ""
            onClicked: form.save()
        }
        Label {
            objectName: "decisionError"
            visible: form.errorString !== ""
            text: "⚠ " + form.errorString
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "complaintDeadline"
            visible: form.complaintDeadline.getTime() > 0
            text: qsTr("Vastgelegd. Beklag is mogelijk tot en met %1 (7 dagen).")
                  .arg(form.complaintDeadline.toLocaleDateString(Qt.locale(), "d MMMM yyyy"))
            color: Theme.ok
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
