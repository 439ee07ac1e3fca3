// report_facts (core/store/report_facts.h), the narrow rows the report reads: kept as events
// are written, one by one or a push's contacts together, they are always the rows a rebuild
// from the events gives. On SQLite here, and on PostgreSQL in the PostgreSQL suite.
#include "demo/demo.h"
#include "server/http_endpoint.h"
#include "server/report_facts_keeper.h"
#include "store/report_facts.h"
#include "store/report_queries.h"
#include "store_fixture.h"

#include <QTextStream>
#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

using namespace ronde;

namespace {

using ReportFacts = StoreTest;
INSTANTIATE_TEST_SUITE_P(, ReportFacts, ::testing::ValuesIn(storeBackings()), backingName);

} // namespace

namespace {

// Every row of report_facts as text, in the order of their events.
std::vector<std::string> reportFactRows(Database &db)
{
    std::vector<std::string> rows;
    Statement &row = db.prepare(
        "SELECT event_id, detainee_id, occurred_on, type, kind, roles, topics, "
        "COALESCE(satisfaction, 0), plan_help, COALESCE(series, '-'), COALESCE(prev_on, '-'), "
        "COALESCE(gap_days, -1) FROM report_facts ORDER BY event_id");
    while (row.step()) {
        std::string text;
        for (int column = 0; column < 12; ++column) {
            text += row.text(column) + "|";
        }
        rows.push_back(text);
    }
    row.reset();
    return rows;
}

} // namespace

// The report reads report_facts, kept as events are written: a correction that moves a mentor
// talk or makes it another kind of contact changes the series R1.2 counts gaps in, as does a
// talk written after later ones; the rows kept that way are the rows a rebuild gives.
TEST_P(ReportFacts, R5_4_ReportFactsFollowCorrectionsAsARebuildWould)
{
    store().events().record(mentorTalk("2026-01-10"));
    const Contact second = store().events().record(mentorTalk("2026-01-12"));
    const Contact third = store().events().record(mentorTalk("2026-01-30"));
    Contact moved = mentorTalk("2026-01-25");
    moved.header.supersedes = second.header.id;
    store().events().record(moved);
    Contact notATalk = mentorTalk("2026-01-30");
    notATalk.kind = ContactKind::Other;
    notATalk.header.supersedes = third.header.id;
    store().events().record(notATalk);
    store().events().record(mentorTalk("2026-01-20")); // written late, between two others

    Database &db = store().database();
    std::vector<std::string> series;
    Statement &row = db.prepare("SELECT occurred_on, COALESCE(prev_on, '-'), "
                                "COALESCE(gap_days, -1) FROM report_facts "
                                "WHERE series = 'mentor' ORDER BY occurred_on");
    while (row.step()) {
        series.push_back(row.text(0) + " " + row.text(1) + " " + row.text(2));
    }
    row.reset();
    EXPECT_EQ(series, (std::vector<std::string>{"2026-01-10 - -1", "2026-01-20 2026-01-10 10",
                                                "2026-01-25 2026-01-20 5"}));
    EXPECT_EQ(rows("report_facts"), 4) << "the two corrected talks are gone";

    // A generated population on top (two facilities, every kind of event), then a rebuild.
    DemoOptions options;
    options.today = day("2026-11-22");
    options.facilities = 2;
    options.detaineesPerFacility = 40;
    generateDemo(store(), options);
    m_now = at("2026-11-22", 12);
    // Corrections all over it: every fifth contact moved two days back, a mentor talk made
    // another kind of contact and back; every third review a light changed, on its day (as
    // its author corrects it on the tablet): R3.3 still counts each MDO once.
    const auto reviewRows = [&db] {
        Statement &count = db.prepare("SELECT COUNT(*) FROM report_facts WHERE series = 'review'");
        count.step();
        const int64_t n = count.int64(0);
        count.reset();
        return n;
    };
    const int64_t reviewsBefore = reviewRows();
    int corrected = 0;
    int correctedReviews = 0;
    for (const Facility &facility : store().registry().facilities()) {
        for (const Detainee &d : store().registry().detainees(facility.id)) {
            const std::vector<CaseReview> reviews = store().events().allOf(d.id).reviews;
            for (size_t i = 0; i < reviews.size(); i += 3) {
                CaseReview correction = reviews[i];
                correction.header.supersedes = correction.header.id;
                correction.lights.begin()->second = Light::Red;
                store().events().record(correction);
                ++correctedReviews;
            }
            const std::vector<Contact> contacts = store().events().allOf(d.id).contacts;
            for (size_t i = 0; i < contacts.size(); i += 5) {
                Contact correction = contacts[i];
                correction.header.supersedes = correction.header.id;
                correction.header.occurredAtMs -= 2 * 24 * 3600 * 1000LL;
                if (correction.kind == ContactKind::MentorTalk) {
                    correction.kind = ContactKind::Other;
                } else if (correction.kind == ContactKind::Other &&
                           correction.roles.contains(Role::Mentor)) {
                    correction.kind = ContactKind::MentorTalk;
                }
                try {
                    store().events().record(correction);
                    ++corrected;
                } catch (const ValidationError &) {
                    // moved before admission: refused, and rightly so
                }
            }
        }
    }
    EXPECT_GT(corrected, 100);
    EXPECT_GT(correctedReviews, 20);
    EXPECT_EQ(reviewRows(), reviewsBefore) << "a corrected review replaces its row";
    const std::vector<std::string> kept = reportFactRows(db);
    EXPECT_GT(kept.size(), 500u);
    rebuildReportFacts(db);
    EXPECT_EQ(reportFactRows(db), kept);
}

