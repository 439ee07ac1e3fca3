// The server trusts no tablet (docs/SECURITY.md): devices, enrolment codes, tampered bodies,
// checks that refuse one change and apply the rest, and PINs, in one process through the
// real wire format (the fixture is instantiated in test_sync.cpp).
#include "store/report_facts.h"
#include "sync_fixture.h"
#include "util/pin_seal.h"
#include "util/secrets.h"

TEST_P(SyncTest, AChangeForAnotherFacilityIsRefusedAndTheRestApplies)
{
    auto [request, good] = oneGoodChange();
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

// A pushed change that names a detainee or an author the server does not know is refused by
// the server's own checks, leaves no row anywhere, and the rest applies. On PostgreSQL no
// foreign key stands behind those checks (migration 13): they are all there is.
TEST_P(SyncTest, AChangeNamingAnUnknownDetaineeOrAuthorLeavesNoRowAndTheRestApplies)
{
    auto [request, good] = oneGoodChange();
    Contact unknownDetainee = std::get<Contact>(request.changes.front());
    unknownDetainee.header.id = "0190b5d2-7c4e-7abc-8def-0123456789a1";
    unknownDetainee.header.detaineeId = "0190b5d2-7c4e-7abc-8def-0123456789a2";
    Contact unknownAuthor = std::get<Contact>(request.changes.front());
    unknownAuthor.header.id = "0190b5d2-7c4e-7abc-8def-0123456789a3";
    unknownAuthor.header.authorId = "0190b5d2-7c4e-7abc-8def-0123456789a4";
    // Any other kind goes in on its own (EventRepository::import), through the same check.
    CaseReview review;
    review.header = unknownAuthor.header;
    review.header.id = "0190b5d2-7c4e-7abc-8def-0123456789a5";
    review.lights = {
        {"safety", Light::Green}, {"care", Light::Green}, {"reintegration", Light::Green}};
    request.changes.push_back(unknownDetainee);
    request.changes.push_back(unknownAuthor);
    request.changes.push_back(review);

    const SyncResponse response = m_service.sync(request);
    ASSERT_EQ(response.acks.size(), 4u);
    EXPECT_TRUE(response.acks[0].accepted) << response.acks[0].reason;
    for (size_t i = 1; i < 4; ++i) {
        EXPECT_FALSE(response.acks[i].accepted) << i;
    }
    EXPECT_TRUE(m_central.events().byId(good).has_value());
    Database &db = m_central.database();
    for (const std::string &id :
         {unknownDetainee.header.id, unknownAuthor.header.id, review.header.id}) {
        for (const char *table : {"events WHERE id", "contacts WHERE event_id",
                                  "reviews WHERE event_id", "review_lights WHERE event_id",
                                  "report_facts WHERE event_id", "server_log WHERE event_id"}) {
            Statement &count = db.prepare(std::string("SELECT COUNT(*) FROM ") + table + " = ?");
            count.bind(1, id);
            ASSERT_TRUE(count.step());
            EXPECT_EQ(count.int64(0), 0) << table << " " << id;
            count.reset();
        }
    }
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
    const std::string code = m_service.createEnrolmentCode(m_facility, "Afdeling A 1");
    const EnrolResponse first = m_service.enrol({code, "a", {}});
    // The office's name, with the tablet's own beside it.
    EXPECT_EQ(m_central.devices().device(first.deviceId)->name, "Afdeling A 1 (a)");
    EXPECT_THROW(m_service.enrol({code, "b", {}}), Refusal) << "a replayed code";
    EXPECT_THROW(m_service.enrol({"0000-0000-0000", "c", {}}), Refusal);
    Enrolment e = enrol(m_tabletA, m_facility);
    SyncRequest request = TabletSync(m_tabletA).nextRequest(10);
    request.secret = "wrong";
    EXPECT_THROW(m_service.sync(request), Refusal);
    request.deviceId = "dev-unknown";
    EXPECT_THROW(m_service.sync(request), Refusal);
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
    EXPECT_EQ(count("report_facts"), facts) << "a push leaves them to the first report";
    EXPECT_EQ(catchUpReportFacts(db), 2);
    EXPECT_EQ(count("report_facts"), facts + 2);
    EXPECT_EQ(count("server_log"), logged + 2);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM events WHERE id = '" + answer.acks[1].eventId + "'"),
              0);
}

