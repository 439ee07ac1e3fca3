// What a server process holds of each facility's log (LogTail) gives the pages the log gives:
// through appends, transfers (in this process or another), snapshots older than what it holds,
// and a database replaced under it. On a file, or in the PostgreSQL suite on PostgreSQL.
#include "server/log_tail.h"
#include "store/server_log.h"
#include "store_fixture.h"

#include <atomic>
#include <chrono>
#include <random>
#include <thread>

using namespace ronde;
using ronde::sync::LogTail;

class LogTailTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        store().registry().upsert(Facility{"fac-2", "PI Ander", FacilityKind::Prison, "dbt-2014"});
        store().registry().upsert(Unit{"unit-b", "fac-2", "Afdeling B"});
        User mentor;
        mentor.id = "mentor-2";
        mentor.facilityId = "fac-2";
        mentor.name = "Naam mentor-2";
        mentor.role = Role::Mentor;
        store().registry().upsert(mentor);
        Detainee second = *store().registry().detainee("det-1");
        second.id = "det-2";
        second.number = "0100002";
        second.name = "Piet Jansen";
        store().registry().upsert(second); // stays in fac-1
        second.id = "det-3";
        second.number = "0100003";
        second.facilityId = "fac-2";
        second.unitId = "unit-b";
        store().registry().upsert(second); // stays in fac-2
    }

    // A talk with the detainee, numbered as a push numbers it.
    std::string numberedTalk(Store &on, const std::string &detaineeId)
    {
        const std::optional<Detainee> d = on.registry().detainee(detaineeId);
        Contact talk = mentorTalk("2026-02-10");
        talk.header.detaineeId = detaineeId;
        talk.header.authorId = d->facilityId == "fac-1" ? "mentor-1" : "mentor-2";
        talk.header.occurredAtMs += int64_t(++m_talks) * 60'000;
        const std::string id = on.events().record(talk).header.id;
        Transaction tx = on.transaction();
        on.serverLog().holdSequenceLocksFor({detaineeId}, d->facilityId);
        on.serverLog().append({id}, "dev-x");
        tx.commit();
        return id;
    }

    static void transfer(Store &on, const std::string &detaineeId, const std::string &to)
    {
        Detainee d = *on.registry().detainee(detaineeId);
        d.facilityId = to;
        d.unitId = to == "fac-1" ? "unit-a" : "unit-b";
        on.registry().upsert(d);
    }

    static std::vector<std::string> idsOf(const LogTail::Page &entries)
    {
        std::vector<std::string> ids;
        for (const LogTail::Entry &e : entries) {
            ids.push_back(std::to_string(e->seq) + ":" + e->eventId + ":" + e->origin);
        }
        return ids;
    }

    // The tail's page, read as a request reads it: in a snapshot.
    static LogTail::Page tailPage(LogTail &tail, Store &on, const std::string &facility,
                                  int64_t after, int64_t limit)
    {
        ReadSnapshot snapshot = on.readSnapshot();
        return tail.page(on.serverLog(), facility, after, limit);
    }

    // The tail's page and the log's, side by side, in one snapshot.
    static void expectSamePage(LogTail &tail, Store &on, const std::string &facility, int64_t after,
                               int64_t limit)
    {
        ReadSnapshot snapshot = on.readSnapshot();
        EXPECT_EQ(idsOf(tail.page(on.serverLog(), facility, after, limit)),
                  idsOf(LogTail::shared(on.serverLog().page(facility, after, limit))))
            << facility << " after " << after << ", at most " << limit;
    }

    int m_talks = 0;
};

INSTANTIATE_TEST_SUITE_P(, LogTailTest, ::testing::Values(durableBacking()), backingName);

// Many tablets at many cursors, while talks are numbered and a detainee goes to and fro: a
// run of 6 is cut, left behind and started again, and a transfer takes entries out of it.
TEST_P(LogTailTest, GivesWhatTheLogGivesThroughAppendsTransfersAndCutRuns)
{
    LogTail tail(6);
    std::mt19937 random(20261201);
    const std::vector<std::string> detainees{"det-1", "det-2", "det-3"};
    for (int step = 0; step < 60; ++step) {
        if (step % 13 == 12) {
            const std::string now = store().registry().detainee("det-1")->facilityId;
            transfer(store(), "det-1", now == "fac-1" ? "fac-2" : "fac-1");
        } else {
            numberedTalk(store(), detainees[random() % detainees.size()]);
        }
        for (const char *facility : {"fac-1", "fac-2"}) {
            const std::vector<ServerLogEntry> all = store().serverLog().page(facility, 0, 1000);
            for (int reader = 0; reader < 4; ++reader) {
                // Mostly near the end, as at shift change; now and then from the start.
                const size_t behind = random() % 5 == 0 ? all.size() : random() % 4;
                const int64_t after = behind >= all.size() ? 0 : all[all.size() - 1 - behind].seq;
                expectSamePage(tail, store(), facility, after, 1 + int64_t(random() % 5));
            }
        }
    }
    EXPECT_GT(tail.held("fac-1"), 0u) << "the run is used, not only bypassed";
}

