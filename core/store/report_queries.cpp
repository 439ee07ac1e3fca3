#include "report_queries.h"

#include "database.h"
#include "policy/evaluation.h"
#include "policy/profile.h"
#include "report_facts.h"
#include "report_sql.h"
#include "store.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace ronde {

// Parameters shared by every query: ?1 from, ?2 to, ?3 facility ('' all), ?4 unit ('' all),
// ?5 profile ('' all).
void bindScope(Statement &q, const ReportScope &scope, const std::string &profile)
{
    q.bind(1, scope.from.iso())
        .bind(2, scope.to.iso())
        .bind(3, scope.facilityId)
        .bind(4, scope.unitId)
        .bind(5, profile);
}

// The detainees present in the period, with the part of their stay that counts (R0.5: up to
// the end of the period, or their departure) and its part inside the period (wstart..wend).
// A row is a stay (docs/ARCHITECTURE.md "Stays"): a facility's report counts its own stay of
// a detainee who moved in the period, up to the transfer, as R0.5 says; a report of every
// facility counts each detainee once, in their latest stay of the period.
// The deadlines run from the admission, which a transfer keeps, as the policy engine has them
// (R2.4: the history moves with the detainee): `admitted` is the detention's first day, not
// the stay's (the earlier of the two: an older stay of someone admitted again is its own). The
// contacts counted in the period are the facility's own stay's, or, for every
// facility, the whole detention's.
// Their events come from report_facts (core/store/report_facts.h): current events only.
std::string populationSql()
{
    return R"sql(
WITH pop AS (
    SELECT d.id AS id, CASE WHEN d.admitted_on < s.from_on THEN d.admitted_on
                            ELSE s.from_on END AS admitted,
           CASE WHEN ?3 = '' AND d.admitted_on < s.from_on
                THEN (CASE WHEN d.admitted_on > ?1 THEN d.admitted_on ELSE ?1 END)
                ELSE (CASE WHEN s.from_on > ?1 THEN s.from_on ELSE ?1 END) END AS wstart,
           CASE WHEN s.to_on IS NOT NULL AND s.to_on <= ?2
                THEN s.to_on ELSE ?2 END AS wend,
           CASE WHEN s.to_on IS NOT NULL AND s.to_on <= ?2
                THEN 1 ELSE 0 END AS gone
    FROM stays s JOIN detainees d ON d.id = s.detainee_id
         JOIN facilities f ON f.id = s.facility_id
    WHERE (?3 = '' OR s.facility_id = ?3) AND (?4 = '' OR d.unit_id = ?4)
      AND (?5 = '' OR f.profile = ?5)
      AND s.from_on <= ?2 AND (s.to_on IS NULL OR s.to_on >= ?1)
      AND (?3 <> '' OR NOT EXISTS (SELECT 1 FROM stays later WHERE later.detainee_id = s.detainee_id
           AND later.from_on <= ?2 AND (later.from_on > s.from_on OR (later.from_on = s.from_on
           AND s.to_on IS NOT NULL AND (later.to_on IS NULL OR later.to_on > s.to_on)))))
))sql";
}

