// Sync between a central store and tablets, in one process, through the real wire format.
// The same flows run against a real server process in tests/e2e. What the server refuses
// from a device is in test_sync_trust.cpp.
#include "sync_fixture.h"

// The central store in memory, or in the PostgreSQL suite on PostgreSQL; tablets are SQLite.
INSTANTIATE_TEST_SUITE_P(, SyncTest, ::testing::ValuesIn(centralBackings()), backingName);

TEST_P(SyncTest, AFreshTabletPullsItsFacilityOnly)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    EXPECT_EQ(eventIds(m_tabletA), facilityEventIds(m_central, m_facility));
    EXPECT_TRUE(m_tabletA.registry().detainees(m_otherFacility).empty());
    EXPECT_EQ(m_tabletA.registry().facilities().size(), 1u);
    EXPECT_FALSE(m_tabletA.registry().users(m_facility).empty());
    EXPECT_EQ(m_tabletA.outbox().size(), 0);
}

TEST_P(SyncTest, PagesThroughALongHistory)
{
    enrol(m_tabletA, m_facility);
    roundTrip(m_tabletA);
    EXPECT_TRUE(m_lastResponse.more) << "40 a page, more than 40 events";
    syncUntilDone(m_tabletA);
    EXPECT_EQ(eventIds(m_tabletA), facilityEventIds(m_central, m_facility));
}

// Issue #4: A and B write offline, both sync, both hold exactly the union; the server
// holds each event once.
TEST_P(SyncTest, TwoTabletsEndWithTheUnionAndTheServerWithEachEventOnce)
{
    const auto detainees = bothTabletsInSync();
    ASSERT_GE(detainees.size(), 2u);
    std::set<std::string> written;
    for (int i = 0; i < 5; ++i) {
        written.insert(talk(m_tabletA, detainees[0].id, i).header.id);
        written.insert(talk(m_tabletB, detainees[1].id, i).header.id);
    }
    syncUntilDone(m_tabletA);
    syncUntilDone(m_tabletB);
    syncUntilDone(m_tabletA);
    const auto a = eventIds(m_tabletA);
    EXPECT_EQ(a, eventIds(m_tabletB));
    for (const std::string &id : written) {
        EXPECT_TRUE(a.contains(id)) << id;
    }
    EXPECT_EQ(a, facilityEventIds(m_central, m_facility));
    EXPECT_EQ(m_central.database().scalar("SELECT COUNT(*) FROM server_log"),
              m_central.database().scalar("SELECT COUNT(*) FROM events"));
}

// DESIGN "Sync": the registry is the server's; a tablet proposes. Two proposals for the same
// detainee and field made between syncs are both kept and flagged as a parallel update;
// one made after pulling the other is not.
TEST_P(SyncTest, ParallelRegistryProposalsAreBothKeptAndFlagged)
{
    const Detainee detainee = bothTabletsInSync().front();
    const auto units = m_tabletA.registry().units(m_facility);
    ASSERT_GE(units.size(), 2u);
    const auto propose = [&](Store &tablet, const std::string &unitId, Role role) {
        RegistryProposal p;
        p.header.detaineeId = detainee.id;
        p.header.authorId = userOf(tablet, role);
        p.header.occurredAtMs = m_clock();
        p.field = ProposalField::Unit;
        p.value = unitId;
        p.seenValue = detainee.unitId;
        return tablet.events().record(p).header.id;
    };
    const std::string fromA = propose(m_tabletA, units[0].id, Role::Mentor);
    const std::string fromB = propose(m_tabletB, units[1].id, Role::CaseManager);
    syncUntilDone(m_tabletA);
    syncUntilDone(m_tabletB);
    syncUntilDone(m_tabletA);

    EXPECT_EQ(m_central.events().proposals(detainee.id).size(), 2u) << "both kept";
    EXPECT_EQ(m_tabletA.events().proposals(detainee.id).size(), 2u);
    EXPECT_EQ(m_tabletB.events().proposals(detainee.id).size(), 2u);
    EXPECT_EQ(m_central.proposals().parallelTo(fromA), std::vector<std::string>{fromB});
    EXPECT_EQ(m_central.proposals().parallelTo(fromB), std::vector<std::string>{fromA});

    // A has now seen B's proposal: its next one is a decision on it, not a parallel update;
    // and a device's own earlier proposal is never parallel to its next.
    const std::string afterSeeing = propose(m_tabletA, units[1].id, Role::Mentor);
    syncUntilDone(m_tabletA);
    EXPECT_TRUE(m_central.proposals().parallelTo(afterSeeing).empty());
    EXPECT_EQ(m_central.database().scalar("SELECT COUNT(*) FROM parallel_updates"), 2);
    // Sending it again changes nothing (idempotent).
    syncUntilDone(m_tabletA);
    EXPECT_EQ(m_central.events().proposals(detainee.id).size(), 3u);

    // A visitor does not propose registry changes.
    EXPECT_THROW(propose(m_tabletA, units[0].id, Role::Volunteer), ValidationError);
}

