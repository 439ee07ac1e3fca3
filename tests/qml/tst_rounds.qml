import QtQuick
import QtQuick.Controls
import QtTest
import Ronde

// The rounds page on the demo facility (60 detainees, two units of 30).
TestCase {
    id: testCase
    name: "RoundsPage"
    visible: true // the chips' and headings' visibility is read
    when: windowShown
    width: 1280
    height: 800

    Session { id: testSession }

    Component {
        id: pageComponent
        RoundsPage {
            width: testCase.width
            height: testCase.height
            session: testSession
            // Not signed in: every detainee, as "Alle gedetineerden" shows them.
            Component.onCompleted: testCase.findChild(this, "everyoneButton").clicked()
        }
    }

    // A mentor's Mijn werk, on a session of its own.
    Component { id: sessionComponent; Session {} }
    Component { id: contactFormComponent; ContactForm {} }
    Component { id: everyoneModelComponent; RoundsModel { mine: false } }
    Component {
        id: minePageComponent
        RoundsPage { width: testCase.width; height: testCase.height }
    }

    // A page of a session of its own goes before that session, which it would otherwise read
    // once gone, filling the log with errors that hide real ones (also when a test fails).
    property var shown: null
    function cleanup() {
        if (shown)
            shown.destroy()
        shown = null
        wait(0)
    }

    function initTestCase() {
        verify(testSession.open(":memory:", true), testSession.errorString)
        compare(testSession.facilityName.indexOf("PI "), 0)
    }

    // The demo has 60 detainees; a few have left, and those are not on anyone's rounds.
    function test_listsTheDetaineesStillPresent() {
        const page = createTemporaryObject(pageComponent, testCase)
        const list = findChild(page, "roundsList")
        verify(list)
        verify(list.count > 50 && list.count <= 60, "count " + list.count)
        const model = list.model
        for (let i = 0; i < list.count; ++i)
            verify(!model.data(model.index(i, 0), RoundsModel.DischargedRole))
        tryVerify(() => list.itemAtIndex(0) !== null)
        verify(list.itemAtIndex(0).name.length > 0)
    }

    // Most urgent first: overdue (3) before due today (2) before a decision due (1).
    function test_mostUrgentFirstWithTheReason() {
        const page = createTemporaryObject(pageComponent, testCase)
        const model = findChild(page, "roundsList").model
        let previous = 3
        for (let i = 0; i < model.count; ++i) {
            const urgency = model.data(model.index(i, 0), RoundsModel.UrgencyRole)
            verify(urgency <= previous, "row " + i + " is more urgent than the one above it")
            previous = urgency
            const attention = model.data(model.index(i, 0), RoundsModel.AttentionRole)
            compare(attention.length > 0, urgency > 0, "row " + i + " says why: " + attention)
        }
        compare(model.data(model.index(0, 0), RoundsModel.UrgencyRole), 3, "the demo has overdue work")
    }

    // Rows alike in urgency stand as a Dutch list has them: by surname, its particles left
    // out ("Ivo de Boer" under B, before "Ivo Smit"), as sign-in lists staff.
    function test_alikeRowsStandBySurname() {
        const page = createTemporaryObject(pageComponent, testCase)
        const model = findChild(page, "roundsList").model
        const surname = name => {
            const words = name.split(" ").slice(1)
            while (words.length > 1 && words[0][0] === words[0][0].toLowerCase())
                words.shift()
            return words.join(" ").toLowerCase()
        }
        let previous = null, compared = 0
        for (let i = 0; i < model.count; ++i) {
            if (model.data(model.index(i, 0), RoundsModel.UrgencyRole) !== 0)
                continue
            const name = model.data(model.index(i, 0), RoundsModel.NameRole)
            if (previous !== null) {
                verify(surname(previous) < surname(name)
                       || (surname(previous) === surname(name) && previous <= name),
                       previous + " before " + name)
                ++compared
            }
            previous = name
        }
        verify(compared > 5, "the demo has rows with nothing pressing: " + compared)
    }

    function test_filtersByUnit() {
        const page = createTemporaryObject(pageComponent, testCase)
        const list = findChild(page, "roundsList")
        const model = list.model
        compare(model.units.length, 2)
        const total = list.count
        model.unitId = model.units[0].id
        const first = list.count
        verify(first > 0 && first < total)
        for (let i = 0; i < list.count; ++i)
            compare(model.data(model.index(i, 0), RoundsModel.UnitNameRole), model.units[0].name)
        model.unitId = model.units[1].id
        compare(first + list.count, total, "the two units hold everyone")
        model.unitId = ""
        compare(list.count, total)
    }

    function test_searchesByNameAndNumber() {
        const page = createTemporaryObject(pageComponent, testCase)
        const list = findChild(page, "roundsList")
        const field = findChild(page, "searchField")
        const model = list.model
        const number = model.data(model.index(5, 0), RoundsModel.NumberRole)
        field.text = number
        compare(list.count, 1)
        compare(model.data(model.index(0, 0), RoundsModel.NumberRole), number)

        const name = model.data(model.index(0, 0), RoundsModel.NameRole)
        field.text = name.toUpperCase()
        verify(list.count >= 1, "search ignores case")

        field.text = "niemand-heet-zo"
        compare(list.count, 0)
    }

    function test_touchTargetsAreAtLeast48Pixels() {
        const page = createTemporaryObject(pageComponent, testCase)
        const field = findChild(page, "searchField")
        verify(field.height >= 48, "search field " + field.height)
        const list = findChild(page, "roundsList")
        tryVerify(() => list.itemAtIndex(0) !== null)
        verify(list.itemAtIndex(0).height >= 48)
    }

    // Mijn werk mixes a mentor's own caseload with others' talks due: it says which part a
    // row is in, with how many, so that a new mentor does not take all for their own. A list
    // that does not mix (everyone's, a volunteer's) has no parts.
    function test_mijnWerkNamesItsParts() {
        const session = createTemporaryObject(sessionComponent, testCase)
        verify(session.open(":memory:", true), session.errorString)
        const mentor = session.staff.find(p => p.role === "mentor")
        compare(session.signIn(mentor.id, "123456"), "")
        const page = createTemporaryObject(minePageComponent, testCase, { "session": session })
        shown = page
        const list = findChild(page, "roundsList")
        const model = list.model
        verify(model.mine)
        const row = i => ({ "own": model.data(model.index(i, 0), RoundsModel.OwnRole),
                            "done": model.data(model.index(i, 0), RoundsModel.DoneRole),
                            "section": model.data(model.index(i, 0), RoundsModel.SectionRole) })
        let own = 0, others = 0, done = 0
        for (let i = 0; i < model.count; ++i)
            row(i).own ? ++own : row(i).done ? ++done : ++others
        verify(own > 0 && others > 0, own + " own, " + others + " others: the demo mixes")
        for (let i = 0; i < model.count; ++i)
            compare(row(i).section, row(i).own ? "Uw eigen gedetineerden (" + own + ")"
                    : row(i).done ? "Vandaag gedaan (" + done + ")"
                    : "Andere gedetineerden (" + others + ")")
        // Shown above the first row, and the row's own chip is not needed there.
        tryVerify(() => list.itemAtIndex(0) !== null)
        waitForRendering(list)
        const heading = findChild(list, "section")
        verify(heading && heading.visible && heading.height > 0, "a heading with room")
        compare(heading.text, "Uw eigen gedetineerden (" + own + ")")
        for (let i = 0; i < 12 && list.itemAtIndex(i); ++i)
            verify(!findChild(list.itemAtIndex(i), "ownChip").visible, "the headings say whose")

        // The whole own caseload is there, also whoever has nothing due this week: that one
        // says when the next talk is due.
        let ownInMine = 0, ownIdle = 0
        for (let i = 0; i < model.count; ++i) {
            ownInMine += row(i).own ? 1 : 0
            const line = model.data(model.index(i, 0), RoundsModel.AttentionRole)
            ownIdle += row(i).own && line.startsWith("Niets open binnen 7\u00a0dagen. Volgend mentorgesprek")
            // A wrapped line keeps "25 november" together: no "november)" alone below.
            verify(!/\d [a-z]/i.test(line), line)
        }
        verify(ownIdle > 0, "the demo has an own detainee with nothing due this week")

        findChild(page, "everyoneButton").clicked()
        for (let i = 0; i < model.count; ++i)
            compare(model.data(model.index(i, 0), RoundsModel.SectionRole), "")
        let ownInAll = 0
        for (let i = 0; i < model.count; ++i)
            ownInAll += row(i).own ? 1 : 0
        compare(ownInMine, ownInAll)
        tryVerify(() => list.itemAtIndex(0) !== null)
        let chips = 0
        for (let i = 0; i < 12 && list.itemAtIndex(i); ++i)
            chips += findChild(list.itemAtIndex(i), "ownChip").visible ? 1 : 0
        verify(chips > 0, "everyone's list marks the own rows")

        session.lock()
        const volunteer = session.staff.find(p => p.role === "volunteer")
        compare(session.signIn(volunteer.id, "123456"), "")
        findChild(page, "mineButton").clicked()
        verify(model.count > 0)
        for (let i = 0; i < model.count; ++i)
            compare(model.data(model.index(i, 0), RoundsModel.SectionRole), "")
        // All of it theirs: no row needs the chip that says so.
        tryVerify(() => list.itemAtIndex(0) !== null)
        verify(row(0).own)
        verify(!findChild(list.itemAtIndex(0), "ownChip").visible)
        // Nor in their "Alle gedetineerden", which holds only their own too.
        findChild(page, "everyoneButton").clicked()
        tryVerify(() => list.itemAtIndex(0) !== null)
        verify(row(0).own)
        verify(!findChild(list.itemAtIndex(0), "ownChip").visible)
    }

    // Mijn werk holds only today's work: a search there offers everyone, so that a detainee
    // with nothing due is found in one tap, the search kept.
    function test_aSearchInMyWorkOffersEveryone() {
        const session = createTemporaryObject(sessionComponent, testCase)
        verify(session.open(":memory:", true), session.errorString)
        const mentor = session.staff.find(p => p.role === "mentor")
        compare(session.signIn(mentor.id, "123456"), "")
        const page = createTemporaryObject(minePageComponent, testCase, { "session": session })
        shown = page
        const list = findChild(page, "roundsList")
        const model = list.model
        verify(model.mine)
        const inMyWork = []
        for (let i = 0; i < model.count; ++i)
            inMyWork.push(model.data(model.index(i, 0), RoundsModel.DetaineeIdRole))
        const everyone = createTemporaryObject(everyoneModelComponent, testCase, { "session": session })
        let other = null
        for (let i = 0; i < everyone.count && !other; ++i) {
            const at = everyone.index(i, 0)
            if (inMyWork.indexOf(everyone.data(at, RoundsModel.DetaineeIdRole)) < 0)
                other = { "name": everyone.data(at, RoundsModel.NameRole),
                          "number": everyone.data(at, RoundsModel.NumberRole) }
        }
        verify(other, "someone with nothing due for this mentor today")
        const offer = findChild(page, "searchEveryone")
        verify(!offer.visible, "not offered without a search")
        findChild(page, "searchField").text = other.number
        tryCompare(model, "count", 0)
        tryVerify(() => offer.visible && offer.width > 0)
        const why = findChild(page, "notInThisList")
        verify(why.visible && why.text.indexOf("in Mijn werk") > 0, why.text)
        verify(why.mapToItem(list, 0, 0).y < offer.mapToItem(list, 0, 0).y, "the words, then the offer")
        waitForRendering(list)
        mouseClick(offer)
        verify(!model.mine && !model.askable, "everyone")
        compare(findChild(page, "searchField").text, other.number, "the search kept")
        tryCompare(model, "count", 1)
        compare(model.data(model.index(0, 0), RoundsModel.NameRole), other.name)
        verify(!offer.visible, "nothing more to offer")
    }

    // A save read the list again, and it went back to its start: a mentor back from a row far
    // down had to find their place again. The row at the top stays at the top.
    function test_aSaveKeepsTheListWhereItWas() {
        const session = createTemporaryObject(sessionComponent, testCase)
        verify(session.open(":memory:", true), session.errorString)
        const mentor = session.staff.find(p => p.role === "mentor")
        compare(session.signIn(mentor.id, "123456"), "")
        const page = createTemporaryObject(minePageComponent, testCase, { "session": session })
        shown = page
        const list = findChild(page, "roundsList")
        const model = list.model
        verify(model.count > 12, model.count + " rows")
        tryVerify(() => list.itemAtIndex(0) !== null)
        const idAt = i => model.data(model.index(i, 0), RoundsModel.DetaineeIdRole)
        const topId = function() {
            const i = list.indexAt(list.width / 2, list.contentY + Theme.margin * 3)
            return i >= 0 ? idAt(i) : ""
        }
        list.positionViewAtIndex(8, ListView.Beginning)
        waitForRendering(list)
        const before = topId()
        verify(before !== "" && before !== idAt(0), "scrolled down: " + before)
        const saved = idAt(1) // above the rows in view: the save moves it
        const form = createTemporaryObject(contactFormComponent, testCase,
                                           { "session": session, "detaineeId": saved })
        form.kind = "mentorTalk"
        verify(form.save(), form.errorString)
        tryVerify(() => model.data(model.index(model.rowOf(saved), 0), RoundsModel.DoneRole), 2000)
        waitForRendering(list)
        compare(topId(), before)
        verify(list.contentY > list.originY, "not back at the start")

        // The row at the top itself saved (scroll, tap the top row, save): it moves to the end
        // of the own part, and the row that was under it comes to the top.
        const topRow = model.rowOf(before)
        const under = idAt(topRow + 1)
        const again = createTemporaryObject(contactFormComponent, testCase,
                                            { "session": session, "detaineeId": before })
        again.kind = "mentorTalk"
        verify(again.save(), again.errorString)
        tryVerify(() => model.data(model.index(model.rowOf(before), 0), RoundsModel.DoneRole), 2000)
        waitForRendering(list)
        compare(topId(), under)
    }

    // A search that finds an own detainee done today and someone else's keeps its parts:
    // without headings the other's row would read as one's own.
    function test_aSearchKeepsTheParts() {
        const session = createTemporaryObject(sessionComponent, testCase)
        verify(session.open(":memory:", true), session.errorString)
        const mentor = session.staff.find(p => p.role === "mentor")
        compare(session.signIn(mentor.id, "123456"), "")
        const page = createTemporaryObject(minePageComponent, testCase, { "session": session })
        shown = page
        const model = findChild(page, "roundsList").model
        const rows = () => {
            const all = []
            for (let i = 0; i < model.count; ++i) {
                const at = model.index(i, 0)
                all.push({ "id": model.data(at, RoundsModel.DetaineeIdRole),
                           "name": model.data(at, RoundsModel.NameRole),
                           "own": model.data(at, RoundsModel.OwnRole),
                           "done": model.data(at, RoundsModel.DoneRole),
                           "section": model.data(at, RoundsModel.SectionRole) })
            }
            return all
        }
        // A word of an own detainee's name that also names someone else's, and no other own
        // detainee's (the demo's names share surnames).
        const before = rows()
        let mine = null, word = ""
        for (const own of before.filter(r => r.own && !r.done)) {
            for (const part of own.name.split(" ").filter(w => w.length >= 4)) {
                const found = before.filter(r => r.name.indexOf(part) >= 0)
                if (found.length >= 2 && found.filter(r => r.own).length === 1) {
                    mine = own
                    word = part
                    break
                }
            }
            if (mine)
                break
        }
        verify(mine, "the demo has two detainees of one surname, one of them the mentor's")
        const form = createTemporaryObject(contactFormComponent, testCase,
                                           { "session": session, "detaineeId": mine.id })
        form.kind = "mentorTalk"
        verify(form.save(), form.errorString)
        model.search = word
        tryVerify(() => rows().some(r => r.id === mine.id && r.done), 2000, "done today")
        const found = rows()
        verify(found.length >= 2, JSON.stringify(found))
        for (const r of found) {
            verify(r.section !== "", "a heading for " + r.name)
            verify(r.own === (r.id === mine.id))
        }
        // Done today, it stays with the own caseload.
        compare(found.find(r => r.id === mine.id).section, "Uw eigen gedetineerden (1)")
    }
}