namespace {

std::string bitOf(Role role)
{
    return std::to_string(RoleSet::bit(role));
}

// Joins each detainee of `pop p` to their contacts in the part of the period that counts
// (R0.5), as `f`. Used by the pass per detainee (R5.1–R5.2) and by the ratings (R5.5).
std::string contactsInPeriodJoin(const char *join)
{
    return std::string(" FROM pop p ") + join +
           " report_facts f ON f.detainee_id = p.id AND f.occurred_on >= p.wstart"
           " AND f.occurred_on <= p.wend AND f.type = 'contact'"
           // Implied by the line above; said again so that PostgreSQL's estimate sees the
           // period and reads per detainee instead of every row.
           " AND f.occurred_on >= ?1 AND f.occurred_on <= ?2";
}

// The first or last day in the stay (admission to wend) of a detainee's facts matching
// `condition`: one index seek per detainee.
std::string dayInStay(const char *aggregate, const std::string &condition)
{
    return std::string("(SELECT ") + aggregate +
           "(f.occurred_on) FROM report_facts f WHERE f.detainee_id = p.id AND " + condition +
           " AND f.occurred_on >= p.admitted AND f.occurred_on <= p.wend)";
}

// R0.4 for a rule done once, as the class the report counts.
std::string oneOffClass(const std::string &done, const std::string &due)
{
    return "CASE WHEN " + done + " IS NOT NULL THEN (CASE WHEN " + done + " <= " + due +
           " THEN 'onTime' ELSE 'late' END) WHEN p.wend <= " + due +
           " THEN (CASE WHEN p.gone = 1 THEN 'na' ELSE 'open' END) ELSE 'overdue' END";
}

// The columns a recurring rule needs of one series: its first and last occurrence in the
// stay, and whether a gap between two occurrences in the stay ran over (found by index: such
// gaps are few).
std::string seriesColumns(const std::string &series, int interval)
{
    const std::string inSeries = "f.series = '" + series + "'";
    return ", " + dayInStay("MIN", inSeries) + " AS " + series + "_first, " +
           dayInStay("MAX", inSeries) + " AS " + series +
           "_last, CASE WHEN EXISTS (SELECT 1 FROM report_facts f WHERE f.detainee_id = p.id "
           "AND " +
           inSeries +
           // Through the index of long gaps, when the interval is long enough to be in it.
           (interval >= kIndexedGapDays ? " AND f.gap_days > " + std::to_string(kIndexedGapDays)
                                        : std::string()) +
           " AND f.gap_days > " + std::to_string(interval) +
           " AND f.occurred_on <= p.wend AND f.prev_on >= p.admitted) THEN 1 ELSE 0 END AS " +
           series + "_gap";
}

// R0.4 for a recurring rule: overdue against the last occurrence (or admission) + interval;
// else late when an interval ran over (admission to the first occurrence, or between two);
// nothing owed once the detainee left.
std::string recurringClass(const Database &db, const std::string &series, int interval)
{
    const std::string first = "p." + series + "_first";
    const std::string next = db.plusDays("COALESCE(p." + series + "_last, p.admitted)", interval);
    return "CASE WHEN p.wend > " + next + " THEN 'overdue' WHEN p.gone = 1 THEN 'na' WHEN p." +
           series + "_gap = 1 OR (" + first + " IS NOT NULL AND " +
           db.daysBetween(first, "p.admitted") + " > " + std::to_string(interval) +
           ") THEN 'late' ELSE 'onTime' END";
}

ComplianceClass classFromText(std::string_view text)
{
    if (text == "onTime") {
        return ComplianceClass::OnTime;
    }
    if (text == "late") {
        return ComplianceClass::Late;
    }
    if (text == "overdue") {
        return ComplianceClass::Overdue;
    }
    if (text == "open") {
        return ComplianceClass::Open;
    }
    return ComplianceClass::NotApplicable;
}

// R5.4 for the facilities of one profile: each detainee's class per rule. The days each
// rule needs are looked up per detainee (`milestones`, computed once each), then classed.
void addCompliance(Database &db, const ReportScope &scope, const std::string &profileName,
                   std::vector<RuleCompliance> &rules)
{
    const Profile *found = findProfile(profileName);
    const Profile &profile = found ? *found : defaultProfile();
    // `kind` alone picks a contact kind (plan stages have other names), from the index of
    // the kinds looked up (kOneOffKinds), which holds the roles too; plans have their own.
    const auto firstWith = [](const char *kind, Role role) {
        return dayInStay("MIN", std::string(kOneOffKinds) + " AND f.kind = '" + kind +
                                    "' AND (f.roles & " + bitOf(role) + ") <> 0");
    };
    const std::string sql =
        populationSql() + ", milestones AS MATERIALIZED (SELECT p.id, p.admitted, p.wend, " +
        "p.gone, " + firstWith("intake", Role::CaseManager) + " AS intake, " +
        firstWith("planTalk", Role::CaseManager) + " AS talk_cm, " +
        firstWith("planTalk", Role::Municipality) + " AS talk_mun, " +
        firstWith("planTalk", Role::Probation) + " AS talk_prob, " +
        dayInStay("MIN", "f.type = 'plan'") + " AS first_plan, " +
        dayInStay("MIN", "f.type = 'plan' AND f.kind = 'definitive'") + " AS definitive" +
        seriesColumns("mentor", profile.mentorIntervalDays) +
        seriesColumns("review", profile.reviewIntervalDays) +
        " FROM pop p)"
        // R1.3 is complete on the day the last of the three roles took part.
        ", classed AS (SELECT p.*, CASE WHEN talk_cm IS NULL OR talk_mun IS NULL OR "
        "talk_prob IS NULL THEN NULL WHEN talk_cm >= talk_mun AND talk_cm >= talk_prob THEN "
        "talk_cm WHEN talk_mun >= talk_prob THEN talk_mun ELSE talk_prob END AS joint "
        "FROM milestones p)"
        " SELECT p.id, " +
        oneOffClass("p.intake", db.plusDays("p.admitted", profile.intakeDays)) + ", " +
        recurringClass(db, "mentor", profile.mentorIntervalDays) + ", " +
        oneOffClass("p.joint", db.plusDays("p.admitted", profile.planTalkDays)) + ", " +
        oneOffClass("p.first_plan", db.plusDays("p.admitted", profile.conceptPlanDays)) + ", " +
        oneOffClass("p.definitive",
                    db.plusMonthsClamped("p.admitted", profile.definitivePlanMonths)) +
        ", " + recurringClass(db, "review", profile.reviewIntervalDays) + " FROM classed p";
    Statement &row = db.prepare(sql);
    bindScope(row, scope, profileName);
    while (row.step()) {
        for (size_t r = 0; r < kObligationRules.size(); ++r) {
            const ComplianceClass c = classFromText(row.view(int(r) + 1));
            RuleCompliance &rule = rules[r];
            switch (c) {
            case ComplianceClass::OnTime:
                ++rule.onTime;
                break;
            case ComplianceClass::Late:
                ++rule.late;
                break;
            case ComplianceClass::Overdue:
                ++rule.overdue;
                break;
            case ComplianceClass::Open:
                ++rule.open;
                break;
            case ComplianceClass::NotApplicable:
                continue;
            }
            rule.detainees.emplace_back(row.text(0), c);
        }
    }
    row.reset();
}

} // namespace