// A push's contacts get their rows from the contacts themselves (addContactFacts, its rules in
// C++ beside the SQL of a rebuild): the rows, predecessors and gaps are the ones a rebuild
// gives. Two detainees, several batches: talks after the rows already there, talks written
// late between them, several on one day, every kind and role, the plan as a topic.
TEST_P(ReportFacts, R5_4_ABatchOfContactsGetsTheRowsARebuildWould)
{
    Detainee other = *store().registry().detainee("det-1");
    other.id = "det-2";
    other.number = "0100002";
    store().registry().upsert(other);
    m_now = at("2026-06-30", 12);
    store().events().record(mentorTalk("2026-02-01"));
    store().events().record(mentorTalk("2026-03-20"));

    const std::vector<std::pair<const char *, Role>> authors = {
        {"mentor-1", Role::Mentor}, {"cm-1", Role::CaseManager}, {"gem-1", Role::Municipality}};
    const std::vector<ContactKind> kinds = {ContactKind::MentorTalk, ContactKind::PlanTalk,
                                            ContactKind::Intake, ContactKind::Other};
    UuidGenerator uuids([this] { return m_now; }, 7);
    std::mt19937 random(11);
    // Ids in no order of the batches: on one day the series goes by id, so a new talk may
    // come before or after one already there on its day.
    std::vector<std::string> ids;
    for (int i = 0; i < 5 * 150; ++i) {
        ids.push_back(uuids.next());
    }
    std::shuffle(ids.begin(), ids.end(), random);
    size_t stored = 0;
    // The last batch comes after everything before it, as a day's push does: every series
    // then goes on from its last row already there.
    for (int batch = 0; batch < 5; ++batch) {
        std::vector<Contact> contacts;
        for (int i = 0; i < 150; ++i) {
            const auto &[author, role] = authors[random() % authors.size()];
            Contact c;
            c.header.id = ids[size_t(batch * 150 + i)];
            c.header.detaineeId = random() % 2 ? "det-1" : "det-2";
            c.header.authorId = author;
            // Batch by batch later, with a spread that reaches back before earlier batches.
            const int day = batch < 4 ? batch * 20 + int(random() % 45) : 110 + int(random() % 15);
            c.header.occurredAtMs =
                at("2026-01-06", 8 + int(random() % 10)) + int64_t(day) * 86'400'000;
            c.roles = {role};
            c.kind = kinds[random() % kinds.size()];
            if (random() % 3 == 0) {
                c.topics = {Topic::ReintegrationPlan};
            }
            if (random() % 2) {
                c.satisfaction = 1 + int(random() % 5);
            }
            contacts.push_back(c);
        }
        stored += store().events().importContacts(contacts).added;
    }
    EXPECT_GT(stored, 200u);
    Database &db = store().database();
    EXPECT_GT(db.scalar("SELECT COUNT(*) FROM report_facts WHERE series = 'mentor' AND "
                        "prev_on IS NOT NULL"),
              40);
    EXPECT_GT(db.scalar("SELECT COUNT(*) FROM report_facts WHERE plan_help = 1"), 20);
    const std::vector<std::string> kept = reportFactRows(db);
    rebuildReportFacts(db);
    EXPECT_EQ(reportFactRows(db), kept);
}

