// Sync between a central store and tablets, in one process, through the real wire format.
// The same flows run against a real server process in tests/e2e.
#include "client/tablet_sync.h"
#include "demo/demo.h"
#include "policy/profile.h"
#include "protocol/wire.h"
#include "server/sync_service.h"
#include "store/sign_in.h"
#include "store/store.h"
#include "store_fixture.h"
#include "util/local_time.h"
#include "util/pin_seal.h"
#include "util/secrets.h"

#include <gtest/gtest.h>

using namespace ronde;
using namespace ronde::sync;

namespace {

const Date kToday = *Date::fromCivil(2026, 11, 22);

class SyncTest : public ::testing::TestWithParam<Backing>
{
protected:
    void SetUp() override
    {
        DemoOptions o;
        o.today = kToday;
        o.facilities = 2;
        o.detaineesPerFacility = 12;
        const DemoSummary summary = generateDemo(m_central, o);
        m_facility = summary.firstFacilityId;
        for (const Facility &f : m_central.registry().facilities()) {
            if (f.id != m_facility) {
                m_otherFacility = f.id;
            }
        }
        // The demo writes history without server sequence numbers; give them some.
        EXPECT_GT(m_service.sequenceUnloggedEvents(), 0);
        EXPECT_EQ(m_service.sequenceUnloggedEvents(), 0) << "only once";
    }

    Enrolment enrol(Store &tablet, const std::string &facility)
    {
        EnrolRequest request = TabletSync(tablet).enrolRequest(
            m_service.createEnrolmentCode(facility, "tablet"), "tablet");
        EnrolResponse response;
        decode(encode(m_service.enrol(request)), response);
        Enrolment e{
            "http://test",        response.deviceId, response.secret, response.facilityId, {},
            response.pinPublicKey};
        TabletSync(tablet).saveEnrolment(e);
        return e;
    }

    // One request/answer, both through encode/decode, as over the network.
    size_t roundTrip(Store &tablet, size_t maxChanges = 500, SyncService *service = nullptr)
    {
        TabletSync client(tablet);
        SyncRequest request;
        decode(encode(client.nextRequest(maxChanges)), request);
        SyncResponse response;
        decode(encode((service ? *service : m_service).sync(request)), response);
        m_lastResponse = response;
        return client.apply(request, response);
    }

    void syncUntilDone(Store &tablet, SyncService *service = nullptr)
    {
        for (int i = 0; i < 100; ++i) {
            roundTrip(tablet, 500, service);
            if (!m_lastResponse.more && TabletSync(tablet).pending() == 0) {
                return;
            }
        }
        FAIL() << "sync did not drain";
    }

    // Both tablets enrolled in the facility and up to date; its detainees as A sees them.
    std::vector<Detainee> bothTabletsInSync()
    {
        enrol(m_tabletA, m_facility);
        enrol(m_tabletB, m_facility);
        syncUntilDone(m_tabletA);
        syncUntilDone(m_tabletB);
        return m_tabletA.registry().detainees(m_facility);
    }

    std::string userOf(Store &store, Role role)
    {
        for (const User &u : store.registry().users(m_facility)) {
            if (u.role == role) {
                return u.id;
            }
        }
        return {};
    }

    Contact talk(Store &tablet, const std::string &detaineeId, int minute)
    {
        Contact c;
        c.header.detaineeId = detaineeId;
        c.header.authorId = userOf(tablet, Role::Mentor);
        c.header.occurredAtMs = utcFromAmsterdam({kToday, 9 * 60 + minute});
        c.roles = {Role::Mentor};
        c.kind = ContactKind::MentorTalk;
        return tablet.events().record(c);
    }

    std::set<std::string> eventIds(Store &store)
    {
        std::set<std::string> ids;
        Statement &row = store.database().prepare("SELECT id FROM events");
        while (row.step()) {
            ids.insert(row.text(0));
        }
        return ids;
    }

    std::set<std::string> facilityEventIds(Store &store, const std::string &facility)
    {
        std::set<std::string> ids;
        Statement &row = store.database().prepare(
            "SELECT e.id FROM events e JOIN detainees d ON d.id = e.detainee_id "
            "WHERE d.facility_id = ? AND (d.discharged_on IS NULL OR d.discharged_on >= ?)");
        row.bind(1, facility).bind(2, kToday.iso());
        while (row.step()) {
            ids.insert(row.text(0));
        }
        return ids;
    }

