import QtQuick
import QtQuick.Controls
import QtTest
import Ronde

import RondeTest

// Records corrected by who recorded them (model/access.h): a review, and a contact's moment
// (what else of a contact: tst_forms). On a fresh in-memory demo, or a tablet's file.
ShellTestCase {
    id: testCase
    name: "Corrections"

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
        awayFromMidnight(session)
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
        form.toggleBehaviour("Takes part in work") // as chosen in English on another tablet
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
        compare(correction.behaviours, [form.positiveBehaviours[0], "Takes part in work"])
        // What the lists do not offer is shown apart, to keep or leave out.
        compare(correction.otherBehaviours, ["Takes part in work"])
        verify(visibleTexts(page, []).indexOf("Ook vastgelegd") >= 0)
        verify(!child(page, "reviewDecisionOnIt").visible, "no decision rests on it")
        verify(!child(page, "reviewDay").visible, "the MDO's day stays")
        verify(child(page, "reviewByline").text.indexOf("vervangt") >= 0)
        verify(child(page, "reviewByline").text.indexOf(saved.day.toLocaleDateString(Qt.locale(), "d MMMM yyyy")) >= 0,
               child(page, "reviewByline").text)
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
        compare(correction.errorString, "", "the refusal goes once something changed")
        correction.toggleBehaviour("Takes part in work")
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
        verify(corrected.detail.indexOf("Takes part in work") < 0, "left out: " + corrected.detail)
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
        // Theirs to see, not to correct: a review on that day is named as someone else's.
        const second = createTemporaryObject(reviewFormComponent, testCase,
                                             { "session": session, "detaineeId": first.id })
        second.daysAgo = 2
        verify(second.earlierOnDay.indexOf("Op deze dag is al een bespreking vastgelegd") === 0,
               second.earlierOnDay)
    }

    // R4.5: a decision rests on a review. Correcting that review says so before anything is
    // changed: the decision stays as it was taken. The demo's casemanager recorded the reviews
    // its director's decisions rest on.
    function test_aCorrectionSaysWhichDecisionRestsOnTheReview() {
        const session = newSession()
        signInAs(session, "caseManager")
        const shell = newShell(session)
        const first = shell.stack.currentItem.firstDetainee()
        const own = reviewEntries(session, first.id).timeline.filter(e => e.correctable)
        verify(own.length >= 2, "the demo's reviews by the casemanager: " + own.length)
        const lines = own.map(function(e) {
            const form = createTemporaryObject(reviewFormComponent, testCase,
                                               { "session": session, "detaineeId": first.id })
            verify(form.correct(e.eventId), form.errorString)
            return form.decisionOnIt
        })
        const withDecision = lines.findIndex(line => line !== "")
        verify(withDecision >= 0, "a decision rests on one of them")
        verify(lines[withDecision].indexOf("Besluit: ") >= 0, lines[withDecision])
        verify(lines.some(line => line === ""), "and not on every one")
        const page = shell.correctReview(first.id, first.name, own[withDecision].eventId, true)
        settle(shell)
        const shown = child(page, "reviewDecisionOnIt")
        verify(shown.visible)
        compare(shown.text, lines[withDecision])
        // Corrected, and its correction corrected: the decision still rests on it.
        const correction = child(page, "reviewForm")
        correction.note = "Eerste correctie"
        verify(correction.save(), correction.errorString)
        settle(shell)
        const corrected = reviewEntries(session, first.id).timeline.find(e => e.detail.indexOf("Eerste correctie") >= 0)
        verify(corrected)
        const again = createTemporaryObject(reviewFormComponent, testCase,
                                            { "session": session, "detaineeId": first.id })
        verify(again.correct(corrected.eventId), again.errorString)
        compare(again.decisionOnIt, lines[withDecision])
    }

    // A correction under way survives the app stopping (kept in the tablet's database, filled
    // in again after the same user's PIN); one whose review was corrected meanwhile (a sync
    // brought another) is not filled in again, and saving it refuses, writing nothing.
    function test_aReviewCorrectionSurvivesTheAppStoppingAndIsNeverMadeTwice() {
        const path = testDataDir + "/review-correction-" + Date.now() + ".sqlite"
        let session = openSession(path, true)
        awayFromMidnight(session)
        signInAs(session, "mentor")
        let shell = newShell(session)
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
        // A new review on the same day points to the correction.
        verify(form.earlierOnDay.indexOf("‘Corrigeren’") >= 0, form.earlierOnDay)

        const page = shell.correctReview(first.id, first.name, saved.eventId, true)
        settle(shell)
        let correction = child(page, "reviewForm")
        compare(correction.earlierOnDay, "", "the review of its own day is the one corrected")
        verify(!child(page, "reviewEarlierOnDay").visible)
        correction.setLight(domains[1], "green")
        mouseClick(child(shell, "lockButton"))
        verify(session.paused)
        stopApp(shell, session)

        session = openSession(path, false)
        verify(session.paused, "its user's lock screen")
        shell = newShell(session)
        enterPin(child(shell, "lockScreen"), "123456")
        verify(!session.paused)
        settle(shell)
        const again = shell.stack.currentItem
        compare(again.corrects, saved.eventId)
        correction = child(again, "reviewForm")
        compare(correction.lights[domains[1]], "green")
        compare(correction.lights[domains[0]], "orange")
        verify(again.unsaved)
        const kept = again.draft

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

    // R1.5: a talk recorded on the wrong day is moved by its correction. The form starts at
    // the talk's moment; stepped, the correction is dated there (kept as a draft and filled in
    // again like that); a talk further back than the day's stepper keeps its moment.
    function test_aCorrectionMovesATalkRecordedOnTheWrongDay() {
        const session = newSession()
        awayFromMidnight(session)
        signInAs(session, "mentor")
        const shell = newShell(session)
        const first = shell.stack.currentItem.firstDetainee()
        const yesterdays = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        child(yesterdays, "contactForm").daysAgo = 1
        child(yesterdays, "contactForm").note = "Gisteren al"
        clickWhenShown(child(yesterdays, "saveContactButton"))
        settle(shell)
        const talk = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        child(talk, "contactForm").note = "Op de gang"
        clickWhenShown(child(talk, "saveContactButton"))
        settle(shell)
        const saved = ContactInspector.current(session, first.id).find(c => c.note === "Op de gang")
        verify(saved)

        shell.openDetainee(first.id, first.name, true)
        const page = shell.correctContact(first.id, first.name, "mentorTalk", saved.id, true)
        settle(shell)
        const form = child(page, "contactForm")
        verify(form.momentMovable)
        compare(child(page, "contactDayText").text, "Vandaag")
        // Amsterdam is a whole number of hours from UTC: the minutes within the hour agree.
        const quarter = form.minuteOfDay
        compare(quarter % 60, Math.floor(new Date(saved.occurredAtMs).getUTCMinutes() / 15) * 15,
                "the talk's time, to the quarter")
        verify(!page.unsaved, "nothing moved yet")
        const warning = child(page, "earlierToday")
        verify(!warning.visible, "its own day: the talk corrected is no other talk")
        clickWhenShown(child(page, "contactDayEarlier"))
        compare(child(page, "contactDayText").text, "Gisteren")
        verify(page.unsaved)
        // Moved onto a day that has such a talk already: said, as for a new talk.
        tryVerify(() => warning.visible)
        verify(warning.text.indexOf("U legde op ") === 0, warning.text)
        verify(child(page, "saveContactButton").enabled)
        const kept = page.draft
        verify(kept.momentMoved)

        // Filled in again from what was kept, as after the app's restart.
        shell.resumeDraft({ "page": "contact", "detaineeId": first.id, "detaineeName": first.name,
                            "form": kept })
        settle(shell)
        const again = shell.stack.currentItem
        compare(again.corrects, saved.id)
        compare(child(again, "contactDayText").text, "Gisteren")
        compare(child(again, "contactForm").minuteOfDay, quarter)
        // Stepped back to the talk's own moment, it is unmoved: nothing to save.
        clickWhenShown(child(again, "contactDayLater"))
        compare(child(again, "contactDayText").text, "Vandaag")
        verify(!again.unsaved, "back where it was")
        verify(!child(again, "saveContactButton").enabled)
        clickWhenShown(child(again, "contactDayEarlier"))
        clickWhenShown(child(again, "saveContactButton"))
        settle(shell)
        const moved = ContactInspector.current(session, first.id).find(c => c.supersedes === saved.id)
        verify(moved, "the correction is stored")
        compare(new Date(moved.occurredAtMs).getUTCMinutes(), quarter % 60)
        const back = saved.occurredAtMs - moved.occurredAtMs
        verify(back > 23 * 3600000 && back < 25 * 3600000 + 15 * 60000, "a day back: " + back)
        compare(moved.note, "Op de gang")
        const model = createTemporaryObject(detaineeModelComponent, testCase,
                                            { "session": session, "detaineeId": first.id })
        const today = session.today
        const entry = model.timeline.find(e => e.eventId === moved.id)
        compare(entry.title, "Mentorgesprek (gecorrigeerd)")
        compare(Math.round((today - entry.day) / 86400000), 1, "dated yesterday")

        // A talk of over 30 days ago: its day is out of the stepper's reach, so it stays.
        const old = model.timeline.find(e => e.kind === "contact" && e.correctable
                                        && (today - e.day) / 86400000 > 31)
        verify(old, "the demo's mentor has an old talk")
        const oldPage = shell.correctContact(first.id, first.name, old.contactKind, old.eventId, true)
        settle(shell)
        verify(!child(oldPage, "contactForm").momentMovable)
        verify(!child(oldPage, "contactDay").visible)
        // A correction that cannot start (corrected already) offers no moment either.
        const gone = shell.correctContact(first.id, first.name, "mentorTalk", saved.id, true)
        settle(shell)
        compare(child(gone, "contactForm").corrects, "")
        verify(!child(gone, "contactDay").visible)
    }
}
