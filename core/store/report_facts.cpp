#include "report_facts.h"

#include "database.h"
#include "model/enums.h"
#include "util/date.h"
#include "util/local_time.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>
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
    // Named as in kColumns, in that order.
    return "SELECT e.id AS event_id, e.detainee_id AS detainee_id, e.occurred_on AS occurred_on, "
           "e.type AS type, COALESCE(c.kind, p.stage, '') AS kind, COALESCE(c.roles, 0) AS roles, "
           "COALESCE(c.topics, 0) AS topics, c.satisfaction AS satisfaction, "
           // R5.3: case manager or mentor, in a plan talk or a contact about the plan.
           "CASE WHEN (c.roles & " +
           internal + ") <> 0 AND (c.kind = 'planTalk' OR (c.topics & " + planTopic +
           ") <> 0) THEN 1 ELSE 0 END AS plan_help, "
           // R1.2 counts mentor talks the mentor took part in; R3.3 every review.
           "CASE WHEN c.kind = 'mentorTalk' AND (c.roles & " +
           mentor +
           ") <> 0 THEN 'mentor' WHEN e.type = 'review' THEN 'review' END AS series "
           "FROM events e LEFT JOIN contacts c ON c.event_id = e.id "
           "LEFT JOIN plans p ON p.event_id = e.id "
           "WHERE e.type IN ('contact', 'review', 'plan') "
           "AND NOT EXISTS (SELECT 1 FROM events later WHERE later.supersedes = e.id)" +
           where;
}

// Inserts the rows `source` selects (facts as currentFactsSelect() gives them), each with its
// predecessor in its series (`prev`, an SQL expression over the row `c`), so that no row has
// to be updated after: on PostgreSQL an update leaves a dead row version and index entries
// behind. `tail` follows the SELECT.
std::string insertFactsSql(const Database &db, const std::string &prev, const std::string &source,
                           const std::string &tail)
{
    return std::string("INSERT INTO report_facts (") + kColumns + ", prev_on, gap_days) SELECT " +
           kColumns + ", prev, " + db.daysBetween("occurred_on", "prev") + " FROM (SELECT c.*, " +
           prev + " AS prev FROM (" + source + ") c) n" + tail;
}

// The day of the row already there before the row `c` in its series.
constexpr const char *kDayBefore =
    "(SELECT r.occurred_on FROM report_facts r WHERE r.detainee_id = c.detainee_id AND "
    "r.series = c.series AND (r.occurred_on, r.event_id) < (c.occurred_on, c.event_id) "
    "ORDER BY r.occurred_on DESC, r.event_id DESC LIMIT 1)";

// Where an event's row sits in a series (detainee, series, day), when it is in one.
struct SeriesPlace
{
    std::string detaineeId, series, day, eventId;
    bool hasLater = true; // a row after it in the series, whose predecessor may change
};

// What a DELETE or INSERT … RETURNING reports of the row's place: detainee_id, series,
// occurred_on and, when asked for (lastInSeries), the day and id of the last row in its
// series. Read as the last row, not as "is there a later one": SQLite compared the row value
// against every row of the series on the same day (a tablet's day of talks went quadratic),
// where the last row is one step down the index.
constexpr const char *kPlace = " RETURNING detainee_id, series, occurred_on";
std::string lastInSeries(const char *column)
{
    return std::string(", (SELECT r.") + column +
           " FROM report_facts r WHERE r.detainee_id = report_facts.detainee_id AND r.series = "
           "report_facts.series ORDER BY r.occurred_on DESC, r.event_id DESC LIMIT 1)";
}

std::optional<SeriesPlace> placeReturnedBy(Statement &statement, const std::string &eventId,
                                           bool reportsLast)
{
    std::optional<SeriesPlace> place;
    if (statement.step() && !statement.isNull(1)) {
        place = SeriesPlace{statement.text(0), statement.text(1), statement.text(2), eventId};
        if (reportsLast) {
            // Whether the statement sees its own row or not, a later row is last only if it
            // sorts after this one (ISO days and ids compare the same in byte order).
            place->hasLater =
                !statement.isNull(3) && std::pair(statement.text(3), statement.text(4)) >
                                            std::pair(place->day, place->eventId);
        }
    }
    statement.reset();
    return place;
}