// A push's contacts go in together (EventRepository::importContacts): a refused one is left
// out, a copy sent twice is no news, a correction of one in the same batch still applies,
// and the report's facts come out as a rebuild from scratch makes them.
TEST_P(SyncTest, ABatchOfContactsGoesInTogetherWithRefusalsCopiesAndCorrections)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const auto detainees = m_tabletA.registry().detainees(m_facility);
    const Contact original = talk(m_tabletA, detainees[0].id, 0);
    talk(m_tabletA, detainees[1].id, 1);
    talk(m_tabletA, detainees[0].id, 2);
    Contact correction = original;
    correction.header.id.clear();
    correction.header.supersedes = original.header.id;
    correction.notes = "gecorrigeerd";
    m_tabletA.events().record(correction);
    SyncRequest request = TabletSync(m_tabletA).nextRequest(500);
    ASSERT_EQ(request.changes.size(), 4u);
    std::get<Contact>(request.changes[2]).satisfaction = 9; // R5.5: 1–5
    request.changes.push_back(request.changes[1]);          // sent twice

    const SyncResponse answer = m_service.sync(request);
    ASSERT_EQ(answer.acks.size(), 5u);
    for (size_t i : {0u, 1u, 3u, 4u}) {
        EXPECT_TRUE(answer.acks[i].accepted) << i << ": " << answer.acks[i].reason;
    }
    EXPECT_FALSE(answer.acks[2].accepted);
    EXPECT_EQ(answer.acks[4].eventId, answer.acks[1].eventId);
    Database &db = m_central.database();
    const auto facts = [&db] {
        std::vector<std::string> rows;
        Statement &row = db.prepare(
            "SELECT event_id || '|' || occurred_on || '|' || COALESCE(series, '-') || '|' || "
            "COALESCE(prev_on, '-') || '|' || COALESCE(CAST(gap_days AS TEXT), '-') "
            "FROM report_facts ORDER BY event_id");
        while (row.step()) {
            rows.push_back(row.text(0));
        }
        row.reset();
        return rows;
    };
    // The new contacts' rows wait for a report, the correction's came with it; together they
    // are what a rebuild gives.
    catchUpReportFacts(db);
    const std::vector<std::string> imported = facts();
    rebuildReportFacts(db);
    EXPECT_EQ(facts(), imported);
    const auto stored = m_central.events().contacts(detainees[0].id);
    EXPECT_TRUE(std::any_of(stored.begin(), stored.end(),
                            [](const Contact &c) { return c.notes == "gecorrigeerd"; }));
    EXPECT_TRUE(std::none_of(stored.begin(), stored.end(), [&](const Contact &c) {
        return c.header.id == original.header.id;
    })) << "the correction replaces what it names";

    // The same request again: everything is a copy, nothing changes.
    const int64_t events = db.scalar("SELECT COUNT(*) FROM events");
    const SyncResponse again = m_service.sync(request);
    EXPECT_TRUE(again.acks[0].accepted && again.acks[3].accepted && again.acks[4].accepted);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM events"), events);
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

namespace {

// A colleague's correction and the author's own, sent together by tablet A: the first is
// refused as someone else's and leaves no row, the second is taken.
void expectOnlyTheAuthorsCorrectionTaken(SyncService &service, Store &central, Store &tablet,
                                         const AnyEvent &byAnother, const AnyEvent &byTheAuthor)
{
    SyncRequest request = TabletSync(tablet).nextRequest(10);
    request.changes = {byAnother, byTheAuthor};
    const SyncResponse answer = service.sync(request);
    ASSERT_EQ(answer.acks.size(), 2u);
    EXPECT_FALSE(answer.acks[0].accepted);
    EXPECT_NE(answer.acks[0].reason.find("iemand anders"), std::string::npos)
        << answer.acks[0].reason;
    EXPECT_TRUE(answer.acks[1].accepted) << answer.acks[1].reason;
    EXPECT_FALSE(central.events().byId(headerOf(byAnother).id).has_value());
}

} // namespace