namespace {

// One row per detainee present: which roles they saw in the period (r0…), whether they saw
// anyone, whether case manager or mentor helped with the D&R-plan since admission, and the
// days of their stay that count. Used for the sums and for the lists behind them.
std::string perDetaineeSql(const Database &db)
{
    const std::vector<Role> &roles = reportRoles();
    // Grouped on the id alone: in SQLite the detainees' rows then arrive in order and need no
    // sort, and neither engine compares the stay's days once per contact; `per` joins them
    // back. The roles seen fold into one bit_or (an aggregate per role cost more than the
    // reading).
    std::string sql = populationSql() +
                      ", seen AS (SELECT p.id AS id, COALESCE(bit_or(f.roles), 0) AS roles, "
                      "COUNT(f.event_id) AS contacts" +
                      contactsInPeriodJoin("LEFT JOIN") +
                      " GROUP BY p.id), per AS (SELECT p.id AS id";
    for (size_t i = 0; i < roles.size(); ++i) {
        sql += ", CASE WHEN (s.roles & " + bitOf(roles[i]) + ") <> 0 THEN 1 ELSE 0 END AS r" +
               std::to_string(i);
    }
    sql += ", CASE WHEN s.contacts > 0 THEN 1 ELSE 0 END AS any_contact, " +
           db.daysBetween("p.wend", "p.admitted") +
           " AS stay, CASE WHEN EXISTS (SELECT 1 FROM report_facts h WHERE h.detainee_id = p.id "
           "AND h.plan_help = 1 AND h.occurred_on >= p.admitted AND h.occurred_on <= p.wend) "
           "THEN 1 ELSE 0 END AS plan_help FROM pop p JOIN seen s ON s.id = p.id) ";
    return sql;
}

// The condition on a `per` row that puts a detainee in a figure's count (R5.1–R5.3).
std::string conditionOf(FigureKind kind, Role role = Role::CaseManager)
{
    switch (kind) {
    case FigureKind::ContactWithRole: {
        const std::vector<Role> &roles = reportRoles();
        const auto at = std::find(roles.begin(), roles.end(), role);
        return "r" + std::to_string(at - roles.begin()) + " = 1";
    }
    case FigureKind::NoInternalContact:
        return "r0 = 0 AND r1 = 0";
    case FigureKind::NoContact:
        return "any_contact = 0";
    case FigureKind::NoContactLongerThanTwoWeeks:
        return "any_contact = 0 AND stay > 14";
    case FigureKind::NoPlanHelp:
        return "stay >= 28 AND plan_help = 0";
    case FigureKind::Compliance:
        break;
    }
    return "1 = 0";
}

std::string countOf(const std::string &condition)
{
    return ", SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
}

// R5.4 over every profile in scope (each has its own deadlines).
std::vector<RuleCompliance> computeCompliance(Database &db, const ReportScope &scope)
{
    std::vector<RuleCompliance> compliance;
    for (const Rule rule : kObligationRules) {
        compliance.push_back({rule, 0, 0, 0, 0, {}});
    }
    Statement &profiles = db.prepare(
        "SELECT DISTINCT profile FROM facilities WHERE (?1 = '' OR id = ?1) ORDER BY profile");
    profiles.bind(1, scope.facilityId);
    std::vector<std::string> names;
    while (profiles.step()) {
        names.push_back(profiles.text(0));
    }
    profiles.reset();
    for (const std::string &name : names) {
        addCompliance(db, scope, name, compliance);
    }
    return compliance;
}

} // namespace

