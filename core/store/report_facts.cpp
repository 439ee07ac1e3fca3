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

// Sets prev_on and gap_days in one detainee's series after the row of `eventId` came or went.
// The series is ordered by day, then id; only that row and the one after it can have a new
// predecessor, so two rows are read whatever the length of the series (reading it all made a
// sync of many talks for one detainee quadratic). Row values, so that both engines seek
// straight to the place in the index, ties on one day included.
void renumberSeries(Database &db, const std::string &detaineeId, const std::string &series,
                    const std::string &day, const std::string &eventId)
{
    Statement &before =
        db.prepare("SELECT occurred_on FROM report_facts WHERE detainee_id = ? AND series = ? "
                   "AND (occurred_on, event_id) < (?, ?) "
                   "ORDER BY occurred_on DESC, event_id DESC LIMIT 1");
    before.bind(1, detaineeId).bind(2, series).bind(3, day).bind(4, eventId);
    std::optional<std::string> prev;
    if (before.step()) {
        prev = before.text(0);
    }
    before.reset();
    struct Row
    {
        std::string eventId, day;
        std::optional<std::string> prev;
    };
    std::vector<Row> rows; // the row itself (when it came) and the one after it
    Statement &next =
        db.prepare("SELECT event_id, occurred_on, prev_on FROM report_facts WHERE detainee_id = ? "
                   "AND series = ? AND (occurred_on, event_id) >= (?, ?) "
                   "ORDER BY occurred_on, event_id LIMIT 2");
    next.bind(1, detaineeId).bind(2, series).bind(3, day).bind(4, eventId);
    while (next.step()) {
        rows.push_back({next.text(0), next.text(1),
                        next.isNull(2) ? std::nullopt : std::optional(next.text(2))});
    }
    next.reset();
    if (!rows.empty() && rows.front().eventId != eventId) {
        rows.resize(1); // it went: only its successor changes
    }
    for (const Row &row : rows) {
        if (row.prev != prev) {
            std::optional<int64_t> gap;
            if (prev) {
                gap = *Date::parseIso(row.day) - *Date::parseIso(*prev);
            }
            db.prepare("UPDATE report_facts SET prev_on = ?, gap_days = ? WHERE event_id = ?")
                .bind(1, prev)
                .bind(2, gap)
                .bind(3, row.eventId)
                .run();
        }
        prev = row.day;
    }
}

// Where an event's row sits in a series (detainee, series, day), when it is in one.
struct SeriesPlace
{
    std::string detaineeId, series, day, eventId;
};
std::optional<SeriesPlace> seriesPlaceOf(Database &db, const std::string &eventId)
{
    Statement &row = db.prepare("SELECT detainee_id, series, occurred_on FROM report_facts "
                                "WHERE event_id = ? AND series IS NOT NULL");
    row.bind(1, eventId);
    std::optional<SeriesPlace> place;
    if (row.step()) {
        place = SeriesPlace{row.text(0), row.text(1), row.text(2), eventId};
    }
    row.reset();
    return place;
}

} // namespace

void updateReportFacts(Database &db, const std::string &eventId,
                       const std::optional<std::string> &supersedes)
{
    std::optional<SeriesPlace> left;
    if (supersedes) {
        left = seriesPlaceOf(db, *supersedes);
        db.prepare("DELETE FROM report_facts WHERE event_id = ?").bind(1, *supersedes).run();
    }
    db.prepare(std::string("INSERT INTO report_facts (") + kColumns + ") " +
               currentFactsSelect(" AND e.id = ?"))
        .bind(1, eventId)
        .run();
    if (left) {
        renumberSeries(db, left->detaineeId, left->series, left->day, left->eventId);
    }
    if (const auto added = seriesPlaceOf(db, eventId)) {
        renumberSeries(db, added->detaineeId, added->series, added->day, added->eventId);
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
    db.exec("ANALYZE report_facts"); // a planner without statistics reads whole stays
    tx.commit();
}

} // namespace ronde
