// How the server numbers what tablets push (server_log): in the order sent, each event once,
// under the facility its detainee is in now. Transfers are in test_sync.cpp.
#include "sync_fixture.h"

namespace {

int64_t seqOf(Store &central, const std::string &eventId)
{
    Statement &row = central.database().prepare("SELECT seq FROM server_log WHERE event_id = ?");
    row.bind(1, eventId);
    const int64_t seq = row.step() ? row.int64(0) : 0;
    row.reset();
    return seq;
}

} // namespace

// The server numbers a request's events (one statement for them all) in the order the tablet
// sent them, so that another tablet pulls a correction after what it corrects.
TEST_P(SyncTest, EventsAreNumberedInTheOrderTheTabletSentThem)
{
    const auto detainees = bothTabletsInSync();
    ASSERT_GE(detainees.size(), 2u);
    std::vector<std::string> sent;
    const Contact first = talk(m_tabletA, detainees[0].id, 1);
    Contact moved = first;
    moved.header.supersedes = first.header.id;
    moved.header.occurredAtMs += 60'000;
    moved = m_tabletA.events().record(moved);
    for (int i = 2; i < 6; ++i) {
        sent.push_back(talk(m_tabletA, detainees[1].id, i).header.id);
    }
    sent.insert(sent.begin(), {first.header.id, moved.header.id});
    syncUntilDone(m_tabletA);

    std::vector<std::string> numbered;
    Statement &row = m_central.database().prepare(
        "SELECT l.event_id FROM server_log l JOIN devices d ON d.id = l.origin ORDER BY l.seq");
    while (row.step()) {
        numbered.push_back(row.text(0));
    }
    EXPECT_EQ(numbered, sent);

    syncUntilDone(m_tabletB);
    const std::vector<Contact> seen = m_tabletB.events().contacts(detainees[0].id);
    EXPECT_TRUE(std::any_of(seen.begin(), seen.end(), [&](const Contact &c) {
        return c.header.id == moved.header.id;
    })) << "the correction is pulled and applied";
    EXPECT_TRUE(std::none_of(seen.begin(), seen.end(),
                             [&](const Contact &c) { return c.header.id == first.header.id; }));
}

// Numbering an id the server has no event for is a fault, not something to skip: the
// request's transaction stops, and what it numbered before is not kept either.
TEST_P(SyncTest, AnEventIdWithoutAnEventIsNeverNumbered)
{
    const auto detainees = bothTabletsInSync();
    ASSERT_FALSE(detainees.empty());
    // Stored on the server, not numbered yet.
    const Contact stored = talk(m_tabletA, detainees[0].id, 1);
    ASSERT_EQ(m_central.events().importContacts({stored}).added, 1u);
    const int64_t before = m_central.database().scalar("SELECT COUNT(*) FROM server_log");
    {
        Transaction tx = m_central.transaction();
        EXPECT_ANY_THROW(
            m_central.serverLog().append({stored.header.id, "no-such-event"}, "dev-x"));
    }
    EXPECT_EQ(m_central.database().scalar("SELECT COUNT(*) FROM server_log"), before);
    EXPECT_EQ(m_central.serverLog().countEntries({stored.header.id}), 0);
}

// A request that carries a copy (its earlier answer was lost) beside new records: the copy
// keeps the number it has, the new ones are numbered after it, in the order sent, each once.
// (A request of new records only is numbered without looking anything up: ServerLog::appendNew.)
TEST_P(SyncTest, ARequestWithACopyNumbersTheNewOnesAndTheCopyKeepsItsNumber)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const auto d = m_tabletA.registry().detainees(m_facility).front();
    const std::string first = talk(m_tabletA, d.id, 1).header.id;
    m_service.sync(TabletSync(m_tabletA).nextRequest(100)); // the answer is lost
    const int64_t firstSeq = seqOf(m_central, first);
    ASSERT_GT(firstSeq, 0);
    const std::string second = talk(m_tabletA, d.id, 2).header.id;
    const std::string third = talk(m_tabletA, d.id, 3).header.id;
    const SyncRequest again = TabletSync(m_tabletA).nextRequest(100);
    ASSERT_EQ(again.changes.size(), 3u) << "the copy goes again with the new ones";

    const SyncResponse answer = m_service.sync(again);
    for (const Ack &ack : answer.acks) {
        EXPECT_TRUE(ack.accepted) << ack.eventId << ": " << ack.reason;
    }
    EXPECT_EQ(seqOf(m_central, first), firstSeq);
    EXPECT_GT(seqOf(m_central, second), firstSeq);
    EXPECT_GT(seqOf(m_central, third), seqOf(m_central, second));
    EXPECT_EQ(m_central.serverLog().countEntries({first, second, third}), 3);
}

// What appendNew is told is what it writes: the order given, the facility given. An event
// that has a number already is a fault: the transaction stops and keeps nothing of the batch.
TEST_P(SyncTest, NewEventsAreNumberedAsGivenAndANumberedOneNeverTwice)
{
    const auto detainees = bothTabletsInSync();
    ASSERT_GE(detainees.size(), 2u);
    const Contact a = talk(m_tabletA, detainees[0].id, 1);
    const Contact b = talk(m_tabletA, detainees[1].id, 2);
    ASSERT_EQ(m_central.events().importContacts({a, b}).added, 2u);
    {
        Transaction tx = m_central.transaction();
        m_central.serverLog().holdSequenceLocksFor({a.header.detaineeId, b.header.detaineeId},
                                                   m_otherFacility);
        // b under another facility than its detainee's: appendNew files it where it is told.
        m_central.serverLog().appendNew({{b.header.id, m_otherFacility}, {a.header.id, m_facility}},
                                        "dev-x");
        tx.commit();
    }
    EXPECT_GT(seqOf(m_central, a.header.id), seqOf(m_central, b.header.id)) << "as given";
    const std::vector<ServerLogEntry> page = m_central.serverLog().page(m_facility, 0, 100000);
    ASSERT_GE(page.size(), 1u);
    EXPECT_EQ(page.back().eventId, a.header.id);
    EXPECT_EQ(page.back().origin, "dev-x");
    const std::vector<ServerLogEntry> other =
        m_central.serverLog().page(m_otherFacility, 0, 100000);
    ASSERT_FALSE(other.empty());
    EXPECT_EQ(other.back().eventId, b.header.id) << "under the facility given";

    const Contact c = talk(m_tabletA, detainees[0].id, 3);
    ASSERT_EQ(m_central.events().importContacts({c}).added, 1u);
    const int64_t before = m_central.database().scalar("SELECT COUNT(*) FROM server_log");
    {
        // The error comes with the statement or, on PostgreSQL, with the next one: at the
        // latest the commit fails.
        Transaction tx = m_central.transaction();
        EXPECT_ANY_THROW({
            m_central.serverLog().appendNew({{c.header.id, m_facility}, {a.header.id, m_facility}},
                                            "dev-x");
            tx.commit();
        });
    }
    EXPECT_EQ(m_central.database().scalar("SELECT COUNT(*) FROM server_log"), before);
    EXPECT_EQ(m_central.serverLog().countEntries({c.header.id}), 0);
    EXPECT_EQ(seqOf(m_central, a.header.id), page.back().seq);
}