// A contact's row in report_facts holds the rating stored with the contact, not the one it
// came with: pulled from a server, a contact is stored with the mark only (DOMAIN "Privacy",
// R5.5), so its row holds no rating either, as a rebuild from the stored rows gives.
TEST_P(ReportFacts, R5_5_APulledContactsRowHoldsTheRatingAsStored)
{
    Contact rated = mentorTalk("2026-03-01");
    rated.header.id = "00000000-0000-7000-8000-000000000001";
    rated.satisfaction = 4;
    const auto imported =
        store().events().importContacts({rated}, EventRepository::ImportedFrom::Server);
    ASSERT_EQ(imported.added, 1u) << imported.refusals[0].value_or("");
    Database &db = store().database();
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM report_facts WHERE satisfaction IS NOT NULL"), 0);
    const std::vector<std::string> kept = reportFactRows(db);
    rebuildReportFacts(db);
    EXPECT_EQ(reportFactRows(db), kept);
}

// At shift change the talks of one day arrive from many tablets, in any order: on one day the
// series goes by id, so a new talk can come between rows already there, before all of them,
// or after; the rows that follow new ones get their new predecessor (R1.2's gaps).
TEST_P(ReportFacts, R5_4_TalksOfOneDayFromSeveralPushesSortAmongEachOtherById)
{
    const auto talk = [](const char *iso, int n) {
        Contact c = mentorTalk(iso);
        c.header.id = "00000000-0000-7000-8000-00000000000" + std::to_string(n);
        return c;
    };
    store().events().importContacts({talk("2026-03-01", 1)});
    store().events().importContacts(
        {talk("2026-03-10", 3), talk("2026-03-10", 6), talk("2026-03-11", 5)});
    // Before all rows of 10 March, between them, after them, and after the next day.
    EXPECT_EQ(
        store()
            .events()
            .importContacts({talk("2026-03-10", 2), talk("2026-03-10", 4), talk("2026-03-10", 8),
                             talk("2026-03-10", 9), talk("2026-03-12", 7)})
            .added,
        5u);
    Database &db = store().database();
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM report_facts WHERE prev_on = '2026-03-10'"), 6)
        << "every talk after the first of 10 March, up to the one of 11 March";
    const std::vector<std::string> kept = reportFactRows(db);
    rebuildReportFacts(db);
    EXPECT_EQ(reportFactRows(db), kept);
}

