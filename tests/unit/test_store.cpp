#include "model/problem.h"
#include "store/migrations.h"
#include "store_fixture.h"
#include "util/uuid.h"

#include <atomic>
#include <filesystem>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace ronde;

// Every store test runs on a temporary file and in memory, and in the PostgreSQL suite on a
// fresh PostgreSQL database; tests that reopen the database run on a file and on PostgreSQL,
// tests of SQLite's settings on a file.
using Store_ = StoreTest;
using ReopenedStore = StoreTest;
using FileStore = StoreTest;
INSTANTIATE_TEST_SUITE_P(, Store_, ::testing::ValuesIn(storeBackings()), backingName);
INSTANTIATE_TEST_SUITE_P(, ReopenedStore, ::testing::Values(durableBacking()), backingName);
#ifdef RONDE_TEST_ON_POSTGRES
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(FileStore);
#else
INSTANTIATE_TEST_SUITE_P(, FileStore, ::testing::Values(Backing::File), backingName);
#endif
#define REFUSED(write, code, field) expectRefused([&] { write; }, code, field)

TEST_P(FileStore, OpensWithWalFullSyncAndForeignKeys)
{
    auto pragma = [&](const char *name) {
        Statement &q = store().database().prepare(std::string("PRAGMA ") + name);
        q.step();
        const std::string value = q.text(0);
        q.reset();
        return value;
    };
    EXPECT_EQ(pragma("journal_mode"), "wal");
    EXPECT_EQ(pragma("synchronous"), "2"); // FULL
    EXPECT_EQ(pragma("foreign_keys"), "1");
    EXPECT_EQ(store().schemaVersion(), latestSchemaVersion());
}

// docs/SECURITY.md "At rest": the database, its WAL and its SHM file are the owner's only,
// whatever the umask.
TEST_P(FileStore, TheDatabaseAndItsWalAndShmAreTheOwnersOnly)
{
    const mode_t before = ::umask(0022);
    const auto path = std::filesystem::temp_directory_path() /
                      ("ronde-mode-" + std::to_string(::getpid()) + ".sqlite");
    for (const char *suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(path.string() + suffix);
    }
    {
        Store fresh(path.string());
        fresh.events().count(); // WAL and SHM exist while it is open
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const auto perms = std::filesystem::status(path.string() + suffix).permissions();
            EXPECT_EQ(perms,
                      std::filesystem::perms::owner_read | std::filesystem::perms::owner_write)
                << suffix;
        }
    }
    ::umask(before);
    for (const char *suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(path.string() + suffix);
    }
}

// A tablet reports nothing, so its store keeps no report facts, neither of what it records
// nor of what it pulls, and a tablet's file that holds some from before loses them when it is
// opened. A reporting store (this fixture's) keeps them for the same writes.
TEST_P(FileStore, ATabletKeepsNoReportFacts)
{
    store().events().record(mentorTalk("2026-01-12"));
    EXPECT_EQ(rows("report_facts"), 1);
    reopen(StoreRole::Tablet);
    EXPECT_EQ(rows("report_facts"), 0) << "the facts from before are gone";

    store().events().record(mentorTalk("2026-01-13"));
    Contact pulled = mentorTalk("2026-01-14");
    pulled.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ab";
    EXPECT_TRUE(store().events().import(pulled, EventRepository::ImportedFrom::Server));
    Contact paged = mentorTalk("2026-01-15");
    paged.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ac";
    EXPECT_EQ(store().events().importContacts({paged}, EventRepository::ImportedFrom::Server).added,
              1u);
    EXPECT_EQ(rows("events"), 4);
    EXPECT_EQ(rows("report_facts"), 0);
}

TEST_P(ReopenedStore, RefusesADatabaseFromANewerProgram)
{
    store().database().exec(store().database().dialect() == SqlDialect::SQLite
                                ? "PRAGMA user_version = 999"
                                : "UPDATE schema_version SET version = 999");
    EXPECT_THROW(reopen(), DatabaseError);
}

TEST_P(ReopenedStore, ReopeningKeepsDataAndDoesNotMigrateAgain)
{
    store().events().record(mentorTalk("2026-01-12"));
    reopen();
    EXPECT_EQ(store().events().contacts("det-1").size(), 1u);
    EXPECT_EQ(store().schemaVersion(), latestSchemaVersion());
}

