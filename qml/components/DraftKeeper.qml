import QtQuick
import QtQuick.Controls
import Ronde

// Keeps the unsaved form (a contact, review, decision or plan) of a page stack in the
// tablet's database (Session.keepDraft), so that nothing is lost when the app ends: a second
// after it changes, at once when the tablet locks (keepNow), the app leaves the screen or ends,
// and
// dropped at once when nothing is unsaved any more (saved or thrown away). A page takes part
// by naming its `draftKind` and giving its `draft` (ContactPage, ReviewPage, DecisionPage,
// PlanPage).
QtObject {
    id: keeper
    required property Session session
    required property StackView stack

    // The topmost such page's draft, with what opens it again (AppShell.resumeDraft), and
    // whether the tablet was handed over (the detainee may hold it at the next start, so its
    // lock screen names nobody).
    readonly property var draft: {
        const handOver = stack.currentItem !== null && stack.currentItem.handOver === true
        for (let i = stack.depth - 1; i >= 0; --i) {
            const page = stack.get(i, StackView.DontLoad)
            if (page && page.unsaved === true && page.draftKind !== undefined
                    && Object.keys(page.draft).length > 0)
                return { "page": page.draftKind, "detaineeId": page.detaineeId,
                         "detaineeName": page.detaineeName, "form": page.draft,
                         "handOver": handOver }
        }
        return {}
    }
    // Whether the database may hold a draft of this stack's: only then does an empty one drop
    // it (a var property says it changed at every page pushed, {} to {} too), so a draft the
    // app started with stays until its form is filled again.
    property bool held: false
    onDraftChanged: {
        if (Object.keys(draft).length > 0) {
            held = true
            // Handed over, at once: the detainee's answer, and a lock screen that names
            // nobody at the next start, must not wait a second.
            if (draft.handOver === true)
                writeNow()
            else
                timer.restart()
        } else if (held) {
            writeNow()
        }
    }
    function keepNow() {
        if (timer.running)
            writeNow()
    }
    function writeNow() {
        timer.stop()
        timer.triggered()
    }
    property Timer timer: Timer {
        interval: 1000
        onTriggered: {
            const keeping = Object.keys(keeper.draft).length > 0
            if (!keeper.session.keepDraft(keeper.draft))
                restart() // the database was busy with a sync
            else if (!keeping)
                keeper.held = false
        }
    }
    property Connections leaving: Connections {
        target: Qt.application
        function onStateChanged() {
            if (Qt.application.state !== Qt.ApplicationActive)
                keeper.keepNow()
        }
        // The app ends (also on SIGTERM, a shutdown's or a flat battery's: TerminationQuit):
        // what was typed in the last second goes in before it does.
        function onAboutToQuit() { keeper.keepNow() }
    }
}
