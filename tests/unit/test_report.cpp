// R5 figures from SQL: exact answers for a population built by hand, and the same compliance
// classes as the policy engine for every detainee of a generated one. On SQLite here, and on
// PostgreSQL in the PostgreSQL suite.
#include "demo/demo.h"
#include "policy/evaluation.h"
#include "report/report.h"
#include "store/report_facts.h"
#include "store/report_queries.h"
#include "store_fixture.h"
#include "words/words.h"

#include <random>
#include <set>

using namespace ronde;

namespace {

class Report_ : public StoreTest
{
protected:
    void buildKnownPopulation();
};
INSTANTIATE_TEST_SUITE_P(, Report_, ::testing::ValuesIn(storeBackings()), backingName);
// Tests that need a second connection to the same database: a file, or PostgreSQL.
using SharedReport = StoreTest;
INSTANTIATE_TEST_SUITE_P(, SharedReport, ::testing::Values(durableBacking()), backingName);

const Share &shareOf(const Figures &f, Role role)
{
    for (const auto &[r, share] : f.contactByRole) {
        if (r == role) {
            return share;
        }
    }
    throw std::logic_error("role missing");
}

const RoleSatisfaction &satisfactionOf(const Figures &f, Role role)
{
    for (const RoleSatisfaction &s : f.satisfaction) {
        if (s.role == role) {
            return s;
        }
    }
    throw std::logic_error("role missing");
}

} // namespace

namespace {

// Detainee det-i of the fixture's facility, admitted on 5 January 2026.
Detainee detaineeNumber(int i)
{
    Detainee d;
    d.id = "det-" + std::to_string(i);
    d.facilityId = "fac-1";
    d.unitId = "unit-a";
    d.number = "01000" + std::to_string(10 + i);
    d.name = "Gedetineerde " + std::to_string(i);
    d.admittedOn = Date::parseIso("2026-01-05").value();
    return d;
}

// Ten detainees present in February 2026: six saw their mentor, two of them also the case
// manager; two saw only the gemeente; two saw nobody. So 4 of 10 (40%, the study's figure)
// had no contact with case manager or mentor.
void Report_::buildKnownPopulation()
{
    for (int i = 2; i <= 12; ++i) {
        Detainee d = detaineeNumber(i);
        if (i == 11) {
            d.dischargedOn = day("2026-01-20"); // left before the period: not counted
        }
        if (i == 12) {
            d.admittedOn = day("2026-03-01"); // came after the period: not counted
        }
        store().registry().upsert(d);
    }
    const int ratings[] = {1, 2, 3, 4, 5, 5};
    for (int i = 1; i <= 6; ++i) {
        Contact c = mentorTalk("2026-02-10");
        c.header.detaineeId = "det-" + std::to_string(i);
        c.satisfaction = ratings[i - 1];
        store().events().record(c);
    }
    Contact planTalk;
    planTalk.header.detaineeId = "det-1";
    planTalk.header.authorId = "cm-1";
    planTalk.header.occurredAtMs = at("2026-02-12");
    planTalk.roles = {Role::CaseManager};
    planTalk.kind = ContactKind::PlanTalk;
    planTalk.satisfaction = 4;
    store().events().record(planTalk);
    Contact aboutThePlan = planTalk;
    aboutThePlan.header.detaineeId = "det-2";
    aboutThePlan.kind = ContactKind::Other;
    aboutThePlan.topics = {Topic::ReintegrationPlan};
    store().events().record(aboutThePlan);
    for (const char *id : {"det-7", "det-8"}) {
        Contact c;
        c.header.detaineeId = id;
        c.header.authorId = "gem-1";
        c.header.occurredAtMs = at("2026-02-20");
        c.roles = {Role::Municipality};
        c.kind = ContactKind::Other;
        store().events().record(c);
    }
    Contact january = mentorTalk("2026-01-15"); // before the period: not "in contact"
    january.header.detaineeId = "det-9";
    store().events().record(january);
}

const ReportScope kFebruary{"", "", Date::parseIso("2026-02-01").value(),
                            Date::parseIso("2026-02-28").value(), 5};

} // namespace