TEST_P(Store_, RecordingAContactWritesEventBodyAndOutboxTogether)
{
    Contact c = mentorTalk("2026-01-12");
    c.satisfaction = 4;
    c.topics = {Topic::Work, Topic::Housing};
    c.notes = "Gesprek over werk op de afdeling.";
    const Contact stored = store().events().record(c);

    EXPECT_TRUE(isUuid(stored.header.id));
    EXPECT_EQ(uuidV7Milliseconds(stored.header.id), m_now);
    EXPECT_EQ(stored.header.recordedAtMs, m_now);
    EXPECT_GT(stored.header.hlc, 0);
    EXPECT_EQ(rows("events"), 1);
    EXPECT_EQ(rows("contacts"), 1);
    ASSERT_EQ(store().outbox().size(), 1);
    EXPECT_EQ(store().outbox().pending(10).front().eventId, stored.header.id);

    const auto back = store().events().contacts("det-1");
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].header.id, stored.header.id);
    EXPECT_EQ(back[0].header.occurredAtMs, c.header.occurredAtMs);
    EXPECT_TRUE(back[0].rated());
    EXPECT_FALSE(back[0].satisfaction) << "DOMAIN Privacy: a page reads no rating";
    const auto batch =
        store().events().byIds({stored.header.id}, EventRepository::Answers::Included);
    ASSERT_EQ(batch.size(), 1u);
    EXPECT_EQ(std::get<Contact>(batch[0]).satisfaction, 4) << "the sync's batch does";
    EXPECT_TRUE(back[0].topics.contains(Topic::Housing));
    EXPECT_FALSE(back[0].topics.contains(Topic::Care));
    EXPECT_EQ(back[0].notes, c.notes);
    EXPECT_EQ(back[0].kind, ContactKind::MentorTalk);
}

// A tablet's purge takes a detainee's history with them (the foreign keys' cascade, SQLite).
// PostgreSQL is only ever the server's, which keeps every detainee; its events have no keys
// to cascade by (schema 13), so a removal there is refused and leaves everything.
TEST_P(Store_, RemovingADetaineeTakesTheirHistoryOrIsRefusedOnTheServersEngine)
{
    store().events().record(mentorTalk("2026-01-12"));
    ASSERT_EQ(rows("events"), 1);
    if (GetParam() == Backing::Postgres) {
        EXPECT_THROW(store().registry().remove("det-1"), DatabaseError);
        EXPECT_TRUE(store().registry().detainee("det-1").has_value());
        EXPECT_EQ(rows("events"), 1);
        EXPECT_EQ(rows("contacts"), 1);
        EXPECT_EQ(rows("report_facts"), 1);
    } else {
        store().registry().remove("det-1");
        EXPECT_FALSE(store().registry().detainee("det-1").has_value());
        EXPECT_EQ(rows("events"), 0);
        EXPECT_EQ(rows("contacts"), 0);
    }
}

TEST_P(Store_, TheAuditLogNotesWhoWroteWhatAndCannotBeChanged)
{
    const Contact stored = store().events().record(mentorTalk("2026-01-12"));
    store().audit().record(AuditAction::OpenedDetainee, "mentor-1", "det-1", "");
    const std::vector<AuditEntry> entries = store().audit().forDetainee("det-1");
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].action, AuditAction::Recorded);
    EXPECT_EQ(entries[0].userId, "mentor-1");
    EXPECT_EQ(entries[0].subject, "contact " + stored.header.id);
    EXPECT_EQ(entries[1].action, AuditAction::OpenedDetainee);

    // Append-only, enforced by the schema on both engines.
    EXPECT_THROW(store().database().exec("UPDATE audit_log SET user_id = 'someone-else'"),
                 DatabaseError);
    EXPECT_THROW(store().database().exec("DELETE FROM audit_log"), DatabaseError);
    EXPECT_EQ(store().audit().count(), 2);

    // A refused write leaves no audit entry either: one transaction.
    EXPECT_THROW(store().events().record(mentorTalk("2026-01-04")), ValidationError);
    EXPECT_EQ(store().audit().count(), 2);
}