TEST_P(SyncTest, SendingTheSameBatchTwiceDuplicatesNothing)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const auto d = m_tabletA.registry().detainees(m_facility).front();
    talk(m_tabletA, d.id, 1);
    const SyncRequest request = TabletSync(m_tabletA).nextRequest(100);
    const int64_t before = m_central.events().count();
    const SyncResponse first = m_service.sync(request);
    const SyncResponse again = m_service.sync(request); // the answer got lost; sent again
    EXPECT_EQ(m_central.events().count(), before + 1);
    ASSERT_EQ(again.acks.size(), 1u);
    EXPECT_TRUE(again.acks[0].accepted);
    TabletSync(m_tabletA).apply(request, again);
    EXPECT_EQ(m_tabletA.outbox().size(), 0);
}

TEST_P(SyncTest, ALostAnswerLosesNothing)
{
    enrol(m_tabletA, m_facility);
    TabletSync client(m_tabletA);
    const SyncRequest request = client.nextRequest(100);
    m_service.sync(request); // the connection is cut: the tablet never applies the answer
    EXPECT_EQ(client.cursor(), 0);
    syncUntilDone(m_tabletA);
    EXPECT_EQ(eventIds(m_tabletA), facilityEventIds(m_central, m_facility));
}

TEST_P(SyncTest, ADetaineeWhoLeavesIsPurgedFromTheTablet)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    Detainee moved = m_central.registry().detainees(m_facility).front();
    ASSERT_TRUE(m_tabletA.registry().detainee(moved.id));
    moved.facilityId = m_otherFacility;
    moved.unitId.clear();
    m_central.registry().upsert(moved); // transferred
    syncUntilDone(m_tabletA);
    EXPECT_FALSE(m_tabletA.registry().detainee(moved.id).has_value());
    EXPECT_EQ(m_tabletA.database().scalar(
                  ("SELECT COUNT(*) FROM events WHERE detainee_id = '" + moved.id + "'").c_str()),
              0);
}