// The population of buildKnownPopulation(): 4 of 10 without case manager or mentor.
TEST_P(Report_, R5_KnownPopulationGivesExactFigures)
{
    buildKnownPopulation();
    const Figures f = computeFigures(store(), kFebruary);
    EXPECT_EQ(f.present, 10);
    EXPECT_EQ(shareOf(f, Role::Mentor).count, 6);
    EXPECT_EQ(shareOf(f, Role::CaseManager).count, 2);
    EXPECT_EQ(shareOf(f, Role::Municipality).count, 2);
    EXPECT_EQ(shareOf(f, Role::Probation).count, 0);
    EXPECT_EQ(shareOf(f, Role::Mentor).total, 10);
    EXPECT_DOUBLE_EQ(f.noInternalContact.share(), 0.4);
    EXPECT_EQ(f.noContact.count, 2);                   // det-9, det-10 (R5.2)
    EXPECT_EQ(f.noContactLongerThanTwoWeeks.count, 2); // both in since 5 January
    EXPECT_EQ(f.noContactLongerThanTwoWeeks.total, 2);
    EXPECT_EQ(f.noPlanHelp.total, 10); // all in four weeks or more (R5.3)
    EXPECT_EQ(f.noPlanHelp.count, 8);  // det-1 (plan talk) and det-2 (topic) had help

    const RoleSatisfaction &mentor = satisfactionOf(f, Role::Mentor);
    EXPECT_FALSE(mentor.suppressed);
    EXPECT_EQ(mentor.count(), 6);
    EXPECT_NEAR(mentor.mean(), 20.0 / 6.0, 1e-9);
    EXPECT_EQ(mentor.distribution[4], 2); // two fives
    const RoleSatisfaction &caseManager = satisfactionOf(f, Role::CaseManager);
    EXPECT_TRUE(caseManager.suppressed) << "2 ratings is fewer than the minimum of 5 (R5.5)";
    EXPECT_EQ(caseManager.count(), 0) << "a suppressed group shows nothing";

    // R5.4: nobody had an intake; all were due on 19 January.
    const RuleCompliance &intake = f.compliance.at(0);
    EXPECT_EQ(nameOf(intake.rule), "R1.1");
    EXPECT_EQ(intake.overdue, 10);
    EXPECT_EQ(intake.applicable(), 10);

    // One unit, one facility, and a period with nobody present.
    EXPECT_EQ(computeFigures(store(), {"fac-1", "unit-a", day("2026-02-01"), day("2026-02-28"), 5})
                  .present,
              10);
    EXPECT_EQ(
        computeFigures(store(), {"elders", "", day("2026-02-01"), day("2026-02-28"), 5}).present,
        0);
    const Figures empty =
        computeFigures(store(), {"", "", day("2025-01-01"), day("2025-01-31"), 5});
    EXPECT_EQ(empty.present, 0);
    EXPECT_EQ(empty.noContact.share(), 0.0);
}

