import QtQuick
import QtQuick.Controls
import QtTest
import Ronde

// A review corrected by who recorded it (model/access.h canCorrectReviewBy): from the
// timeline, as a contact is (tst_forms). On a fresh in-memory demo each time.
ShellTestCase {
    id: testCase
    name: "ReviewCorrection"

    Component { id: detaineeModelComponent; DetaineeModel {} }
    Component { id: reviewFormComponent; ReviewForm {} }

    // The facility profile's domains, as the review page shows them.
    function domainsOn(page) {
        child(page, "reviewForm")
        const domains = ["safety", "care", "reintegration", "stay"].filter(
                    (d) => findChild(page, "domain_" + d) !== null)
        verify(domains.length >= 2, "domains: " + domains)
        return domains
    }
    function reviewEntries(session, detaineeId) {
        const model = createTemporaryObject(detaineeModelComponent, testCase,
                                            { "session": session, "detaineeId": detaineeId })
        return { "timeline": model.timeline.filter(e => e.kind === "review"), "reviews": model.reviews }
    }

    // The mentor records a review two days after the MDO, then corrects a light chosen wrong:
    // the form opens as it was saved, on its day; unchanged it saves nothing; saved, it names
    // the old review, keeps the MDO's day, replaces it in the timeline and the last lights,
    // and the mentor is back on the timeline with what it means for promotion.
    function test_aMentorCorrectsTheirOwnReview() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        const first = shell.stack.currentItem.firstDetainee()
        const before = reviewEntries(session, first.id).timeline.length
        const review = shell.recordReview(first.id, first.name, true)
        settle(shell)
        const domains = domainsOn(review)
        const form = child(review, "reviewForm")
        form.daysAgo = 2
        for (const domain of domains)
            form.setLight(domain, "green")
        form.note = "Eerste versie"
        form.toggleBehaviour(form.positiveBehaviours[0])
        clickWhenShown(child(review, "saveReviewButton"))
        tryVerify(() => child(review, "reviewOutcome").visible)
        const saved = reviewEntries(session, first.id).timeline.find(e => e.detail.indexOf("Eerste versie") >= 0)
        verify(saved, "the review is in the timeline")
        compare(saved.title, "Bespreking MDO")

        const timeline = shell.openDetainee(first.id, first.name, true)
        settle(shell)
        const correct = child(timeline, "correct_" + saved.eventId)
        tryVerify(() => correct.visible, 2000, "the own review can be corrected")
        correct.clicked()
        settle(shell)
        const page = shell.stack.currentItem
        compare(page.title, "Bespreking corrigeren")
        const correction = child(page, "reviewForm")
        compare(correction.corrects, saved.eventId)
        for (const domain of domains)
            compare(correction.lights[domain], "green", domain)
        compare(correction.note, "Eerste versie")
        compare(correction.behaviours, [form.positiveBehaviours[0]])
        verify(!child(page, "reviewDay").visible, "the MDO's day stays")
        verify(child(page, "reviewByline").text.indexOf("vervangt") >= 0)
        verify(child(page, "reviewByline").text.indexOf(saved.day.toLocaleDateString(Qt.locale(), "d MMMM yyyy")) >= 0,
               child(page, "reviewByline").text)
        verify(!child(page, "reviewEarlierOnDay").visible, "the review of its day is the one corrected")
        verify(!page.unsaved, "nothing changed yet")
        // Saved unchanged, a correction would replace the review with itself: the button
        // waits, says why, and a save writes nothing. Behaviours chosen again in another
        // order are no change either.
        const pending = session.pendingChanges
        const save = child(page, "saveReviewButton")
        compare(save.text, "Correctie opslaan")
        verify(!save.enabled, "nothing to correct yet")
        verify(child(page, "reviewUnchanged").visible)
        correction.toggleBehaviour(form.positiveBehaviours[1])
        correction.toggleBehaviour(form.positiveBehaviours[0])
        correction.toggleBehaviour(form.positiveBehaviours[0])
        verify(page.unsaved, "a behaviour added")
        correction.toggleBehaviour(form.positiveBehaviours[1])
        verify(!page.unsaved, "the same behaviours, in another order")
        verify(!correction.save(), "an unchanged correction is refused")
        verify(correction.errorString.indexOf("niets gewijzigd") >= 0, correction.errorString)
        compare(session.pendingChanges, pending, "nothing written")

        correction.setLight(domains[0], "red")
        verify(page.unsaved)
        verify(save.enabled)
        verify(!child(page, "reviewUnchanged").visible)
        clickWhenShown(save)
        settle(shell)
        compare(shell.stack.currentItem, timeline, "back on the timeline")
        const notice = child(shell, "savedNoticeText").text
        verify(notice.startsWith("✓ Gecorrigeerd: bespreking van " + first.name + ". "), notice)
        verify(notice.length > ("✓ Gecorrigeerd: bespreking van " + first.name + ". ").length,
               "with what it means for promotion: " + notice)
        compare(session.pendingChanges, pending + 1, "a new record to send")
        const after = reviewEntries(session, first.id)
        compare(after.timeline.length, before + 1, "the old review is replaced, not added to")
        verify(!after.timeline.find(e => e.eventId === saved.eventId), "the old one is no longer current")
        const corrected = after.timeline.find(e => e.title === "Bespreking MDO (gecorrigeerd)")
        verify(corrected)
        compare(corrected.day, saved.day, "the MDO's own day")
        verify(corrected.detail.indexOf("Eerste versie") >= 0, corrected.detail)
        compare(after.reviews[0].lights.find(l => l.light !== "green").light, "red")
        tryVerify(() => findChild(timeline, "correct_" + corrected.eventId) !== null
                  && findChild(timeline, "correct_" + corrected.eventId).visible,
                  2000, "the correction can be corrected again")

        // Another person who takes part in the MDO: no correction offered, and the form
        // refuses one.
        session.lock()
        signInAs(session, "caseManager")
        settle(shell)
        const other = shell.openDetainee(first.id, first.name, true)
        settle(shell)
        verify(!child(other, "correct_" + corrected.eventId).visible)
        const refused = createTemporaryObject(reviewFormComponent, testCase,
                                              { "session": session, "detaineeId": first.id })
        verify(!refused.correct(corrected.eventId))
        verify(refused.errorString.indexOf("Alleen wie") >= 0, refused.errorString)
        compare(refused.corrects, "")
        compare(session.pendingChanges, pending + 1)
    }

    // A correction under way is kept as a draft and filled in again (the app stopped with it
    // open); one whose review was corrected meanwhile (a sync brought another) is not, and
    // saving the first refuses, writing nothing.
    function test_aReviewCorrectionIsKeptAndNeverCorrectedTwice() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        const first = shell.stack.currentItem.firstDetainee()
        const review = shell.recordReview(first.id, first.name, true)
        settle(shell)
        const domains = domainsOn(review)
        const form = child(review, "reviewForm")
        for (const domain of domains)
            form.setLight(domain, "orange")
        verify(form.save(), form.errorString)
        const saved = reviewEntries(session, first.id).timeline[0]
        compare(saved.title, "Bespreking MDO")

        const page = shell.correctReview(first.id, first.name, saved.eventId, true)
        settle(shell)
        const correction = child(page, "reviewForm")
        correction.setLight(domains[1], "green")
        const kept = page.draft
        compare(kept.corrects, saved.eventId)
        compare(page.draftKind, "review")

        // Filled in again from what was kept, as the shell does after the app's restart.
        shell.resumeDraft({ "page": "review", "detaineeId": first.id, "detaineeName": first.name,
                            "form": kept })
        settle(shell)
        const again = shell.stack.currentItem
        compare(again.corrects, saved.eventId)
        compare(child(again, "reviewForm").lights[domains[1]], "green")
        verify(again.unsaved)

        // Meanwhile another correction of it is stored.
        const meanwhile = createTemporaryObject(reviewFormComponent, testCase,
                                                { "session": session, "detaineeId": first.id })
        verify(meanwhile.correct(saved.eventId), meanwhile.errorString)
        meanwhile.setLight(domains[0], "red")
        verify(meanwhile.save(), meanwhile.errorString)
        const pending = session.pendingChanges
        verify(!correction.save(), "corrected meanwhile")
        verify(correction.errorString.indexOf("intussen al gecorrigeerd") >= 0, correction.errorString)
        compare(session.pendingChanges, pending, "nothing written")
        const late = shell.correctReview(first.id, first.name, saved.eventId, true)
        settle(shell)
        verify(!late.resume(kept), "a kept correction of what is corrected already is not filled in")
        compare(child(late, "reviewForm").corrects, "")
        verify(child(late, "reviewError").text.indexOf("al gecorrigeerd") >= 0)
        verify(!child(late, "saveReviewButton").enabled, "nothing to save")
    }
}
