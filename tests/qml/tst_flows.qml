import QtQuick
import QtQuick.Controls
import QtTest
import Ronde

// The tablet's flows, end to end inside the app shell, on a fresh in-memory demo each time.
ShellTestCase {
    id: testCase
    name: "Flows"

    Component { id: detaineeModelComponent; DetaineeModel {} }
    // Every detainee the signed-in person may see, not only their work.
    Component { id: roundsModelComponent; RoundsModel { mine: false } }

    // No text on screen says what a detainee answered (DOMAIN "Privacy").
    function verifyNoRatingVisible(shell, where) {
        for (const text of visibleTexts(shell, []))
            verify(!/[1-5] van 5|tevredenheid[: ]*[1-5]/i.test(text), where + ": a rating is visible: " + text)
    }

    // The mentor's main flow, every tap counted (README "The mentor's round"): sign in, Mijn
    // werk, the top row, a mentor talk, the rating with its confirming tap, handing back, save.
    function test_mentorsMainFlow() {
        const session = newSession()
        const shell = newShell(session)
        settle(shell)
        let taps = 0
        const tap = function(item) { mouseClick(item); ++taps }
        const signIn = shell.stack.currentItem
        tap(child(signIn, "staff_mentor"))
        for (const digit of "123456")
            tap(child(signIn, "pinKey" + digit))
        tap(child(signIn, "pinKeyOK"))
        verify(session.signedIn)
        settle(shell)

        const rounds = shell.stack.currentItem
        verify(child(rounds, "mineButton").checked, "opens on Mijn werk")
        const list = child(rounds, "roundsList")
        const model = list.model
        tryVerify(() => list.itemAtIndex(0) !== null)
        const top = list.itemAtIndex(0)
        verify(top.own, "the mentor's own caseload first")
        verify(top.attention.indexOf("mentorgesprek") >= 0, top.attention)
        for (let i = 0; i < model.count; ++i) {
            const why = model.data(model.index(i, 0), RoundsModel.AttentionRole)
            verify(why.indexOf("mentorgesprek") >= 0, "row " + i + " is mentor work: " + why)
        }
        const detaineeId = top.detaineeId
        const name = top.name
        const rowsBefore = model.count

        tap(top)
        settle(shell)
        tap(child(shell.stack.currentItem, "mentorTalkButton"))
        settle(shell)
        const contact = shell.stack.currentItem
        tap(child(contact, "askRatingButton"))
        settle(shell)
        const rating = shell.stack.currentItem
        tap(child(rating, "face4"))
        tryVerify(() => child(rating, "confirmRating").enabled)
        tap(child(rating, "confirmRating"))
        const pad = child(rating, "handBackPinPad")
        for (const digit of "123456")
            tap(child(pad, "pinKey" + digit))
        tap(child(pad, "pinKeyOK"))
        settle(shell)
        compare(shell.stack.currentItem, contact)
        tap(child(contact, "saveContactButton"))
        settle(shell)

        compare(shell.stack.depth, 1, "back on Mijn werk")
        verify(child(shell, "savedNotice").visible)
        compare(child(shell, "savedNoticeText").text, "✓ Opgeslagen: mentorgesprek met " + name)
        // The row stays, done, at the end of the own caseload: the save is seen where the work
        // was, and the own part still holds the whole caseload.
        compare(model.count, rowsBefore)
        let at = -1
        for (let i = 0; i < model.count; ++i)
            if (model.data(model.index(i, 0), RoundsModel.DetaineeIdRole) === detaineeId)
                at = i
        verify(at >= 0, "still in the list")
        const saved = model.index(at, 0)
        verify(model.data(saved, RoundsModel.DoneRole))
        verify(model.data(saved, RoundsModel.OwnRole))
        verify(model.data(saved, RoundsModel.AttentionRole).indexOf("Vandaag gedaan") >= 0,
               model.data(saved, RoundsModel.AttentionRole))
        if (at + 1 < model.count)
            verify(!model.data(model.index(at + 1, 0), RoundsModel.OwnRole), "the own part's last")
        for (let i = 0; i < at; ++i)
            verify(model.data(model.index(i, 0), RoundsModel.OwnRole), "row " + i + " is own too")
        verifyNoRatingVisible(shell, "Mijn werk")
        compare(taps, 21, "8 to sign in, 13 for the talk with its rating (7 of them the PIN)")

        // One tap shows everyone, in today's urgency order.
        mouseClick(child(rounds, "everyoneButton"))
        verify(model.count > rowsBefore, model.count + " of the facility")
    }

    // R1.2: a detainee's page names their mentor, "(u)" when that is who is signed in, and
    // another mentor's detainee by that mentor's name.
    function test_theDetaineePageNamesTheMentor() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const all = createTemporaryObject(roundsModelComponent, testCase, { "session": session })
        let own = null, other = null
        for (let i = 0; i < all.count && (!own || !other); ++i) {
            const id = all.data(all.index(i, 0), RoundsModel.DetaineeIdRole)
            const model = createTemporaryObject(detaineeModelComponent, testCase, { "session": session, "detaineeId": id })
            if (all.data(all.index(i, 0), RoundsModel.OwnRole))
                own = own || { "id": id, "model": model }
            else if (model.mentorName !== "")
                other = other || { "id": id, "model": model }
        }
        verify(own && other, "the demo has own detainees and another mentor's")
        compare(own.model.mentorName, session.userName)
        verify(own.model.mentorIsViewer)
        verify(other.model.mentorName !== session.userName && !other.model.mentorIsViewer)
        let page = shell.openDetainee(own.id, "", true)
        settle(shell)
        compare(child(page, "mentorLine").text, "Mentor: " + session.userName + " (u)")
        shell.stack.pop(StackView.Immediate)
        page = shell.openDetainee(other.id, "", true)
        settle(shell)
        compare(child(page, "mentorLine").text, "Mentor: " + other.model.mentorName)
    }

    // R1.1, R1.3: the intake and the D&R-plan talk, held once a stay, are the main buttons of
    // a detainee's page only while they are still to be held.
    function test_aTalkHeldOnceIsNoLongerTheMainButton() {
        const session = newSession()
        signInAs(session, "caseManager")
        const shell = newShell(session)
        settle(shell)
        const all = createTemporaryObject(roundsModelComponent, testCase, { "session": session })
        const seen = { "held": 0, "open": 0 }
        for (let i = 0; i < all.count && (seen.held === 0 || seen.open === 0); ++i) {
            const id = all.data(all.index(i, 0), RoundsModel.DetaineeIdRole)
            const model = createTemporaryObject(detaineeModelComponent, testCase, { "session": session, "detaineeId": id })
            const intake = model.obligations.find(o => o.rule === "R1.1")
            if (!intake)
                continue
            const held = intake.status === "met" || intake.status === "metLate"
            const page = shell.openDetainee(id, "", true)
            settle(shell)
            compare(child(page, "intakeButton").primary, !held, intake.status)
            const talk = model.obligations.find(o => o.rule === "R1.3")
            compare(child(page, "planTalkButton").primary,
                    !(talk && (talk.status === "met" || talk.status === "metLate")), "R1.3")
            ++seen[held ? "held" : "open"]
            shell.stack.pop(StackView.Immediate)
        }
        verify(seen.held > 0 && seen.open > 0, JSON.stringify(seen))
    }

    // Issue #5: a mentor talk takes at most three taps from the rounds list.
    // R1.3: a casemanager's plan talk offers the other roles of the talk by name (the
    // session's words for them), not the casemanager's own, and no mentor talk.
    function test_planTalkOffersTheOtherRolesByName() {
        const session = newSession()
        signInAs(session, "caseManager")
        const shell = newShell(session)
        settle(shell)
        const list = child(shell.stack.currentItem, "roundsList")
        tryVerify(() => list.itemAtIndex(0) !== null)
        mouseClick(list.itemAtIndex(0))
        settle(shell)
        verify(!findChild(shell.stack.currentItem, "mentorTalkButton").visible)
        mouseClick(child(shell.stack.currentItem, "planTalkButton"))
        settle(shell)
        compare(shell.stack.currentItem.kind, "planTalk")
        const texts = visibleTexts(shell.stack.currentItem, [])
        verify(texts.indexOf("Gemeente") >= 0, texts.join(" | "))
        verify(texts.indexOf("Reclassering") >= 0, texts.join(" | "))
        verify(texts.indexOf("Casemanager") < 0, "not the casemanager's own role")
    }

    function test_mentorTalkInThreeTaps() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const list = child(shell.stack.currentItem, "roundsList")
        tryVerify(() => list.itemAtIndex(0) !== null)
        const row = list.itemAtIndex(0)
        const detaineeId = row.detaineeId
        const pendingBefore = session.pendingChanges

        mouseClick(row)                                                        // tap 1
        settle(shell)
        compare(shell.stack.depth, 2)
        const talk = child(shell.stack.currentItem, "mentorTalkButton")
        verify(talk && talk.visible)
        mouseClick(talk)                                                       // tap 2
        settle(shell)
        compare(shell.stack.currentItem.kind, "mentorTalk")
        mouseClick(child(shell.stack.currentItem, "saveContactButton"))    // tap 3
        settle(shell)
        compare(shell.stack.depth, 1, "back on the rounds list")
        const notice = child(shell, "savedNotice")
        verify(notice.visible, "the save is confirmed")
        verify(child(shell, "savedNoticeText").text.indexOf("Opgeslagen: mentorgesprek met ") >= 0,
               child(shell, "savedNoticeText").text)
        // It stands in the status bar's place, under the list, not over its bottom row.
        verify(notice.mapToItem(shell, 0, 0).y >= list.mapToItem(shell, 0, list.height).y - 1,
               "under the list")
        // A tap puts it away, and opens nothing.
        mouseClick(notice)
        verify(!notice.visible, "put away")
        compare(shell.stack.depth, 1, "the tap opened no row under it")

        compare(session.pendingChanges, pendingBefore + 1, "one contact waits for sync")
        // The demo's tablet is linked to no server: the bar says all is kept here, and what is
        // not sent yet, not that it waits for a sync that cannot come.
        const pendingState = child(shell, "pendingState")
        const waiting = session.pendingChanges
        compare(pendingState.text, "Alles bewaard; " + waiting
                + (waiting === 1 ? " wijziging" : " wijzigingen") + " nog niet verstuurd")
        const model = createTemporaryObject(detaineeModelComponent, testCase,
                                            { "session": session, "detaineeId": detaineeId })
        const mentorTalk = model.obligations[1]
        compare(mentorTalk.rule, "R1.2")
        compare([mentorTalk.status, mentorTalk.doneToday, mentorTalk.statusLabel], ["due", true, "Vandaag gedaan"])
        // A reason that wraps keeps "19 december" together: no month alone on a line.
        verify(/\d/.test(mentorTalk.reason), mentorTalk.reason)
        for (const o of model.obligations)
            verify(!/\d [a-z]/i.test(o.reason), o.reason)
        verify(model.timeline[0].title.indexOf("Mentorgesprek") === 0)
    }

    // Sign-in for a real facility: who used this tablet lately first, then everyone by
    // surname; typing narrows the list at once; a wrong PIN moves nothing on the screen.
    function test_signInListsRecentFirstThenBySurname() {
        const session = newSession()
        const shell = newShell(session)
        settle(shell)
        let previous = ""
        for (const person of session.staff) {
            verify(!person.recent, "nobody signed in here yet")
            verify(person.section >= previous, person.name + " after section " + previous)
            previous = person.section
        }
        signInAs(session, "director")
        session.lock()
        settle(shell)
        compare(session.staff[0].role, "director", "the last one to sign in comes first")
        verify(session.staff[0].recent)
        compare(session.staff.filter(p => p.recent).length, 1)

        const page = shell.stack.currentItem
        const list = child(page, "staffList")
        const search = child(page, "staffSearch")
        search.text = "dekk"
        compare(list.count, 1, "Ingrid Dekker, once")
        mouseClick(child(search, "clearSearch"))
        compare(search.text, "")
        compare(list.count, session.staff.length)

        tryVerify(() => list.itemAtIndex(0) !== null)
        const pad = child(page, "pinPad")
        const prompt = child(page, "pinPrompt")
        const padY = pad.mapToItem(page, 0, 0).y
        // The pad names whose PIN it asks for, and does not move for the name. A name the
        // search then hides is chosen no more: a PIN typed next is not theirs.
        mouseClick(list.itemAtIndex(0))
        compare(child(page, "pinPromptName").text, session.staff[0].name)
        verify(child(page, "pinPromptName").visible)
        compare(prompt.text, "Voer uw pincode in")
        compare(pad.mapToItem(page, 0, 0).y, padY, "the PIN pad stays where it was")
        search.text = "jong"
        compare(page.chosenId, "", "Ingrid Dekker is out of sight")
        verify(!pad.enabled)
        compare(prompt.text, "Kies eerst uw naam")
        verify(!child(page, "pinPromptName").visible)
        search.text = ""
        mouseClick(list.itemAtIndex(0))
        search.text = "dekk"
        compare(page.chosenId, session.staff[0].id, "still in sight: still chosen")
        search.text = ""
        const message = child(page, "signInMessage")
        for (const digit of "000000")
            mouseClick(child(page, "pinKey" + digit))
        mouseClick(child(page, "pinKeyOK"))
        verify(message.text.indexOf("Onjuiste pincode") >= 0, message.text)
        compare(pad.mapToItem(page, 0, 0).y, padY, "the PIN pad stays where it was")
        mouseClick(child(page, "language_en"))
        compare(message.text, "", "no Dutch message left after switching to English")
        mouseClick(child(page, "language_nl"))
    }

    // Five wrong PINs lock the account; then even the right one waits.
    function test_pinLockout() {
        const session = newSession()
        const shell = newShell(session)
        settle(shell)
        const page = shell.stack.currentItem
        const mentorButton = child(page, "staff_mentor")
        verify(mentorButton)
        mouseClick(mentorButton)
        const message = child(page, "signInMessage")
        function enter(pin) {
            for (const digit of pin)
                mouseClick(child(page, "pinKey" + digit))
            mouseClick(child(page, "pinKeyOK"))
        }
        for (let i = 1; i <= 4; ++i) {
            enter("0000")
            verify(message.text.indexOf("Onjuiste pincode") >= 0, message.text)
            verify(!session.signedIn)
        }
        mouseClick(child(page, "pinKey1"))
        compare(message.text, "", "a new try: the last one's message goes")
        enter("0000") // "10000", wrong too
        verify(message.text.indexOf("Te vaak") >= 0, message.text)
        enter("123456")
        verify(!session.signedIn, "locked: the right PIN is refused too")
        verify(message.text.indexOf("Te vaak") >= 0)
    }

    // The rating screen shows nothing of the detainee, and goes back only with the staff PIN.
    function test_ratingScreenHidesTheDetainee() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const contact = shell.recordContact(first.id, first.name, "mentorTalk", true)
        mouseClick(child(contact, "askRatingButton"))
        settle(shell)
        verify(shell.handOver, "title and status bars hidden")
        const texts = visibleTexts(shell, [])
        verify(texts.length > 3, "the question and faces are on screen")
        for (const text of texts) {
            verify(text.indexOf(first.name) < 0, "detainee name on the rating screen: " + text)
            verify(text.indexOf(session.userName) < 0, "staff name on the rating screen: " + text)
        }

        // A face is only chosen by a tap; a second tap on "Dit is mijn antwoord" gives it,
        // so a mis-tap can be changed first.
        const rating = shell.stack.currentItem
        mouseClick(child(rating, "face2"))
        const pad = child(rating, "handBackPinPad")
        verify(!pad.visible, "one tap on a face gives nothing yet")
        mouseClick(child(rating, "face4"))
        compare(rating.chosen, 4)
        verify(!pad.visible)
        clickWhenShown(child(rating, "confirmRating"))
        verify(pad.visible)
        waitForRendering(pad)
        const padY = pad.mapToItem(rating, 0, 0).y
        for (const digit of "9999")
            mouseClick(child(pad, "pinKey" + digit))
        mouseClick(child(pad, "pinKeyOK"))
        verify(shell.handOver, "a wrong PIN does not hand back")
        // As at sign-in: how many tries are left, and the pad stays where it was.
        const wrongPin = child(rating, "handBackWrongPin")
        verify(wrongPin.text.indexOf("Onjuiste pincode") >= 0 && wrongPin.text.indexOf("Nog 4") >= 0,
               wrongPin.text)
        compare(pad.mapToItem(rating, 0, 0).y, padY)
        for (const digit of "123456")
            mouseClick(child(pad, "pinKey" + digit))
        mouseClick(child(pad, "pinKeyOK"))
        settle(shell)
        verify(!shell.handOver)
        compare(shell.stack.currentItem, contact)
        compare(child(contact, "contactForm").satisfaction, 4, "given, to be stored")

        // DOMAIN "Privacy": from here on no screen shows the number, not to the staff member
        // who handed the tablet over either.
        verify(child(contact, "askRatingButton").text.indexOf("gevraagd") >= 0)
        // R5.5: given once; a tap cannot ask again, where a skip would throw it away.
        mouseClick(child(contact, "askRatingButton"))
        settle(shell)
        verify(!shell.handOver && child(contact, "contactForm").satisfaction === 4, "not asked again")
        verifyNoRatingVisible(shell, "contact page")
        mouseClick(child(contact, "saveContactButton"))
        settle(shell)
        shell.openDetainee(first.id, first.name, true)
        settle(shell)
        const onPage = visibleTexts(shell, [])
        verify(onPage.some(t => t.indexOf("tevredenheid gevraagd") >= 0), onPage.join(" | "))
        verifyNoRatingVisible(shell, "detainee page")
    }

    // A name chosen at the list's lower edge scrolls into view whole, so that who signs in
    // sees whom they chose.
    function test_aChosenNameIsShownWhole() {
        const session = newSession()
        const shell = newShell(session)
        settle(shell)
        const list = child(shell.stack.currentItem, "staffList")
        child(list, "staff_mentor")
        waitForRendering(list)
        // The last row that the list shows only in part, if any (at 1280×800 there is one).
        let row = null
        for (let i = 0; i < list.contentItem.children.length; ++i) {
            const item = list.contentItem.children[i]
            if (item.objectName.startsWith("staff_") && item.visible) {
                const top = item.mapToItem(list, 0, 0).y
                if (top < list.height - 10 && top + item.height > list.height)
                    row = item
            }
        }
        verify(row !== null, "a row cut off at the lower edge")
        mouseClick(row, row.width / 2, 5)
        tryVerify(() => row.mapToItem(list, 0, row.height).y <= list.height + 0.5, 2000,
                  "the chosen row is whole in view")
        verify(row.checked)
    }

    // Only a director (or a mandated MDO) decides; core refuses a mentor.
    function test_decisionRefusedWithoutTheRightRole() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const page = shell.recordDecision(first.id, first.name, true)
        verify(child(page, "decisionNotPermitted").visible)
        const form = child(page, "decisionForm")
        form.decision = "notYet"
        const pending = session.pendingChanges
        clickWhenShown(child(page, "saveDecisionButton"))
        clickWhenShown(child(page, "confirmDecisionButton"))
        const error = child(page, "decisionError")
        verify(error.visible)
        verify(error.text.indexOf("mag uw rol niet") >= 0, error.text)
        compare(session.pendingChanges, pending, "nothing written")

        session.lock()
        signInAs(session, "director")
        settle(shell)
        const directorPage = shell.recordDecision(first.id, first.name, true)
        verify(!child(directorPage, "decisionNotPermitted").visible)
        verify(child(directorPage, "decisionStanding").text.indexOf("Nu: ") === 0)
        verify(child(directorPage, "decisionWhyNot").visible, "says a decision must be chosen")
        verify(!child(directorPage, "saveDecisionButton").enabled)
        child(directorPage, "decisionForm").decision = "notYet"
        verify(!child(directorPage, "decisionWhyNot").visible)
        // R4.5: taken at yesterday's MDO, it is dated yesterday, and the question says so.
        clickWhenShown(child(directorPage, "decisionDayEarlier")) // the demo admits 1 to 150 days back
        compare(child(directorPage, "decisionDay").text, "Gisteren")
        clickWhenShown(child(directorPage, "saveDecisionButton"))
        // It asks first; "Nee, terug" writes nothing.
        verify(child(directorPage, "decisionConfirmation").visible)
        verify(child(directorPage, "decisionQuestion").text.indexOf("genomen op") > 0)
        clickWhenShown(child(directorPage, "cancelDecisionButton"))
        compare(session.pendingChanges, pending)
        clickWhenShown(child(directorPage, "saveDecisionButton"))
        clickWhenShown(child(directorPage, "confirmDecisionButton"))
        verify(child(directorPage, "complaintDeadline").visible)
        compare(session.pendingChanges, pending + 1)
        verify(!child(directorPage, "decisionDay").enabled, "once saved, its day is done too")
        verify(!child(directorPage, "decisionChoice_demote").enabled, "and its choice")
        verify(child(directorPage, "decisionChoice_demote").opacity < 1, "and looks so")
    }

    // R2.2, R2.3, R4.5: a decision that cannot apply to where the detainee stands is said, and
    // not saved; a promotion the reviews do not support yet is the director's, said before.
    Component { id: roundsComponent; RoundsModel { mine: false } }
    function detaineeIn(session, program, eligible) {
        const rounds = createTemporaryObject(roundsComponent, testCase, { "session": session })
        for (let i = 0; i < rounds.count; ++i) {
            if (rounds.data(rounds.index(i, 0), RoundsModel.ProgramRole) !== program)
                continue
            const id = rounds.data(rounds.index(i, 0), RoundsModel.DetaineeIdRole)
            const model = createTemporaryObject(detaineeModelComponent, testCase, { "session": session, "detaineeId": id })
            if (model.eligibleForPromotion === eligible)
                return { "id": id, "name": rounds.data(rounds.index(i, 0), RoundsModel.NameRole) }
        }
        fail("no demo detainee in " + program + (eligible ? ", eligible" : ", not eligible"))
    }
    function test_aDecisionMustFitWhereTheDetaineeStands() {
        const session = newSession()
        signInAs(session, "director")
        const shell = newShell(session)
        settle(shell)
        const pending = session.pendingChanges

        const basic = detaineeIn(session, "basic", false)
        let page = shell.recordDecision(basic.id, basic.name, true)
        let form = child(page, "decisionForm")
        form.decision = "demote"
        verify(child(page, "decisionWhyNot").visible)
        verify(child(page, "decisionWhyNot").text.indexOf("Zit niet in het plusprogramma") >= 0)
        verify(!child(page, "saveDecisionButton").enabled)
        verify(!form.save(), "the form refuses it too")
        compare(session.pendingChanges, pending, "nothing written")
        // Promoting without six weeks of green: allowed, after a caution.
        form.decision = "promote"
        verify(!child(page, "decisionWhyNot").visible)
        clickWhenShown(child(page, "saveDecisionButton"))
        verify(child(page, "decisionCaution").visible)
        verify(child(page, "decisionCaution").text.indexOf("nog niet in aanmerking") >= 0)
        clickWhenShown(child(page, "confirmDecisionButton"))
        verify(child(page, "complaintDeadline").visible)
        compare(session.pendingChanges, pending + 1)
        // The page follows the records (DecisionForm::followRecords): in plus now, but the
        // decision just saved is not said to be impossible.
        compare(form.bar.indexOf("Zit al in het plusprogramma"), 0, form.bar)
        verify(!child(page, "decisionWhyNot").visible, child(page, "decisionWhyNot").text)
        // R4.5: the timeline says who decided.
        const timeline = createTemporaryObject(detaineeModelComponent, testCase,
                                               { "session": session, "detaineeId": basic.id }).timeline
        const decided = timeline.find(e => e.kind === "decision")
        verify(decided && decided.who.indexOf(session.userName) === 0, decided ? decided.who : "none")

        // Now in plus: promoting again is said, not saved.
        shell.stack.pop(null, StackView.Immediate)
        settle(shell)
        page = shell.recordDecision(basic.id, basic.name, true)
        form = child(page, "decisionForm")
        form.decision = "promote"
        verify(child(page, "decisionWhyNot").text.indexOf("Zit al in het plusprogramma") >= 0,
               child(page, "decisionWhyNot").text)
        verify(!child(page, "saveDecisionButton").enabled)
        form.decision = "demote"
        verify(!child(page, "decisionWhyNot").visible, "a demotion fits now")
    }

    // The language follows the system; a choice on the sign-in page overrides it.
    function test_languageCanBeChosenOnTheSignInPage() {
        const session = newSession()
        const shell = newShell(session)
        settle(shell)
        const page = shell.stack.currentItem
        compare(page.title, "Aanmelden")
        mouseClick(child(page, "language_en"))
        tryCompare(page, "title", "Sign in")
        compare(UiLanguage.code, "en")
        const mentor = child(page, "staff_mentor")
        verify(mentor.Accessible.name.indexOf("Mentor") > 0)
        mouseClick(child(page, "language_nl"))
        tryCompare(page, "title", "Aanmelden")
        compare(UiLanguage.code, "nl")
    }
}