// A sync's entries go in many to a statement (runs of 64, 32, … 1): every one once, in the
// order given, each field in its place, and those already here skipped.
TEST_P(Store_, ImportedAuditEntriesArriveOnceInTheirOrder)
{
    std::vector<AuditEntry> entries;
    for (int i = 0; i < 101; ++i) {
        AuditEntry e;
        e.id = "0190b5d2-7c4e-7abc-8def-" + std::to_string(100'000'000'000 + (i * 7919) % 101);
        e.atMs = m_now - i;
        e.userId = "mentor-" + std::to_string(i);
        e.action = i % 2 ? AuditAction::OpenedDetainee : AuditAction::Recorded;
        e.detaineeId = i % 3 ? std::optional<std::string>("det-1") : std::nullopt;
        e.subject = "entry " + std::to_string(i);
        entries.push_back(e);
    }
    const std::vector<AuditEntry> firstFew(entries.begin() + 10, entries.begin() + 13);
    EXPECT_EQ(store().audit().importFrom("dev-1", firstFew), 3u);
    EXPECT_EQ(store().audit().importFrom("dev-1", entries), 98u) << "three were here";
    EXPECT_EQ(store().audit().importFrom("dev-1", entries), 0u);

    const auto stored = store().audit().after(0, 1000);
    ASSERT_EQ(stored.size(), entries.size());
    std::vector<AuditEntry> expected(firstFew);
    for (int i = 0; i < 101; ++i) {
        if (i < 10 || i >= 13) {
            expected.push_back(entries[size_t(i)]);
        }
    }
    for (size_t i = 0; i < expected.size(); ++i) {
        const AuditEntry &e = stored[i].second;
        EXPECT_EQ(e.id, expected[i].id) << i;
        EXPECT_EQ(e.atMs, expected[i].atMs) << i;
        EXPECT_EQ(e.deviceId, "dev-1") << i;
        EXPECT_EQ(e.userId, expected[i].userId) << i;
        EXPECT_EQ(e.action, expected[i].action) << i;
        EXPECT_EQ(e.detaineeId, expected[i].detaineeId) << i;
        EXPECT_EQ(e.subject, expected[i].subject) << i;
    }
}

// A list goes to SQL as one JSON parameter (jsonTextArray): every text arrives as it was,
// quotes, backslashes, control characters and all, in its place, on both engines.
TEST_P(Store_, AJsonListCarriesAnyTextToBothEngines)
{
    const std::vector<std::string> texts{
        "plain", "with \"quotes\"", "back\\slash", "line\nbreak\ttab\x01", "café ✓", ""};
    const std::string list = jsonTextArray(texts);
    Database &db = store().database();

    std::vector<std::string> rows;
    Statement &row =
        db.prepare("SELECT j.value FROM " + db.jsonArrayRows(1) + " ORDER BY j.position");
    row.bind(1, list);
    while (row.step()) {
        rows.push_back(row.text(0));
    }
    EXPECT_EQ(rows, texts);

    db.exec("CREATE TABLE json_probe (x TEXT)");
    Statement &insert = db.prepare("INSERT INTO json_probe (x) VALUES (?)");
    for (const std::string &text : texts) {
        insert.bind(1, text).run();
    }
    insert.bind(1, "not in the list").run();
    std::vector<std::string> found;
    Statement &in =
        db.prepare("SELECT x FROM json_probe WHERE " + db.inJsonArray("x", 1) + " ORDER BY x");
    in.bind(1, list);
    while (in.step()) {
        found.push_back(in.text(0));
    }
    std::vector<std::string> sorted = texts;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(found, sorted);
}

TEST_P(Store_, StoresTheLocalDayOfTheContact)
{
    // 00:30 in Amsterdam on 1 February is still 31 January in UTC: policy counts the local day.
    Contact c = mentorTalk("2026-02-01");
    c.header.occurredAtMs = utcFromAmsterdam({day("2026-02-01"), 30});
    store().events().record(c);
    Statement &q = store().database().prepare("SELECT occurred_on FROM events");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.text(0), "2026-02-01");
    q.reset();
}