TEST_P(SyncTest, ADischargedDetaineeStaysOnTheTabletForTheRetentionPeriodOnly)
{
    // docs/RULES.md "Privacy": purged from tablets after the configured number of days; the
    // server keeps the records.
    SyncService keepsAWeek{m_central, SyncLimits{5'000, 40, 7}};
    SyncService keepsTwoDays{m_central, SyncLimits{5'000, 40, 2}};
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA, &keepsAWeek);
    Detainee left = m_central.registry().detainees(m_facility).front();
    const int64_t recorded = m_central.database().scalar(
        ("SELECT COUNT(*) FROM events WHERE detainee_id = '" + left.id + "'").c_str());
    left.dischargedOn = kToday.plusDays(-3);
    m_central.registry().upsert(left);

    syncUntilDone(m_tabletA, &keepsAWeek);
    EXPECT_TRUE(m_tabletA.registry().detainee(left.id).has_value()) << "3 days < 7";
    syncUntilDone(m_tabletA, &keepsTwoDays);
    EXPECT_FALSE(m_tabletA.registry().detainee(left.id).has_value()) << "3 days > 2";
    EXPECT_EQ(m_tabletA.database().scalar(
                  ("SELECT COUNT(*) FROM events WHERE detainee_id = '" + left.id + "'").c_str()),
              0);
    EXPECT_EQ(m_central.database().scalar(
                  ("SELECT COUNT(*) FROM events WHERE detainee_id = '" + left.id + "'").c_str()),
              recorded)
        << "the server keeps everything";
    EXPECT_TRUE(m_central.registry().detainee(left.id).has_value());
}

TEST_P(SyncTest, TheAuditLogTravelsWithItsDeviceAndArrivesOnce)
{
    const Enrolment a = enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const Detainee d = m_central.registry().detainees(m_facility).front();
    m_tabletA.audit().record(AuditAction::OpenedDetainee, userOf(m_tabletA, Role::Mentor), d.id,
                             "");
    const int64_t before = m_central.audit().count();

    // The request carries it; the answer is lost; the resend stores it once.
    TabletSync client(m_tabletA);
    SyncRequest request;
    decode(encode(client.nextRequest(500)), request);
    ASSERT_FALSE(request.audit.empty());
    m_service.sync(request); // answer lost
    syncUntilDone(m_tabletA);
    const std::vector<AuditEntry> atServer = m_central.audit().forDetainee(d.id);
    ASSERT_EQ(atServer.size(), 1u);
    EXPECT_EQ(atServer[0].deviceId, a.deviceId) << "stamped with the device that sent it";
    EXPECT_EQ(atServer[0].action, AuditAction::OpenedDetainee);

    // Each sync is in the server's log with its device; nothing is sent twice.
    EXPECT_GT(m_central.audit().count(), before + 1);
    EXPECT_GT(m_central.database().scalar(("SELECT COUNT(*) FROM audit_log WHERE action = "
                                           "'synced' AND device_id = '" +
                                           a.deviceId + "'")
                                              .c_str()),
              0)
        << "the server's own entry for each sync, with the device";
    roundTrip(m_tabletA);
    EXPECT_EQ(m_central.audit().forDetainee(d.id).size(), 1u);
}

TEST_P(SyncTest, TheServerAbsorbsATabletClockDaysAhead)
{
    int64_t fast = utcFromAmsterdam({kToday.plusDays(3), 12 * 60});
    Store tablet(":memory:", [&] { return fast; });
    enrol(tablet, m_facility);
    syncUntilDone(tablet);
    const auto d = tablet.registry().detainees(m_facility).front();
    Contact c;
    c.header.detaineeId = d.id;
    c.header.authorId = userOf(tablet, Role::Mentor);
    c.header.occurredAtMs = fast - 60'000; // "now" on the fast tablet
    c.roles = {Role::Mentor};
    c.kind = ContactKind::MentorTalk;
    const Contact stored = tablet.events().record(c);
    syncUntilDone(tablet);
    EXPECT_TRUE(m_central.events().byId(stored.header.id).has_value()) << "nothing lost";
    EXPECT_GT(m_central.events().clock().last().packed(), stored.header.hlc);
}

// Events never conflict (DESIGN "Sync"): what a mentor recorded stays, on the server and on
// every tablet, after the office disables the mentor's account, even when the tablet that
// holds the records docks only after that.
TEST_P(SyncTest, TheRecordsOfAMentorWhoLeftReachTheServerAndEveryTablet)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const auto detainees = m_tabletA.registry().detainees(m_facility);
    const Contact pushedBefore = talk(m_tabletA, detainees[0].id, 1);
    syncUntilDone(m_tabletA);
    const Contact recordedOffline = talk(m_tabletA, detainees[0].id, 2);
    User mentor = *m_central.registry().user(recordedOffline.header.authorId);
    mentor.active = false;
    m_central.registry().upsert(mentor);

    syncUntilDone(m_tabletA);
    for (const Ack &ack : m_lastResponse.acks) {
        EXPECT_TRUE(ack.accepted) << ack.reason;
    }
    EXPECT_TRUE(eventIds(m_central).contains(recordedOffline.header.id));
    EXPECT_FALSE(m_tabletA.registry().user(mentor.id)->active) << "the tablet heard";
    EXPECT_THROW(talk(m_tabletA, detainees[0].id, 3), ValidationError) << "no new records";

    enrol(m_tabletB, m_facility);
    syncUntilDone(m_tabletB);
    EXPECT_TRUE(eventIds(m_tabletB).contains(pushedBefore.header.id));
    EXPECT_TRUE(eventIds(m_tabletB).contains(recordedOffline.header.id));
}

// A tablet takes what it pulls as the server has it: the server checked each event when it
// came in. Here the office moved a detainee's admission after talks already recorded (R1.5
// would refuse them now); a new tablet still gets them, and its sync ends.
TEST_P(SyncTest, APulledEventIsTakenAsTheServerHasItAfterTheRegistryChanged)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    Detainee detainee = m_tabletA.registry().detainees(m_facility).front();
    const Contact c = talk(m_tabletA, detainee.id, 1);
    syncUntilDone(m_tabletA);
    detainee = *m_central.registry().detainee(detainee.id);
    detainee.admittedOn = kToday.plusDays(1);
    m_central.registry().upsert(detainee);

    enrol(m_tabletB, m_facility);
    syncUntilDone(m_tabletB);
    EXPECT_TRUE(eventIds(m_tabletB).contains(c.header.id));
    EXPECT_EQ(m_tabletB.registry().detainee(detainee.id)->admittedOn, kToday.plusDays(1));
}

// A record made offline before the detainee moved is judged by the stay it happened in: the
// server keeps it once, files it where the detainee is now, and the new facility's tablets
// receive the whole history (R2.4), with its authors, even a tablet whose cursor was already
// past it. The old facility's tablet purges the detainee with their audit entries.
TEST_P(SyncTest, ARecordMadeBeforeATransferIsKeptAndTheHistoryFollowsTheDetainee)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    Store tabletC{":memory:", m_clock};
    enrol(tabletC, m_otherFacility);
    syncUntilDone(tabletC); // its cursor is past every event of the server now

    const Detainee moving = m_tabletA.registry().detainees(m_facility).front();
    const Contact offline = talk(m_tabletA, moving.id, 1);
    Detainee transferred = *m_central.registry().detainee(moving.id);
    transferred.facilityId = m_otherFacility;
    transferred.unitId.clear();
    m_central.registry().upsert(transferred); // the roster moves them today

    const auto stays = m_central.registry().stays(moving.id);
    ASSERT_EQ(stays.size(), 2u);
    EXPECT_EQ(stays[0].facilityId, m_facility);
    EXPECT_EQ(stays[0].to, kToday);
    EXPECT_EQ(stays[0].departure, Stay::Departure::Transfer);
    EXPECT_EQ(stays[1].facilityId, m_otherFacility);
    EXPECT_EQ(stays[1].from, kToday);
    EXPECT_EQ(stays[1].arrival, Stay::Arrival::Transfer);

    syncUntilDone(m_tabletA);
    EXPECT_EQ(TabletSync(m_tabletA).pending(), 0);
    EXPECT_EQ(TabletSync(m_tabletA).refused(), 0) << "accepted, not set aside";
    ASSERT_TRUE(m_central.events().byId(offline.header.id).has_value());
    EXPECT_EQ(m_central.database().scalar("SELECT COUNT(*) FROM server_log WHERE event_id = '" +
                                          offline.header.id + "'"),
              1);
    EXPECT_FALSE(m_tabletA.registry().detainee(moving.id).has_value()) << "purged at A";
    EXPECT_EQ(m_tabletA.database().scalar("SELECT COUNT(*) FROM audit_log WHERE detainee_id = '" +
                                          moving.id + "'"),
              0)
        << "A's audit entries about them went with the purge, after the server had them";
    EXPECT_GT(m_central.database().scalar("SELECT COUNT(*) FROM audit_log WHERE detainee_id = '" +
                                          moving.id + "'"),
              0);

    syncUntilDone(tabletC);
    std::set<std::string> history;
    Statement &row = m_central.database().prepare("SELECT id FROM events WHERE detainee_id = ?");
    row.bind(1, moving.id);
    while (row.step()) {
        history.insert(row.text(0));
    }
    row.reset();
    ASSERT_GT(history.size(), 1u);
    std::set<std::string> atC;
    Statement &c = tabletC.database().prepare("SELECT id FROM events WHERE detainee_id = ?");
    c.bind(1, moving.id);
    while (c.step()) {
        atC.insert(c.text(0));
    }
    c.reset();
    EXPECT_EQ(atC, history) << "the whole history, the offline talk included";
    const auto author = tabletC.registry().user(offline.header.authorId);
    ASSERT_TRUE(author.has_value()) << "the author is named";
    EXPECT_TRUE(author->pinHash.empty());
    EXPECT_FALSE(author->active);
    for (const User &staff : tabletC.registry().users(m_otherFacility)) {
        EXPECT_NE(staff.id, author->id) << "not staff of C's facility";
    }
}

