import QtQuick
import QtQuick.Controls
import QtTest
import Ronde
import RondeTest

// The D&R-plan's form and what the detainee page makes of it. On a fresh in-memory demo each
// time.
ShellTestCase {
    id: testCase
    name: "Plan"

    Component { id: detaineeModelComponent; DetaineeModel {} }
    Component { id: roundsModelComponent; RoundsModel { mine: false } }

    // R3.1, R3.2: the MDO's members record that the D&R-plan was set; the deadline it meets
    // is met, and the detainee page says so. The definitive plan is the director's, and only
    // a definitive plan is revised. A volunteer has no such button.
    function test_aPlanSetIsRecordedAndMeetsItsDeadline() {
        const session = newSession()
        signInAs(session, "caseManager")
        const shell = newShell(session)
        settle(shell)
        const all = createTemporaryObject(roundsModelComponent, testCase, { "session": session })
        const conceptOf = id => createTemporaryObject(detaineeModelComponent, testCase,
                { "session": session, "detaineeId": id }).obligations.find(o => o.rule === "R3.1")
        let target = null
        for (let i = 0; i < all.count && !target; ++i) {
            const id = all.data(all.index(i, 0), RoundsModel.DetaineeIdRole)
            const concept = conceptOf(id)
            if (concept && (concept.status === "due" || concept.status === "overdue"))
                target = { "id": id, "name": all.data(all.index(i, 0), RoundsModel.NameRole), "was": concept.status }
        }
        verify(target, "the demo has a detainee without a concept plan")
        const detaineePage = shell.openDetainee(target.id, target.name, true)
        settle(shell)
        clickWhenShown(child(detaineePage, "planButton"))
        settle(shell)
        const page = shell.stack.currentItem
        verify(child(page, "planDeadline_R3.1"), "the deadline it meets is shown")
        const save = child(page, "savePlanButton")
        verify(!save.enabled, "a stage is chosen first")
        const pending = session.pendingChanges
        // R3.2: the definitive plan is the director's; a casemanager is not offered it.
        verify(child(page, "planStage_concept"))
        compare(findChild(page, "planStage_definitive"), null)
        verify(child(page, "planDefinitiveIsTheDirectors").visible)
        // No definitive plan yet: nothing to revise.
        clickWhenShown(child(page, "planStage_revised"))
        verify(child(page, "planWhyNot").text.indexOf("nog geen definitief D&R-plan") >= 0,
               child(page, "planWhyNot").text)
        verify(!save.enabled)
        clickWhenShown(child(page, "planStage_concept"))
        verify(page.unsaved, "Terug asks before a chosen stage is lost")
        clickWhenShown(save)
        settle(shell)
        compare(shell.stack.currentItem, detaineePage, "back on the detainee's page")
        compare(session.pendingChanges, pending + 1)
        const after = conceptOf(target.id)
        verify(after.status === "met" || after.status === "metLate", after.status)
        verify(child(shell, "savedNotice").text.indexOf("concept-D&R-plan") > 0)
        const planEntry = createTemporaryObject(detaineeModelComponent, testCase,
                { "session": session, "detaineeId": target.id }).timeline.find(e => e.kind === "plan")
        verify(planEntry.who.indexOf(session.userName) === 0, "who recorded it: " + planEntry.who)

        // The director sets the definitive plan; after it, a revision may be recorded.
        session.lock()
        signInAs(session, "director")
        settle(shell)
        const definitiveOf = id => createTemporaryObject(detaineeModelComponent, testCase,
                { "session": session, "detaineeId": id }).obligations.find(o => o.rule === "R3.2")
        verify(["met", "metLate"].indexOf(definitiveOf(target.id).status) < 0, "a concept is not definitive")
        const director = shell.openDetainee(target.id, target.name, true)
        settle(shell)
        clickWhenShown(child(director, "planButton"))
        settle(shell)
        const directorsPage = shell.stack.currentItem
        verify(!child(directorsPage, "planDefinitiveIsTheDirectors").visible)
        clickWhenShown(child(directorsPage, "planStage_revised"))
        verify(!child(directorsPage, "savePlanButton").enabled, "still no definitive plan to revise")
        clickWhenShown(child(directorsPage, "planStage_definitive"))
        compare(child(directorsPage, "planWhyNot").visible, false)
        clickWhenShown(child(directorsPage, "savePlanButton"))
        settle(shell)
        compare(shell.stack.currentItem, director)
        verify(["met", "metLate"].indexOf(definitiveOf(target.id).status) >= 0, definitiveOf(target.id).status)
        clickWhenShown(child(director, "planButton"))
        settle(shell)
        clickWhenShown(child(shell.stack.currentItem, "planStage_revised"))
        verify(child(shell.stack.currentItem, "savePlanButton").enabled, "a definitive plan is there to revise")
        child(shell.stack.currentItem, "planForm").daysAgo = 1
        verify(!child(shell.stack.currentItem, "savePlanButton").enabled, "but not yesterday")
        verify(child(shell.stack.currentItem, "planWhyNot").text.indexOf("nog geen definitief D&R-plan") >= 0)
        child(shell.stack.currentItem, "planForm").daysAgo = 0
        verify(child(shell.stack.currentItem, "savePlanButton").enabled)
        // After the definitive plan, what the MDO sets is a revision, not a new concept.
        clickWhenShown(child(shell.stack.currentItem, "planStage_concept"))
        verify(!child(shell.stack.currentItem, "savePlanButton").enabled, "no concept after it")
        verify(child(shell.stack.currentItem, "planWhyNot").text.indexOf("al een definitief D&R-plan") >= 0)
        child(shell.stack.currentItem, "planForm").daysAgo = 1
        verify(child(shell.stack.currentItem, "savePlanButton").enabled, "a concept the day before it")
        // The definitive plan is set once: a second one, dated before the first, would make a
        // plan set late look on time (R3.2 is met by the first).
        clickWhenShown(child(shell.stack.currentItem, "planStage_definitive"))
        verify(!child(shell.stack.currentItem, "savePlanButton").enabled, "no second definitive plan")
        verify(child(shell.stack.currentItem, "planWhyNot").text.indexOf("al vastgesteld op") >= 0,
               child(shell.stack.currentItem, "planWhyNot").text)
        child(shell.stack.currentItem, "planForm").daysAgo = 0
        verify(!child(shell.stack.currentItem, "savePlanButton").enabled, "not on its own day either")

        session.lock()
        signInAs(session, "volunteer")
        settle(shell)
        const assigned = createTemporaryObject(roundsModelComponent, testCase, { "session": session })
        verify(assigned.count > 0)
        const visitor = shell.openDetainee(assigned.data(assigned.index(0, 0), RoundsModel.DetaineeIdRole), "", true)
        settle(shell)
        verify(!child(visitor, "accessDenied").visible, "a detainee assigned to the volunteer")
        verify(!child(visitor, "planButton").visible)
    }
}
