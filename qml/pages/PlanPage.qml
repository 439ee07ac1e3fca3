import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// D&R-plan (R3.1, R3.2): that the plan was set, on which day, and at which stage — the
// concept the MDO sets within 13 days, the definitive one the director sets within a month,
// or a revision after a review (R3.3). It shows the plan's deadlines first, so that who
// records sees what it meets.
Page {
    id: page
    required property Session session
    required property string detaineeId
    required property string detaineeName
    signal done()

    title: qsTr("D&R-plan")
    background: Rectangle { color: Theme.background }

    // A stage or day chosen and not yet saved: "Terug" asks first (AppShell).
    readonly property bool unsaved: form.stage !== "" || form.daysAgo > 0
    // The same, kept in the database while it is not saved (DraftKeeper): the day as a date,
    // so that a plan kept tonight and saved tomorrow is dated today.
    readonly property string draftKind: "plan"
    readonly property var draft: !unsaved ? ({}) : { "stage": form.stage, "day": form.dayChosen }
    function resume(kept) {
        form.stage = kept.stage || ""
        form.dayChosen = kept.day || ""
        return true
    }
    readonly property var stageNames: ({ "concept": qsTr("Concept vastgesteld"),
                                         "definitive": qsTr("Definitief vastgesteld"),
                                         "revised": qsTr("Herzien") })
    // What the shell says once it is saved.
    property string savedStage: ""
    function savedMessage() {
        return savedStage === "concept" ? qsTr("Opgeslagen: concept-D&R-plan van %1").arg(detaineeName)
             : savedStage === "definitive" ? qsTr("Opgeslagen: definitief D&R-plan van %1").arg(detaineeName)
             : qsTr("Opgeslagen: D&R-plan van %1 herzien").arg(detaineeName)
    }

    PlanForm {
        id: form
        objectName: "planForm"
        session: page.session
        detaineeId: page.detaineeId
    }
    DetaineeModel {
        id: detainee
        session: page.session
        detaineeId: page.detaineeId
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.margin * 2
        clip: true
        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - Theme.margin * 2
            spacing: Theme.margin

            Label {
                text: qsTr("D&R-plan van %1").arg(page.detaineeName)
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            // The plan's deadlines (R3.1, R3.2), as the detainee page states them. The Repeater
            // sits in a positioner, as on the detainee page (Qt 6.4's ColumnLayout crashed on a
            // resize right after a Repeater in it rebuilt).
            Column {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: detainee.obligations.filter(o => o.rule === "R3.1" || o.rule === "R3.2")
                    delegate: ObligationCard {
                        required property var modelData
                        objectName: "planDeadline_" + modelData.rule
                        obligation: modelData
                        width: parent ? parent.width : 0
                    }
                }
            }

            // The day it was set: recorded the day after the MDO, it is dated when it met.
            DayStepper {
                objectName: "planDay"
                dated: form
            }
            Label {
                text: qsTr("Wat is vastgesteld?")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: form.stages
                    delegate: FilterButton {
                        required property string modelData
                        objectName: "planStage_" + modelData
                        text: page.stageNames[modelData]
                        checked: form.stage === modelData
                        Accessible.name: text
                        onClicked: form.stage = modelData
                    }
                }
            }
            Label {
                objectName: "planDefinitiveIsTheDirectors"
                visible: form.stages.indexOf("definitive") < 0
                Layout.fillWidth: true
                text: qsTr("Het definitieve D&R-plan legt de directeur vast.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "savePlanButton"
                Layout.fillWidth: true
                text: qsTr("Vastleggen")
                enabled: form.stage !== "" && form.bar === ""
                onClicked: {
                    const stage = form.stage
                    if (form.save()) {
                        page.savedStage = stage
                        page.done()
                    }
                }
            }
            Label {
                objectName: "planWhyNot"
                visible: (form.stage === "" || form.bar !== "") && form.errorString === ""
                Layout.fillWidth: true
                text: form.stage === "" ? qsTr("Kies eerst wat er is vastgesteld.") : "⚠ " + form.bar
                font.pixelSize: Theme.fontBody
                color: form.stage === "" ? Theme.textMuted : Theme.danger
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "planError"
                visible: form.errorString !== ""
                Layout.fillWidth: true
                text: "⚠ " + form.errorString
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
        }
    }
}