TEST_P(Store_, PlansDecisionsAndComplaintsRoundTrip)
{
    ReintegrationPlan plan;
    plan.header = mentorTalk("2026-01-15").header;
    plan.header.authorId = "dir-1"; // R3.2
    plan.stage = PlanStage::Definitive;
    store().events().record(plan);

    ProgramDecision decision;
    decision.header = mentorTalk("2026-02-20").header;
    decision.header.authorId = "dir-1";
    decision.decision = DecisionKind::Promote;
    const auto storedDecision = store().events().record(decision);

    Complaint complaint;
    complaint.header = mentorTalk("2026-02-24").header;
    complaint.decisionId = storedDecision.header.id;
    REFUSED(store().events().record(complaint), ProblemCode::Missing, "learnedOn");
    complaint.learnedOn = day("2026-02-21");
    store().events().record(complaint);

    EXPECT_EQ(store().events().plans("det-1").at(0).stage, PlanStage::Definitive);
    EXPECT_EQ(store().events().decisions("det-1").at(0).decision, DecisionKind::Promote);
    const auto complaints = store().events().complaints("det-1");
    ASSERT_EQ(complaints.size(), 1u);
    EXPECT_EQ(complaints[0].decisionId, storedDecision.header.id);
    EXPECT_EQ(complaints[0].learnedOn, day("2026-02-21"));
}

TEST_P(Store_, EventsAreImmutableInTheDatabase)
{
    store().events().record(mentorTalk("2026-01-12"));
    EXPECT_THROW(store().database().exec("UPDATE events SET occurred_on = '2026-01-13'"),
                 DatabaseError);
    EXPECT_THROW(store().database().exec("UPDATE contacts SET satisfaction = 1"), DatabaseError);
}

TEST_P(Store_, ACorrectionSupersedesTheEventItNames)
{
    const Contact first = store().events().record(mentorTalk("2026-01-12"));
    Contact correction = mentorTalk("2026-01-13");
    correction.header.supersedes = first.header.id;
    store().events().record(correction);

    const auto current = store().events().contacts("det-1");
    ASSERT_EQ(current.size(), 1u);
    EXPECT_EQ(current[0].header.supersedes, first.header.id);
    EXPECT_EQ(rows("events"), 2) << "the original is kept, not edited";
}