// Sets prev_on and gap_days in one detainee's series after the row of `place` came or went.
// The series is ordered by day, then id; only that row and the one after it can have a new
// predecessor, so one query reads the row before, the row itself and the one after, whatever
// the length of the series (reading it all made a sync of many talks for one detainee
// quadratic). Row values, so that both engines seek straight to the place in the index, ties
// on one day included.
void renumberSeries(Database &db, const SeriesPlace &place)
{
    const std::string inSeries =
        "SELECT event_id, occurred_on, prev_on FROM report_facts WHERE detainee_id = ?1 "
        "AND series = ?2 AND (occurred_on, event_id) ";
    Statement &around =
        db.prepare("SELECT * FROM (SELECT 0 AS part, b.* FROM (" + inSeries +
                   "< (?3, ?4) ORDER BY occurred_on DESC, event_id DESC LIMIT 1) b UNION ALL "
                   "SELECT 1 AS part, a.* FROM (" +
                   inSeries +
                   ">= (?3, ?4) ORDER BY occurred_on, event_id LIMIT 2) a) u "
                   "ORDER BY part, occurred_on, event_id");
    around.bind(1, place.detaineeId)
        .bind(2, place.series)
        .bind(3, place.day)
        .bind(4, place.eventId);
    struct Row
    {
        std::string eventId, day;
        std::optional<std::string> prev;
    };
    std::optional<std::string> prev;
    std::vector<Row> rows; // the row itself (when it came) and the one after it
    while (around.step()) {
        if (around.int64(0) == 0) {
            prev = around.text(2);
        } else {
            rows.push_back({around.text(1), around.text(2),
                            around.isNull(3) ? std::nullopt : std::optional(around.text(3))});
        }
    }
    around.reset();
    if (!rows.empty() && rows.front().eventId != place.eventId) {
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

bool anyReportFacts(Database &db)
{
    return db.scalar("SELECT COUNT(*) FROM (SELECT 1 FROM report_facts LIMIT 1) AS any_row") > 0;
}

// Rows for new events that correct nothing, placed by SQL (each row's predecessor among the
// rows already there and the new ones); a row already there that now follows a new one (a
// talk written late) gets a new predecessor one by one.
void addReportFacts(Database &db, const std::vector<std::string> &eventIds)
{
    if (eventIds.empty()) {
        return;
    }
    const std::string ids = jsonTextArray(eventIds);
    const std::string theseEvents = " AND " + db.inJsonArray("e.id", 1);
    // New rows that rows already there come after, in their series: read before the insert,
    // against the last row of the series (comparing row values, SQLite walked every row of
    // the series on the same day: see lastInSeries).
    std::vector<SeriesPlace> late;
    Statement &later =
        db.prepare("SELECT detainee_id, series, occurred_on, event_id" +
                   lastInSeries("occurred_on") + lastInSeries("event_id") + " FROM (" +
                   currentFactsSelect(theseEvents) + ") report_facts WHERE series IS NOT NULL");
    later.bind(1, ids);
    while (later.step()) {
        if (!later.isNull(4) &&
            std::pair(later.text(4), later.text(5)) > std::pair(later.text(2), later.text(3))) {
            late.push_back({later.text(0), later.text(1), later.text(2), later.text(3)});
        }
    }
    later.reset();
    // A new row's predecessor is the later of two: the new row before it in its series (LAG)
    // and the row already there before it. Only the day is kept, so "later" is the later day.
    const std::string withBoth =
        std::string("SELECT c.*, LAG(c.occurred_on) OVER (PARTITION BY c.detainee_id, c.series "
                    "ORDER BY c.occurred_on, c.event_id) AS new_before, ") +
        kDayBefore + " AS old_before FROM (" + currentFactsSelect(theseEvents) + ") c";
    db.prepare(insertFactsSql(db,
                              "CASE WHEN c.series IS NULL THEN NULL WHEN c.new_before IS NULL "
                              "THEN c.old_before WHEN c.old_before IS NULL OR c.new_before > "
                              "c.old_before THEN c.new_before ELSE c.old_before END",
                              withBoth, ""))
        .bind(1, ids)
        .run();
    for (const SeriesPlace &place : late) {
        renumberSeries(db, place);
    }
}

} // namespace

void updateReportFacts(Database &db, const std::string &eventId,
                       const std::optional<std::string> &supersedes)
{
    // Few statements, each returning what the next needs: on PostgreSQL every one is a round
    // trip, and a sync imports thousands of events in a request.
    std::optional<SeriesPlace> left;
    if (supersedes) {
        Statement &gone =
            db.prepare(std::string("DELETE FROM report_facts WHERE event_id = ?") + kPlace);
        gone.bind(1, *supersedes);
        left = placeReturnedBy(gone, *supersedes, false);
    }
    Statement &insert =
        db.prepare(insertFactsSql(db, kDayBefore, currentFactsSelect(" AND e.id = ?"),
                                  kPlace + lastInSeries("occurred_on") + lastInSeries("event_id")));
    insert.bind(1, eventId);
    const std::optional<SeriesPlace> added = placeReturnedBy(insert, eventId, true);
    if (left) {
        renumberSeries(db, *left);
    }
    // The new row came with its predecessor; only a row after it (a talk written late) needs
    // a new one. Mostly there is none, and the look-up around it is left out.
    if (added && added->hasLater) {
        renumberSeries(db, *added);
    }
}

ContactFact factsOf(const Contact &contact)
{
    const bool internal =
        contact.roles.contains(Role::CaseManager) || contact.roles.contains(Role::Mentor);
    return {internal && (contact.kind == ContactKind::PlanTalk ||
                         contact.topics.contains(Topic::ReintegrationPlan)),
            contact.kind == ContactKind::MentorTalk && contact.roles.contains(Role::Mentor)};
}

void addContactFacts(Database &db, const std::vector<const Contact *> &contacts)
{
    struct Row
    {
        const Contact *contact;
        std::string day;
        ContactFact fact;
        std::optional<std::string> prev; // the day before it in its series
        bool placedBySql = false;        // its series has a row already there after it
    };
    std::vector<Row> rows;
    // Each detainee's mentor series among the new rows, in series order (day, then id).
    std::map<std::string, std::vector<Row *>> series;
    rows.reserve(contacts.size());
    for (const Contact *c : contacts) {
        rows.push_back(
            {c, amsterdamFromUtc(c->header.occurredAtMs).date.iso(), factsOf(*c), {}, false});
    }
    for (Row &row : rows) {
        if (row.fact.mentorSeries) {
            series[row.contact->header.detaineeId].push_back(&row);
        }
    }
    // The last row already there of each of those series.
    std::vector<std::string> detainees;
    for (auto &[detainee, inSeries] : series) {
        detainees.push_back(detainee);
        std::sort(inSeries.begin(), inSeries.end(), [](const Row *a, const Row *b) {
            return std::tie(a->day, a->contact->header.id) <
                   std::tie(b->day, b->contact->header.id);
        });
    }
    std::map<std::string, std::pair<std::string, std::string>> lastThere; // day, event id
    if (!detainees.empty()) {
        auto last = [](const char *column) {
            return std::string("(SELECT r.") + column +
                   " FROM report_facts r WHERE r.detainee_id = j.value AND r.series = 'mentor' "
                   "ORDER BY r.occurred_on DESC, r.event_id DESC LIMIT 1)";
        };
        Statement &q = db.prepare("SELECT j.value, " + last("occurred_on") + ", " +
                                  last("event_id") + " FROM " + db.jsonArrayRows(1));
        q.bind(1, jsonTextArray(detainees));
        while (q.step()) {
            if (!q.isNull(1)) {
                lastThere[q.text(0)] = {q.text(1), q.text(2)};
            }
        }
        q.reset();
    }
    // Predecessors from the batch's own order; a series with a row already there after the
    // first new one is left to SQL.
    for (const auto &[detainee, inSeries] : series) {
        std::optional<std::string> prev;
        if (const auto found = lastThere.find(detainee); found != lastThere.end()) {
            const Row &first = *inSeries.front();
            const bool late = found->second >= std::pair(first.day, first.contact->header.id);
            for (Row *row : inSeries) {
                row->placedBySql = late;
            }
            if (late) {
                continue;
            }
            prev = found->second.first;
        }
        for (Row *row : inSeries) {
            row->prev = prev;
            prev = row->day;
        }
    }
    Rows facts;
    std::vector<std::string> left;
    for (const Row &row : rows) {
        const EventHeader &h = row.contact->header;
        if (row.placedBySql) {
            left.push_back(h.id);
            continue;
        }
        std::optional<int> gap;
        if (row.prev) {
            gap = int(*Date::parseIso(row.day) - *Date::parseIso(*row.prev));
        }
        facts.row()
            .add(h.id)
            .add(h.detaineeId)
            .add(row.day)
            .add(nameOf(Contact::type))
            .add(nameOf(row.contact->kind))
            .add(int64_t(row.contact->roles.bits()))
            .add(int64_t(row.contact->topics.bits()))
            .add(row.contact->satisfaction)
            .add(int64_t(row.fact.planHelp ? 1 : 0))
            .add(row.fact.mentorSeries ? std::optional<std::string>("mentor") : std::nullopt)
            .add(row.prev)
            .add(gap);
    }
    using T = Database::ColumnType;
    db.insertRows(std::string("INSERT INTO report_facts (") + kColumns + ", prev_on, gap_days)",
                  {T::Text, T::Text, T::Text, T::Text, T::Text, T::Integer, T::Integer, T::Integer,
                   T::Integer, T::Text, T::Text, T::Integer},
                  facts);
    addReportFacts(db, left);
}

void rebuildReportFacts(Database &db)
{
    Transaction tx(db);
    db.exec("DELETE FROM report_facts");
    // In key order, so that PostgreSQL's indexes come out compact (with rows updated after
    // the insert, they were twice their size and the national report took 1.25 s, not 0.8 s).
    db.exec(insertFactsSql(db,
                           "CASE WHEN c.series IS NOT NULL THEN LAG(c.occurred_on) OVER "
                           "(PARTITION BY c.detainee_id, c.series ORDER BY c.occurred_on, "
                           "c.event_id) END",
                           currentFactsSelect(""), " ORDER BY detainee_id, occurred_on, event_id"));
    analyzeReportFacts(db);
    tx.commit();
}

void analyzeReportFacts(Database &db)
{
    // An empty table is left without statistics: once PostgreSQL has counted it empty, it
    // plans every look-up in it as a scan of a tiny table until autovacuum counts again, and
    // a first sync into a new server database slowed down with each event it imported.
    if (anyReportFacts(db)) {
        db.exec("ANALYZE report_facts");
    }
}

void dropReportFacts(Database &db)
{
    if (anyReportFacts(db)) {
        db.exec("DELETE FROM report_facts");
    }
}

} // namespace ronde