    Clock m_clock = [] { return utcFromAmsterdam({kToday, 12 * 60}); };
    std::unique_ptr<PostgresTestDatabase> m_postgres =
        GetParam() == Backing::Postgres ? std::make_unique<PostgresTestDatabase>(currentTestName())
                                        : nullptr;
    Store m_central{m_postgres ? m_postgres->uri() : ":memory:", m_clock};
    SyncService m_service{m_central, SyncLimits{5'000, 40}};
    // Tablets' stores have a key, as in the app: their PIN key pair comes from it.
    Store m_tabletA{":memory:", m_clock, DatabaseKey::generate()};
    Store m_tabletB{":memory:", m_clock, DatabaseKey::generate()};
    std::string m_facility;
    std::string m_otherFacility;
    SyncResponse m_lastResponse;
};

} // namespace

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

TEST_P(SyncTest, AChangeForAnotherFacilityIsRefusedAndTheRestApplies)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const auto mine = m_tabletA.registry().detainees(m_facility).front();
    const std::string good = talk(m_tabletA, mine.id, 1).header.id;
    SyncRequest request = TabletSync(m_tabletA).nextRequest(100);
    // Forge a contact about a detainee of the other facility.
    Contact forged = std::get<Contact>(request.changes.front());
    forged.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ab";
    forged.header.detaineeId = m_central.registry().detainees(m_otherFacility).front().id;
    request.changes.push_back(forged);
    const SyncResponse response = m_service.sync(request);
    ASSERT_EQ(response.acks.size(), 2u);
    EXPECT_TRUE(response.acks[0].accepted);
    EXPECT_FALSE(response.acks[1].accepted);
    EXPECT_NE(response.acks[1].reason.find("andere inrichting"), std::string::npos);
    EXPECT_TRUE(m_central.events().byId(good).has_value());
    EXPECT_FALSE(m_central.events().byId(forged.header.id).has_value());
}

TEST_P(SyncTest, ARevokedDeviceIsToldToWipeAndDoes)
{
    const Enrolment e = enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    m_service.revoke(e.deviceId);
    try {
        m_service.sync(TabletSync(m_tabletA).nextRequest(100));
        FAIL() << "a revoked device synced";
    } catch (const Refusal &r) {
        EXPECT_EQ(r.status(), 403);
        EXPECT_STREQ(r.what(), kWipe);
    }
    TabletSync(m_tabletA).wipe();
    EXPECT_EQ(m_tabletA.events().count(), 0);
    EXPECT_TRUE(m_tabletA.registry().facilities().empty());
    EXPECT_FALSE(TabletSync(m_tabletA).enrolment().has_value());
}

TEST_P(SyncTest, AnEnrolmentCodeWorksOnceAndSecretsAreChecked)
{
    const std::string code = m_service.createEnrolmentCode(m_facility, "tablet");
    m_service.enrol({code, "a", {}});
    EXPECT_THROW(m_service.enrol({code, "b", {}}), Refusal) << "a replayed code";
    EXPECT_THROW(m_service.enrol({"0000-0000-0000", "c", {}}), Refusal);
    Enrolment e = enrol(m_tabletA, m_facility);
    SyncRequest request = TabletSync(m_tabletA).nextRequest(10);
    request.secret = "wrong";
    EXPECT_THROW(m_service.sync(request), Refusal);
    request.deviceId = "dev-unknown";
    EXPECT_THROW(m_service.sync(request), Refusal);
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

// docs/SECURITY.md: a body altered on its way (or by a device posing as another) is refused
// and writes nothing; TLS is what stops tampering in transit, this is what the server does
// with whatever still arrives.
TEST_P(SyncTest, ATamperedBodyIsRefusedAndWritesNothing)
{
    const Enrolment a = enrol(m_tabletA, m_facility);
    const Enrolment b = enrol(m_tabletB, m_facility);
    syncUntilDone(m_tabletA);
    syncUntilDone(m_tabletB);
    const auto detainees = m_tabletA.registry().detainees(m_facility);
    for (int i = 0; i < 3; ++i) {
        talk(m_tabletA, detainees[0].id, i);
    }
    const std::string valid = encode(TabletSync(m_tabletA).nextRequest(500));
    const std::set<std::string> before = eventIds(m_central);
    const auto refusedWithNothingWritten = [&](const std::string &bytes, const char *what) {
        SCOPED_TRACE(what);
        try {
            SyncRequest request;
            decode(bytes, request);
            m_service.sync(request);
            ADD_FAILURE() << "accepted";
        } catch (const WireError &) {
        } catch (const Refusal &e) {
            EXPECT_TRUE(e.status() == 401 || e.status() == 403) << e.status();
        }
        EXPECT_EQ(eventIds(m_central), before);
    };

    // Garbled anywhere in the envelope, or cut short, or with bytes added: not a message.
    for (size_t at : {size_t(0), size_t(3), size_t(5)}) {
        std::string flipped = valid;
        flipped[at] = char(flipped[at] ^ 0x5a);
        refusedWithNothingWritten(flipped, "a byte of the envelope flipped");
    }
    refusedWithNothingWritten(valid.substr(0, valid.size() / 2), "cut in half");
    refusedWithNothingWritten(valid + "extra", "bytes added");

    // The secret altered, or the request passed off as another device's.
    SyncRequest request;
    decode(valid, request);
    SyncRequest wrongSecret = request;
    wrongSecret.secret[0] = wrongSecret.secret[0] == 'a' ? 'b' : 'a';
    refusedWithNothingWritten(encode(wrongSecret), "secret altered");
    SyncRequest posing = request;
    posing.deviceId = b.deviceId;
    refusedWithNothingWritten(encode(posing), "A's changes under B's id");

    // A change moved to another facility's detainee is refused; the rest still applies.
    SyncRequest moved = request;
    std::get<Contact>(moved.changes[0]).header.detaineeId =
        m_central.registry().detainees(m_otherFacility).front().id;
    const SyncResponse answer = m_service.sync(moved);
    ASSERT_EQ(answer.acks.size(), 3u);
    EXPECT_FALSE(answer.acks[0].accepted);
    EXPECT_TRUE(answer.acks[1].accepted && answer.acks[2].accepted);
    EXPECT_EQ(eventIds(m_central).size(), before.size() + 2);
    (void)a;
}

// The server checks each event before it writes any of it (no savepoint per event): one that
// fails the checks in the middle of a batch leaves no row anywhere, and the rest applies.
TEST_P(SyncTest, AnEventThatFailsTheChecksLeavesNoRowAndTheRestApplies)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const auto detainees = m_tabletA.registry().detainees(m_facility);
    for (int i = 0; i < 3; ++i) {
        talk(m_tabletA, detainees[0].id, i);
    }
    SyncRequest request = TabletSync(m_tabletA).nextRequest(500);
    ASSERT_EQ(request.changes.size(), 3u);
    std::get<Contact>(request.changes[1]).satisfaction = 9; // R5.5: 1–5
    Database &db = m_central.database();
    const auto count = [&db](const char *table) {
        return db.scalar(std::string("SELECT COUNT(*) FROM ") + table);
    };
    const int64_t events = count("events"), contacts = count("contacts"),
                  facts = count("report_facts"), logged = count("server_log");

    const SyncResponse answer = m_service.sync(request);
    ASSERT_EQ(answer.acks.size(), 3u);
    EXPECT_TRUE(answer.acks[0].accepted);
    EXPECT_FALSE(answer.acks[1].accepted);
    EXPECT_FALSE(answer.acks[1].reason.empty());
    EXPECT_TRUE(answer.acks[2].accepted);
    EXPECT_EQ(count("events"), events + 2);
    EXPECT_EQ(count("contacts"), contacts + 2);
    EXPECT_EQ(count("report_facts"), facts + 2);
    EXPECT_EQ(count("server_log"), logged + 2);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM events WHERE id = '" + answer.acks[1].eventId + "'"),
              0);
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

// docs/SECURITY.md "Enrolment": a code expires after its hours, and the office can withdraw
// one that was not used.
TEST_P(SyncTest, AnEnrolmentCodeExpiresAndCanBeWithdrawn)
{
    int64_t now = utcFromAmsterdam({kToday, 12 * 60});
    Store central{":memory:", [&] { return now; }};
    DemoOptions o;
    o.today = kToday;
    o.detaineesPerFacility = 2;
    const std::string facility = generateDemo(central, o).firstFacilityId;
    SyncService service(central);
    const std::string shortLived = service.createEnrolmentCode(facility, "t", 1);
    const std::string withdrawn = service.createEnrolmentCode(facility, "t");
    const std::string good = service.createEnrolmentCode(facility, "t");
    EXPECT_TRUE(service.withdrawEnrolmentCode(withdrawn));
    EXPECT_FALSE(service.withdrawEnrolmentCode(withdrawn + "0")) << "no such code";
    now += 61 * 60'000;
    try {
        service.enrol({shortLived, "a", {}});
        ADD_FAILURE() << "an expired code enrolled a device";
    } catch (const Refusal &r) {
        EXPECT_EQ(r.status(), 401);
        EXPECT_NE(std::string(r.what()).find("verlopen"), std::string::npos);
    }
    try {
        service.enrol({withdrawn, "b", {}});
        ADD_FAILURE() << "a withdrawn code enrolled a device";
    } catch (const Refusal &r) {
        EXPECT_NE(std::string(r.what()).find("ingetrokken"), std::string::npos);
    }
    EXPECT_FALSE(service.enrol({good, "c", {}}).deviceId.empty());
    EXPECT_FALSE(service.withdrawEnrolmentCode(good)) << "used already";
    EXPECT_THROW(service.createEnrolmentCode(facility, "t", 0), ValidationError);
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

// A PIN changed on a tablet reaches the server with the next sync and every tablet of the
// facility after theirs; a device cannot change the PIN of another facility's staff, nor set
// a hash that is not Argon2id.
TEST_P(SyncTest, APinChangedOnATabletReachesTheServerAndTheOtherTablets)
{
    bothTabletsInSync();
    const std::string mentor = userOf(m_tabletA, Role::Mentor);
    SignInService(m_tabletA).changePin(mentor, "97531864");
    syncUntilDone(m_tabletA);
    EXPECT_TRUE(SignInService(m_tabletA).pendingPinChanges().empty()) << "sent";
    EXPECT_TRUE(verifyPin("97531864", m_central.registry().user(mentor)->pinHash));
    syncUntilDone(m_tabletB);
    EXPECT_EQ(SignInService(m_tabletB).attempt(mentor, "97531864").result, SignInResult::Accepted);

    std::string foreign;
    for (const User &u : m_central.registry().users(m_otherFacility)) {
        foreign = u.id;
    }
    const std::string before = m_central.registry().user(foreign)->pinHash;
    SyncRequest forged = TabletSync(m_tabletA).nextRequest(10);
    forged.pinChanges = {{foreign, hashPin("111111", PinHashCost::Minimal), 0},
                         {mentor, "pbkdf2-sha256$1$00$00", 0}};
    m_service.sync(forged);
    EXPECT_EQ(m_central.registry().user(foreign)->pinHash, before) << "another facility's";
    EXPECT_TRUE(verifyPin("97531864", m_central.registry().user(mentor)->pinHash))
        << "not a hash of ours";
}

// A device corrects only what its own facility's staff wrote: after a detainee moved from A
// to B, a device of B cannot replace A's records of them (they are on both sides now).
TEST_P(SyncTest, ADeviceCannotCorrectAnotherFacilitysRecord)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const Detainee moving = m_tabletA.registry().detainees(m_facility).front();
    const Contact original = talk(m_tabletA, moving.id, 1);
    syncUntilDone(m_tabletA);
    Detainee there = *m_central.registry().detainee(moving.id);
    there.facilityId = m_otherFacility;
    there.unitId.clear();
    m_central.registry().upsert(there);
    Store tabletC{":memory:", m_clock};
    enrol(tabletC, m_otherFacility);
    syncUntilDone(tabletC);
    ASSERT_TRUE(tabletC.events().byId(original.header.id).has_value()) << "the history came";
    Contact correction = original;
    correction.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ab";
    correction.header.supersedes = original.header.id;
    for (const User &u : m_central.registry().users(m_otherFacility)) {
        if (u.role == Role::Mentor) {
            correction.header.authorId = u.id;
        }
    }
    SyncRequest request = TabletSync(tabletC).nextRequest(10);
    request.changes = {correction};
    const SyncResponse answer = m_service.sync(request);
    ASSERT_EQ(answer.acks.size(), 1u);
    EXPECT_FALSE(answer.acks[0].accepted);
    EXPECT_NE(answer.acks[0].reason.find("andere inrichting"), std::string::npos)
        << answer.acks[0].reason;
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

// docs/SECURITY.md "Logs": no client text makes a line of its own or steers a terminal.
TEST(EscapedForLog, EscapesWhatEndsALineOrSteersATerminal)
{
    EXPECT_EQ(escapedForLog("a\nb\\c"), "a\\x0ab\\\\c");
    EXPECT_EQ(escapedForLog("x\xC2\x85y\xE2\x80\xA8z\x1B[2J"), "x\\x85y\\u2028z\\x1b[2J");
    EXPECT_EQ(escapedForLog("J\xC3\xBCrgen"), "J\xC3\xBCrgen") << "ordinary text stays";
    EXPECT_EQ(escapedForLog(std::string(300, 'a')).size(), 200u + std::string("…").size());
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

// docs/SECURITY.md "PINs": a PIN change is sealed with the key of the device that made it, for
// its user. Replayed from another device, or relabelled for another user, it changes nothing.
TEST_P(SyncTest, APinChangeOpensOnlyFromItsDeviceForItsUser)
{
    bothTabletsInSync();
    const std::string mentor = userOf(m_tabletA, Role::Mentor);
    const std::string director = userOf(m_tabletA, Role::Director);
    const std::string mentorBefore = m_central.registry().user(mentor)->pinHash;
    const std::string directorBefore = m_central.registry().user(director)->pinHash;
    SignInService(m_tabletA).changePin(mentor, "97531864");
    const std::vector<PinChange> sealed = SignInService(m_tabletA).pendingPinChanges();
    ASSERT_EQ(sealed.size(), 1u);
    EXPECT_TRUE(isSealedPinHash(sealed[0].pinHash));

    SyncRequest replayed = TabletSync(m_tabletB).nextRequest(10);
    replayed.pinChanges = sealed;
    m_service.sync(replayed);
    EXPECT_EQ(m_central.registry().user(mentor)->pinHash, mentorBefore) << "from another device";

    SyncRequest relabelled = TabletSync(m_tabletA).nextRequest(10);
    relabelled.pinChanges = {{director, sealed[0].pinHash, 0}};
    m_service.sync(relabelled);
    EXPECT_EQ(m_central.registry().user(director)->pinHash, directorBefore) << "another user";

    syncUntilDone(m_tabletA);
    EXPECT_TRUE(verifyPin("97531864", m_central.registry().user(mentor)->pinHash)) << "its own";
}

// A device that enrolled without a public PIN key (an app from before sealed hashes) gets the
// registry without any PIN hash, and cannot change one.
TEST_P(SyncTest, ADeviceWithoutAPinKeyGetsNoPinHashes)
{
    const EnrolResponse old =
        m_service.enrol({m_service.createEnrolmentCode(m_facility, "oud"), "oud", {}});
    EXPECT_TRUE(old.pinPublicKey.empty());
    SyncRequest request;
    request.deviceId = old.deviceId;
    request.secret = old.secret;
    const SyncResponse response = m_service.sync(request);
    ASSERT_TRUE(response.registry.has_value());
    ASSERT_FALSE(response.registry->users.empty());
    for (const User &u : response.registry->users) {
        EXPECT_TRUE(u.pinHash.empty()) << u.id;
    }
    EXPECT_FALSE(m_central.registry().users(m_facility).front().pinHash.empty());
}

// Enrolling again (a new code, a new key from the server) loses neither the PINs a tablet
// holds nor a PIN change still waiting to be sent.
TEST_P(SyncTest, EnrollingAgainKeepsPinsAndAWaitingPinChange)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const std::string mentor = userOf(m_tabletA, Role::Mentor);
    const std::string director = userOf(m_tabletA, Role::Director);
    SignInService(m_tabletA).changePin(mentor, "97531864");
    enrol(m_tabletA, m_facility);
    EXPECT_EQ(SignInService(m_tabletA).attempt(director, kDemoPin).result, SignInResult::Accepted)
        << "before the next sync";
    EXPECT_EQ(SignInService(m_tabletA).attempt(mentor, "97531864").result, SignInResult::Accepted);
    syncUntilDone(m_tabletA);
    EXPECT_TRUE(SignInService(m_tabletA).pendingPinChanges().empty()) << "sent";
    EXPECT_TRUE(verifyPin("97531864", m_central.registry().user(mentor)->pinHash));
    EXPECT_EQ(SignInService(m_tabletA).attempt(mentor, "97531864").result, SignInResult::Accepted);
}