// A change the server refuses is never lost: it stays on the tablet with the reason, is not
// counted as sent, keeps its detainee from being purged, is listed for the office, and goes
// again once the office changed the registry; accepted, it leaves both lists.
TEST_P(SyncTest, ARefusedChangeStaysWithItsReasonAndIsResentAfterTheFix)
{
    const Enrolment device = enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const Detainee detainee = m_tabletA.registry().detainees(m_facility).front();
    const Contact c = talk(m_tabletA, detainee.id, 1);
    Detainee discharged = *m_central.registry().detainee(detainee.id);
    discharged.dischargedOn = kToday.plusDays(-1); // by mistake
    m_central.registry().upsert(discharged);

    syncUntilDone(m_tabletA);
    TabletSync client(m_tabletA);
    EXPECT_EQ(client.pending(), 0);
    ASSERT_EQ(client.refused(), 1);
    const auto refused = m_tabletA.outbox().refused();
    ASSERT_EQ(refused.size(), 1u);
    EXPECT_EQ(refused[0].eventId, c.header.id);
    EXPECT_EQ(refused[0].detaineeId, detainee.id);
    EXPECT_FALSE(refused[0].reason.empty());
    EXPECT_TRUE(m_tabletA.registry().detainee(detainee.id).has_value())
        << "not purged while a record of theirs waits";
    EXPECT_FALSE(m_central.events().byId(c.header.id).has_value());
    EXPECT_EQ(m_central.database().scalar("SELECT COUNT(*) FROM refusals WHERE device_id = '" +
                                          device.deviceId + "'"),
              1);
    syncUntilDone(m_tabletA);
    EXPECT_EQ(client.refused(), 1) << "not resent while nothing changed";

    discharged.dischargedOn.reset(); // the office corrects the registry
    m_central.registry().upsert(discharged);
    syncUntilDone(m_tabletA);
    syncUntilDone(m_tabletA);
    EXPECT_EQ(client.refused(), 0);
    EXPECT_TRUE(m_central.events().byId(c.header.id).has_value());
    EXPECT_EQ(m_central.database().scalar("SELECT COUNT(*) FROM refusals"), 0);
}

