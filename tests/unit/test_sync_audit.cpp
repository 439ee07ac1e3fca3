// The server's audit log of syncs (docs/SECURITY.md "Audit"): what a sync writes there, that
// a sync delivers the tablet's whole log, and when each tablet last synced. In one process
// through the real wire format (the fixture is instantiated in test_sync.cpp).
#include "sync_fixture.h"

// A sync that moves nothing writes nothing, on the server and on the tablet (no commit, no
// wait for the disk); one that only takes records is still in the server's audit log.
TEST_P(SyncTest, ASyncThatMovesNothingWritesNothingAndAPullIsAudited)
{
    const auto detainees = bothTabletsInSync();
    roundTrip(m_tabletA); // delivers the tablet's own entry of its last sync
    const auto syncedAtServer = [this](const std::string &subject) {
        return m_central.database().scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'synced' AND subject = '" + subject +
            "'");
    };
    const int64_t atServer = m_central.audit().count();
    const int64_t onTablet = m_tabletA.audit().count();
    roundTrip(m_tabletA);
    EXPECT_EQ(m_central.audit().count(), atServer);
    EXPECT_EQ(m_tabletA.audit().count(), onTablet);

    talk(m_tabletB, detainees[0].id, 5);
    syncUntilDone(m_tabletB);
    const int64_t pulledBefore = syncedAtServer("1 verzonden");
    roundTrip(m_tabletA);
    ASSERT_EQ(m_lastResponse.events.size(), 1u);
    EXPECT_EQ(syncedAtServer("1 verzonden"), pulledBefore + 1);
    EXPECT_EQ(m_tabletA.audit().count(), onTablet + 1) << "the tablet notes what it pulled";
}

// `ronde-server devices` says when each tablet last synced: by the server's own entry of its
// newest sync, at the server's time. A tablet whose clock runs days ahead (which the server
// still takes: SECURITY.md) sends entries of its syncs dated then; a lost tablet would look
// synced until that day.
TEST_P(SyncTest, ADevicesLastSyncIsTheServersEntryOfItsNewestSync)
{
    const Enrolment a = enrol(m_tabletA, m_facility);
    const Enrolment b = enrol(m_tabletB, m_facility);
    AuditLog &audit = m_central.audit();
    EXPECT_FALSE(audit.lastSyncOf(a.deviceId)) << "enrolled, not synced";
    syncUntilDone(m_tabletA);
    EXPECT_EQ(audit.lastSyncOf(a.deviceId), m_clock());
    EXPECT_FALSE(audit.lastSyncOf(b.deviceId)) << "another tablet's sync is not its own";

    const int64_t daysAhead = m_clock() + 3 * kMsPerDay;
    const std::string ahead = "0190b5d2-7c4e-7abc-8def-0123456789c1";
    m_tabletA.audit().importFrom(a.deviceId, {{ahead,
                                               daysAhead,
                                               {},
                                               {},
                                               AuditAction::Synced,
                                               std::nullopt,
                                               "1 verstuurd, 0 opgehaald"}});
    roundTrip(m_tabletA);
    ASSERT_EQ(
        m_central.database().scalar("SELECT COUNT(*) FROM audit_log WHERE id = '" + ahead + "'"), 1)
        << "the server took the entry dated ahead";
    EXPECT_EQ(audit.lastSyncOf(a.deviceId), m_clock());
}

// A sync is done only when the audit log is delivered too: a tablet that opened files all
// shift has more entries than a request carries, and a sync that said "klaar" with them still
// waiting would leave the next sync, however empty, to carry them.
TEST_P(SyncTest, ASyncDeliversTheWholeAuditLogBeforeItIsDone)
{
    const auto detainees = bothTabletsInSync();
    const std::string mentor = userOf(m_tabletA, Role::Mentor);
    const size_t opened = TabletSync::kAuditPerRequest * 2 + 500;
    {
        Transaction tx = m_tabletA.transaction();
        for (size_t i = 0; i < opened; ++i) {
            m_tabletA.audit().record(AuditAction::OpenedDetainee, mentor, detainees[0].id,
                                     "dossier");
        }
        tx.commit();
    }
    const auto openedAtServer = [this] {
        return m_central.database().scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'opened'");
    };
    const int64_t before = openedAtServer();
    syncUntilDone(m_tabletA);
    EXPECT_EQ(openedAtServer(), before + int64_t(opened));
    EXPECT_TRUE(TabletSync(m_tabletA).nextRequest(500).audit.empty());
}