// A record is corrected by its author only (model/access.h): a device that sends a
// correction of a colleague's contact in the name of someone else has it refused, with its
// reason, and the rest of the batch applies; the author's own correction is taken.
TEST_P(SyncTest, ADeviceCorrectsOnlyWhatItsAuthorWrote)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const std::string detainee = m_tabletA.registry().detainees(m_facility).front().id;
    const Contact original = talk(m_tabletA, detainee, 1);
    syncUntilDone(m_tabletA);
    Contact byAnother = original;
    byAnother.header.id = "0190b5d2-7c4e-7abc-8def-0123456789c1";
    byAnother.header.supersedes = original.header.id;
    byAnother.header.authorId = userOf(m_tabletA, Role::CaseManager);
    byAnother.roles = {Role::CaseManager};
    byAnother.kind = ContactKind::Other;
    Contact byTheAuthor = original;
    byTheAuthor.header.id = "0190b5d2-7c4e-7abc-8def-0123456789c2";
    byTheAuthor.header.supersedes = original.header.id;
    byTheAuthor.notes = "verbeterd";
    expectOnlyTheAuthorsCorrectionTaken(m_service, m_central, m_tabletA, byAnother, byTheAuthor);
    const auto current = m_central.events().contacts(detainee);
    EXPECT_TRUE(std::any_of(current.begin(), current.end(), [&](const Contact &c) {
        return c.header.id == byTheAuthor.header.id;
    }));

    // The same when the record comes in the same request as its correction, before it or
    // after it (corrections are stored after the new contacts, whatever their order).
    for (const bool correctionFirst : {false, true}) {
        Contact fresh = original;
        fresh.header.id = correctionFirst ? "0190b5d2-7c4e-7abc-8def-0123456789c3"
                                          : "0190b5d2-7c4e-7abc-8def-0123456789c5";
        fresh.header.occurredAtMs += correctionFirst ? 60'000 : 120'000;
        Contact correction = byAnother;
        correction.header.id = correctionFirst ? "0190b5d2-7c4e-7abc-8def-0123456789c4"
                                               : "0190b5d2-7c4e-7abc-8def-0123456789c6";
        correction.header.supersedes = fresh.header.id;
        SyncRequest request = TabletSync(m_tabletA).nextRequest(10);
        request.changes = {fresh, correction};
        if (correctionFirst) {
            std::swap(request.changes[0], request.changes[1]);
        }
        const SyncResponse sent = m_service.sync(request);
        ASSERT_EQ(sent.acks.size(), 2u);
        const Ack &ofRecord = sent.acks[correctionFirst ? 1 : 0];
        const Ack &ofCorrection = sent.acks[correctionFirst ? 0 : 1];
        EXPECT_TRUE(ofRecord.accepted)
            << ofRecord.reason << " correction first: " << correctionFirst;
        EXPECT_FALSE(ofCorrection.accepted) << "correction first: " << correctionFirst;
        EXPECT_NE(ofCorrection.reason.find("iemand anders"), std::string::npos)
            << ofCorrection.reason;
    }
}

// The same for a review (model/access.h canCorrectReviewBy): the server takes its author's
// correction, on the MDO's day, and refuses a colleague's, with its reason.
TEST_P(SyncTest, AReviewIsCorrectedByItsAuthorOnly)
{
    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    const std::string detainee = m_tabletA.registry().detainees(m_facility).front().id;
    CaseReview original;
    original.header.detaineeId = detainee;
    original.header.authorId = userOf(m_tabletA, Role::Mentor);
    original.header.occurredAtMs = utcFromAmsterdam({kToday, 10 * 60});
    original.lights = {
        {"safety", Light::Green}, {"care", Light::Green}, {"reintegration", Light::Green}};
    original = m_tabletA.events().record(original);
    syncUntilDone(m_tabletA);
    const size_t reviewsBefore = m_central.events().reviews(detainee).size();
    CaseReview byAnother = original;
    byAnother.header.id = "0190b5d2-7c4e-7abc-8def-0123456789d1";
    byAnother.header.supersedes = original.header.id;
    byAnother.header.authorId = userOf(m_tabletA, Role::CaseManager);
    byAnother.lights["safety"] = Light::Red;
    CaseReview byTheAuthor = original;
    byTheAuthor.header.id = "0190b5d2-7c4e-7abc-8def-0123456789d2";
    byTheAuthor.header.supersedes = original.header.id;
    byTheAuthor.lights["care"] = Light::Orange;
    expectOnlyTheAuthorsCorrectionTaken(m_service, m_central, m_tabletA, byAnother, byTheAuthor);
    const std::vector<CaseReview> current = m_central.events().reviews(detainee);
    EXPECT_EQ(current.size(), reviewsBefore) << "the correction replaces the review";
    const auto corrected = std::find_if(current.begin(), current.end(), [&](const CaseReview &r) {
        return r.header.id == byTheAuthor.header.id;
    });
    ASSERT_NE(corrected, current.end());
    EXPECT_EQ(corrected->header.occurredAtMs, original.header.occurredAtMs);
    EXPECT_EQ(corrected->lights.at("care"), Light::Orange);
    EXPECT_TRUE(std::none_of(current.begin(), current.end(), [&](const CaseReview &r) {
        return r.header.id == original.header.id;
    }));
}