// After the stay in a facility ended, its devices write no more for that detainee: the
// server refuses with the day, and a record of the stay itself is still accepted.
TEST_P(SyncTest, AStayThatEndedTakesNoRecordsAfterItsLastDay)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const Detainee detainee = m_tabletA.registry().detainees(m_facility).front();
    const Contact during = talk(m_tabletA, detainee.id, 1);
    Contact after = during;
    after.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ab";
    after.header.occurredAtMs += kMsPerDay;
    Detainee transferred = *m_central.registry().detainee(detainee.id);
    transferred.facilityId = m_otherFacility;
    transferred.unitId.clear();
    m_central.registry().upsert(transferred);

    SyncRequest request = TabletSync(m_tabletA).nextRequest(100);
    request.changes.push_back(after);
    const SyncResponse response = m_service.sync(request);
    ASSERT_EQ(response.acks.size(), 2u);
    EXPECT_TRUE(response.acks[0].accepted) << response.acks[0].reason;
    EXPECT_FALSE(response.acks[1].accepted);
    EXPECT_NE(response.acks[1].reason.find("niet in deze inrichting"), std::string::npos)
        << response.acks[1].reason;
}

// No poisoned stream: an event the tablet still cannot store (here its author did not come
// with it, as from an older server) is set aside with the reason, the rest of the answer
// applies, the cursor moves past it, and the office hears of it through the audit log.
TEST_P(SyncTest, AnEventTheTabletCannotStoreIsSetAsideAndTheSyncGoesOn)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const Detainee d = m_central.registry().detainees(m_facility).front();
    m_central.registry().upsert(Facility{"fac-elsewhere", "Elders", FacilityKind::Prison, {}});
    m_central.registry().upsert(User{
        "mentor-elsewhere", "fac-elsewhere", "Mentor Elders", Role::Mentor, {}, false, true, {}});
    Contact foreign;
    foreign.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ab";
    foreign.header.detaineeId = d.id;
    foreign.header.authorId = "mentor-elsewhere";
    foreign.header.occurredAtMs = utcFromAmsterdam({kToday, 8 * 60});
    foreign.roles = {Role::Mentor};
    foreign.kind = ContactKind::MentorTalk;
    ASSERT_TRUE(m_central.events().import(foreign));
    m_service.sequenceUnloggedEvents();

    TabletSync client(m_tabletA);
    SyncRequest request;
    decode(encode(client.nextRequest(500)), request);
    SyncResponse response;
    decode(encode(m_service.sync(request)), response);
    ASSERT_FALSE(response.events.empty());
    response.authors.clear(); // as an older server answered
    EXPECT_NO_THROW(client.apply(request, response));
    EXPECT_EQ(client.cursor(), response.nextCursor) << "the cursor moved past it";
    const auto aside = client.setAsideEvents();
    ASSERT_EQ(aside.size(), 1u);
    EXPECT_EQ(aside[0].eventId, foreign.header.id);
    EXPECT_FALSE(aside[0].reason.empty());
    syncUntilDone(m_tabletA); // the audit entry reaches the server
    EXPECT_EQ(m_central.database().scalar(
                  "SELECT COUNT(*) FROM audit_log WHERE action = 'setAside' AND subject LIKE "
                  "'%" +
                  foreign.header.id + "%'"),
              1);
}

