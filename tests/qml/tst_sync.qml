import QtQuick
import QtQuick.Controls
import QtTest
import Ronde

// The sync page: linking a tablet to the central server, and who may.
ShellTestCase {
    id: testCase
    name: "Sync"

    // Signed out, the sync page opened from the status bar leads back to the sign-in page:
    // no dead end that only a restart ends.
    function test_syncPageOpenedSignedOutLeadsBack() {
        const session = newSession()
        const shell = newShell(session)
        settle(shell)
        verify(!session.signedIn)
        mouseClick(child(shell, "syncStateButton"))
        settle(shell)
        compare(shell.stack.depth, 2)
        const back = child(shell, "backButton")
        verify(back.visible, "a way back while signed out")
        mouseClick(back)
        settle(shell)
        compare(shell.stack.depth, 1)
        verify(child(shell.stack.currentItem, "pinPad"), "back on the sign-in page")
    }

    // An unlinked tablet of a facility: the linking fields open on a tap, the form is usable
    // only when both fields are filled, and a wrong address (plain http to another machine is
    // one) gets a clear message, with nothing linked.
    function test_syncPageLinksOnlyWithAddressAndCode() {
        const session = newSession()
        signInAs(session, "director")
        const shell = newShell(session)
        settle(shell)
        shell.openSync(true)
        const page = shell.stack.currentItem
        verify(!child(page, "serverField").visible, "closed until asked for")
        clickWhenShown(child(page, "openLinkFields"))
        verify(child(page, "serverField").visible)
        verify(!child(page, "openLinkFields").visible)
        const link = child(page, "linkButton")
        verify(!link.enabled)
        child(page, "serverField").text = "geen adres"
        verify(!link.enabled, "a code is needed too")
        child(page, "codeField").text = "abcd-1234-ef56"
        verify(link.enabled)
        mouseClick(link)
        const error = child(page, "linkError")
        verify(error.visible)
        verify(error.text.indexOf("Ongeldig serveradres") >= 0, error.text)
        verify(child(page, "serverField").visible, "still not linked: the form stays")
        const state = child(shell, "syncState")
        verify(state.text.indexOf("Niet gekoppeld") === 0, state.text)
        verify(!Qt.colorEqual(state.color, Theme.danger), "a failed try to link is no failed sync")
        child(page, "serverField").text = "http://ronde.example:8443"
        mouseClick(link)
        verify(error.text.indexOf("Ongeldig serveradres") >= 0, "unencrypted: " + error.text)
        // The example address stays on one line: its characters joined, unseen.
        verify(error.text.indexOf("h\u2060t\u2060t\u2060p\u2060s\u2060:\u2060/\u2060/\u2060r") > 0,
               error.text)
        compare(error.text.replace(/\u2060/g, ""), child(page, "pageSync").lastError)
        compare(error.Accessible.name, child(page, "pageSync").lastError, "read aloud as written")
        // One typed far too long still wraps inside the page.
        child(page, "serverField").text = "http://ronde.example:8443/" + "pad/".repeat(60)
        mouseClick(link)
        tryVerify(() => error.text.replace(/\u2060/g, "").indexOf("pad/pad") >= 0, 2000, error.text)
        tryVerify(() => error.lineCount > 2, 2000, error.lineCount + " lines")
        verify(error.contentWidth <= error.width + 1, error.contentWidth + " in " + error.width)

        // On this page the status bar says where the tablet stands; it leads nowhere.
        verify(!child(shell, "syncStateButton").enabled)
        verify(!state.text.endsWith("›"), state.text)

        // Opened by mistake: closed again, emptied, and the way to open them is back.
        clickWhenShown(child(page, "closeLinkFields"))
        verify(!child(page, "serverField").visible)
        verify(child(page, "openLinkFields").visible)
        compare(child(page, "serverField").text, "")
        compare(child(page, "codeField").text, "")
        verify(!error.visible)

        shell.stack.pop(null, StackView.Immediate)
        verify(child(shell, "syncStateButton").enabled, "elsewhere it leads to this page")
        verify(state.text.endsWith("›"), state.text)
    }

    // A mentor on a tablet not yet linked is told that what they record stays safe here, how
    // much waits, and who links the tablet: the linking fields are not theirs to fill in, and
    // stay closed until someone says they have a code.
    function test_anUnlinkedTabletSaysTheRecordsAreSafe() {
        const session = newSession()
        signInAs(session, "mentor")
        const shell = newShell(session)
        settle(shell)
        const first = shell.stack.currentItem.firstDetainee()
        const contact = shell.recordContact(first.id, first.name, "mentorTalk", true)
        settle(shell)
        mouseClick(child(contact, "saveContactButton"))
        settle(shell)
        verify(session.pendingChanges > 0)
        shell.openSync(true)
        const page = shell.stack.currentItem
        verify(child(page, "keptUntilLinked").visible)
        verify(child(page, "keptUntilLinked").text.indexOf("veilig bewaard") >= 0)
        const pending = child(page, "pendingChanges")
        verify(pending.visible, "how much waits")
        verify(pending.text.indexOf(session.pendingChanges + " wijziging") === 0, pending.text)
        verify(child(page, "whoLinks").visible)
        verify(child(page, "whoLinks").text.indexOf("beheerder") >= 0)
        verify(child(page, "linkForm").visible, "the facility's staff may still link it")
        verify(!child(page, "serverField").visible, "with a code: the fields are closed")
        verify(child(page, "openLinkFields").visible)
    }

    // A tablet with a facility, found locked: whoever holds it cannot link it to a server of
    // their choosing (where its unsent records would go); the page says to sign in.
    function test_nobodySignedInCannotLinkATabletWithAFacility() {
        const session = newSession()
        const shell = newShell(session)
        settle(shell)
        verify(!session.signedIn)
        shell.openSync(true)
        const page = shell.stack.currentItem
        verify(child(page, "signInToLink").visible)
        verify(!child(page, "linkForm").visible, "no linking form")
        const sync = child(page, "pageSync")
        verify(!sync.enrol("https://127.0.0.1:1", "abcd-1234-ef56"), "refused without a network")
        verify(sync.lastError.indexOf("Alleen een medewerker van de inrichting") === 0, sync.lastError)
        verify(!sync.busy)

        // A visitor signed in (a volunteer) is no member of the facility's staff either.
        shell.stack.pop(null, StackView.Immediate)
        signInAs(session, "volunteer")
        settle(shell)
        shell.openSync(true)
        const visitorPage = shell.stack.currentItem
        verify(child(visitorPage, "signInToLink").visible)
        verify(!child(visitorPage, "linkForm").visible)
        verify(!child(visitorPage, "pageSync").enrol("https://127.0.0.1:1", "abcd-1234-ef56"))
    }
}