TEST_P(Store_, ImportIsIdempotentAndWritesNoOutbox)
{
    Contact c = mentorTalk("2026-01-12");
    c.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ab";
    c.header.hlc = HlcStamp{m_now + 60'000, 3}.packed();
    EXPECT_TRUE(store().events().import(c));
    EXPECT_FALSE(store().events().import(c));
    EXPECT_EQ(rows("events"), 1);
    EXPECT_EQ(store().outbox().size(), 0);
    // The local clock absorbed the imported stamp.
    EXPECT_GT(store().events().record(mentorTalk("2026-01-20")).header.hlc, c.header.hlc);
}

TEST_P(Store_, ImportKeepsRecordsFromATabletWhoseClockRanAhead)
{
    Contact c = mentorTalk("2026-03-01");
    c.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ac";
    c.header.occurredAtMs = m_now + 3 * 86'400'000;
    EXPECT_TRUE(store().events().import(c));
}

// Import checks before it writes, without a savepoint of its own, and learns from the write
// whether a copy is already here. A copy stays a copy whatever the registry says now; a
// refused event leaves nothing.
TEST_P(Store_, ImportTakesACopyAsADuplicateEvenAfterTheRegistryChanged)
{
    Contact c = mentorTalk("2026-01-12");
    c.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ab";
    EXPECT_TRUE(store().events().import(c));
    Detainee detainee = *store().registry().detainee("det-1");
    detainee.admittedOn = day("2026-01-13"); // the office corrected the date of admission
    store().registry().upsert(detainee);
    EXPECT_FALSE(store().events().import(c)) << "a copy, not a refusal";

    Contact next = mentorTalk("2026-01-12");
    next.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ac";
    REFUSED(store().events().import(next), ProblemCode::BeforeAdmission, "occurredAt");
    EXPECT_EQ(rows("events"), 1) << "nothing of the refused event";
    EXPECT_EQ(rows("contacts"), 1);
    EXPECT_EQ(rows("report_facts"), 1);
}

// Recorded on another device while its author was active: the account's state now does not
// matter there (a mentor who left keeps the records made), on this device it does.
TEST_P(Store_, ImportKeepsTheRecordsOfAnAuthorWhoLeftSince)
{
    User mentor = *store().registry().user("mentor-1");
    mentor.active = false;
    store().registry().upsert(mentor);
    REFUSED(store().events().record(mentorTalk("2026-01-12")), ProblemCode::InactiveUser,
            "authorId");
    Contact c = mentorTalk("2026-01-12");
    c.header.id = "0190b5d2-7c4e-7abc-8def-0123456789ab";
    EXPECT_TRUE(store().events().import(c));
}

TEST_P(ReopenedStore, HlcStaysMonotonicAcrossRestartWithAClockSetBack)
{
    const auto a = store().events().record(mentorTalk("2026-01-12"));
    m_now -= 5 * 86'400'000;
    reopen();
    const auto b = store().events().record(mentorTalk("2026-01-13"));
    EXPECT_GT(b.header.hlc, a.header.hlc);
}

TEST_P(Store_, OutboxAcknowledgeIsIdempotent)
{
    const auto a = store().events().record(mentorTalk("2026-01-12"));
    const auto b = store().events().record(mentorTalk("2026-01-26"));
    ASSERT_EQ(store().outbox().size(), 2);
    EXPECT_EQ(store().outbox().pending(1).at(0).eventId, a.header.id) << "oldest first";
    store().outbox().acknowledge({a.header.id, "unknown"});
    store().outbox().acknowledge({a.header.id});
    ASSERT_EQ(store().outbox().size(), 1);
    EXPECT_EQ(store().outbox().pending(10).at(0).eventId, b.header.id);
}

TEST_P(Store_, ARefusedRecordInsideABatchUndoesOnlyItself)
{
    {
        Transaction batch(store().database());
        store().events().record(mentorTalk("2026-01-12"));
        EXPECT_THROW(store().events().record(mentorTalk("2025-12-01")), ValidationError);
        store().events().record(mentorTalk("2026-01-26"));
        batch.commit();
    }
    EXPECT_EQ(rows("events"), 2);
    EXPECT_EQ(store().outbox().size(), 2);
}

TEST_P(Store_, AnAbandonedTransactionLeavesNothing)
{
    {
        Transaction batch(store().database());
        store().events().record(mentorTalk("2026-01-12"));
        // no commit: e.g. an exception unwound past it
    }
    EXPECT_EQ(rows("events"), 0);
    EXPECT_EQ(store().outbox().size(), 0);
}

// The connections of one process to one file take turns at writing (on SQLite through the
// process's writer lock, then SQLite's own): every end of a write transaction, a commit or a
// rollback, lets the next writer in at once, and writers in many threads all get their turn.
TEST_P(ReopenedStore, TheConnectionsOfAProcessTakeTurnsAtWriting)
{
    Store other(m_path.string(), [this] { return m_now; });
    {
        Transaction abandoned(store().database());
        store().events().record(mentorTalk("2026-01-12"));
    }
    {
        Transaction next(other.database());
        other.events().record(mentorTalk("2026-01-13"));
        next.commit();
    }
    {
        Transaction again(store().database());
        store().events().record(mentorTalk("2026-01-14"));
        again.commit();
    }
    EXPECT_EQ(rows("events"), 2);

    std::vector<std::thread> writers;
    std::atomic<int> failures = 0;
    for (int w = 0; w < 4; ++w) {
        writers.emplace_back([&, w] {
            try {
                Store own(m_path.string(), [this] { return m_now; });
                for (int i = 0; i < 10; ++i) {
                    Contact talk = mentorTalk("2026-02-02");
                    talk.header.occurredAtMs += (w * 10 + i) * 60'000;
                    own.events().record(talk);
                }
            } catch (const std::exception &e) {
                ++failures;
                ADD_FAILURE() << e.what();
            }
        });
    }
    for (std::thread &writer : writers) {
        writer.join();
    }
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(rows("events"), 42);
}

// SQLite: a commit that fails (here a foreign key checked only at the commit) leaves
// nothing, and the process's next writer gets in.
TEST_P(FileStore, AFailedCommitLetsTheNextWriterIn)
{
    Store other(m_path.string(), [this] { return m_now; });
    {
        Transaction broken(store().database());
        store().database().exec("PRAGMA defer_foreign_keys = ON");
        store().database().exec(
            "INSERT INTO units (id, facility_id, name) VALUES ('unit-x', 'no-such-prison', 'X')");
        EXPECT_THROW(broken.commit(), DatabaseError);
    }
    EXPECT_EQ(rows("units"), 1);
    Transaction next(other.database());
    other.events().record(mentorTalk("2026-01-12"));
    next.commit();
    EXPECT_EQ(rows("events"), 1);
}

// SQLite: a thread that writes on one connection and begins a write on another to the same
// file would wait for itself; it is told at once.
TEST_P(FileStore, AThreadAlreadyWritingIsToldAtOnce)
{
    Store other(m_path.string(), [this] { return m_now; });
    Transaction writing(store().database());
    try {
        Transaction second(other.database());
        ADD_FAILURE() << "began a second write";
    } catch (const DatabaseError &e) {
        EXPECT_NE(std::string(e.what()).find("already writing"), std::string::npos) << e.what();
    }
    writing.commit();
    Transaction after(other.database());
    after.commit();
}

TEST_P(Store_, NotifiesListenersAfterCommit)
{
    std::vector<Change> seen;
    int64_t eventsWhenNotified = -1;
    store().changes().subscribe([&](const Change &change) {
        seen.push_back(change);
        eventsWhenNotified = rows("events");
    });
    const auto stored = store().events().record(mentorTalk("2026-01-12"));
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen[0].kind, Change::Kind::Event);
    EXPECT_EQ(seen[0].id, stored.header.id);
    EXPECT_EQ(seen[0].detaineeId, "det-1");
    EXPECT_EQ(eventsWhenNotified, 1) << "listeners see the committed row";
    EXPECT_THROW(store().events().record(mentorTalk("2025-01-01")), ValidationError);
    EXPECT_EQ(seen.size(), 1u) << "no notification for a refused write";
}

