import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// Besluit: promote, demote, not yet, revoke (R4.5). Only the director or a mandated MDO
// member may decide; core refuses anyone else. It shows where the detainee stands (the
// programme, eligibility, a decision due), says why it cannot be saved yet, asks for a
// confirmation before it records, and then shows the complaint deadline (R6.1).
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
        onChanged: page.confirming = false
    }
    DetaineeModel {
        id: detainee
        session: page.session
        detaineeId: page.detaineeId
    }
    property bool confirming: false
    readonly property bool done: form.complaintDeadline.getTime() > 0 // once saved, it is done
    // A decision chosen (or its day) and not yet saved: "Terug" asks first (AppShell).
    readonly property bool unsaved: (form.decision !== "" || form.daysAgo > 0) && !done
    // The same, kept in the database while it is not saved (DraftKeeper), and filled in again
    // at the next start: the choice and its day.
    readonly property string draftKind: "decision"
    readonly property var draft: !unsaved ? ({}) : { "decision": form.decision, "day": form.dayChosen }
    function resume(kept) {
        form.dayChosen = kept.day || ""
        form.decision = kept.decision || ""
        return true
    }
    readonly property var decisionNames: ({ "promote": qsTr("Promoveren"), "demote": qsTr("Degraderen"),
                                            "notYet": qsTr("Nog niet"), "revoke": qsTr("Intrekken") })

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
        // Where the detainee stands now, from the same evaluation as the detainee page.
        Label {
            objectName: "decisionStanding"
            Layout.fillWidth: true
            text: qsTr("Nu: %1").arg(detainee.program === "plus" ? qsTr("plusprogramma")
                                     : detainee.program === "own" ? qsTr("eigen dagprogramma (uitgesloten)")
                                     : qsTr("basisprogramma"))
                  // Promotion is a question only in basic (R4.2: someone in plus is not concerned).
                  + (detainee.program !== "basic" ? ""
                     : " · " + (detainee.eligibleForPromotion ? qsTr("komt in aanmerking voor promotie")
                                                              : qsTr("komt nu niet in aanmerking voor promotie")))
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: detainee.decisionsDue
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                text: "● " + modelData.reason
                font.pixelSize: Theme.fontBody
                color: Theme.accent
                wrapMode: Text.WordWrap
            }
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
            // Recorded: the choice is done with the day (a tap would change nothing saved).
            enabled: !page.done
            ButtonGroup { id: decisionGroup }
            Repeater {
                model: ["promote", "demote", "notYet", "revoke"]
                delegate: FilterButton {
                    required property string modelData
                    objectName: "decisionChoice_" + modelData
                    text: page.decisionNames[modelData]
                    checked: form.decision === modelData
                    ButtonGroup.group: decisionGroup
                    Accessible.name: text
                    onClicked: form.decision = modelData
                }
            }
        }
        // The day it was taken (R4.5): recorded the day after the MDO, it is dated that day.
        DayStepper {
            objectName: "decisionDay"
            dated: form
            enabled: !page.done
        }
        // The review it is based on (R4.5): the last one held on that day or before.
        Label {
            objectName: "decisionReview"
            Layout.fillWidth: true
            text: form.reviewDay.getTime() > 0
                  ? qsTr("Op basis van de bespreking van %1.").arg(form.reviewDay.toLocaleDateString(Qt.locale(), "dddd d MMMM"))
                  : qsTr("Nog geen bespreking (MDO) op of vóór deze dag.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
        BigButton {
            objectName: "saveDecisionButton"
            visible: !page.confirming
            Layout.fillWidth: true
            text: qsTr("Besluit vastleggen")
            enabled: form.decision !== "" && form.bar === "" && !page.done
            onClicked: page.confirming = true
        }
        // Why it cannot be saved yet, instead of a grey button alone.
        Label {
            objectName: "decisionWhyNot"
            visible: !page.confirming && !page.done && page.session.canDecide
                     && (form.decision === "" || form.bar !== "")
            Layout.fillWidth: true
            text: form.decision === "" ? qsTr("Kies eerst een besluit hierboven.") : "⚠ " + form.bar
            font.pixelSize: Theme.fontBody
            color: form.decision === "" ? Theme.textMuted : Theme.danger
            wrapMode: Text.WordWrap
        }
        // A decision is not undone by a tap: it asks once more, in words.
        Rectangle {
            objectName: "decisionConfirmation"
            visible: page.confirming
            Layout.fillWidth: true
            implicitHeight: confirmColumn.implicitHeight + Theme.margin * 2
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.primary
            border.width: 2
            ColumnLayout {
                id: confirmColumn
                x: Theme.margin
                y: Theme.margin
                width: parent.width - Theme.margin * 2
                spacing: Theme.spacing
                Label {
                    objectName: "decisionQuestion"
                    Layout.fillWidth: true
                    text: {
                        const decision = page.decisionNames[form.decision] || ""
                        return form.daysAgo === 0
                            ? qsTr("Besluit „%1” over %2 vastleggen? Daarna kan de gedetineerde 7 dagen in beklag.")
                              .arg(decision).arg(page.detaineeName)
                            : qsTr("Besluit „%1” over %2 vastleggen, genomen op %3? Daarna kan de gedetineerde 7 dagen in beklag.")
                              .arg(decision).arg(page.detaineeName)
                              .arg(form.day.toLocaleDateString(Qt.locale(), "dddd d MMMM"))
                    }
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "decisionCaution"
                    visible: form.caution !== ""
                    Layout.fillWidth: true
                    text: "⚠ " + form.caution
                    font.pixelSize: Theme.fontBody
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }
                RowLayout {
                    spacing: Theme.spacing
                    BigButton {
                        objectName: "cancelDecisionButton"
                        primary: false
                        text: qsTr("Nee, terug")
                        onClicked: page.confirming = false
                    }
                    BigButton {
                        objectName: "confirmDecisionButton"
                        text: qsTr("Ja, vastleggen")
                        onClicked: { page.confirming = false; form.save() }
                    }
                }
            }
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
            // R6.1: the 7 days run from when the detainee learned of it; a decision recorded
            // after them says so rather than offer a day gone by.
            text: form.complaintDeadline < page.session.today
                  ? qsTr("Vastgelegd. De 7 dagen voor beklag liepen tot en met %1; hoorde de gedetineerde pas later van het besluit, dan tellen ze vanaf die dag.")
                    .arg(form.complaintDeadline.toLocaleDateString(Qt.locale(), "d MMMM yyyy"))
                  : qsTr("Vastgelegd. Beklag is mogelijk tot en met %1 (7 dagen).")
                    .arg(form.complaintDeadline.toLocaleDateString(Qt.locale(), "d MMMM yyyy"))
            color: Theme.ok
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
