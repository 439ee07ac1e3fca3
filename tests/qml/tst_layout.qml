import QtQuick
import QtQuick.Controls
import QtTest
import Ronde

// No text is cut and no control is under 48 px: every page of the tablet, in landscape (1280×800) and portrait (800×1280),
// in Dutch and English, with the demo's detainee of the longest name. A Text that elides or
// runs past its maximumLineCount says so in `truncated`.
TestCase {
    id: testCase
    name: "Layout"
    visible: true // laid out and drawn, as on the tablet
    when: windowShown
    width: 1280
    height: 1280

    Component { id: sessionComponent; Session {} }
    Component { id: shellComponent; AppShell {} }
    Component { id: roundsModelComponent; RoundsModel { mine: false } }

    function check(item, out, where) {
        cutTexts(item, out, where)
        smallControls(item, out, where)
        return out
    }

    function cutTexts(item, out, where) {
        if (!item || !item.visible || item.opacity === 0)
            return out
        if (item.truncated === true && item.text !== undefined && item.text !== "")
            out.push(where + ": “" + item.text + "”")
        for (let i = 0; i < item.children.length; ++i)
            cutTexts(item.children[i], out, where)
        return out
    }

    // Every control a finger meets is at least 48 px each way (gloves).
    function smallControls(item, out, where) {
        if (!item || !item.visible || item.opacity === 0 || item.width === 0)
            return out
        const control = (typeof item.clicked === "function" && item.pressed !== undefined)
                        || item.placeholderText !== undefined
        if (control && item.enabled !== false && (item.width < 48 || item.height < 48))
            out.push(where + ": " + (item.objectName || item.text || item) + " "
                     + Math.round(item.width) + "×" + Math.round(item.height))
        for (let i = 0; i < item.children.length; ++i)
            smallControls(item.children[i], out, where)
        return out
    }

    function longestNamed(session) {
        const all = createTemporaryObject(roundsModelComponent, testCase, { "session": session })
        let best = { "id": "", "name": "" }
        for (let i = 0; i < all.count; ++i) {
            const name = all.data(all.index(i, 0), RoundsModel.NameRole)
            if (name.length > best.name.length)
                best = { "id": all.data(all.index(i, 0), RoundsModel.DetaineeIdRole), "name": name }
        }
        return best
    }

    // A chosen chip keeps its width, so that the chips beside it stay where the finger
    // expects them (gloves: a second tap on a moved row lands on the wrong one).
    Component { id: chipComponent; FilterButton { text: "Degraderen" } }
    function test_aChipKeepsItsWidthWhenChosen() {
        const chip = createTemporaryObject(chipComponent, testCase)
        const width = chip.implicitWidth
        chip.checked = true
        compare(chip.implicitWidth, width)
        const label = findChild(chip, "chipLabel")
        compare(label.text, "✓ Degraderen", "the tick says it is chosen")
        verify(label.implicitWidth <= label.width, "and fits")
    }

    // In portrait the PIN pad comes with a chosen name: before, the names have its room. The
    // name chosen last in the list stays whole in view when the list grows shorter for the pad.
    // In landscape the pad is there from the start, beside the names, and never moves.
    function test_portraitSignInGivesTheNamesTheRoomUntilOneIsChosen() {
        const session = createTemporaryObject(sessionComponent, testCase)
        verify(session.open(":memory:", true), session.errorString)
        const shell = createTemporaryObject(shellComponent, testCase, { "session": session,
                                                                       "width": 800, "height": 1280 })
        shown = shell
        tryCompare(shell.stack, "busy", false)
        const page = shell.stack.currentItem
        const list = findChild(page, "staffList")
        const pad = findChild(page, "pinPad")
        tryVerify(() => list.count === session.staff.length)
        waitForRendering(shell)
        verify(!pad.visible, "no pad before a name")
        const roomy = list.height
        verify(roomy > 700, "the names have the room: " + roomy)
        // The lowest name whole in view: the pad's coming would hide it.
        let last = null
        for (let i = 0; i < list.count; ++i) {
            const row = list.itemAtIndex(i)
            if (row && row.y + row.height - list.contentY <= list.height)
                last = row
        }
        verify(last && last.y > 600, "a name low in the list")
        mouseClick(last)
        tryVerify(() => pad.visible && list.height < roomy, 5000, "the pad comes, the list shortens")
        waitForRendering(shell)
        tryVerify(() => last.y - list.contentY >= 0 && last.y + last.height - list.contentY <= list.height,
                  5000, "the chosen name whole in view")
        verify(pad.enabled)

        shell.width = 1280
        shell.height = 800
        page.choose("")
        waitForRendering(shell)
        verify(pad.visible && !pad.enabled, "landscape: the pad from the start, waiting for a name")
    }

    function test_noTextIsCut_data() {
        const cases = []
        for (const lang of ["nl", "en", "ar_XB"]) // ar_XB: the right-to-left test language
            for (const size of [{ "w": 1280, "h": 800, "o": "landscape" }, { "w": 800, "h": 1280, "o": "portrait" }])
                cases.push({ tag: lang + " " + size.o, lang: lang, w: size.w, h: size.h })
        return cases
    }

    // The shell goes before its session, which would otherwise leave it reading a session that
    // is gone, and fill the log with errors that hide real ones.
    property var shown: null
    function cleanup() {
        if (shown)
            shown.destroy()
        shown = null
        wait(0)
    }

    function test_noTextIsCut(data) {
        UiLanguage.choose(data.lang)
        const session = createTemporaryObject(sessionComponent, testCase)
        verify(session.open(":memory:", true), session.errorString)
        const shell = createTemporaryObject(shellComponent, testCase, { "session": session,
                                                                       "width": data.w, "height": data.h })
        shown = shell
        const cut = []
        const settle = function() { tryCompare(shell.stack, "busy", false); waitForRendering(shell); wait(50) }
        settle()
        check(shell, cut, "SignIn")
        for (const role of ["director", "mentor"]) {
            let id = ""
            for (const person of session.staff)
                if (person.role === role)
                    id = person.id
            compare(session.signIn(id, "123456"), "")
            settle()
            check(shell, cut, "Mijn werk as " + role)
            findChild(shell.stack.currentItem, "everyoneButton").clicked()
            settle()
            check(shell, cut, "Alle gedetineerden as " + role)
            findChild(shell.stack.currentItem, "askableButton").clicked()
            settle()
            check(shell, cut, "Vragenlijst (R7.4) as " + role)
            const longest = longestNamed(session)
            shell.openDetainee(longest.id, longest.name, true)
            settle()
            check(shell, cut, "Detainee " + longest.name)
            shell.recordContact(longest.id, longest.name, "mentorTalk", true)
            settle()
            check(shell, cut, "Contact")
            shell.askRating(shell.stack.currentItem, true)
            settle()
            check(shell, cut, "Rating")
            const [one, five] = [1, 5].map(n => findChild(shell.stack.currentItem, "face" + n))
            compare(one.y, five.y, "the scale is one row, in portrait too")
            // The faces level too, also where a word wraps to a second line (portrait).
            const faceTop = n => findChild(findChild(shell.stack.currentItem, "face" + n), "faceDrawing")
                                 .mapToItem(shell, 0, 0).y
            for (const n of [2, 3, 4, 5])
                compare(faceTop(n), faceTop(1), "face " + n + " level with face 1")
            shell.stack.pop(null, StackView.Immediate)
            if (role === "mentor") { // R7: each kind of screen of the questionnaire
                const form = shell.offerQuestionnaire(longest.id, longest.name, true).form
                settle()
                check(shell, cut, "Questionnaire start")
                form.begin()
                settle()
                check(shell, cut, "Questionnaire contact")
                form.answer("yes")
                settle()
                check(shell, cut, "Questionnaire satisfaction")
                form.answer("3")
                for (let i = 0; i < 5; ++i)
                    form.answer("no")
                settle()
                check(shell, cut, "Questionnaire plan help")
                form.answer("dontKnow")
                settle()
                check(shell, cut, "Questionnaire help wanted")
                shell.stack.pop(null, StackView.Immediate)
            }
            if (role === "director") {
                shell.recordReview(longest.id, longest.name, true)
                settle()
                check(shell, cut, "Review")
                shell.stack.pop(null, StackView.Immediate)
                shell.recordDecision(longest.id, longest.name, true)
                settle()
                check(shell, cut, "Decision")
                shell.stack.pop(null, StackView.Immediate)
            }
            shell.openSync(true)
            settle()
            check(shell, cut, "Sync")
            session.lock()
            settle()
        }
        UiLanguage.choose("nl")
        compare(cut.length, 0, "cut text or small controls:\n" + cut.join("\n"))
    }
}
