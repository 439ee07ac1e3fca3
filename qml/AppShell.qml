import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// The app without its window: title bar, page stack and status bar, and the ways between
// pages. Tests create it directly; Main.qml puts it in the window.
Item {
    id: shell
    required property Session session
    readonly property alias stack: stack
    // The rating hand-over shows nothing but its question: no names, no status.
    readonly property bool handOver: stack.currentItem !== null && stack.currentItem.handOver === true
    // The lock screen names nobody over a hand-over, also one kept from before the app ended.
    readonly property bool lockedOverHandOver: handOver || draftToResume.handOver === true
    // A page in the stack holds input not yet saved, or the tablet is handed over (the detainee
    // may hold it, and a sign-in page would show them the staff): locking then keeps the pages
    // (nothing lost) behind the lock screen below, which only the same user's PIN opens again.
    readonly property bool unsavedWork: {
        if (shell.handOver)
            return true
        for (let i = 0; i < stack.depth; ++i) {
            const page = stack.get(i, StackView.DontLoad)
            if (page && page.unsaved === true)
                return true
        }
        return false
    }
    Binding { target: shell.session; property: "holdsUnsavedWork"; value: shell.unsavedWork }
    // Any touch or key keeps the session awake (the idle lock).
    ActivityFilter { session: shell.session }
    // The unsaved contact, review, decision or plan, kept in the database (nothing lost if the
    // app ends).
    DraftKeeper { id: draftKeeper; session: shell.session; stack: stack }
    // The form the app was stopped with (Session.takeResumedDraft), opened again once its
    // user's PIN has opened the lock screen: before, no page reads a detainee in their name.
    property var draftToResume: ({})
    function resumeDraft(kept) {
        if (["contact", "review", "decision", "plan"].indexOf(kept.page) < 0)
            return
        // What the database holds stays there if the form cannot be filled again (a
        // correction made meanwhile on another tablet), until the next sign-out.
        const detaineePage = openDetainee(kept.detaineeId, kept.detaineeName, true)
        if (detaineePage.accessDenied)
            return // no longer theirs to see (an assignment ended)
        const id = kept.detaineeId, name = kept.detaineeName, form = kept.form
        const page = kept.page === "review" ? (form.corrects ? correctReview(id, name, form.corrects, true)
                                                             : recordReview(id, name, true))
                   : kept.page === "decision" ? recordDecision(id, name, true)
                   : kept.page === "plan" ? recordPlan(id, name, true)
                   : form.corrects ? correctContact(id, name, form.kind, form.corrects, true)
                   : recordContact(id, name, form.kind, true)
        page.resume(form)
    }
    readonly property bool locked: shell.session.paused
    onLockedChanged: {
        if (!locked) {
            const kept = draftToResume
            draftToResume = {}
            if (!shell.session.signedIn)
                return
            // Open by their PIN (another's sign-in has left none of their pages): what they
            // kept comes back, and a hand-back screen is handed back by the same PIN.
            resumeDraft(kept)
            const page = stack.currentItem
            if (page && page.awaitingHandBack === true)
                page.completeHandBack()
            return
        }
        draftKeeper.keepNow()
        leaveDialog.close() // it asks again at the next "Terug"
        // No key reaches the hidden form, and no keyboard stays up with its words.
        Qt.inputMethod.hide()
        lockScreen.forceActiveFocus()
    }
    // A language written right to left (an added translation file, UiLanguage) mirrors
    // every row and layout.
    LayoutMirroring.enabled: UiLanguage.rightToLeft
    LayoutMirroring.childrenInherit: true

    ToolBar {
        id: titleBar
        visible: !shell.handOver && !shell.locked
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: visible ? Theme.touchTarget + 8 : 0
        background: Rectangle { color: Theme.primary }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing
            TitleButton {
                objectName: "backButton"
                // Signed out too: the sync page opened from the sign-in page leads back to it
                // (a change of user clears the stack, so nothing of another lies below).
                visible: stack.depth > 1
                text: "‹ " + qsTr("Terug")
                font.pixelSize: Theme.fontTitle
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Terug")
                onClicked: shell.goBack()
            }
            // In portrait the title may take two lines, and the user's name and role stack,
            // so that a long name is never cut.
            Label {
                text: stack.currentItem ? stack.currentItem.title : qsTr("Ronde", "naam van de app")
                color: Theme.textOnPrimary
                font.pixelSize: shell.width >= 1000 ? Theme.fontHeading : Theme.fontTitle
                font.bold: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                lineHeight: 0.9
                Layout.fillWidth: true
            }
            Label {
                text: !shell.session.signedIn ? shell.session.facilityName
                      : shell.width >= 1000 ? shell.session.userName + " · " + shell.session.userRoleLabel
                      : shell.session.userName + "\n" + shell.session.userRoleLabel
                color: Theme.textOnPrimary
                font.pixelSize: shell.width >= 1000 ? Theme.fontBody : Theme.fontSmall
                horizontalAlignment: Text.AlignRight
            }
            TitleButton {
                objectName: "lockButton"
                visible: shell.session.signedIn
                text: qsTr("Vergrendelen")
                font.pixelSize: Theme.fontBody
                Layout.preferredHeight: Theme.touchTarget
                onClicked: shell.session.lockKeepingWork()
            }
        }
    }

    StackView {
        id: stack
        objectName: "pageStack"
        // Above the save notice while it shows: on two lines (portrait) it is taller than
        // the status bar, and would cover the list's bottom row.
        anchors { left: parent.left; right: parent.right; top: titleBar.bottom
                  bottom: savedNotice.visible ? savedNotice.top : statusBar.top }
        clip: true
        visible: !shell.locked // not drawn, not read aloud
        enabled: !shell.locked // and no focus, no keys
    }

    // Locked with unsaved input: the same user's PIN, or another staff member's sign-in, which
    // throws it away.
    LockScreen {
        id: lockScreen
        objectName: "lockScreen"
        visible: shell.locked
        anchors.fill: parent
        z: 20
        session: shell.session
        overHandOver: shell.lockedOverHandOver
    }

    // The idle lock's last seconds. Not over a hand-over: the detainee answers there, and a
    // tap on an answer keeps the tablet awake anyway.
    LockWarning {
        objectName: "lockWarning"
        visible: secondsLeft > 0 && !shell.handOver && !shell.locked
        anchors.fill: parent
        z: 15
        session: shell.session
    }

    // "Opgeslagen: …" for a few seconds in the status bar's place, so that the staff member
    // sees that the save worked while the list above changes. Over the list it covered the
    // bottom row, and a tap meant for it as it went opened that row. A tap puts it away.
    Rectangle {
        id: savedNotice
        objectName: "savedNotice"
        property alias text: savedText.text
        visible: savedTimer.running && !shell.handOver && !shell.locked
        z: 10
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: Math.max(statusBar.height, savedText.implicitHeight + Theme.spacing * 2)
        color: Theme.ok
        Label {
            id: savedText
            objectName: "savedNoticeText"
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignVCenter
        }
        Timer { id: savedTimer; interval: 5000 }
        MouseArea {
            objectName: "savedNoticeAway"
            anchors.fill: parent
            onClicked: savedTimer.stop()
        }
    }
    // The notice is for the page a save returns to: a page opened on top (a new form at once)
    // ends it, as it would cover that page's footer and its "Opslaan".
    property int depthSeen: 0
    Connections {
        target: stack
        function onDepthChanged() {
            if (stack.depth > shell.depthSeen)
                savedTimer.stop()
            shell.depthSeen = stack.depth
        }
    }
    function noteSaved(text) {
        savedNotice.text = "✓ " + text
        savedTimer.restart()
    }

    StatusBar {
        id: statusBar
        visible: !shell.handOver && !shell.locked
        height: visible ? implicitHeight : 0
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        session: shell.session
        // On the Synchronisatie page itself the state is no way there: it says, it does not lead.
        leadsToSync: !(stack.currentItem instanceof SyncPage)
        onOpenSync: shell.openSync(false)
    }

    // Back one page; a form with what was filled in and not saved asks first, as a tap on
    // "Terug" would otherwise throw it away.
    function goBack() {
        if (stack.currentItem && stack.currentItem.unsaved === true)
            leaveDialog.open()
        else
            stack.pop()
    }
    Dialog {
        id: leaveDialog
        objectName: "leaveDialog"
        modal: true
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.margin * 2, 640)
        padding: Theme.margin
        title: qsTr("Niet opgeslagen")
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.divider }
        header: Label {
            text: leaveDialog.title
            padding: Theme.margin
            bottomPadding: 0
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        contentItem: Column {
            spacing: Theme.margin
            Label {
                width: parent.width
                text: qsTr("Wat u hebt ingevuld, is nog niet opgeslagen. Weggooien?")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "keepEditingButton"
                width: parent.width
                text: qsTr("Verder invullen")
                onClicked: leaveDialog.close()
            }
            BigButton {
                objectName: "discardButton"
                width: parent.width
                primary: false
                text: qsTr("Weggooien en terug")
                onClicked: {
                    leaveDialog.close()
                    stack.pop()
                }
            }
        }
    }

    function showStart() {
        leaveDialog.close() // locked meanwhile: what it asked about is gone with the stack
        UiLanguage.restore() // a detainee's language (the questionnaire) goes with them
        stack.clear()
        draftToResume = {}
        if (!shell.session.isOpen && shell.session.errorString !== "")
            stack.push(unopenedComponent)
        else if (shell.session.facilityId === "")
            stack.push(notEnrolledComponent)
        else if (shell.session.signedIn && shell.session.mustChangePin)
            stack.push(newPinComponent)
        else if (shell.session.signedIn) {
            stack.push(roundsComponent)
            draftToResume = shell.session.takeResumedDraft()
        } else
            stack.push(signInComponent)
    }

    // Each opens a page; "instant" skips the slide (screenshots, tests).
    function openDetainee(id, name, instant, forQuestionnaire) {
        return stack.push(detaineeComponent,
                          { "detaineeId": id, "detaineeName": name, "offering": forQuestionnaire === true },
                          instant ? StackView.Immediate : StackView.PushTransition)
    }
    function recordContact(id, name, kind, instant) {
        return stack.push(contactComponent, { "detaineeId": id, "detaineeName": name, "kind": kind },
                          instant ? StackView.Immediate : StackView.PushTransition)
    }
    function correctContact(id, name, kind, contactId, instant) {
        return stack.push(contactComponent,
                          { "detaineeId": id, "detaineeName": name, "kind": kind, "corrects": contactId },
                          instant ? StackView.Immediate : StackView.PushTransition)
    }
    function askRating(contactPage, instant) {
        return stack.push(ratingComponent, { "contactPage": contactPage },
                          instant ? StackView.Immediate : StackView.PushTransition)
    }
    function recordReview(id, name, instant) {
        return stack.push(reviewComponent, { "detaineeId": id, "detaineeName": name },
                          instant ? StackView.Immediate : StackView.PushTransition)
    }
    function correctReview(id, name, reviewId, instant) {
        return stack.push(reviewComponent, { "detaineeId": id, "detaineeName": name, "corrects": reviewId },
                          instant ? StackView.Immediate : StackView.PushTransition)
    }
    function recordPlan(id, name, instant) {
        return stack.push(planComponent, { "detaineeId": id, "detaineeName": name },
                          instant ? StackView.Immediate : StackView.PushTransition)
    }

    function recordDecision(id, name, instant) {
        return stack.push(decisionComponent, { "detaineeId": id, "detaineeName": name },
                          instant ? StackView.Immediate : StackView.PushTransition)
    }

    function offerQuestionnaire(id, name, instant) {
        return stack.push(questionnaireComponent, { "detaineeId": id, "detaineeName": name },
                          instant ? StackView.Immediate : StackView.PushTransition)
    }

    // For screenshots and tests: the named page, for the most urgent detainee.
    function showPage(name) {
        if (name === "SignIn" || name === "Rounds")
            return true
        if (name === "Sync") {
            openSync(true)
            return true
        }
        if (name === "NewPin") { // as a PIN of four digits would be met at sign-in
            stack.push(newPinComponent, {}, StackView.Immediate)
            return true
        }
        const first = stack.get(0).firstDetainee
                      ? stack.get(0).firstDetainee(name.startsWith("Questionnaire")) : null
        if (!first)
            return false
        openDetainee(first.id, first.name, true)
        if (name === "Detainee")
            return true
        if (name === "Contact" || name === "Rating") {
            const contact = recordContact(first.id, first.name, "mentorTalk", true)
            if (name === "Rating")
                askRating(contact, true)
            return true
        }
        if (name === "Review") { recordReview(first.id, first.name, true); return true }
        if (name === "Decision") { recordDecision(first.id, first.name, true); return true }
        if (name === "Plan") { recordPlan(first.id, first.name, true); return true }
        if (name.startsWith("Questionnaire")) { // the start, or a screen further on
            const form = offerQuestionnaire(first.id, first.name, true).form
            if (name !== "Questionnaire")
                form.begin()
            if (name === "QuestionnaireSatisfaction")
                form.answer("yes")
            if (name === "QuestionnaireHelp")
                for (let i = 0; i < 7; ++i)
                    form.answer("no")
            if (name === "QuestionnaireDone")
                form.stop()
            return true
        }
        return false
    }

    Component.onCompleted: showStart()
    Connections {
        target: shell.session
        function onUserChanged() { shell.showStart() }
        // Wiped (revoked) while nobody was signed in: no user changed, but the tablet has no
        // facility any more, and the page to show is the linking one, not a sign-in without
        // names.
        function onOpened() {
            if (shell.session.isOpen && shell.session.facilityId === ""
                    && !(stack.get(0) instanceof SyncPage))
                shell.showStart()
        }
    }

    Component {
        id: signInComponent
        SignInPage { session: shell.session }
    }
    Component {
        id: newPinComponent
        NewPinPage { session: shell.session }
    }
    Component {
        id: roundsComponent
        RoundsPage {
            session: shell.session
            onDetaineeChosen: (id, name, forQuestionnaire) => shell.openDetainee(id, name, false, forQuestionnaire)
        }
    }
    Component {
        id: detaineeComponent
        DetaineePage {
            property string detaineeName
            session: shell.session
            onRecordContact: (kind) => shell.recordContact(detaineeId, detaineeName, kind)
            onCorrectContact: (contactId, kind) => shell.correctContact(detaineeId, detaineeName, kind, contactId)
            onCorrectReview: (reviewId) => shell.correctReview(detaineeId, detaineeName, reviewId)
            onRecordReview: shell.recordReview(detaineeId, detaineeName)
            onRecordDecision: shell.recordDecision(detaineeId, detaineeName)
            onRecordPlan: shell.recordPlan(detaineeId, detaineeName)
            onOfferQuestionnaire: shell.offerQuestionnaire(detaineeId, detaineeName)
        }
    }
    Component {
        id: contactComponent
        ContactPage {
            id: contactPage
            session: shell.session
            onAskRating: shell.askRating(contactPage)
            onDone: {
                shell.noteSaved(contactPage.savedMessage())
                // A new contact: back to the rounds, where the badge shows the new state. A
                // correction: back to the timeline it was chosen from.
                if (contactPage.correcting)
                    stack.pop()
                else
                    stack.pop(null)
            }
        }
    }
    Component {
        id: ratingComponent
        RatingPage {
            property Item contactPage
            session: shell.session
            onGiven: (score) => contactPage.setSatisfaction(score)
            onFinished: (score) => { contactPage.setSatisfaction(score); stack.pop() }
        }
    }
    Component {
        id: questionnaireComponent
        QuestionnairePage {
            id: questionnairePage
            property string detaineeName
            session: shell.session
            onFinished: (completed, stored) => {
                stack.pop()
                if (stored)
                    shell.noteSaved(completed ? qsTr("Opgeslagen: vragenlijst ingevuld door %1").arg(detaineeName)
                                              : qsTr("Opgeslagen: vragenlijst aangeboden aan %1, niet ingevuld").arg(detaineeName))
            }
        }
    }
    Component {
        id: reviewComponent
        ReviewPage {
            id: reviewPage
            session: shell.session
            // A new review stays, its outcome under the form; a correction goes back to the
            // timeline it was chosen from, and says what it changed.
            onDone: { shell.noteSaved(reviewPage.savedMessage()); stack.pop() }
        }
    }
    Component {
        id: decisionComponent
        DecisionPage { session: shell.session }
    }
    Component {
        id: planComponent
        PlanPage {
            id: planPage
            session: shell.session
            // Back to the detainee, whose deadlines now show the plan.
            onDone: { shell.noteSaved(planPage.savedMessage()); stack.pop() }
        }
    }
    // The database could not be opened (a missing or wrong key, a damaged file): say why,
    // and offer nothing that could write over it.
    Component {
        id: unopenedComponent
        Page {
            objectName: "unopenedPage"
            title: qsTr("Ronde kan niet starten")
            background: Rectangle { color: Theme.background }
            Column {
                x: Theme.margin
                y: Theme.margin
                width: Math.min(parent.width - Theme.margin * 2, 900)
                spacing: Theme.margin
                Label {
                    width: parent.width
                    text: qsTr("⚠ De gegevens op deze tablet kunnen niet worden geopend.")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }
                Label {
                    width: parent.width
                    text: shell.session.errorString
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
    // A tablet without a facility links itself to the server first.
    Component {
        id: notEnrolledComponent
        SyncPage {
            session: shell.session
            onLinked: shell.showStart()
        }
    }
    Component {
        id: syncComponent
        SyncPage {
            session: shell.session
            onLinked: shell.showStart()
        }
    }
    function openSync(instant) {
        if (!(stack.currentItem instanceof SyncPage))
            stack.push(syncComponent, {}, instant ? StackView.Immediate : StackView.PushTransition)
    }
}