// A detainee discharged and admitted again to the same facility later has two stays: the
// first is not rewritten (records of it stay accepted, and past reports stay as they were).
TEST_P(SyncTest, AReadmissionIsAStayOfItsOwn)
{
    Detainee d = m_central.registry().detainees(m_facility).front();
    const Date first = m_central.registry().stays(d.id).back().from;
    d.dischargedOn = kToday.plusDays(-10);
    m_central.registry().upsert(d);
    d.dischargedOn.reset();
    d.admittedOn = kToday.plusDays(-2);
    m_central.registry().upsert(d);
    const auto stays = m_central.registry().stays(d.id);
    ASSERT_EQ(stays.size(), 2u);
    EXPECT_EQ(stays[0].from, first);
    EXPECT_EQ(stays[0].to, kToday.plusDays(-10));
    EXPECT_EQ(stays[1].from, kToday.plusDays(-2));
    EXPECT_FALSE(stays[1].to.has_value());

    // A roster that still gives the first date of admission leaves both as they are (before,
    // the second stay was moved onto the first one's start: a UNIQUE violation, found by
    // the roster fuzzer).
    d.admittedOn = first;
    EXPECT_NO_THROW(m_central.registry().upsert(d));
    const auto again = m_central.registry().stays(d.id);
    ASSERT_EQ(again.size(), 2u);
    EXPECT_EQ(again[1].from, kToday.plusDays(-2));
}

// Not only contacts: a review recorded offline by a mentor whose account the office disabled
// before the tablet docked reaches the server too (the tablet checked the account then).
TEST_P(SyncTest, AReviewByAMentorWhoLeftSinceReachesTheServer)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const Detainee d = m_tabletA.registry().detainees(m_facility).front();
    CaseReview review;
    review.header.detaineeId = d.id;
    review.header.authorId = userOf(m_tabletA, Role::Mentor);
    review.header.occurredAtMs = utcFromAmsterdam({kToday, 9 * 60});
    const Facility facility = *m_tabletA.registry().facility(m_facility);
    for (const std::string &domain : findProfile(facility.profile)->reviewDomains) {
        review.lights[domain] = Light::Green;
    }
    const std::string id = m_tabletA.events().record(review).header.id;
    User mentor = *m_central.registry().user(review.header.authorId);
    mentor.active = false;
    m_central.registry().upsert(mentor);

    syncUntilDone(m_tabletA);
    EXPECT_EQ(TabletSync(m_tabletA).refused(), 0);
    EXPECT_TRUE(eventIds(m_central).contains(id));
}