static Figures computeFigures(Database &db, const ReportScope &scope)
{
    const ReadSnapshot snapshot(db); // the sums, R5.4 and R5.5 count the same records
    Figures f;
    const std::vector<Role> &roles = reportRoles();

    // R5.1–R5.3: one row per detainee present, then sums.
    std::string sums = "SELECT COUNT(*)";
    for (Role role : roles) {
        sums += countOf(conditionOf(FigureKind::ContactWithRole, role));
    }
    for (FigureKind kind : {FigureKind::NoContact, FigureKind::NoContactLongerThanTwoWeeks,
                            FigureKind::NoInternalContact}) {
        sums += countOf(conditionOf(kind));
    }
    sums += countOf("stay >= 28") + countOf(conditionOf(FigureKind::NoPlanHelp)) + " FROM per";
    Statement &row = db.prepare(perDetaineeSql(db) + sums);
    bindScope(row, scope, "");
    if (row.step()) {
        f.present = row.int64(0);
        int column = 1;
        for (Role role : roles) {
            f.contactByRole.emplace_back(role, Share{row.int64(column++), f.present});
        }
        f.noContact = {row.int64(column++), f.present};
        f.noContactLongerThanTwoWeeks = {row.int64(column++), f.noContact.count};
        f.noInternalContact = {row.int64(column++), f.present};
        const int64_t fourWeeks = row.int64(column++);
        f.noPlanHelp = {row.int64(column++), fourWeeks};
    }
    row.reset();

    f.compliance = computeCompliance(db, scope); // R5.4

    // R5.5: ratings per role, from contacts in the period. Counted per set of roles and
    // rating (a few dozen groups), then added up per role here: a contact with two roles
    // counts for both.
    for (Role role : roles) {
        f.satisfaction.push_back({role, {}, false});
    }
    Statement &rating = db.prepare(
        populationSql() + " SELECT f.roles, f.satisfaction, COUNT(*)" +
        contactsInPeriodJoin("JOIN") +
        " WHERE f.satisfaction >= 1 AND f.satisfaction <= 5 GROUP BY f.roles, f.satisfaction");
    bindScope(rating, scope, "");
    while (rating.step()) {
        const RoleSet contactRoles = RoleSet::fromBits(uint32_t(rating.int64(0)));
        const auto value = size_t(rating.int64(1));
        for (size_t i = 0; i < roles.size(); ++i) {
            if (contactRoles.contains(roles[i])) {
                f.satisfaction[i].distribution[value - 1] += rating.int64(2);
            }
        }
    }
    rating.reset();
    // The detainees who gave each role's ratings: a group is the people in it, not their
    // ratings (five ratings from four detainees are four people's; R5.5).
    std::string raters = "SELECT ";
    for (size_t i = 0; i < roles.size(); ++i) {
        raters += std::string(i ? ", " : "") + "COUNT(DISTINCT CASE WHEN (f.roles & " +
                  bitOf(roles[i]) + ") <> 0 THEN p.id END)";
    }
    Statement &people = db.prepare(populationSql() + raters + contactsInPeriodJoin("JOIN") +
                                   " WHERE f.satisfaction >= 1 AND f.satisfaction <= 5");
    bindScope(people, scope, "");
    if (people.step()) {
        for (size_t i = 0; i < roles.size(); ++i) {
            f.satisfaction[i].raters = people.int64(int(i));
        }
    }
    people.reset();
    for (RoleSatisfaction &s : f.satisfaction) {
        s.suppressed = s.raters < scope.minimumGroup; // fewer ratings are fewer people too
        if (s.suppressed) {
            s.distribution = {}; // R5.5: nothing of a small group leaves the server
        }
    }
    return f;
}