// A push leaves its new contacts' rows for later (catchUpReportFacts): the contacts are
// numbered in server_log, and the catch-up builds their rows, as a rebuild would, in steps,
// and only once. A contact corrected before it gets none (its correction has its own); one
// numbered again by a transfer (R2.4) before it is built once, one after it not again; a
// report only reads.
TEST_P(ReportFacts, R5_4_APushLeavesItsRowsForLater)
{
    m_now = at("2026-06-30", 12);
    store().events().record(mentorTalk("2026-02-01")); // its row now, as a tablet's record
    UuidGenerator uuids([this] { return m_now; }, 5);
    const auto pushed = [&](const std::vector<const char *> &days) {
        std::vector<Contact> contacts;
        for (const char *iso : days) {
            Contact c = mentorTalk(iso);
            c.header.id = uuids.next();
            contacts.push_back(c);
        }
        Transaction tx = store().transaction();
        EXPECT_EQ(store()
                      .events()
                      .importContacts(contacts, EventRepository::ImportedFrom::Device,
                                      EventRepository::NewFacts::Later)
                      .added,
                  contacts.size());
        std::vector<std::string> ids;
        for (const Contact &c : contacts) {
            ids.push_back(c.header.id);
        }
        store().serverLog().holdSequenceLocksFor({"det-1"}, "fac-1");
        store().serverLog().append(ids, "dev-1");
        tx.commit();
        return contacts;
    };
    Database &db = store().database();
    const std::vector<Contact> first =
        pushed({"2026-02-10", "2026-03-01", "2026-01-20", "2026-02-10"});
    const std::vector<Contact> second = pushed({"2026-03-15", "2026-02-05", "2026-04-01"});
    EXPECT_EQ(rows("report_facts"), 1) << "the pushed contacts wait for a report";

    Contact moved = first[1];
    moved.header.id.clear();
    moved.header.supersedes = first[1].header.id;
    moved.header.occurredAtMs = at("2026-03-03");
    store().events().record(moved); // a correction gets its row at once
    EXPECT_EQ(rows("report_facts"), 2);

    EXPECT_EQ(catchUpReportFacts(db, 2), 6) << "seven pushed, one of them corrected";
    EXPECT_EQ(rows("report_facts"), 8);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM report_facts WHERE event_id = '" +
                        first[1].header.id + "'"),
              0);
    EXPECT_EQ(db.scalar("SELECT seq FROM report_facts_caught_up"),
              db.scalar("SELECT MAX(seq) FROM server_log"));
    const std::vector<std::string> kept = reportFactRows(db);
    rebuildReportFacts(db);
    EXPECT_EQ(reportFactRows(db), kept);
    EXPECT_EQ(catchUpReportFacts(db), 0) << "nothing new";

    // A transfer numbers built contacts again, after the mark: passed over.
    {
        Transaction tx = store().transaction();
        store().serverLog().holdAllSequenceLocks();
        store().serverLog().refile({second[0].header.id, second[2].header.id}, "fac-1");
        tx.commit();
    }
    EXPECT_EQ(catchUpReportFacts(db), 0);
    EXPECT_EQ(reportFactRows(db), kept);

    // A transfer before the catch-up: the contact is built once, under its new number.
    const std::vector<Contact> third = pushed({"2026-04-20"});
    {
        Transaction tx = store().transaction();
        store().serverLog().holdAllSequenceLocks();
        store().serverLog().refile({third[0].header.id}, "fac-1");
        tx.commit();
    }
    // A report only reads; the catch-up (the server's) builds.
    computeFigures(store(), {"", "", day("2026-04-01"), day("2026-04-30"), 1});
    EXPECT_EQ(rows("report_facts"), 8);
    EXPECT_LT(reportFactsProgress(store()).caughtUpTo, reportFactsProgress(store()).lastNumbered);
    EXPECT_EQ(catchUpReportFacts(store()), 1);
    EXPECT_EQ(rows("report_facts"), 9);
    EXPECT_EQ(db.scalar("SELECT gap_days FROM report_facts WHERE occurred_on = '2026-04-20'"), 19);
}

// Events numbered after they were stored (demo data, imports: ServerLog::sequenceUnlogged)
// have their rows already: the mark moves past them when nothing before them waits, and a
// push's rows that wait are still built.
TEST_P(ReportFacts, R5_4_EventsNumberedAfterwardsAreNotWalkedAgain)
{
    m_now = at("2026-06-30", 12);
    Database &db = store().database();
    store().events().record(mentorTalk("2026-02-01"));
    store().events().record(mentorTalk("2026-02-15"));
    EXPECT_EQ(store().serverLog().sequenceUnlogged(), 2);
    EXPECT_EQ(reportFactsProgress(db).caughtUpTo, reportFactsProgress(db).lastNumbered);
    EXPECT_EQ(reportFactsProgress(db).lastNumbered, db.scalar("SELECT MAX(seq) FROM server_log"));

    // A push whose rows wait, then more numbered afterwards: the mark stays for the push.
    Contact pushed = mentorTalk("2026-03-01");
    pushed.header.id = UuidGenerator([this] { return m_now; }, 3).next();
    {
        Transaction tx = store().transaction();
        store().events().importContacts({pushed}, EventRepository::ImportedFrom::Device,
                                        EventRepository::NewFacts::Later);
        store().serverLog().append({pushed.header.id}, "dev-1");
        tx.commit();
    }
    const int64_t waitingFrom = reportFactsProgress(db).caughtUpTo;
    store().events().record(mentorTalk("2026-03-10"));
    EXPECT_EQ(store().serverLog().sequenceUnlogged(), 1);
    EXPECT_EQ(reportFactsProgress(db).caughtUpTo, waitingFrom);
    EXPECT_EQ(catchUpReportFacts(db), 1);
    EXPECT_EQ(rows("report_facts"), 4);
    const std::vector<std::string> kept = reportFactRows(db);
    rebuildReportFacts(db);
    EXPECT_EQ(reportFactRows(db), kept);
}