// docs/SECURITY.md "Logs": no client text makes a line of its own or steers a terminal.
TEST(EscapedForLog, EscapesWhatEndsALineOrSteersATerminal)
{
    EXPECT_EQ(escapedForLog("a\nb\\c"), "a\\x0ab\\\\c");
    EXPECT_EQ(escapedForLog("x\xC2\x85y\xE2\x80\xA8z\x1B[2J"), "x\\x85y\\u2028z\\x1b[2J");
    EXPECT_EQ(escapedForLog("J\xC3\xBCrgen"), "J\xC3\xBCrgen") << "ordinary text stays";
    EXPECT_EQ(escapedForLog(std::string(300, 'a')).size(), 200u + std::string("…").size());
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

    // A hash the server sealed for this tablet (taken from a sync, or from the tablet's own
    // database) sent back as a PIN change: sealed the other way, it does not open.
    // Here the office set a new PIN since: the old hash must not roll it back.
    const std::string registryHash = m_tabletA.registry().user(director)->pinHash;
    ASSERT_TRUE(isSealedPinHash(registryHash));
    m_central.registry().setPinHash(director, hashPin("86420975"));
    const std::string current = m_central.registry().user(director)->pinHash;
    SyncRequest reflected = TabletSync(m_tabletA).nextRequest(10);
    reflected.pinChanges = {{director, registryHash, 0}};
    m_service.sync(reflected);
    EXPECT_EQ(m_central.registry().user(director)->pinHash, current)
        << "a registry hash is no PIN change";

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

// A PIN changed on a tablet that has no key for sealed hashes (linked before them) is never
// sent in the clear: it waits on the tablet, in force there, and goes sealed once the tablet
// is linked again.
TEST_P(SyncTest, APinChangeWithoutAKeyWaitsAndGoesSealedAfterLinkingAgain)
{
    const EnrolResponse old =
        m_service.enrol({m_service.createEnrolmentCode(m_facility, "oud"), "oud", {}});
    TabletSync(m_tabletA).saveEnrolment(
        {"http://test", old.deviceId, old.secret, old.facilityId, {}, {}});
    syncUntilDone(m_tabletA);
    const std::string mentor = userOf(m_tabletA, Role::Mentor);
    const std::string before = m_central.registry().user(mentor)->pinHash;
    SignInService(m_tabletA).changePin(mentor, "97531864");
    EXPECT_TRUE(TabletSync(m_tabletA).nextRequest(10).pinChanges.empty()) << "nothing in clear";
    syncUntilDone(m_tabletA);
    EXPECT_EQ(m_central.registry().user(mentor)->pinHash, before);
    ASSERT_EQ(SignInService(m_tabletA).pendingPinChanges().size(), 1u) << "it waits";
    EXPECT_EQ(SignInService(m_tabletA).attempt(mentor, "97531864").result, SignInResult::Accepted)
        << "in force on this tablet";

    enrol(m_tabletA, m_facility);
    syncUntilDone(m_tabletA);
    EXPECT_TRUE(SignInService(m_tabletA).pendingPinChanges().empty()) << "sent";
    EXPECT_TRUE(verifyPin("97531864", m_central.registry().user(mentor)->pinHash));
}