static Report buildReport(Database &db, const ReportScope &scope)
{
    const ReadSnapshot snapshot(db); // the period and its months count the same records
    Report report;
    report.scope = scope;
    // Names for people: the scope holds ids.
    for (const auto &[sql, id, name] :
         {std::tuple{"SELECT name FROM facilities WHERE id = ?", &scope.facilityId,
                     &report.facilityName},
          std::tuple{"SELECT name FROM units WHERE id = ?", &scope.unitId, &report.unitName}}) {
        if (id->empty()) {
            continue;
        }
        Statement &row = db.prepare(sql);
        row.bind(1, *id);
        if (row.step()) {
            *name = row.text(0);
        }
        row.reset();
    }
    // A national report of a database that holds one facility is that facility's: say so,
    // not "alle inrichtingen".
    if (scope.facilityId.empty()) {
        Statement &only = db.prepare("SELECT MIN(name), COUNT(*) FROM facilities");
        if (only.step() && only.int64(1) == 1) {
            report.facilityName = only.text(0);
        }
        only.reset();
    }
    Statement &latest = db.prepare("SELECT MAX(recorded_at) FROM events");
    if (latest.step() && !latest.isNull(0)) {
        report.latestRecordMs = latest.int64(0);
    }
    latest.reset();
    report.figures = computeFigures(db, scope);
    report.bothViews = computeBothViews(db, scope);
    // The trend: the same figures per calendar month of the period.
    Date monthStart = scope.from;
    while (monthStart <= scope.to) {
        const Date nextMonth = monthStart.plusDays(1 - monthStart.day()).plusMonthsClamped(1);
        ReportScope month = scope;
        month.from = monthStart;
        month.to = std::min(scope.to, nextMonth.plusDays(-1));
        report.trend.push_back(
            {monthStart.iso().substr(0, 7), computeFigures(db, month), month.from, month.to});
        monthStart = nextMonth;
    }
    return report;
}

static std::vector<ReportDetainee> detaineesBehind(Database &db, const ReportScope &scope,
                                                   const FigureSelection &selection)
{
    const ReadSnapshot snapshot(db);
    std::vector<std::string> ids;
    if (selection.kind == FigureKind::Compliance) {
        for (const RuleCompliance &rule : computeCompliance(db, scope)) {
            if (rule.rule != selection.rule) {
                continue;
            }
            for (const auto &[id, complianceClass] : rule.detainees) {
                if (complianceClass == selection.complianceClass) {
                    ids.push_back(id);
                }
            }
        }
    } else {
        Statement &row = db.prepare(perDetaineeSql(db) + "SELECT id FROM per WHERE " +
                                    conditionOf(selection.kind, selection.role));
        bindScope(row, scope, "");
        while (row.step()) {
            ids.push_back(row.text(0));
        }
        row.reset();
    }
    // Who they are, in one query for the whole list (a national list runs to thousands).
    std::vector<ReportDetainee> detainees;
    Statement &person =
        db.prepare("SELECT d.id, d.number, d.name, f.name, COALESCE(u.name, ''), d.admitted_on "
                   "FROM detainees d JOIN facilities f ON f.id = d.facility_id "
                   "LEFT JOIN units u ON u.id = d.unit_id WHERE " +
                   db.inJsonArray("d.id", 1));
    person.bind(1, jsonTextArray(ids));
    while (person.step()) {
        detainees.push_back({person.text(0), person.text(1), person.text(2), person.text(3),
                             person.text(4), Date::parseIso(person.text(5)).value_or(Date{})});
    }
    person.reset();
    std::sort(detainees.begin(), detainees.end(),
              [](const ReportDetainee &a, const ReportDetainee &b) {
                  return std::tie(a.facilityName, a.unitName, a.name) <
                         std::tie(b.facilityName, b.unitName, b.name);
              });
    return detainees;
}

int64_t catchUpReportFacts(Store &store)
{
    return catchUpReportFacts(store.database());
}

ReportFactsProgress reportFactsProgress(Store &store)
{
    return reportFactsProgress(store.database());
}

Figures computeFigures(Store &store, const ReportScope &scope)
{
    return computeFigures(store.database(), scope);
}

BothViews computeBothViews(Store &store, const ReportScope &scope)
{
    const ReadSnapshot snapshot(store.database());
    return computeBothViews(store.database(), scope);
}

Report buildReport(Store &store, const ReportScope &scope)
{
    return buildReport(store.database(), scope);
}

std::vector<ReportDetainee> detaineesBehind(Store &store, const ReportScope &scope,
                                            const FigureSelection &selection)
{
    return detaineesBehind(store.database(), scope, selection);
}

} // namespace ronde
