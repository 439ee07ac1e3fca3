import QtQuick
import QtQuick.Controls
import QtTest
import Ronde

// What a visitor from outside (a volunteer, a care provider, the gemeente, the reclassering)
// sees: only the detainees assigned to them, and of those only what their work needs (DOMAIN
// "Privacy"). On a fresh in-memory demo each time.
ShellTestCase {
    id: testCase
    name: "Visitors"

    Component { id: detaineeModelComponent; DetaineeModel {} }
    Component { id: roundsModelComponent; RoundsModel { mine: false } }

    // R2.3: facility staff see why a detainee is in the own day programme, with its dates
    // written out as the page's other dates ("19 september 2026"), each number kept with its
    // word; a visitor sees none of it (below).
    function test_staffSeeExclusionsWithTheirDatesWrittenOut() {
        const session = newSession()
        signInAs(session, "mentor")
        const all = createTemporaryObject(roundsModelComponent, testCase, { "session": session })
        const shown = []
        for (let i = 0; i < all.count; ++i) {
            shown.push(...createTemporaryObject(detaineeModelComponent, testCase,
                    { "session": session, "detaineeId": all.data(all.index(i, 0), RoundsModel.DetaineeIdRole) }).exclusions)
        }
        verify(shown.length > 0, "the demo excludes someone")
        const day = "\\d{1,2}\u00a0[a-z]+\u00a0\\d{4}"
        const written = new RegExp("^.+ \\((sinds " + day + "|" + day + "\u00a0t/m " + day + ")\\)$")
        for (const exclusion of shown)
            verify(written.test(exclusion), exclusion)
    }

    // A volunteer sees only the detainees assigned to them, in the list and on the page.
    function test_volunteerSeesOnlyAssignedDetainees() {
        const session = newSession()
        signInAs(session, "mentor")
        const all = createTemporaryObject(roundsModelComponent, testCase, { "session": session })
        const allIds = []
        for (let i = 0; i < all.count; ++i)
            allIds.push(all.data(all.index(i, 0), RoundsModel.DetaineeIdRole))
        session.lock()
        signInAs(session, "volunteer")
        const mine = []
        for (let i = 0; i < all.count; ++i)
            mine.push(all.data(all.index(i, 0), RoundsModel.DetaineeIdRole))
        verify(mine.length > 0 && mine.length < allIds.length, mine.length + " of " + allIds.length)
        const hidden = allIds.filter(id => mine.indexOf(id) < 0)[0]
        const denied = createTemporaryObject(detaineeModelComponent, testCase,
                                             { "session": session, "detaineeId": hidden })
        verify(denied.accessDenied)
        compare(denied.name, "")
        compare(denied.timeline.length, 0)
        const allowed = createTemporaryObject(detaineeModelComponent, testCase,
                                              { "session": session, "detaineeId": mine[0] })
        verify(!allowed.accessDenied)
        verify(allowed.name.length > 0)
    }

    // A visitor's timeline without a contact of theirs says so, not an empty heading.
    function test_anEmptyTimelineSaysSo() {
        const session = newSession()
        signInAs(session, "careProvider")
        const shell = newShell(session)
        settle(shell)
        const list = createTemporaryObject(roundsModelComponent, testCase, { "session": session })
        let id = ""
        for (let i = 0; i < list.count && id === ""; ++i) {
            const candidate = list.data(list.index(i, 0), RoundsModel.DetaineeIdRole)
            if (createTemporaryObject(detaineeModelComponent, testCase,
                    { "session": session, "detaineeId": candidate }).timeline.length === 0)
                id = candidate
        }
        verify(id !== "", "the demo's care provider has a client not yet met")
        const page = shell.openDetainee(id, "", true)
        settle(shell)
        verify(child(page, "timelineEmpty").visible)
        compare(child(page, "timelineEmpty").text, "Nog geen contact van uw organisatie vastgelegd.")
        verify(!child(page, "questionnaireNote").visible, "no empty line for a visitor")
    }

    // DOMAIN "Privacy": an external visitor sees their own organisation's contacts and, for
    // who takes part in the D&R-plan talk, the plan's deadlines; not who else met the
    // detainee, nor the MDO's lights, programme and decisions, which facility staff see.
    function test_externalVisitorsSeeWhatTheirWorkNeeds() {
        const session = newSession()
        signInAs(session, "volunteer")
        const list = createTemporaryObject(roundsModelComponent, testCase, { "session": session })
        const assigned = []
        for (let i = 0; i < list.count; ++i)
            assigned.push(list.data(list.index(i, 0), RoundsModel.DetaineeIdRole))
        // Each row's last contact is the last one the volunteer may see, said as theirs.
        let ownContacts = 0
        for (let i = 0; i < list.count; ++i) {
            compare(list.data(list.index(i, 0), RoundsModel.ProgramRole), "", "no programme in the list")
            verify(list.data(list.index(i, 0), RoundsModel.ContactOfViewerRole))
            const seen = createTemporaryObject(detaineeModelComponent, testCase,
                    { "session": session, "detaineeId": assigned[i] }).timeline.filter(e => e.kind === "contact")
            const newest = seen.reduce((day, e) => day === null || e.day > day ? e.day : day, null)
            compare(list.data(list.index(i, 0), RoundsModel.DaysSinceContactRole),
                    newest === null ? -1 : Math.round((session.today - newest) / 86400000),
                    "nobody else's last contact")
            ownContacts += seen.length
        }
        verify(ownContacts > 0, "the demo's volunteer met someone")
        session.lock()
        signInAs(session, "mentor")
        const open = id => createTemporaryObject(detaineeModelComponent, testCase,
                                                 { "session": session, "detaineeId": id })
        // One the volunteer visits whom facility staff also met.
        const byStaff = e => e.kind === "contact" && e.who.indexOf("Vrijwilliger") < 0
        const id = assigned.find(d => open(d).timeline.some(byStaff))
        verify(id, "an assigned detainee with a contact by facility staff")
        const staffView = open(id)
        verify(staffView.program !== "")
        verify(staffView.obligations.length > 0)

        session.lock()
        signInAs(session, "volunteer")
        const visitorView = open(id)
        verify(!visitorView.accessDenied)
        compare(visitorView.program, "")
        verify(!visitorView.eligibleForPromotion)
        compare(visitorView.reviews.length, 0, "no traffic lights")
        compare(visitorView.obligations.length, 0)
        compare(visitorView.decisionsDue.length, 0)
        compare(visitorView.exclusions.length, 0)
        compare(visitorView.questionnaireNote, "")
        for (const entry of visitorView.timeline) {
            compare(entry.kind, "contact", entry.title)
            verify(entry.who.indexOf("Vrijwilliger") > 0, "only their own organisation's: " + entry.who)
        }

        session.lock()
        signInAs(session, "municipality") // takes part in the D&R-plan talk (R1.3)
        const gemeenteView = open(id)
        compare(gemeenteView.program, "")
        compare(gemeenteView.reviews.length, 0)
        verify(gemeenteView.obligations.length > 0, "the plan's deadlines")
        for (const o of gemeenteView.obligations)
            verify(["R1.3", "R3.1", "R3.2"].indexOf(o.rule) >= 0, o.rule)
        for (const entry of gemeenteView.timeline)
            verify(entry.kind === "contact" || entry.kind === "plan", entry.kind)
        // Their whole list says where their part of a D&R-plan talk is missing, nothing else.
        const everyone = createTemporaryObject(roundsModelComponent, testCase,
                                               { "session": session, "mine": false })
        let missing = 0
        for (let i = 0; i < everyone.count; ++i) {
            const why = everyone.data(everyone.index(i, 0), RoundsModel.AttentionRole)
            verify(why === "" || why.indexOf("D&R-plan") >= 0, why)
            missing += why.indexOf("gemeente") >= 0 ? 1 : 0
        }
        verify(missing > 0, "the demo has plan talks without the gemeente")
    }
}
