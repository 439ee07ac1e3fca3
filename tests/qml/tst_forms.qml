import QtQuick
import QtQuick.Controls
import QtTest
import Ronde
import RondeTest

// What the record forms do with what was filled in: a review's lights, a decision due,
// "Terug" with input not yet saved, and a contact corrected (a D&R-plan: tst_plan.qml). On a
// fresh in-memory demo each time.
ShellTestCase {
    id: testCase
    name: "Forms"

    Component { id: detaineeModelComponent; DetaineeModel {} }
    Component { id: roundsModelComponent; RoundsModel { mine: false } }
    Component { id: contactFormComponent; ContactForm {} }
    Component { id: reviewFormComponent; ReviewForm {} }

    // R4.1: a review without a light for every domain is refused by the domains' names, all
    // at once, and writes nothing; the message follows the lights chosen. A saved review says
    // so beside the button, with what it means for promotion.
    function test_reviewNamesTheDomainsWithoutALightAndSaysItWasSaved() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const page = shell.recordReview(first.id, first.name, true)
        settle(shell)
        // The facility profile's domains, as the page shows them (two or three).
        const domains = ["safety", "care", "reintegration", "stay"].filter(
                    (d) => findChild(page, "domain_" + d) !== null)
        verify(domains.length >= 2, "domains: " + domains)
        const pending = session.pendingChanges
        const earlier = child(page, "reviewEarlierOnDay")
        verify(!earlier.visible, "no review today yet")
        clickWhenShown(child(page, "light_" + domains[0] + "_green"))
        clickWhenShown(child(page, "saveReviewButton"))
        const error = child(page, "reviewError")
        verify(error.visible)
        verify(error.text.indexOf("Kies nog een kleur voor:") >= 0, error.text)
        verify(error.text.indexOf(domains[1]) < 0 && error.text.indexOf("lights.") < 0,
               "names, not keys: " + error.text)
        compare(session.pendingChanges, pending, "nothing written")
        verify(!child(page, "domain_" + domains[0]).text.startsWith("⚠"), "it has its light")
        verify(child(page, "domain_" + domains[1]).text.startsWith("⚠"), "one without is marked")
        verify(!child(page, "reviewOutcome").visible)

        for (const domain of domains.slice(1))
            clickWhenShown(child(page, "light_" + domain + "_green"))
        tryVerify(() => !error.visible, 2000, "the message goes once every domain has a light")
        clickWhenShown(child(page, "saveReviewButton"))
        compare(session.pendingChanges, pending + 1)
        const outcome = child(page, "reviewOutcome")
        verify(outcome.visible)
        verify(outcome.text.indexOf("Bespreking opgeslagen.") >= 0, outcome.text)
        // The form is empty again; what was kept is said under it, light by light.
        const kept = child(page, "reviewSavedLights")
        verify(kept.visible)
        compare(kept.text.split(" · ").length, domains.length, kept.text)
        // The detainee page's last lights name the domains in the form's order too.
        const model = createTemporaryObject(detaineeModelComponent, testCase,
                                            { "session": session, "detaineeId": first.id })
        compare(model.reviews[0].lights.map(l => l.domain),
                kept.text.split(" · ").map(t => t.split(": ")[0]))
        verify(!child(page, "domain_" + domains[1]).text.startsWith("⚠"), "a new review starts unmarked")
        // A second tap right after, nothing new filled in: no "every light missing" under
        // "opgeslagen". A new review begun hides the last one's outcome.
        const save = child(page, "saveReviewButton")
        verify(!save.enabled, "nothing new to save")
        mouseClick(save)
        verify(!error.visible)
        verify(outcome.visible)
        verify(!earlier.visible, "not beside the outcome of the one just saved")
        clickWhenShown(child(page, "light_" + domains[0] + "_red"))
        tryVerify(() => !outcome.visible && !kept.visible)
        verify(save.enabled)
        // A second review on the day of the first: allowed (the MDO may meet again), not
        // unnoticed: a light chosen wrong is mended with 'Corrigeren' (tst_corrections).
        verify(earlier.visible)
        verify(earlier.text.indexOf("U legde vandaag al een bespreking vast") >= 0, earlier.text)
        verify(earlier.text.indexOf("‘Corrigeren’") >= 0, earlier.text)
        verify(earlier.text.indexOf(kept.text) >= 0, "with its lights: " + earlier.text)
        child(page, "reviewForm").daysAgo = 1
        tryVerify(() => !earlier.visible, 2000, "the day before has none")
        // One for that day arrives while the page is open (as a sync brings a colleague's).
        const other = createTemporaryObject(reviewFormComponent, testCase,
                                            { "session": session, "detaineeId": first.id })
        other.daysAgo = 1
        for (const domain of domains)
            other.setLight(domain, "orange")
        verify(other.save(), other.errorString)
        tryVerify(() => earlier.visible, 2000, "told of the review that came")
        verify(earlier.text.indexOf("U legde op deze dag al een bespreking vast") >= 0, earlier.text)
    }

    // "Terug" from a form with something filled in asks first; "Verder invullen" keeps it all,
    // "Weggooien en terug" leaves. An untouched form goes back at once.
    function test_backFromAFilledInFormAsksFirst() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const detaineePage = shell.openDetainee(first.id, first.name, true)
        shell.recordContact(first.id, first.name, "other", true)
        settle(shell)
        mouseClick(child(shell, "backButton"))
        settle(shell)
        compare(shell.stack.currentItem, detaineePage, "nothing filled in: back at once")

        const page = shell.recordContact(first.id, first.name, "other", true)
        settle(shell)
        const form = child(page, "contactForm")
        form.note = "Afspraak over werk"
        mouseClick(child(shell, "backButton"))
        const dialog = child(shell, "leaveDialog")
        tryVerify(() => dialog.opened)
        compare(shell.stack.currentItem, page, "still on the form")
        clickWhenShown(child(dialog, "keepEditingButton"))
        tryVerify(() => !dialog.visible)
        compare(shell.stack.currentItem, page)
        compare(form.note, "Afspraak over werk", "nothing lost")

        mouseClick(child(shell, "backButton"))
        tryVerify(() => dialog.opened)
        clickWhenShown(child(dialog, "discardButton"))
        settle(shell)
        compare(shell.stack.currentItem, detaineePage)
        tryVerify(() => !dialog.visible)

        // Locked while it asks: the question goes with the form, back to the sign-in page.
        const again = shell.recordContact(first.id, first.name, "other", true)
        settle(shell)
        child(again, "contactForm").note = "Nog een afspraak"
        mouseClick(child(shell, "backButton"))
        tryVerify(() => dialog.opened)
        session.lock()
        settle(shell)
        tryVerify(() => !dialog.visible)
        verify(child(shell.stack.currentItem, "pinPad"), "on the sign-in page")
    }

    // A tablet that loses its facility while nobody is signed in (wiped when revoked, during
    // a sync started from the sign-in page) shows the linking page, not a sign-in without
    // names; the way back from the sync page does not lead to that either.
    function test_aTabletWithoutFacilityShowsTheLinkingPage() {
        const session = newSession()
        const shell = newShell(session)
        settle(shell)
        shell.openSync(true)
        settle(shell)
        compare(shell.stack.depth, 2)
        verify(session.open(":memory:", false), session.errorString) // as after a wipe
        compare(session.facilityId, "")
        settle(shell)
        compare(shell.stack.depth, 1)
        verify(child(shell.stack.currentItem, "serverField").visible, "the linking form")
        verify(!child(shell, "backButton").visible)
    }

    // R4.5: a decision due is the way to the decision for who may decide; for a mentor it
    // says who decides and is no button that does nothing.
    function test_aDecisionDueLeadsToTheDecisionOnlyForWhoMayDecide() {
        const session = newSession()
        signInAs(session, "director")
        const all = createTemporaryObject(roundsModelComponent, testCase, { "session": session })
        let due = ""
        for (let i = 0; i < all.count && due === ""; ++i) {
            const id = all.data(all.index(i, 0), RoundsModel.DetaineeIdRole)
            const model = createTemporaryObject(detaineeModelComponent, testCase,
                                                { "session": session, "detaineeId": id })
            if (model.decisionsDue.length > 0)
                due = id
        }
        verify(due !== "", "the demo has a detainee with a decision due")
        const shell = newShell(session)
        settle(shell)
        const page = shell.openDetainee(due, "", true)
        settle(shell)
        const notice = child(page, "decisionDue")
        verify(notice.enabled)
        verify(notice.height >= Theme.touchTarget, "a full touch target")
        clickWhenShown(notice)
        settle(shell)
        verify(child(shell.stack.currentItem, "decisionForm"), "the decision page opened")

        session.lock()
        signInAs(session, "mentor")
        settle(shell)
        const mentorPage = shell.openDetainee(due, "", true)
        settle(shell)
        const told = child(mentorPage, "decisionDue")
        verify(!told.enabled, "no button for who may not decide")
        verify(told.Accessible.name.indexOf("directeur") >= 0, told.Accessible.name)
        mouseClick(told)
        settle(shell)
        compare(shell.stack.currentItem, mentorPage, "nothing opens")
    }

    // A second talk of the same kind on one day is said, not refused: two talks happen, a
    // double tap on the rounds should not go unnoticed.
    function test_aSecondTalkTodaySaysThereIsOneAlready() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const talk = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        verify(!child(talk, "earlierToday").visible, "none yet today")
        clickWhenShown(child(talk, "saveContactButton"))
        settle(shell)
        const again = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        const line = child(again, "earlierToday")
        verify(line.visible)
        verify(line.text.indexOf("al zo'n gesprek") >= 0, line.text)
        // The notice pushes the form down; the rating stays in sight beside the save, in the
        // page's footer (under which it was pushed before).
        const ask = child(again, "askRatingButton")
        verify(ask.visible)
        const inFooter = ask.mapToItem(again.footer, 0, 0).y
        verify(inFooter >= 0 && inFooter + ask.height <= again.footer.height, "in sight: " + inFooter)
        // The first save's notice was for the list it returned to; over this form's footer
        // it would hide "Opslaan" for its seconds.
        verify(!child(shell, "savedNotice").visible, "no notice over the new form")
        const pending = session.pendingChanges
        clickWhenShown(child(again, "saveContactButton"))
        settle(shell)
        compare(session.pendingChanges, pending + 1, "a second one is saved when wanted")
        const other = shell.recordContact(first.id, first.name, "other", true)
        settle(shell)
        verify(!child(other, "earlierToday").visible, "another kind")
        const beforeOther = session.pendingChanges
        clickWhenShown(child(other, "saveContactButton"))
        settle(shell)
        compare(session.pendingChanges, beforeOther + 1, "an Ander contact saved that day")

        // Another mentor that day is told who recorded one already; not for "Ander contact",
        // which several professionals have with one detainee on an ordinary day.
        const mentor = session.staff.find(p => p.id === staffId(session, "mentor"))
        const colleague = session.staff.find(p => p.role === "mentor" && p.id !== mentor.id)
        session.lock()
        compare(session.signIn(colleague.id, "123456"), "")
        settle(shell)
        const theirs = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        const told = child(theirs, "earlierToday")
        verify(told.visible)
        verify(told.text.indexOf(mentor.name + " legde vandaag om ") === 0, told.text)
        shell.stack.pop(null, StackView.Immediate)
        const theirOther = shell.recordContact(first.id, first.name, "other", true)
        settle(shell)
        verify(!child(theirOther, "earlierToday").visible, "not for Ander contact")
    }

    // Who recorded a talk already is need to know (DOMAIN "Privacy", canSeeContactOf): the
    // reclassering hears of the casemanager's D&R-plan talk only when its role took part.
    function test_aTalkBySomeoneElseIsNamedOnlyToWhoMaySeeIt() {
        const session = newSession()
        signInAs(session, "probation")
        const theirs = createTemporaryObject(roundsModelComponent, testCase, { "session": session })
        verify(theirs.count > 0, "the reclassering has someone assigned")
        const id = theirs.data(theirs.index(0, 0), RoundsModel.DetaineeIdRole)
        const planTalkAs = function(role, otherRoles) {
            session.lock()
            signInAs(session, role)
            const form = createTemporaryObject(contactFormComponent, testCase,
                    { "session": session, "detaineeId": id, "kind": "planTalk" })
            if (otherRoles !== undefined) {
                form.otherRoles = otherRoles
                verify(form.save(), form.errorString)
            }
            return form
        }
        planTalkAs("caseManager", ["municipality"])
        compare(planTalkAs("probation").earlierOnDay, "", "a talk without the reclassering")
        planTalkAs("caseManager", ["probation"])
        const caseManager = session.staff.find(p => p.id === staffId(session, "caseManager"))
        const told = planTalkAs("probation").earlierOnDay
        verify(told.indexOf(caseManager.name + " legde vandaag om ") === 0, told)
    }

    // R1.2: only a mentor talk counts as one. A mentor who opens "Ander contact" is told so;
    // whoever has no mentor talk to record (a volunteer) is not.
    function test_anOtherContactSaysItIsNoMentorTalk() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const other = shell.recordContact(first.id, first.name, "other", true)
        settle(shell)
        const note = child(other, "otherKindNote")
        verify(note.visible && note.text.indexOf("telt niet als mentorgesprek") >= 0, note.text)
        shell.stack.pop(null, StackView.Immediate)
        const talk = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        verify(!child(talk, "otherKindNote").visible, "a mentor talk")
        shell.stack.pop(null, StackView.Immediate)
        signInAs(session, "volunteer")
        settle(shell)
        const volunteers = shell.stack.currentItem.firstDetainee()
        const visit = shell.recordContact(volunteers.id, volunteers.name, "other", true)
        settle(shell)
        verify(!child(visit, "otherKindNote").visible, "a volunteer has no mentor talk to choose")
    }

    // DESIGN "Core": a mentor corrects their own talk from the timeline. The form opens as it
    // was saved, without the rating; the correction keeps the talk's moment and its rating,
    // names the old one, and replaces it in the timeline. Nobody else is offered it.
    function test_aMentorCorrectsTheirOwnTalk() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const before = ContactInspector.current(session, first.id).length
        const talk = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        const form = child(talk, "contactForm")
        form.note = "Eerste versie"
        form.topics = ["work"]
        form.satisfaction = 4 // as the rating page sets it
        clickWhenShown(child(talk, "saveContactButton"))
        settle(shell)
        const saved = ContactInspector.current(session, first.id).find(c => c.note === "Eerste versie")
        verify(saved, "the talk is stored")
        compare(saved.satisfaction, 4)

        const timeline = shell.openDetainee(first.id, first.name, true)
        settle(shell)
        const correct = child(timeline, "correct_" + saved.id)
        tryVerify(() => correct.visible, 2000, "the own talk can be corrected")
        correct.clicked()
        settle(shell)
        const page = shell.stack.currentItem
        compare(page.title, "Mentorgesprek corrigeren")
        const correction = child(page, "contactForm")
        compare(correction.corrects, saved.id)
        compare(correction.note, "Eerste versie")
        compare(correction.topics, ["work"])
        compare(correction.satisfaction, 0, "the rating is not in the form")
        verify(!child(page, "askRatingButton").visible, "and is not asked again")
        verify(!page.unsaved, "nothing changed yet")
        verify(child(page, "contactByline").text.indexOf("vervangt") >= 0)
        // Saved unchanged, a correction would replace the talk with itself and wait for the
        // sync as a change: the button waits, says why, and a save writes nothing.
        const pending = session.pendingChanges
        verify(!child(page, "saveContactButton").enabled, "nothing to correct yet")
        verify(child(page, "correctionUnchanged").visible)
        verify(!correction.save(), "an unchanged correction is refused")
        verify(correction.errorString.indexOf("niets gewijzigd") >= 0, correction.errorString)
        compare(session.pendingChanges, pending, "nothing written")
        compare(ContactInspector.current(session, first.id).length, before + 1)
        correction.note = "Tweede versie"
        verify(page.unsaved)
        verify(child(page, "saveContactButton").enabled)
        verify(!child(page, "correctionUnchanged").visible)
        compare(correction.errorString, "", "the refusal goes once something changed")
        clickWhenShown(child(page, "saveContactButton"))
        settle(shell)
        compare(shell.stack.currentItem, timeline, "back on the timeline")
        compare(child(shell, "savedNoticeText").text, "✓ Gecorrigeerd: mentorgesprek met " + first.name)
        compare(session.pendingChanges, pending + 1, "a new record to send")
        const now = ContactInspector.current(session, first.id)
        compare(now.length, before + 1, "the old talk is replaced, not added to")
        verify(!now.find(c => c.id === saved.id), "the old one is no longer current")
        const corrected = now.find(c => c.note === "Tweede versie")
        verify(corrected)
        compare(corrected.supersedes, saved.id)
        compare(corrected.occurredAtMs, saved.occurredAtMs, "the talk's own moment")
        compare(corrected.satisfaction, 4, "the rating kept")
        compare(corrected.topics, ["work"])
        tryVerify(() => findChild(timeline, "correct_" + corrected.id) !== null
                  && findChild(timeline, "correct_" + corrected.id).visible)
        // The timeline says what was talked about, and that it was corrected.
        const model = createTemporaryObject(detaineeModelComponent, testCase,
                                            { "session": session, "detaineeId": first.id })
        const entry = model.timeline.find(e => e.eventId === corrected.id)
        verify(entry)
        compare(entry.title, "Mentorgesprek (gecorrigeerd)")
        compare(entry.detail, "Onderwerpen: Werk · Tweede versie · tevredenheid gevraagd")

        // Someone from outside the facility does not see the mentor's talk at all: an
        // external visitor sees their own organisation's contacts (need to know).
        session.lock()
        signInAs(session, "municipality")
        settle(shell)
        const outside = createTemporaryObject(detaineeModelComponent, testCase,
                                              { "session": session, "detaineeId": first.id })
        verify(!outside.timeline.find(e => e.eventId === corrected.id))

        // Another person: no correction offered, and the form refuses one.
        session.lock()
        signInAs(session, "caseManager")
        settle(shell)
        const other = shell.openDetainee(first.id, first.name, true)
        settle(shell)
        verify(!child(other, "correct_" + corrected.id).visible)
        const refused = createTemporaryObject(contactFormComponent, testCase,
                                              { "session": session, "detaineeId": first.id })
        const pendingNow = session.pendingChanges
        verify(!refused.correct(corrected.id))
        verify(refused.errorString.indexOf("Alleen wie") >= 0, refused.errorString)
        compare(refused.corrects, "")
        compare(session.pendingChanges, pendingNow)

        // A plan talk keeps who else took part (R1.3); what is corrected already is not
        // corrected again.
        const plan = shell.recordContact(first.id, first.name, "planTalk", true)
        settle(shell)
        const planForm = child(plan, "contactForm")
        planForm.otherRoles = ["municipality"]
        planForm.note = "Plan besproken"
        clickWhenShown(child(plan, "saveContactButton"))
        settle(shell)
        const planTalk = ContactInspector.current(session, first.id).find(c => c.note === "Plan besproken")
        verify(planTalk)
        const planCorrection = createTemporaryObject(contactFormComponent, testCase,
                { "session": session, "detaineeId": first.id, "kind": "planTalk" })
        verify(planCorrection.correct(planTalk.id), planCorrection.errorString)
        compare(planCorrection.otherRoles, ["municipality"])
        // Meanwhile another correction of it is stored (as a sync could bring one).
        const meanwhile = createTemporaryObject(contactFormComponent, testCase,
                { "session": session, "detaineeId": first.id, "kind": "planTalk" })
        verify(meanwhile.correct(planTalk.id), meanwhile.errorString)
        meanwhile.note = "Plan besproken, met werk"
        verify(meanwhile.save(), meanwhile.errorString)
        const planNow = ContactInspector.current(session, first.id).find(c => c.supersedes === planTalk.id)
        verify(planNow)
        compare(planNow.roles.sort(), planTalk.roles.sort())
        compare(planNow.roles.length, 2)
        const pendingBefore = session.pendingChanges
        planCorrection.note = "Een tweede correctie"
        verify(!planCorrection.save(), "corrected meanwhile")
        verify(planCorrection.errorString.indexOf("intussen al gecorrigeerd") >= 0, planCorrection.errorString)
        compare(session.pendingChanges, pendingBefore, "nothing written")
    }

    // R1.5: a talk recorded later is dated when it was held: the day and the time are stepped
    // with large buttons, the day no further back than the admission. By default a talk is
    // dated at the moment the form was opened ("Nu"; ContactMoment's unit tests step the rest).
    function test_aContactIsDatedWhenItWasHeld() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const page = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        const form = child(page, "contactForm")
        compare([form.daysAgo, form.minuteOfDay, form.unsaved], [0, -1, false])
        const maxBack = form.maxDaysBack // the form goes with its page at the save
        compare(child(page, "contactDayText").text, "Vandaag")
        // "Nu" with the clock time it stands for: the form's opening, in the facility's time.
        const opened = form.openedMinute
        const utc = new Date()
        const sinceMidnightUtc = utc.getUTCHours() * 60 + utc.getUTCMinutes()
        verify([60, 120].some(offset => Math.abs((sinceMidnightUtc + offset) % 1440 - opened) <= 1),
               "Amsterdam's clock: " + opened)
        compare(child(page, "contactTimeText").text,
                "om " + String(Math.floor(opened / 60)).padStart(2, "0") + ":"
                + String(opened % 60).padStart(2, "0") + " (bij openen)")
        verify(!child(page, "contactDayLater").enabled, "no day after today")
        verify(!child(page, "contactTimeLater").enabled, "no time after now")

        clickWhenShown(child(page, "contactDayEarlier"))
        compare(child(page, "contactDayText").text, "Gisteren")
        verify(form.unsaved, "Terug asks first")
        const minute = form.minuteOfDay
        verify(minute >= 0 && minute % 15 === 0, "another day has a time of its own: " + minute)
        clickWhenShown(child(page, "contactTimeEarlier"))
        clickWhenShown(child(page, "contactTimeEarlier"))
        clickWhenShown(child(page, "contactTimeLater"))
        const at = Math.max(0, minute - 30) + 15
        compare(form.minuteOfDay, at)
        verify(child(page, "contactTimeText").text.indexOf(String(Math.floor(at / 60)).padStart(2, "0")) > 0,
               child(page, "contactTimeText").text)
        const before = ContactInspector.current(session, first.id).map(c => c.id)
        clickWhenShown(child(page, "saveContactButton"))
        settle(shell)
        const added = ContactInspector.current(session, first.id).filter(c => before.indexOf(c.id) < 0)
        compare(added.length, 1)
        // The time chosen is Amsterdam's (CET or CEST), the stored moment UTC.
        const held = new Date(added[0].occurredAtMs)
        const offset = ((at - held.getUTCHours() * 60 - held.getUTCMinutes()) % 1440 + 1440) % 1440
        verify(offset === 60 || offset === 120, "at the time chosen: " + held.toISOString())
        const model = createTemporaryObject(detaineeModelComponent, testCase,
                                            { "session": session, "detaineeId": first.id })
        const entry = model.timeline.find(e => e.eventId === added[0].id)
        const yesterday = session.today
        yesterday.setDate(yesterday.getDate() - 1)
        compare(entry.day.toDateString(), yesterday.toDateString(), "dated yesterday")

        // At the limit the stepper says why "Eerder" is greyed out.
        const back = shell.recordContact(first.id, first.name, "other", true)
        settle(shell)
        const backForm = child(back, "contactForm")
        verify(child(back, "contactDayText").text.indexOf("\n") < 0, "no limit named before it")
        backForm.daysAgo = backForm.maxDaysBack
        verify(!child(back, "contactDayEarlier").enabled)
        const limit = backForm.maxDaysBack >= backForm.longestBack ? "hoogstens 30 dagen terug"
                                                                    : "eerder kan niet"
        verify(child(back, "contactDayText").text.endsWith("\n" + limit),
               child(back, "contactDayText").text)
        backForm.daysAgo = 0
        verify(!backForm.unsaved)
        mouseClick(child(shell, "backButton"))
        settle(shell)
        verify(shell.stack.currentItem !== back)

        // The same talk recorded again for yesterday: said, as a second one today would be.
        const again = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        const notice = child(again, "earlierToday")
        verify(!notice.visible, "none today")
        // The steppers stay where they are when the notice appears: the next gloved tap on
        // "Eerder" must not land on the notice or on the time instead.
        const dayEarlier = child(again, "contactDayEarlier")
        const timeEarlier = child(again, "contactTimeEarlier")
        const dayAt = dayEarlier.mapToItem(again, 0, 0).y
        const timeAt = timeEarlier.mapToItem(again, 0, 0).y
        clickWhenShown(dayEarlier)
        tryVerify(() => notice.visible)
        verify(notice.text.indexOf("U legde op ") === 0 && notice.text.indexOf("al zo'n gesprek") > 0,
               notice.text)
        waitForRendering(again)
        compare(dayEarlier.mapToItem(again, 0, 0).y, dayAt, "the day's buttons did not move")
        compare(timeEarlier.mapToItem(again, 0, 0).y, timeAt, "the time's buttons did not move")
        shell.stack.pop(null, StackView.Immediate)

        // A detainee admitted less than the days the form reaches back: the day goes back to
        // the admission and no further (R1.5), so no talk is dated before it.
        const all = createTemporaryObject(roundsModelComponent, testCase, { "session": session })
        let recent = null
        for (let i = 0; i < all.count && !recent; ++i)
            if (all.data(all.index(i, 0), RoundsModel.DaysInCustodyRole) < maxBack - 1)
                recent = { "id": all.data(all.index(i, 0), RoundsModel.DetaineeIdRole),
                           "days": all.data(all.index(i, 0), RoundsModel.DaysInCustodyRole) }
        verify(recent, "the demo has a detainee admitted this month")
        const early = shell.recordContact(recent.id, "", "mentorTalk", true)
        settle(shell)
        const earlyForm = child(early, "contactForm")
        compare(earlyForm.maxDaysBack, recent.days)
        earlyForm.daysAgo = recent.days + 5
        compare(earlyForm.daysAgo, recent.days)
        verify(!child(early, "contactDayEarlier").enabled, "not before the admission")
        clickWhenShown(child(early, "saveContactButton"))
        settle(shell)
        verify(shell.stack.currentItem !== early, "saved: the day of admission is a day of the stay")
    }

    // "Nu" is the moment the form was opened: a talk saved a while later (or after a lock
    // overnight) is dated when it was held, not when it was saved.
    function test_nuIsTheMomentTheFormWasOpened() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const before = ContactInspector.current(session, first.id).map(c => c.id)
        const opening = Date.now()
        const page = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        const opened = Date.now()
        wait(2000)
        clickWhenShown(child(page, "saveContactButton"))
        settle(shell)
        const added = ContactInspector.current(session, first.id).filter(c => before.indexOf(c.id) < 0)
        compare(added.length, 1)
        // Bounds, not a margin: a slow machine stretches the opening, never the wait.
        const at = added[0].occurredAtMs
        verify(at >= opening && at <= opened, "dated " + (at - opening) + " ms after the form was asked for, "
               + (opened - opening) + " ms to open it")
    }
}
