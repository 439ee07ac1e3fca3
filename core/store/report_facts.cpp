#include "report_facts.h"

#include "database.h"
#include "model/enums.h"
#include "util/date.h"

#include <vector>

namespace ronde {
namespace {

constexpr const char *kColumns = "event_id, detainee_id, occurred_on, type, kind, roles, "
                                 "topics, satisfaction, plan_help, series";

// The current contacts, reviews and plans as report_facts rows, `where` narrowing them.
// The rules of R5.3 (help with the D&R-plan) and of the two series are decided here, once.
std::string currentFactsSelect(const std::string &where)
{
    const std::string mentor = std::to_string(RoleSet::bit(Role::Mentor));
    const std::string internal =
        std::to_string(RoleSet::bit(Role::CaseManager) | RoleSet::bit(Role::Mentor));
    const std::string planTopic = std::to_string(TopicSet::bit(Topic::ReintegrationPlan));
    return "SELECT e.id, e.detainee_id, e.occurred_on, e.type, COALESCE(c.kind, p.stage, ''), "
           "COALESCE(c.roles, 0), COALESCE(c.topics, 0), c.satisfaction, "
           // R5.3: case manager or mentor, in a plan talk or a contact about the plan.
           "CASE WHEN (c.roles & " +
           internal + ") <> 0 AND (c.kind = 'planTalk' OR (c.topics & " + planTopic +
           ") <> 0) THEN 1 ELSE 0 END, "
           // R1.2 counts mentor talks the mentor took part in; R3.3 every review.
           "CASE WHEN c.kind = 'mentorTalk' AND (c.roles & " +
           mentor +
           ") <> 0 THEN 'mentor' WHEN e.type = 'review' THEN 'review' END "
           "FROM events e LEFT JOIN contacts c ON c.event_id = e.id "
           "LEFT JOIN plans p ON p.event_id = e.id "
           "WHERE e.type IN ('contact', 'review', 'plan') "
           "AND NOT EXISTS (SELECT 1 FROM events later WHERE later.supersedes = e.id)" +
           where;
}

// Sets prev_on and gap_days of every row of one detainee's series from the row before it
// (by day, then id); only rows that change are written. A series is a few hundred rows at
// most: one detainee's mentor talks.
void renumberSeries(Database &db, const std::string &detaineeId, const std::string &series)
{
    struct Row
    {
        std::string eventId, day;
        std::optional<std::string> prev;
    };
    std::vector<Row> rows;
    Statement &read = db.prepare("SELECT event_id, occurred_on, prev_on FROM report_facts "
                                 "WHERE detainee_id = ? AND series = ? "
                                 "ORDER BY occurred_on, event_id");
    read.bind(1, detaineeId).bind(2, series);
    while (read.step()) {
        rows.push_back({read.text(0), read.text(1),
                        read.isNull(2) ? std::nullopt : std::optional(read.text(2))});
    }
    read.reset();
    for (size_t i = 0; i < rows.size(); ++i) {
        const std::optional<std::string> prev = i ? std::optional(rows[i - 1].day) : std::nullopt;
        if (prev == rows[i].prev) {
            continue;
        }
        std::optional<int64_t> gap;
        if (prev) {
            gap = *Date::parseIso(rows[i].day) - *Date::parseIso(*prev);
        }
        db.prepare("UPDATE report_facts SET prev_on = ?, gap_days = ? WHERE event_id = ?")
            .bind(1, prev)
            .bind(2, gap)
            .bind(3, rows[i].eventId)
            .run();
    }
}

// The detainee and series of an event's row, when it has one.
std::optional<std::pair<std::string, std::optional<std::string>>> factOf(Database &db,
                                                                         const std::string &id)
{
    Statement &row = db.prepare("SELECT detainee_id, series FROM report_facts WHERE event_id = ?");
    row.bind(1, id);
    std::optional<std::pair<std::string, std::optional<std::string>>> fact;
    if (row.step()) {
        fact.emplace(row.text(0), row.isNull(1) ? std::nullopt : std::optional(row.text(1)));
    }
    row.reset();
    return fact;
}

} // namespace

void updateReportFacts(Database &db, const std::string &eventId,
                       const std::optional<std::string> &supersedes)
{
    std::vector<std::pair<std::string, std::string>> touched; // (detainee, series)
    if (supersedes) {
        if (const auto old = factOf(db, *supersedes)) {
            if (old->second) {
                touched.emplace_back(old->first, *old->second);
            }
            db.prepare("DELETE FROM report_facts WHERE event_id = ?").bind(1, *supersedes).run();
        }
    }
    db.prepare(std::string("INSERT INTO report_facts (") + kColumns + ") " +
               currentFactsSelect(" AND e.id = ?"))
        .bind(1, eventId)
        .run();
    if (const auto added = factOf(db, eventId); added && added->second) {
        if (touched.empty() || touched.front().second != *added->second) {
            touched.emplace_back(added->first, *added->second);
        }
    }
    for (const auto &[detainee, series] : touched) {
        renumberSeries(db, detainee, series);
    }
}

void rebuildReportFacts(Database &db)
{
    Transaction tx(db);
    db.exec("DELETE FROM report_facts");
    db.exec(std::string("INSERT INTO report_facts (") + kColumns + ") " + currentFactsSelect(""));
    db.exec("UPDATE report_facts SET prev_on = w.prev, gap_days = " +
            db.daysBetween("report_facts.occurred_on", "w.prev") +
            " FROM (SELECT event_id, LAG(occurred_on) OVER (PARTITION BY detainee_id, series "
            "ORDER BY occurred_on, event_id) AS prev FROM report_facts "
            "WHERE series IS NOT NULL) w "
            "WHERE report_facts.event_id = w.event_id AND w.prev IS NOT NULL");
    tx.commit();
}

} // namespace ronde
