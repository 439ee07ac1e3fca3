import QtQuick
import QtQuick.Controls
import QtTest
import Ronde

// What the tests of the whole shell share (tst_flows, tst_forms, tst_lock, tst_questionnaire, …): a window-sized test case,
// a fresh in-memory demo session, signing in, and finding and tapping what is on screen.
TestCase {
    id: base
    visible: true // input only reaches visible items
    when: windowShown
    width: 1280
    height: 800

    Component { id: sessionComponent; Session {} }
    Component { id: shellComponent; AppShell { anchors.fill: parent } }
    Component { id: clockProbeComponent; ContactForm {} }

    function newSession() {
        return openSession(":memory:", true)
    }
    // A session on a database file, as the app opens it at its start (with the demo facility
    // when it is new and `demo` is set).
    function openSession(path, demo) {
        const session = createTemporaryObject(sessionComponent, base)
        verify(session.open(path, demo), session.errorString)
        return session
    }
    // The test's objects go in the order they were made; a shell outliving its session would
    // read a session that is gone, and fill the log with errors that hide real ones.
    // A language used for a detainee is put back too (each test starts in the staff's).
    function cleanup() {
        for (const shell of base.shells)
            shell.destroy()
        base.shells = []
        wait(0)
        UiLanguage.restore()
    }
    property var shells: []
    // For a test that compares days ("Vandaag", "Gisteren"): not in the last two minutes
    // before midnight in Amsterdam, where a record saved on one day is corrected on the next,
    // nor in the second after it, before the session's day has turned.
    function awayFromMidnight(session) {
        const probe = createTemporaryObject(clockProbeComponent, base, { "session": session })
        const minute = probe.openedMinute
        if (minute >= 24 * 60 - 2)
            wait((24 * 60 - minute) * 60000 + 3000)
        else if (minute === 0)
            wait(3000)
    }
    // The app ends (stopped, a flat battery): its shell and session go, the database stays.
    function stopApp(shell, session) {
        shells.splice(shells.indexOf(shell), 1) // gone already at the cleanup
        shell.destroy()
        wait(0)
        session.destroy()
        wait(0)
    }
    function staffId(session, role) {
        for (const person of session.staff)
            if (person.role === role)
                return person.id
        fail("no demo user with role " + role)
    }
    function signInAs(session, role) {
        compare(session.signIn(staffId(session, role), "123456"), "")
        verify(session.signedIn)
    }
    function newShell(session) {
        const shell = createTemporaryObject(shellComponent, base, { "session": session })
        verify(shell)
        base.shells.push(shell)
        settle(shell)
        return shell
    }
    // Delegates appear after the next layout pass: wait for them.
    function child(parent, name) {
        tryVerify(() => findChild(parent, name) !== null, 5000, "no child " + name)
        return findChild(parent, name)
    }
    // A control that appears on a tap is placed at the next layout pass: click it then.
    function clickWhenShown(item) {
        tryVerify(() => item.visible && item.width > 0)
        waitForRendering(item)
        mouseClick(item)
    }
    function settle(shell) {
        tryCompare(shell.stack, "busy", false)
    }
    function visibleTexts(item, out) {
        if (!item.visible)
            return out
        if (item.text !== undefined && typeof item.text === "string" && item.text.length > 0)
            out.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            visibleTexts(item.children[i], out)
        return out
    }
    // Taps the digits and OK on the PIN pad inside `parent` (the hand-back's, unless named).
    function enterPin(parent, pin, padName) {
        const pad = child(parent, padName || "handBackPinPad")
        for (const digit of pin)
            mouseClick(child(pad, "pinKey" + digit))
        mouseClick(child(pad, "pinKeyOK"))
    }
    // Signs in on the sign-in page inside `parent` as the first staff member of that role,
    // as a staff member would: their name, then their PIN.
    function signInOnPage(parent, role, pin) {
        clickWhenShown(child(parent, "staff_" + role))
        enterPin(parent, pin, "pinPad")
    }
}