// R3.2: the director sets the definitive D&R-plan. A tablet that says a mentor did is refused
// by the server as by the tablet's own store; the rest of its batch applies.
TEST_P(SyncTest, R3_2_ADefinitivePlanByAnyoneButTheDirectorIsRefused)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const std::string detainee = m_tabletA.registry().detainees(m_facility).at(0).id;
    ReintegrationPlan plan;
    plan.header.detaineeId = detainee;
    plan.header.authorId = userOf(m_tabletA, Role::Mentor);
    plan.header.occurredAtMs = utcFromAmsterdam({kToday, 10 * 60});
    plan.stage = PlanStage::Definitive;
    try {
        m_tabletA.events().record(plan);
        ADD_FAILURE() << "the tablet's store took a mentor's definitive plan";
    } catch (const ValidationError &e) {
        EXPECT_EQ(e.problem().code, ProblemCode::NotPermitted);
    }
    plan.stage = PlanStage::Concept;
    m_tabletA.events().record(plan);
    plan.header.authorId = userOf(m_tabletA, Role::Director);
    plan.header.occurredAtMs += 60'000;
    m_tabletA.events().record(plan);

    const size_t plansBefore = m_central.events().plans(detainee).size(); // the demo's

    SyncRequest request = TabletSync(m_tabletA).nextRequest(500);
    ASSERT_EQ(request.changes.size(), 2u);
    // What a hostile or broken tablet could send: the mentor's concept turned definitive.
    std::get<ReintegrationPlan>(request.changes[0]).stage = PlanStage::Definitive;
    std::get<ReintegrationPlan>(request.changes[1]).stage = PlanStage::Definitive;
    const SyncResponse answer = m_service.sync(request);
    ASSERT_EQ(answer.acks.size(), 2u);
    EXPECT_FALSE(answer.acks[0].accepted) << "the mentor's";
    EXPECT_TRUE(answer.acks[1].accepted) << "the director's";
    EXPECT_EQ(m_central.events().plans(detainee).size(), plansBefore + 1);
}

// R4.5: a decision rests on a review of the same detainee. A tablet that names another
// detainee's review is refused by the server; a review pushed in the same batch before its
// decision is there when the decision is checked.
TEST_P(SyncTest, R4_5_ADecisionNamingAnotherDetaineesReviewIsRefused)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const auto detainees = m_tabletA.registry().detainees(m_facility);
    ASSERT_GE(detainees.size(), 2u);
    const auto reviewOf = [&](const std::string &detainee) {
        CaseReview review;
        review.header.detaineeId = detainee;
        review.header.authorId = userOf(m_tabletA, Role::CaseManager);
        review.header.occurredAtMs = utcFromAmsterdam({kToday, 9 * 60});
        for (const std::string &domain : defaultProfile().reviewDomains) {
            review.lights[domain] = Light::Green;
        }
        return m_tabletA.events().record(review);
    };
    const CaseReview ours = reviewOf(detainees[0].id);
    const CaseReview theirs = reviewOf(detainees[1].id);
    ProgramDecision decision;
    decision.header.detaineeId = detainees[0].id;
    decision.header.authorId = userOf(m_tabletA, Role::Director);
    decision.header.occurredAtMs = utcFromAmsterdam({kToday, 11 * 60});
    decision.decision = DecisionKind::NotYet;
    decision.reviewId = ours.header.id;
    m_tabletA.events().record(decision);
    decision.header.occurredAtMs += 60'000;
    m_tabletA.events().record(decision);

    SyncRequest request = TabletSync(m_tabletA).nextRequest(500);
    ASSERT_EQ(request.changes.size(), 4u);
    std::get<ProgramDecision>(request.changes[3]).reviewId = theirs.header.id; // tampered
    const SyncResponse answer = m_service.sync(request);
    ASSERT_EQ(answer.acks.size(), 4u);
    EXPECT_TRUE(answer.acks[0].accepted && answer.acks[1].accepted) << "the reviews";
    EXPECT_TRUE(answer.acks[2].accepted) << "its own review, pushed just before it";
    EXPECT_FALSE(answer.acks[3].accepted);
    EXPECT_EQ(answer.acks[3].reason,
              describe({ProblemCode::WrongDetainee, "reviewId", theirs.header.id}));
    const auto stored = m_central.events().decisions(detainees[0].id);
    EXPECT_EQ(std::count_if(stored.begin(), stored.end(),
                            [&](const ProgramDecision &d) { return d.reviewId == ours.header.id; }),
              1);
}
