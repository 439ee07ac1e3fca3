import QtQuick
import QtQuick.Controls
import QtTest
import Ronde
import RondeTest

// Locking the tablet: by the button or after idle minutes. With nothing unsaved it signs out;
// with unsaved input (a form, a rating or questionnaire under way) it keeps the pages behind a
// lock screen for the same user's PIN (nothing lost, nothing seen).
ShellTestCase {
    id: testCase
    name: "Lock"

    // Locking sends the tablet back to the sign-in page.
    function test_lockReturnsToSignIn() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        verify(child(shell.stack.currentItem, "roundsList"))
        mouseClick(child(shell, "lockButton"))
        settle(shell)
        verify(!session.signedIn)
        verify(child(shell.stack.currentItem, "pinPad"))
    }

    // A tablet left on a desk locks itself; activity keeps it open.
    function test_idleTabletLocksItself() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        // Shortened once the shell stands (a new limit restarts the clock), so that a slow
        // start of the shell does not count as idle time.
        // Locks at 4 s without the activity, at 6.6 s with it; looked at after 5.2 s.
        session.idleLockSeconds = 4
        wait(2600)
        session.noteActivity()
        wait(2600)
        verify(session.signedIn, "activity restarted the idle clock")
        tryVerify(() => !session.signedIn, 5000)
        settle(shell)
        verify(findChild(shell.stack.currentItem, "pinPad"), "back on the sign-in page")
    }

    // The idle lock warns in its last seconds, over the page: a tap on "Doorgaan" keeps the
    // user signed in, and a tap beside it reaches nothing under it (here the lock button),
    // also through the shell's ActivityFilter, which sees every tap first. With unsaved input
    // it says the tablet locks and the input is kept.
    function test_theIdleLockWarnsFirst() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const warning = child(shell, "lockWarning")
        verify(!warning.visible)
        session.idleLockSeconds = 9 // warns in its last 3 s
        tryVerify(() => warning.visible, 9000)
        verify(session.lockWarningSeconds >= 1 && session.lockWarningSeconds <= 3,
               "seconds left: " + session.lockWarningSeconds)
        verify(child(warning, "lockWarningText").text.indexOf("afgemeld") >= 0)
        const lockButton = child(shell, "lockButton")
        const onTheLock = lockButton.mapToItem(shell, lockButton.width / 2, lockButton.height / 2)
        mouseClick(shell, onTheLock.x, onTheLock.y)
        verify(session.signedIn, "the tap stayed on the warning")
        tryVerify(() => !warning.visible, 1000, "and ended it")
        verify(session.signedIn)
        tryVerify(() => warning.visible, 9000)
        clickWhenShown(child(warning, "stayButton"))
        tryVerify(() => !warning.visible, 1000)
        compare(session.lockWarningSeconds, 0)
        verify(session.signedIn)

        // The form first, on the default limit; then a short one.
        session.idleLockSeconds = 180
        const first = shell.stack.currentItem.firstDetainee()
        const contact = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        clickWhenShown(child(contact, "noteField"))
        keyClick("a")
        verify(session.holdsUnsavedWork)
        session.idleLockSeconds = 6
        tryVerify(() => warning.visible, 6000)
        verify(child(warning, "lockWarningText").text.indexOf("vergrendelt") >= 0)
        verify(child(warning, "lockWarningDetail").text.indexOf("blijft bewaard") >= 0)
        tryVerify(() => session.paused, 4000)
        verify(!warning.visible, "no count over the lock screen")
        compare(session.lockWarningSeconds, 0)
    }

    // Nothing lost: locked (by the button, or idle) while a form holds unsaved input, the
    // pages stay behind a lock screen that shows none of them and takes no key for them. The
    // same user's PIN opens them again as they were; another staff member's sign-in throws
    // the input away, and nothing without a PIN does.
    function test_lockingKeepsUnsavedInputForTheSameUser() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const contact = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        const form = child(contact, "contactForm")
        const note = child(contact, "noteField")
        clickWhenShown(note)
        keyClick("a")
        compare(form.note, "a")
        verify(session.holdsUnsavedWork, "the shell tells the session")

        // Idle with the note in focus: the keys go to the lock screen, not into the note.
        session.idleLockSeconds = 1
        tryVerify(() => session.paused, 4000)
        verify(session.signedIn, "the pages are kept for the same user")
        const lockScreen = child(shell, "lockScreen")
        verify(lockScreen.visible)
        verify(!shell.stack.visible && !shell.stack.enabled, "no page drawn or reached")
        verify(!note.activeFocus, "the note has no keys")
        keyClick("1")
        compare(form.note, "a", "nothing typed into the hidden form")
        for (const text of visibleTexts(shell, []))
            verify(text.indexOf(first.name) < 0, "detainee name on the lock screen: " + text)
        enterPin(lockScreen, "9999")
        verify(session.paused, "a wrong PIN opens nothing")
        verify(child(lockScreen, "handBackWrongPin").text.indexOf("Onjuiste pincode") >= 0)
        enterPin(lockScreen, "123456")
        verify(!session.paused)
        verify(!lockScreen.visible)
        compare(shell.stack.currentItem, contact)
        compare(form.note, "a", "nothing lost")

        // The button, the same; another user is first told what goes, and may change their
        // mind. A wrong PIN of theirs throws nothing away.
        session.idleLockSeconds = 180
        mouseClick(child(shell, "lockButton"))
        verify(session.paused)
        clickWhenShown(child(lockScreen, "otherUserButton"))
        verify(child(lockScreen, "discardWarning").text.indexOf("gaat verloren") >= 0)
        clickWhenShown(child(lockScreen, "keepWorkButton"))
        verify(session.paused)
        verify(child(lockScreen, "handBackPinPad").visible, "back at the PIN of the user")
        clickWhenShown(child(lockScreen, "otherUserButton"))
        signInOnPage(child(lockScreen, "otherUserSignIn"), "caseManager", "9999")
        verify(session.paused && session.userRole === "mentor", "a wrong PIN changes nothing")
        UiLanguage.useForNow("en") // as a detainee's questionnaire leaves it
        signInOnPage(child(lockScreen, "otherUserSignIn"), "caseManager", "123456")
        settle(shell)
        compare(session.userRole, "caseManager", "the other staff member is signed in")
        verify(!session.paused)
        compare(UiLanguage.code, "nl", "in the staff's language again")
        verify(!lockScreen.visible)
        compare(shell.stack.depth, 1, "their start page, nothing of the mentor's")
        verify(child(shell.stack.currentItem, "roundsList"))

        // With nothing unsaved, the lock signs out as before.
        signInAs(session, "mentor")
        settle(shell)
        verify(!session.holdsUnsavedWork)
        mouseClick(child(shell, "lockButton"))
        verify(!session.paused)
        verify(!session.signedIn)
    }

    // The three-tap talk handed over for the rating: idle, the talk is kept and the tablet
    // shows a lock screen that names nobody (the detainee may hold it), not the sign-in page's
    // staff. A face tapped and not given is no answer, and the mentor does not see it. Once
    // given, one PIN on the lock screen hands the tablet back. Another user can take it.
    function test_idleOnTheHandBackKeepsTheTalkAndTheRating() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const contact = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        verify(!session.holdsUnsavedWork, "nothing filled in yet")
        mouseClick(child(contact, "askRatingButton"))
        settle(shell)
        verify(session.holdsUnsavedWork, "handed over")
        const rating = shell.stack.currentItem
        mouseClick(child(rating, "face2"))
        session.idleLockSeconds = 1
        tryVerify(() => session.paused, 4000)
        const lockScreen = child(shell, "lockScreen")
        verify(lockScreen.visible, "not the sign-in page")
        enterPin(lockScreen, "123456")
        compare(shell.stack.currentItem, rating)
        compare(rating.chosen, 0, "a face not given is forgotten")
        verify(!child(rating, "face2").checked)

        mouseClick(child(rating, "face5"))
        clickWhenShown(child(rating, "confirmRating"))
        tryVerify(() => session.paused, 4000)
        verify(lockScreen.visible)
        verify(child(lockScreen, "otherUserButton").visible, "another user can take the tablet")
        for (const text of visibleTexts(shell, []))
            verify(text.indexOf(session.userName) < 0 && text.indexOf(first.name) < 0,
                   "a name on the lock screen over a hand-over: " + text)
        enterPin(lockScreen, "123456")
        settle(shell)
        verify(!session.paused)
        compare(shell.stack.currentItem, contact, "handed back with the same PIN")
        compare(child(contact, "contactForm").satisfaction, 5)
    }

    // The detainee holding the locked tablet after the rating cannot throw the talk away:
    // "Andere medewerker" leads only to a sign-in, and no tap without a staff PIN discards.
    // The mentor who chooses their own name there gets the talk back, handed back, rated.
    function test_noOneWithoutAPinThrowsAwayAHandedOverTalk() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const contact = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        mouseClick(child(contact, "askRatingButton"))
        settle(shell)
        mouseClick(child(shell.stack.currentItem, "face4"))
        clickWhenShown(child(shell.stack.currentItem, "confirmRating"))
        session.idleLockSeconds = 1
        tryVerify(() => session.paused, 4000)
        const lockScreen = child(shell, "lockScreen")
        clickWhenShown(child(lockScreen, "otherUserButton"))
        const signIn = child(lockScreen, "otherUserSignIn")
        for (const text of visibleTexts(lockScreen, []))
            verify(text.indexOf(first.name) < 0 && text.indexOf("Weggooien") < 0, text)
        // Every staff name tried with a PIN that is not theirs: nothing goes. Nor is the
        // language there to change.
        for (const role of ["volunteer", "caseManager", "mentor"])
            signInOnPage(signIn, role, "000000")
        verify(child(signIn, "signInMessage").text.indexOf("Onjuiste pincode") >= 0)
        verify(session.paused && session.userRole === "mentor")
        verify(!child(signIn, "languageChoice").visible)
        signInOnPage(signIn, "mentor", "123456")
        settle(shell)
        verify(!session.paused)
        compare(session.userRole, "mentor")
        compare(shell.stack.currentItem, contact, "kept, and handed back by the mentor's PIN")
        compare(child(contact, "contactForm").satisfaction, 4)
        verify(!lockScreen.visible)
    }

    // R7: a questionnaire under way when the detainee stops touching the tablet: its answers
    // are kept behind the lock screen, and the mentor's PIN returns to the same question.
    function test_idleDuringTheQuestionnaireKeepsItsAnswers() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee(true)
        verify(first, "the demo has a detainee to ask")
        const page = shell.offerQuestionnaire(first.id, first.name, true)
        settle(shell)
        verify(session.holdsUnsavedWork, "handed over")
        UiLanguage.useForNow("en") // the detainee's choice
        page.form.begin()
        page.form.answer("yes")
        const step = page.step
        session.idleLockSeconds = 1
        tryVerify(() => session.paused, 4000)
        const lockScreen = child(shell, "lockScreen")
        verify(lockScreen.visible)
        enterPin(lockScreen, "123456")
        verify(!session.paused)
        compare(shell.stack.currentItem, page)
        compare(page.step, step, "the same question")
        compare(page.form.screen, "satisfaction", "past the first answer")

        // Stopped (stored), then idle at its hand-back: the lock screen's PIN hands it back,
        // in the staff's language again.
        page.form.stop()
        compare(page.form.screen, "done")
        tryVerify(() => session.paused, 4000)
        enterPin(lockScreen, "123456")
        settle(shell)
        verify(shell.stack.currentItem !== page, "handed back")
        compare(UiLanguage.code, "nl")
    }

    // Nothing lost when the app itself ends (stopped behind the lock screen, a flat battery):
    // an unsaved contact form is kept in the tablet's database, and at the next start the
    // same lock screen asks for the same user's PIN and shows the form as it was, its moment
    // included. Saving drops what was kept; so does another user, who throws it away.
    function reopen(path) {
        return openSession(path, false)
    }
    function test_anUnsavedContactSurvivesTheAppStopping() {
        const path = testDataDir + "/draft-" + Date.now() + ".sqlite"
        let session = openSession(path, true)
        signInAs(session, "mentor")
        const mentor = session.userId
        let shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        let contact = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        let form = child(contact, "contactForm")
        form.daysAgo = 1
        form.stepTime(-1)
        form.topics = ["work", "housing"]
        form.note = "Sprak over zijn werk"
        const day = form.day
        const minute = form.minuteOfDay
        mouseClick(child(shell, "lockButton"))
        verify(session.paused)
        stopApp(shell, session)

        session = reopen(path)
        verify(session.signedIn && session.paused, "its user's lock screen, not the sign-in page")
        compare(session.userId, mentor)
        shell = newShell(session)
        settle(shell)
        let lockScreen = child(shell, "lockScreen")
        verify(lockScreen.visible)
        compare(shell.stack.depth, 1, "no detainee's page opened in their name before their PIN")
        // Stopped again before anyone gave a PIN: still kept.
        stopApp(shell, session)
        session = reopen(path)
        verify(session.paused, "kept through a second start")
        shell = newShell(session)
        settle(shell)
        lockScreen = child(shell, "lockScreen")
        enterPin(lockScreen, "123456")
        verify(!session.paused)
        contact = shell.stack.currentItem
        compare(contact.detaineeId, first.id)
        form = child(contact, "contactForm")
        compare(form.note, "Sprak over zijn werk")
        compare(form.topics.slice().sort(), ["housing", "work"])
        compare(form.day, day)
        compare(form.minuteOfDay, minute)
        shell.goBack() // "Terug" asks, as for any unsaved form
        verify(child(shell, "leaveDialog").visible)
        child(shell, "leaveDialog").close()
        const before = ContactInspector.current(session, first.id).length
        clickWhenShown(child(contact, "saveContactButton"))
        settle(shell)
        compare(ContactInspector.current(session, first.id).length, before + 1)
        stopApp(shell, session)
        verify(!reopen(path).signedIn, "saved: nothing kept to open again")
    }

    // Kept while it is typed, not only at the lock: the app that ends with the form open
    // loses nothing either. Another staff member's sign-in over it throws it away.
    function test_aFormKeptWhileTypedIsThrownAwayByAnotherUser() {
        const path = testDataDir + "/draft-open-" + Date.now() + ".sqlite"
        let session = openSession(path, true)
        signInAs(session, "mentor")
        let shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const contact = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        child(contact, "contactForm").note = "Half af"
        tryVerify(() => reopen(path).signedIn, 5000, "kept a moment after the change")
        stopApp(shell, session)

        session = reopen(path)
        shell = newShell(session)
        settle(shell)
        verify(session.paused)
        const lockScreen = child(shell, "lockScreen")
        clickWhenShown(child(lockScreen, "otherUserButton"))
        signInOnPage(child(lockScreen, "otherUserSignIn"), "volunteer", "123456")
        settle(shell)
        compare(session.userRole, "volunteer")
        compare(shell.stack.depth, 1)
        verify(child(shell.stack.currentItem, "roundsList"), "their start page, no form opened on the way")
        stopApp(shell, session)
        verify(!reopen(path).signedIn, "thrown away")
    }

    // The app ends within the second after a change (a shutdown's SIGTERM quits it, and it
    // says it is about to quit): what was typed last is kept too.
    function test_whatWasTypedLastIsKeptWhenTheAppEnds() {
        const path = testDataDir + "/draft-quit-" + Date.now() + ".sqlite"
        let session = openSession(path, true)
        signInAs(session, "mentor")
        let shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const contact = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        child(contact, "contactForm").note = "Laatste woorden"
        Qt.application.aboutToQuit()
        stopApp(shell, session)

        session = reopen(path)
        verify(session.signedIn && session.paused, "kept: its user's lock screen")
        shell = newShell(session)
        settle(shell)
        enterPin(child(shell, "lockScreen"), "123456")
        compare(child(shell.stack.currentItem, "contactForm").note, "Laatste woorden")
    }

    // The detainee's answer is theirs: given, and the app ended before the mentor's PIN
    // handed the tablet back, it comes back with the form (the PIN at the next start is the
    // hand-back); before, the detainee had to be asked again. The detainee may still hold the
    // tablet at that start: its lock screen names nobody, as over the hand-over itself.
    function test_aRatingGivenSurvivesTheAppStoppingBeforeTheHandBack() {
        const path = testDataDir + "/draft-rating-" + Date.now() + ".sqlite"
        let session = openSession(path, true)
        signInAs(session, "mentor")
        let shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const contact = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        mouseClick(child(contact, "askRatingButton"))
        settle(shell)
        const rating = shell.stack.currentItem
        mouseClick(child(rating, "face4"))
        clickWhenShown(child(rating, "confirmRating"))
        verify(child(rating, "handBack").visible, "waiting for the mentor's PIN")
        tryVerify(() => reopen(path).signedIn, 5000, "kept a moment after the answer")
        stopApp(shell, session)

        session = reopen(path)
        shell = newShell(session)
        settle(shell)
        verify(session.paused)
        for (const text of visibleTexts(shell, []))
            verify(text.indexOf(session.userName) < 0 && text.indexOf(first.name) < 0,
                   "a name on the lock screen over a hand-over, at the next start: " + text)
        enterPin(child(shell, "lockScreen"), "123456")
        verify(!session.paused)
        const resumed = shell.stack.currentItem
        compare(resumed.detaineeId, first.id)
        compare(child(resumed, "contactForm").satisfaction, 4, "the answer given")
    }

    // The MDO's review under way is kept the same way.
    function test_anUnsavedReviewSurvivesTheAppStopping() {
        const path = testDataDir + "/draft-review-" + Date.now() + ".sqlite"
        let session = openSession(path, true)
        signInAs(session, "caseManager")
        let shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const review = shell.recordReview(first.id, first.name, true)
        settle(shell)
        review.resume({ "lights": { "safety": "green", "care": "orange" },
                        "behaviours": [], "note": "Werkt mee", "exceptionJustification": "" })
        const reviewForm = child(review, "reviewForm")
        reviewForm.daysAgo = Math.min(2, reviewForm.maxDaysBack) // the MDO met days ago
        verify(reviewForm.daysAgo > 0, "the demo admits 1 to 150 days back")
        const day = reviewForm.day
        verify(review.unsaved)
        mouseClick(child(shell, "lockButton"))
        verify(session.paused)
        stopApp(shell, session)

        session = reopen(path)
        verify(session.paused)
        shell = newShell(session)
        settle(shell)
        enterPin(child(shell, "lockScreen"), "123456")
        const again = shell.stack.currentItem
        compare(again.draftKind, "review")
        compare(again.detaineeId, first.id)
        compare(again.draft.lights, { "safety": "green", "care": "orange" })
        compare(again.draft.note, "Werkt mee")
        compare(child(again, "reviewForm").day, day, "the day it met")
    }

    // A decision under way (its choice and day) and a plan (its stage and day) are kept the same way,
    // and a save takes what was kept with it.
    function test_anUnsavedDecisionOrPlanSurvivesTheAppStopping() {
        const path = testDataDir + "/draft-decision-" + Date.now() + ".sqlite"
        let session = openSession(path, true)
        signInAs(session, "director")
        let shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        let page = shell.recordDecision(first.id, first.name, true)
        let form = child(page, "decisionForm")
        form.decision = "notYet"
        form.daysAgo = 1 // taken at yesterday's MDO
        const day = form.day
        mouseClick(child(shell, "lockButton"))
        stopApp(shell, session)

        session = reopen(path)
        verify(session.paused)
        shell = newShell(session)
        settle(shell)
        enterPin(child(shell, "lockScreen"), "123456")
        page = shell.stack.currentItem
        compare(page.draftKind, "decision")
        compare(page.detaineeId, first.id)
        form = child(page, "decisionForm")
        compare(form.decision, "notYet")
        compare(form.day, day, "the day it was taken")
        clickWhenShown(child(page, "saveDecisionButton"))
        clickWhenShown(child(page, "confirmDecisionButton"))
        verify(child(page, "complaintDeadline").visible)

        // The plan: its stage and day, kept too.
        shell.stack.pop(null, StackView.Immediate)
        settle(shell)
        page = shell.recordPlan(first.id, first.name, true)
        child(page, "planForm").daysAgo = 1 // set at yesterday's MDO
        child(page, "planForm").stage = "concept"
        if (child(page, "planForm").bar !== "") // after the definitive plan: a revision
            child(page, "planForm").stage = "revised"
        const stage = child(page, "planForm").stage
        const planDay = child(page, "planForm").day
        mouseClick(child(shell, "lockButton"))
        stopApp(shell, session)
        session = reopen(path)
        shell = newShell(session)
        settle(shell)
        enterPin(child(shell, "lockScreen"), "123456")
        page = shell.stack.currentItem
        compare(page.draftKind, "plan")
        compare(child(page, "planForm").stage, stage)
        compare(child(page, "planForm").day, planDay, "the day it was set")
        clickWhenShown(child(page, "savePlanButton"))
        settle(shell)
        stopApp(shell, session)
        verify(!reopen(path).signedIn, "saved: nothing kept to open again")
    }
}