// The log's generation is in the database: a transfer made by another server process (here:
// another connection) takes the moved entries out of what this one serves.
TEST_P(LogTailTest, ATransferByAnotherProcessIsSeen)
{
    const std::string moved = numberedTalk(store(), "det-1");
    const std::string stays = numberedTalk(store(), "det-2");
    LogTail tail;
    ASSERT_EQ(tailPage(tail, store(), "fac-1", 0, 10).size(), 2u);
    {
        Store other(m_path.string(), [this] { return m_now; });
        transfer(other, "det-1", "fac-2");
    }
    expectSamePage(tail, store(), "fac-1", 0, 10);
    const LogTail::Page left = tailPage(tail, store(), "fac-1", 0, 10);
    ASSERT_EQ(left.size(), 1u);
    EXPECT_EQ(left[0]->eventId, stays);
    const LogTail::Page there = tailPage(tail, store(), "fac-2", 0, 10);
    ASSERT_EQ(there.size(), 1u);
    EXPECT_EQ(there[0]->eventId, moved);
}

// A request reads its page in its own snapshot; entries another worker put in the tail after
// that snapshot was taken are not on it (their events cannot be read in it).
TEST_P(LogTailTest, ARequestGetsOnlyWhatItsSnapshotSees)
{
    numberedTalk(store(), "det-1");
    LogTail tail;
    Store other(m_path.string(), [this] { return m_now; });
    ReadSnapshot snapshot = store().readSnapshot();
    const LogTail::Page before = tailPage(tail, store(), "fac-1", 0, 10);
    ASSERT_EQ(before.size(), 1u);
    numberedTalk(other, "det-2");
    numberedTalk(other, "det-1");
    ASSERT_EQ(tailPage(tail, other, "fac-1", 0, 10).size(), 3u);
    ASSERT_EQ(tail.held("fac-1"), 3u);
    EXPECT_EQ(idsOf(tailPage(tail, store(), "fac-1", 0, 10)), idsOf(before));
    EXPECT_EQ(idsOf(tailPage(tail, store(), "fac-1", before[0]->seq, 10)),
              std::vector<std::string>{});
    EXPECT_EQ(tail.held("fac-1"), 3u) << "an older snapshot leaves the run as it is";
}

// A request whose snapshot is older than a transfer gets the log as it was: what the tail
// holds since (read in the new generation, without the moved entry) is not used for it.
TEST_P(LogTailTest, ASnapshotFromBeforeATransferGetsTheLogAsItWas)
{
    const std::string moved = numberedTalk(store(), "det-1");
    numberedTalk(store(), "det-2");
    LogTail tail;
    Store other(m_path.string(), [this] { return m_now; });
    ReadSnapshot snapshot = store().readSnapshot();
    ASSERT_EQ(tailPage(tail, store(), "fac-1", 0, 10).size(), 2u);
    transfer(other, "det-1", "fac-2");
    ASSERT_EQ(tailPage(tail, other, "fac-1", 0, 10).size(), 1u);
    ASSERT_EQ(tail.held("fac-1"), 1u) << "the run read again after the transfer";
    for (const char *facility : {"fac-1", "fac-2"}) {
        expectSamePage(tail, store(), facility, 0, 10);
    }
    const LogTail::Page before = tailPage(tail, store(), "fac-1", 0, 10);
    ASSERT_EQ(before.size(), 2u);
    EXPECT_EQ(before[0]->eventId, moved);
}

// Read outside a snapshot, the bound could see another log than the page: refused.
TEST_P(LogTailTest, TheBoundIsReadInASnapshot)
{
    EXPECT_THROW(store().serverLog().bound("fac-1", 0), std::logic_error);
}