namespace {
using ReportFactsKept = StoreTest;
// The keeper opens a connection of its own: a file or PostgreSQL, not a private memory store.
INSTANTIATE_TEST_SUITE_P(, ReportFactsKept, ::testing::Values(durableBacking()), backingName);
} // namespace

// The server builds the rows a push left for later once nothing has been numbered for a
// while (sync::ReportFactsKeeper), on its own connection; under pushes that never stop, when
// they have waited long enough.
TEST_P(ReportFactsKept, R5_4_TheServerBuildsThemOncePushesCalmDown)
{
    m_now = at("2026-06-30", 12);
    UuidGenerator uuids([this] { return m_now; }, 9);
    const auto push = [&](const char *iso) {
        Contact c = mentorTalk(iso);
        c.header.id = uuids.next();
        Transaction tx = store().transaction();
        store().serverLog().holdSequenceLocksFor({"det-1"}, "fac-1");
        store().events().importContacts({c}, EventRepository::ImportedFrom::Device,
                                        EventRepository::NewFacts::Later);
        store().serverLog().append({c.header.id}, "dev-1");
        tx.commit();
    };
    const auto waitForRows = [&](int64_t wanted, int ms) {
        for (int waited = 0; waited < ms && rows("report_facts") < wanted; waited += 10) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return rows("report_facts");
    };
    QString logged;
    QTextStream log(&logged);
    sync::EndpointShared shared(log);
    const std::string location = m_path.string();
    const auto openStore = [location] { return std::make_unique<Store>(location); };
    {
        // Quiet after a second; pushes every 50 ms for a second never let it be quiet.
        sync::ReportFactsKeeper keeper(openStore, shared, {20, 1'000, 60'000});
        push("2026-02-01");
        EXPECT_EQ(waitForRows(1, 5'000), 1) << "built once quiet";
        for (int i = 0; i < 20; ++i) {
            push(i % 2 ? "2026-03-01" : "2026-03-02");
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        EXPECT_LT(rows("report_facts"), 21) << "not while pushes go on";
        EXPECT_EQ(waitForRows(21, 5'000), 21);
    }
    {
        // Under pushes that never stop: after the longest wait.
        sync::ReportFactsKeeper keeper(openStore, shared, {20, 60'000, 300});
        // The keeper counts its polls, so on a slow machine its 300 ms take longer: push on
        // for up to 10 s (never quiet for the minute the other rule needs).
        const auto start = std::chrono::steady_clock::now();
        while (rows("report_facts") < 22 &&
               std::chrono::steady_clock::now() - start < std::chrono::seconds(10)) {
            push("2026-04-01");
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        EXPECT_GE(rows("report_facts"), 22);
    }
    EXPECT_TRUE(logged.isEmpty()) << logged.toStdString();
    // A push that waited for the keeper's last step is numbered after that step's mark; it
    // waits for the next catch-up, which a stopped keeper no longer runs.
    catchUpReportFacts(store().database());
    const std::vector<std::string> kept = reportFactRows(store().database());
    rebuildReportFacts(store().database());
    EXPECT_EQ(reportFactRows(store().database()), kept);
}