// The list behind a figure holds exactly the detainees its count counts (R5.1–R5.4), and
// satisfaction has no list at all (R5.5).
TEST_P(Report_, R5_DetaineesBehindAFigureAreTheOnesItCounts)
{
    buildKnownPopulation();
    const Figures f = computeFigures(store(), kFebruary);
    const auto idsOf = [&](const FigureSelection &selection) {
        std::vector<std::string> ids;
        for (const ReportDetainee &d : detaineesBehind(store(), kFebruary, selection)) {
            ids.push_back(d.id);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    using Ids = std::vector<std::string>;
    EXPECT_EQ(idsOf(FigureSelection::of(FigureKind::NoContact)), (Ids{"det-10", "det-9"}));
    EXPECT_EQ(idsOf(FigureSelection::of(FigureKind::NoContactLongerThanTwoWeeks)),
              (Ids{"det-10", "det-9"}));
    EXPECT_EQ(idsOf(FigureSelection::of(FigureKind::NoInternalContact)),
              (Ids{"det-10", "det-7", "det-8", "det-9"}));
    EXPECT_EQ(idsOf(FigureSelection::contactWith(Role::Municipality)), (Ids{"det-7", "det-8"}));
    EXPECT_EQ(idsOf(FigureSelection::contactWith(Role::CaseManager)), (Ids{"det-1", "det-2"}));
    for (const auto &[role, share] : f.contactByRole) {
        EXPECT_EQ(int64_t(idsOf(FigureSelection::contactWith(role)).size()), share.count);
    }
    EXPECT_EQ(int64_t(idsOf(FigureSelection::of(FigureKind::NoPlanHelp)).size()),
              f.noPlanHelp.count);
    const auto overdueIntake = FigureSelection::compliance(Rule::R1_1, ComplianceClass::Overdue);
    EXPECT_EQ(int64_t(idsOf(overdueIntake).size()), f.compliance.at(0).overdue);
    EXPECT_TRUE(idsOf(FigureSelection::compliance(Rule::R1_1, ComplianceClass::OnTime)).empty());

    const std::vector<ReportDetainee> people =
        detaineesBehind(store(), kFebruary, FigureSelection::of(FigureKind::NoContact));
    ASSERT_EQ(people.size(), 2u);
    EXPECT_EQ(people[0].name, "Gedetineerde 10") << "sorted by name";
    EXPECT_EQ(people[0].number, "0100020");
    EXPECT_EQ(people[0].admitted, day("2026-01-05"));
}

TEST_P(Report_, R5_4_ACorrectedContactCountsOnce)
{
    Contact c = mentorTalk("2026-02-10");
    c.kind = ContactKind::Other;
    const Contact first = store().events().record(c);
    Contact correction = mentorTalk("2026-02-11");
    correction.header.supersedes = first.header.id;
    store().events().record(correction);
    const Figures f = computeFigures(store(), {"", "", day("2026-02-01"), day("2026-02-28"), 1});
    EXPECT_EQ(satisfactionOf(f, Role::Mentor).count(), 0);
    EXPECT_EQ(shareOf(f, Role::Mentor).count, 1);
    // The mentor talk of the 11th (the correction) is the only one; the next was due on the
    // 25th, so on the 28th R1.2 is overdue. Counting the superseded "other" contact would
    // change nothing here, but the corrected mentor talk must count.
    EXPECT_EQ(nameOf(f.compliance.at(1).rule), "R1.2");
    EXPECT_EQ(f.compliance.at(1).overdue, 1);
    const Figures before =
        computeFigures(store(), {"", "", day("2026-02-01"), day("2026-02-24"), 1});
    EXPECT_EQ(before.compliance.at(1).late, 1) << "ran over once, next due on the 25th";
}

// The SQL and the policy engine agree, detainee by detainee, on a generated population of
// two facilities (a prison and another kind), for periods ending on month ends and mid-month.
TEST_P(Report_, R5_4_AgreesWithThePolicyEngineForEveryDetainee)
{
    DemoOptions options;
    options.today = day("2026-11-22");
    options.facilities = 2;
    options.detaineesPerFacility = 80;
    generateDemo(store(), options);
    // Some move to the other facility on 1 October; their deadlines still run from their
    // admission (R2.4), in the report as in the engine.
    std::vector<Facility> facilities; // the demo's two, not the fixture's own
    for (const Facility &f : store().registry().facilities()) {
        if (f.id != "fac-1") {
            facilities.push_back(f);
        }
    }
    ASSERT_EQ(facilities.size(), 2u);
    ASSERT_EQ(facilities[0].kind, facilities[1].kind);
    const std::string unitThere = store().registry().units(facilities[1].id).front().id;
    int moved = 0;
    m_now = at("2026-11-22", 12); // the office transfers no later than today
    for (const Detainee &d : store().registry().detainees(facilities[0].id)) {
        if (d.admittedOn < day("2026-09-20") && !d.dischargedOn && moved < 12) {
            store().registry().transfer(d.id, facilities[1].id, unitThere, day("2026-10-01"));
            ++moved;
        }
    }
    ASSERT_EQ(moved, 12);
    // R3.2: revisions a mentor recorded before any definitive plan (an older tablet's) meet it
    // in neither the report nor the engine.
    std::string mentorThere;
    for (const User &u : store().registry().users(facilities[1].id)) {
        if (u.role == Role::Mentor && u.active) {
            mentorThere = u.id;
        }
    }
    int revised = 0;
    for (const Detainee &d : store().registry().detainees(facilities[1].id)) {
        if (d.admittedOn > day("2026-10-20") && d.admittedOn < day("2026-11-15") &&
            !d.dischargedOn) {
            ReintegrationPlan plan;
            plan.header.detaineeId = d.id;
            plan.header.authorId = mentorThere;
            plan.header.occurredAtMs = utcFromAmsterdam({d.admittedOn.plusDays(3), 10 * 60});
            plan.stage = PlanStage::Revised;
            store().events().record(plan);
            ++revised;
        }
    }
    ASSERT_GE(revised, 3);
    std::map<std::string, std::string> profileOf;
    std::map<std::string, FacilityKind> kindOf;
    for (const Facility &facility : store().registry().facilities()) {
        profileOf[facility.id] = facility.profile;
        kindOf[facility.id] = facility.kind;
    }
    int compared = 0;
    for (const char *to : {"2026-08-31", "2026-10-15", "2026-11-21", "2026-02-28"}) {
        const ReportScope scope{"", "", day(to).plusDays(-40), day(to), 5};
        const Figures f = computeFigures(store(), scope);
        std::map<std::string, std::map<std::string, ComplianceClass>> sql; // rule → id → class
        for (const RuleCompliance &rule : f.compliance) {
            for (const auto &[id, c] : rule.detainees) {
                sql[std::string(nameOf(rule.rule))][id] = c;
            }
        }
        std::map<std::string, std::map<std::string, ComplianceClass>> engine;
        int64_t present = 0;
        int64_t noContact = 0;
        for (const Facility &facility : store().registry().facilities()) {
            const Profile *profile = findProfile(facility.profile);
            for (const Detainee &d : store().registry().detainees(facility.id)) {
                if (d.admittedOn > scope.to || (d.dischargedOn && *d.dischargedOn < scope.from)) {
                    continue;
                }
                ++present;
                const DetaineeEvents events = store().events().allOf(d.id);
                const Date end =
                    d.dischargedOn && *d.dischargedOn <= scope.to ? *d.dischargedOn : scope.to;
                const bool contacted =
                    std::any_of(events.contacts.begin(), events.contacts.end(), [&](auto &c) {
                        const Date on = eventDay(c.header);
                        return on >= scope.from && on <= end && on >= d.admittedOn;
                    });
                noContact += contacted ? 0 : 1;
                const Evaluation ev = evaluate(profile ? *profile : defaultProfile(), facility.kind,
                                               d, events, scope.to);
                for (const Obligation &o : ev.obligations) {
                    const ComplianceClass c = complianceClassOf(o);
                    if (c != ComplianceClass::NotApplicable) {
                        engine[std::string(nameOf(o.rule))][d.id] = c;
                    }
                }
            }
        }
        EXPECT_EQ(f.present, present) << to;
        EXPECT_EQ(f.noContact.count, noContact) << to;
        for (const char *rule : {"R1.1", "R1.2", "R1.3", "R3.1", "R3.2", "R3.3"}) {
            EXPECT_EQ(sql[rule], engine[rule]) << rule << " as of " << to;
            compared += int(engine[rule].size());
        }
    }
    EXPECT_GT(compared, 500) << "the population must exercise the rules";
}

// The calendar arithmetic the figures use, in the engine's SQL, against Date (R0.3) for every
// day of two years, leap day and month ends included.
TEST_P(Report_, R0_3_SqlDayArithmeticMatchesDate)
{
    Database &db = store().database();
    Statement &q =
        db.prepare("SELECT " + db.plusDays("?1", 14) + ", " + db.plusDays("?1", 42) + ", " +
                   db.plusMonthsClamped("?1", 1) + ", " + db.daysBetween("?2", "?1"));
    int mismatches = 0;
    for (Date d = day("2023-12-01"); d <= day("2025-12-31"); d = d.plusDays(1)) {
        const Date later = d.plusDays(int(d.day()) * 3);
        q.bind(1, d.iso()).bind(2, later.iso());
        ASSERT_TRUE(q.step());
        const bool same = q.text(0) == d.plusDays(14).iso() && q.text(1) == d.plusDays(42).iso() &&
                          q.text(2) == d.plusMonthsClamped(1).iso() && q.int64(3) == later - d;
        if (!same && ++mismatches < 5) {
            ADD_FAILURE() << d.iso() << ": " << q.text(0) << " " << q.text(1) << " " << q.text(2)
                          << " " << q.int64(3);
        }
        q.reset();
    }
    EXPECT_EQ(mismatches, 0);
}

// R5.5: a contact with several roles (a joint plan talk, R1.3) counts its rating once for
// each of them; the ratings are counted per set of roles and then added up per role.
TEST_P(Report_, R5_5_AJointTalkCountsItsRatingForEveryRoleInIt)
{
    for (int i = 0; i < 5; ++i) {
        Contact joint;
        joint.header.detaineeId = "det-1";
        joint.header.authorId = "cm-1";
        joint.header.occurredAtMs = at("2026-02-10", 9 + i);
        joint.roles = {Role::CaseManager, Role::Municipality};
        joint.kind = ContactKind::PlanTalk;
        joint.satisfaction = i == 0 ? 2 : 4;
        store().events().record(joint);
    }
    Contact mentor = mentorTalk("2026-02-11");
    mentor.satisfaction = 5;
    store().events().record(mentor);

    ReportScope february = kFebruary;
    february.minimumGroup = 1;
    const Figures f = computeFigures(store(), february);
    for (Role role : {Role::CaseManager, Role::Municipality}) {
        const RoleSatisfaction &s = satisfactionOf(f, role);
        EXPECT_EQ(s.count(), 5) << nameOf(role);
        EXPECT_EQ(s.distribution[1], 1) << nameOf(role);
        EXPECT_EQ(s.distribution[3], 4) << nameOf(role);
        EXPECT_EQ(shareOf(f, role).count, 1) << nameOf(role);
    }
    EXPECT_EQ(satisfactionOf(f, Role::Mentor).count(), 1);
    EXPECT_EQ(satisfactionOf(f, Role::Mentor).distribution[4], 1);
    EXPECT_EQ(satisfactionOf(f, Role::Probation).count(), 0);
    EXPECT_EQ(shareOf(f, Role::Probation).count, 0);
}

// R5.5: a small group is few people, however often they were asked: five ratings of the
// mentor from four detainees show no mean at a minimum of five; from five detainees they do.
TEST_P(Report_, R5_5_TheMinimumGroupCountsDetaineesNotRatings)
{
    for (int i = 2; i <= 5; ++i) {
        store().registry().upsert(detaineeNumber(i));
    }
    const auto rate = [&](const char *detainee, const char *on) {
        Contact talk = mentorTalk(on);
        talk.header.detaineeId = detainee;
        talk.satisfaction = 4;
        store().events().record(talk);
    };
    for (const char *detainee : {"det-1", "det-2", "det-3", "det-4"}) {
        rate(detainee, "2026-02-10");
    }
    rate("det-1", "2026-02-20"); // the fifth rating, from someone who rated already
    const Figures fewPeople = computeFigures(store(), kFebruary);
    EXPECT_EQ(satisfactionOf(fewPeople, Role::Mentor).raters, 4);
    EXPECT_TRUE(satisfactionOf(fewPeople, Role::Mentor).suppressed);
    EXPECT_EQ(satisfactionOf(fewPeople, Role::Mentor).count(), 0) << "nothing of it leaves";

    rate("det-5", "2026-02-21");
    const Figures enough = computeFigures(store(), kFebruary);
    EXPECT_EQ(satisfactionOf(enough, Role::Mentor).raters, 5);
    EXPECT_FALSE(satisfactionOf(enough, Role::Mentor).suppressed);
    EXPECT_EQ(satisfactionOf(enough, Role::Mentor).count(), 6);
}

// The figures fold a contact's roles with bit_or: built into PostgreSQL, registered on every
// SQLite connection. Both give the OR of a group, skip NULL, and give NULL for no rows.
TEST_P(Report_, R5_1_BitOrFoldsRoleBitsAlikeOnBothEngines)
{
    Database &db = store().database();
    const std::string rows = "(SELECT 1 AS v UNION ALL SELECT 4 UNION ALL SELECT 4 UNION ALL "
                             "SELECT NULL UNION ALL SELECT 32) AS t";
    EXPECT_EQ(db.scalar("SELECT bit_or(v) FROM " + rows), 37);
    Statement &none = db.prepare("SELECT CASE WHEN bit_or(v) IS NULL THEN 1 ELSE 0 END FROM " +
                                 rows + " WHERE v = 2");
    ASSERT_TRUE(none.step());
    EXPECT_EQ(none.int64(0), 1);
    none.reset();
    Statement &grouped = db.prepare("SELECT v > 2, bit_or(v) FROM " + rows +
                                    " WHERE v IS NOT NULL GROUP BY v > 2 "
                                    "ORDER BY v > 2");
    ASSERT_TRUE(grouped.step());
    EXPECT_EQ(grouped.int64(1), 1);
    ASSERT_TRUE(grouped.step());
    EXPECT_EQ(grouped.int64(1), 36);
    grouped.reset();
}

// A report's parts read inside one ReadSnapshot: what another connection commits meanwhile
// shows only once the snapshot ends. Nested in a transaction, the snapshot leaves it alone.
TEST_P(SharedReport, ReadSnapshotSeesOneStateWhileAnotherConnectionWrites)
{
    Database &db = store().database();
    db.exec("CREATE TABLE scratch (n INTEGER)");
    const std::unique_ptr<Database> other = Database::open(m_path.string());
    {
        const ReadSnapshot snapshot(db);
        EXPECT_TRUE(db.inTransaction());
        EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM scratch"), 0);
        other->exec("INSERT INTO scratch VALUES (1)"); // not held up by the reader
        EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM scratch"), 0);
        if (db.dialect() == SqlDialect::PostgreSQL) {
            Statement &mode = db.prepare("SELECT current_setting('plan_cache_mode')");
            ASSERT_TRUE(mode.step());
            EXPECT_EQ(mode.text(0), "force_custom_plan");
            mode.reset();
        }
    }
    EXPECT_FALSE(db.inTransaction());
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM scratch"), 1);
    {
        Transaction tx(db);
        {
            const ReadSnapshot nested(db);
        }
        EXPECT_TRUE(db.inTransaction()) << "the snapshot ended the transaction it was in";
        db.exec("INSERT INTO scratch VALUES (2)");
        tx.commit();
    }
    EXPECT_EQ(other->scalar("SELECT COUNT(*) FROM scratch"), 2);
}

// A short snapshot (a sync's look-ups by key) sees one state too, but SQLite keeps its
// temporary data in memory for it: switching to a file and back on every sync dropped the
// temporary store that each INSERT … RETURNING then opened again. PostgreSQL plans each of its
// statements for their values, as in a long one (PostgresDatabase::beginReadSnapshot).
TEST_P(SharedReport, AShortSnapshotSeesOneStateAndSortsInMemory)
{
    Database &db = store().database();
    db.exec("CREATE TABLE scratch (n INTEGER)");
    const std::unique_ptr<Database> other = Database::open(m_path.string());
    const bool postgres = db.dialect() == SqlDialect::PostgreSQL;
    const auto setting = [&db, postgres]() -> std::string {
        Statement &read = db.prepare(postgres ? "SELECT current_setting('plan_cache_mode')"
                                              : "PRAGMA temp_store");
        EXPECT_TRUE(read.step());
        std::string value = read.text(0);
        read.reset();
        return value;
    };
    const std::string outside = setting();
    std::string inLong;
    {
        const ReadSnapshot snapshot(db, ReadLength::Long);
        inLong = setting();
    }
    ASSERT_NE(inLong, outside) << "the control: a long read sets itself up";
    {
        const ReadSnapshot snapshot(db, ReadLength::Short);
        EXPECT_TRUE(db.inTransaction());
        EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM scratch"), 0);
        other->exec("INSERT INTO scratch VALUES (1)");
        EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM scratch"), 0) << "one state, as a long one";
        EXPECT_EQ(setting(), postgres ? inLong : outside);
    }
    EXPECT_EQ(setting(), outside);
}

// A new database must not hold statistics that call report_facts empty: PostgreSQL then
// planned every look-up in it as a scan of a tiny table until autovacuum counted again, and
// a first sync into a new server slowed down with each event (analyzeReportFacts).
TEST_P(Report_, ANewDatabaseDoesNotCountReportFactsEmpty)
{
    Database &db = store().database();
    ASSERT_EQ(db.scalar("SELECT COUNT(*) FROM report_facts"), 0);
    if (db.dialect() == SqlDialect::PostgreSQL) {
        // -1: never counted, so the planner goes by the table's actual size.
        EXPECT_LT(db.scalar("SELECT CASE WHEN reltuples < 0 THEN -1 ELSE reltuples END FROM "
                            "pg_class WHERE relname = 'report_facts'"),
                  0);
    } else if (db.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'") > 0) {
        EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'report_facts'"), 0);
    }
    store().events().record(mentorTalk("2026-02-10"));
    rebuildReportFacts(db);
    if (db.dialect() == SqlDialect::PostgreSQL) {
        EXPECT_EQ(db.scalar("SELECT reltuples FROM pg_class WHERE relname = 'report_facts'"), 1)
            << "with rows, the rebuild counts them";
    } else {
        EXPECT_GT(db.scalar("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'report_facts'"), 0);
    }
}

// One meaning per word: the tablet's status and the office's class of the same state are the
// same words, and "overdue, not done", "done late" and "on time" are three different ones
// ("te laat" alone meant "overdue" on the tablet and "done late" in the office).
TEST(Words, OneMeaningPerWordOnTheTabletAndInTheOffice)
{
    const std::pair<Status, ComplianceClass> same[] = {
        {Status::Met, ComplianceClass::OnTime},
        {Status::MetLate, ComplianceClass::Late},
        {Status::Due, ComplianceClass::Open},
        {Status::Overdue, ComplianceClass::Overdue},
    };
    std::set<QString> words;
    for (const auto &[status, compliance] : same) {
        EXPECT_EQ(words::statusWord(status).toLower(), words::complianceWord(compliance))
            << nameOf(status);
        words.insert(words::complianceWord(compliance));
    }
    EXPECT_EQ(words.size(), 4u);
    EXPECT_FALSE(words.contains("te laat"));
}