TEST_P(Store_, RegistryRefusesADuplicateNumberAndUnknownReferences)
{
    Detainee d = *store().registry().detainee("det-1");
    d.id = "det-2"; // same number 0100001
    EXPECT_THROW(store().registry().upsert(d), ValidationError);
    d.number = "0100002";
    d.unitId = "no-unit";
    EXPECT_THROW(store().registry().upsert(d), ValidationError);
    d.unitId = "unit-a";
    d.facilityId = "no-facility";
    EXPECT_THROW(store().registry().upsert(d), ValidationError);
    d.facilityId = "fac-1";
    d.dischargedOn = day("2026-01-01");
    EXPECT_THROW(store().registry().upsert(d), ValidationError);
    EXPECT_EQ(rows("detainees"), 1);
}

TEST_P(Store_, RegistryKeepsExclusionsAndAssignments)
{
    Detainee d = *store().registry().detainee("det-1");
    d.exclusions = {{ExclusionGround::Isd, day("2026-01-05"), day("2026-02-01")},
                    {ExclusionGround::ControlGroup, day("2026-02-10"), std::nullopt}};
    store().registry().upsert(d);
    const Detainee back = *store().registry().detainee("det-1");
    ASSERT_EQ(back.exclusions.size(), 2u);
    EXPECT_EQ(back.exclusions[0].to, day("2026-02-01"));
    EXPECT_EQ(back.exclusions[1].ground, ExclusionGround::ControlGroup);
    EXPECT_FALSE(back.exclusions[1].to.has_value());

    store().registry().assign("vol-1", "det-1");
    store().registry().assign("vol-1", "det-1");
    EXPECT_EQ(store().registry().assignedDetaineeIds("vol-1"), std::vector<std::string>{"det-1"});
    EXPECT_THROW(store().registry().assign("vol-1", "nobody"), ValidationError);
}

TEST_P(Store_, LastContactDayPerDetainee)
{
    store().events().record(mentorTalk("2026-01-12"));
    store().events().record(mentorTalk("2026-02-03"));
    const auto last = store().events().lastContactDays("fac-1");
    ASSERT_EQ(last.size(), 1u);
    EXPECT_EQ(last.at("det-1"), day("2026-02-03"));
}

TEST(StoreInMemory, WorksWithoutAFile)
{
    ronde::Store store(":memory:");
    store.registry().upsert(Facility{"f", "PI Geheugen", FacilityKind::RemandCentre, "dbt-2014"});
    EXPECT_EQ(store.registry().facilities().size(), 1u);
    EXPECT_EQ(store.registry().facility("f")->kind, FacilityKind::RemandCentre);
}

TEST(Problems, AreWordedInDutchAndEnglish)
{
    const Problem p{ProblemCode::SatisfactionOutOfRange, "satisfaction", "7"};
    EXPECT_EQ(describe(p), "Tevredenheid moet 1 tot en met 5 zijn, niet 7.");
    EXPECT_EQ(describe(p, Language::English), "Satisfaction must be 1 to 5, not 7.");
    EXPECT_STREQ(ValidationError(p).what(), describe(p).c_str());
}