// A database replaced under a running server (a backup restored) may number other events as
// the run did: the entry checked is no longer the one numbered so, and the run is dropped. With as
// many entries as the run holds (its last one is checked) and with fewer (the snapshot's last one
// is).
TEST_P(LogTailTest, ALogNumberedAnewIsNotTakenForTheOneHeld)
{
    numberedTalk(store(), "det-1");
    numberedTalk(store(), "det-2");
    const std::vector<ServerLogEntry> old = store().serverLog().page("fac-1", 0, 10);
    ASSERT_EQ(old.size(), 2u);
    const std::string first = numberedTalk(store(), "det-2");
    const std::string second = numberedTalk(store(), "det-2");
    for (const size_t entries : {2u, 1u}) {
        store().database().exec("DELETE FROM server_log");
        const std::vector<std::pair<int64_t, std::string>> kept{{old[0].seq, old[0].eventId},
                                                                {old[1].seq, old[1].eventId}};
        for (const auto &[seq, id] : kept) {
            store()
                .database()
                .prepare("INSERT INTO server_log (seq, event_id, facility_id, origin) "
                         "VALUES (?, ?, 'fac-1', 'dev-x')")
                .bind(1, seq)
                .bind(2, id)
                .run();
        }
        LogTail tail;
        ASSERT_EQ(tailPage(tail, store(), "fac-1", 0, 10).size(), 2u);
        // The same numbers, other events: as a database made again would have them.
        store().database().exec("DELETE FROM server_log");
        const std::vector<std::pair<int64_t, std::string>> anew{{old[0].seq, first},
                                                                {old[1].seq, second}};
        for (size_t i = 0; i < entries; ++i) {
            store()
                .database()
                .prepare("INSERT INTO server_log (seq, event_id, facility_id, origin) "
                         "VALUES (?, ?, 'fac-1', '')")
                .bind(1, anew[i].first)
                .bind(2, anew[i].second)
                .run();
        }
        expectSamePage(tail, store(), "fac-1", 0, 10);
        EXPECT_EQ(tailPage(tail, store(), "fac-1", 0, 10).size(), entries);
    }
}

// Two transfers of one detainee at the same moment (a `transfer` command and a roster import,
// in two processes): the second waits for the first and starts from where it left the
// detainee. It closes the stay the first opened, and the history ends in its facility.
// (SQLite runs one writer at a time; on PostgreSQL the second once read the stays before it
// waited, and left two stays open.)
TEST_P(LogTailTest, TwoTransfersAtOnceFollowEachOther)
{
    store().registry().upsert(Facility{"fac-3", "PI Derde", FacilityKind::Prison, "dbt-2014"});
    store().registry().upsert(Unit{"unit-c", "fac-3", "Afdeling C"});
    const std::string talk = numberedTalk(store(), "det-1");
    Store first(m_path.string(), [this] { return m_now; });
    Transaction tx = first.transaction();
    first.serverLog().holdSequenceLocksFor({"det-1"}, "fac-2"); // the first transfer begins

    std::atomic<bool> started = false;
    std::string failure;
    std::thread second([&] {
        started = true;
        try {
            Store other(m_path.string(), [this] { return m_now; });
            other.registry().transfer("det-1", "fac-3", "unit-c", day("2026-02-02"));
        } catch (const std::exception &e) {
            failure = e.what();
        }
    });
    while (!started) {
        std::this_thread::yield();
    }
    if (GetParam() == Backing::Postgres) {
        // Until the second waits for a lock the first holds (or has failed: seen below). The
        // locks of this test's own database: tests running beside it have theirs.
        for (int tries = 0; tries < 2000 && first.database().scalar(
                                                "SELECT COUNT(*) FROM pg_locks WHERE NOT granted "
                                                "AND database = (SELECT oid FROM pg_database "
                                                "WHERE datname = current_database())") == 0;
             ++tries) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    } else {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    first.registry().transfer("det-1", "fac-2", "unit-b", day("2026-02-01"));
    tx.commit();
    second.join();
    ASSERT_EQ(failure, "");

    EXPECT_EQ(store().registry().detainee("det-1")->facilityId, "fac-3");
    std::vector<std::string> stays;
    for (const Stay &s : store().registry().stays("det-1")) {
        stays.push_back(s.facilityId + " " + s.from.iso() + "–" + (s.to ? s.to->iso() : "open"));
    }
    EXPECT_EQ(stays,
              (std::vector<std::string>{"fac-1 2026-01-05–2026-02-01",
                                        "fac-2 2026-02-01–2026-02-02", "fac-3 2026-02-02–open"}));
    std::vector<std::string> logged;
    for (const char *facility : {"fac-1", "fac-2", "fac-3"}) {
        for (const ServerLogEntry &e : store().serverLog().page(facility, 0, 10)) {
            logged.push_back(std::string(facility) + " " + e.eventId);
        }
    }
    EXPECT_EQ(logged, std::vector<std::string>{"fac-3 " + talk});
}
