#include "report_facts.h"

#include "database.h"
#include "model/enums.h"
#include "server_log.h"
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

// The days from a row's predecessor in its series to the row (ISO days, as stored).
std::optional<int> gapDays(const std::optional<std::string> &prev, const std::string &day)
{
    if (!prev) {
        return std::nullopt;
    }
    return int(*Date::parseIso(day) - *Date::parseIso(*prev));
}

void setPredecessor(Database &db, const std::string &eventId, const std::string &day,
                    const std::optional<std::string> &prev)
{
    db.prepare("UPDATE report_facts SET prev_on = ?, gap_days = ? WHERE event_id = ?")
        .bind(1, prev)
        .bind(2, gapDays(prev, day))
        .bind(3, eventId)
        .run();
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
            setPredecessor(db, row.eventId, row.day, prev);
        }
        prev = row.day;
    }
}

bool anyReportFacts(Database &db)
{
    return db.scalar("SELECT COUNT(*) FROM (SELECT 1 FROM report_facts LIMIT 1) AS any_row") > 0;
}

// What the rows already there say about the place of new mentor talks in their series, read
// for all of them in one query (the talks are in `events`, not yet in report_facts): the day
// of the row before each, and the id of the row after it.
struct Neighbours
{
    std::optional<std::string> dayBefore, nextId;
};

std::map<std::string, Neighbours> neighboursOf(Database &db, const std::vector<std::string> &ids)
{
    std::map<std::string, Neighbours> found;
    if (ids.empty()) {
        return found;
    }
    // The row before and the row after, each sought first on the talk's own day (by id), then
    // on the days before or after it: two seeks in the index. One comparison of row values
    // walked every row of the day on SQLite (a docking facility writes hundreds a day).
    // `side` is "<" (before) or ">" (after).
    const auto seek = [](const char *column, const std::string &side, const char *order) {
        const std::string inSeries =
            std::string("(SELECT r.") + column +
            " FROM report_facts r WHERE r.detainee_id = e.detainee_id AND r.series = 'mentor' AND ";
        return "COALESCE(" + inSeries + "r.occurred_on = e.occurred_on AND r.event_id " + side +
               " e.id ORDER BY r.event_id " + order + " LIMIT 1), " + inSeries + "r.occurred_on " +
               side + " e.occurred_on ORDER BY r.occurred_on " + order + ", r.event_id " + order +
               " LIMIT 1))";
    };
    Statement &q = db.prepare("SELECT e.id, " + seek("occurred_on", "<", "DESC") + ", " +
                              seek("event_id", ">", "ASC") + " FROM events e WHERE " +
                              db.inJsonArray("e.id", 1));
    q.bind(1, jsonTextArray(ids));
    const auto optionalText = [&q](int column) {
        return q.isNull(column) ? std::nullopt : std::optional(q.text(column));
    };
    while (q.step()) {
        found[q.text(0)] = {optionalText(1), optionalText(2)};
    }
    q.reset();
    return found;
}

// Sets the predecessor of rows already there that new rows now come before (`newPrev`: event
// id, day), where it changed.
void renumberSuccessors(Database &db, const std::map<std::string, std::string> &newPrev)
{
    if (newPrev.empty()) {
        return;
    }
    std::vector<std::string> ids;
    for (const auto &[id, prev] : newPrev) {
        ids.push_back(id);
    }
    std::vector<std::tuple<std::string, std::string, std::string>> changed; // id, day, prev
    Statement &rows = db.prepare("SELECT event_id, occurred_on, prev_on FROM report_facts WHERE " +
                                 db.inJsonArray("event_id", 1));
    rows.bind(1, jsonTextArray(ids));
    while (rows.step()) {
        const std::string &prev = newPrev.at(rows.text(0));
        if (rows.isNull(2) || rows.text(2) != prev) {
            changed.emplace_back(rows.text(0), rows.text(1), prev);
        }
    }
    rows.reset();
    for (const auto &[id, day, prev] : changed) {
        setPredecessor(db, id, day, prev);
    }
}

int64_t caughtUpTo(Database &db)
{
    return db.scalar("SELECT COALESCE(MAX(seq), 0) FROM report_facts_caught_up");
}

int64_t lastNumbered(Database &db)
{
    return db.scalar("SELECT COALESCE(MAX(seq), 0) FROM server_log");
}

void markCaughtUpTo(Database &db, int64_t seq)
{
    db.exec("DELETE FROM report_facts_caught_up");
    db.prepare("INSERT INTO report_facts_caught_up (seq) VALUES (?)").bind(1, seq).run();
}

// The contacts numbered in (after, upTo] that have no row and should: current, and not yet
// built. An entry whose event has its row (built when it was written, or numbered again by a
// transfer) or was corrected meanwhile (its correction wrote its own row) is passed over.
std::vector<Contact> contactsWithoutFacts(Database &db, int64_t after, int64_t upTo)
{
    Statement &row = db.prepare(
        "SELECT e.id, e.detainee_id, e.occurred_at, c.kind, c.roles, c.topics, c.satisfaction "
        "FROM server_log l JOIN events e ON e.id = l.event_id "
        "JOIN contacts c ON c.event_id = e.id WHERE l.seq > ? AND l.seq <= ? "
        "AND NOT EXISTS (SELECT 1 FROM report_facts f WHERE f.event_id = e.id) "
        "AND NOT EXISTS (SELECT 1 FROM events later WHERE later.supersedes = e.id)");
    row.bind(1, after).bind(2, upTo);
    std::vector<Contact> contacts;
    while (row.step()) {
        Contact c;
        c.header.id = row.text(0);
        c.header.detaineeId = row.text(1);
        c.header.occurredAtMs = row.int64(2);
        c.kind = enumColumn<ContactKind>(row, 3);
        c.roles = RoleSet::fromBits(uint32_t(row.int64(4)));
        c.topics = TopicSet::fromBits(uint32_t(row.int64(5)));
        if (!row.isNull(6)) {
            c.satisfaction = row.integer(6);
        }
        contacts.push_back(std::move(c));
    }
    row.reset();
    return contacts;
}

} // namespace

int64_t catchUpReportFacts(Database &db, int64_t step)
{
    int64_t made = 0;
    // Nothing numbered since the mark: two reads, no write, no lock.
    while (lastNumbered(db) > caughtUpTo(db)) {
        Transaction tx(db);
        ServerLog(db).holdAllSequenceLocks();
        const int64_t after = caughtUpTo(db); // another report may have caught up meanwhile
        const int64_t upTo = std::min(lastNumbered(db), after + step);
        const std::vector<Contact> contacts = contactsWithoutFacts(db, after, upTo);
        std::vector<StoredContact> waiting;
        for (const Contact &c : contacts) { // read from the rows: as stored
            waiting.push_back({&c, c.satisfaction});
        }
        if (!waiting.empty()) {
            addContactFacts(db, waiting);
        }
        markCaughtUpTo(db, std::max(after, upTo));
        tx.commit();
        made += int64_t(waiting.size());
    }
    return made;
}

void passOverNumberedWithRows(Database &db, int64_t lastBefore)
{
    if (caughtUpTo(db) >= lastBefore) {
        markCaughtUpTo(db, lastNumbered(db));
    }
}

ReportFactsProgress reportFactsProgress(Database &db)
{
    return {lastNumbered(db), caughtUpTo(db)};
}

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

void addContactFacts(Database &db, const std::vector<StoredContact> &contacts)
{
    struct Row
    {
        const Contact *contact;
        std::optional<int> satisfaction;
        std::string day;
        ContactFact fact;
        std::optional<std::string> prev; // the day before it in its series
    };
    std::vector<Row> rows;
    // Each detainee's mentor series among the new rows, in series order (day, then id).
    std::map<std::string, std::vector<Row *>> series;
    rows.reserve(contacts.size());
    for (const StoredContact &c : contacts) {
        rows.push_back({c.contact,
                        c.satisfaction,
                        amsterdamFromUtc(c.contact->header.occurredAtMs).date.iso(),
                        factsOf(*c.contact),
                        {}});
    }
    for (Row &row : rows) {
        if (row.fact.mentorSeries) {
            series[row.contact->header.detaineeId].push_back(&row);
        }
    }
    for (auto &[detainee, inSeries] : series) {
        std::sort(inSeries.begin(), inSeries.end(), [](const Row *a, const Row *b) {
            return std::tie(a->day, a->contact->header.id) <
                   std::tie(b->day, b->contact->header.id);
        });
    }
    // The first new talk of each series shows whether rows already there come after it (a
    // talk written late): only for those series are the other new talks looked up too.
    std::vector<std::string> firsts, rest;
    for (const auto &[detainee, inSeries] : series) {
        firsts.push_back(inSeries.front()->contact->header.id);
    }
    std::map<std::string, Neighbours> around = neighboursOf(db, firsts);
    for (const auto &[detainee, inSeries] : series) {
        const auto first = around.find(inSeries.front()->contact->header.id);
        if (first != around.end() && first->second.nextId) {
            for (size_t i = 1; i < inSeries.size(); ++i) {
                rest.push_back(inSeries[i]->contact->header.id);
            }
        }
    }
    around.merge(neighboursOf(db, rest));
    // Each new row's predecessor is the later of the new row before it and the row already
    // there before it (only the day is kept, so the later day). A row already there after new
    // ones gets the last of those as its predecessor.
    std::map<std::string, std::string> successors; // event id, its new predecessor
    for (const auto &[detainee, inSeries] : series) {
        std::optional<std::string> newBefore;
        for (Row *row : inSeries) {
            const auto here = around.find(row->contact->header.id);
            const std::optional<std::string> oldBefore =
                here == around.end() ? std::nullopt : here->second.dayBefore;
            row->prev = std::max(oldBefore, newBefore); // no day sorts before any day
            newBefore = row->day;
            if (here != around.end() && here->second.nextId) {
                successors[*here->second.nextId] = row->day;
            }
        }
    }
    Rows facts;
    facts.reserve(rows.size(), 12, 140);
    for (const Row &row : rows) {
        const EventHeader &h = row.contact->header;
        facts.row()
            .add(h.id)
            .add(h.detaineeId)
            .add(row.day)
            .add(nameOf(Contact::type))
            .add(nameOf(row.contact->kind))
            .add(int64_t(row.contact->roles.bits()))
            .add(int64_t(row.contact->topics.bits()))
            .add(row.satisfaction)
            .add(int64_t(row.fact.planHelp ? 1 : 0))
            .add(row.fact.mentorSeries ? std::optional<std::string>("mentor") : std::nullopt)
            .add(row.prev)
            .add(gapDays(row.prev, row.day));
    }
    using T = Database::ColumnType;
    db.insertRows(std::string("INSERT INTO report_facts (") + kColumns + ", prev_on, gap_days)",
                  {T::Text, T::Text, T::Text, T::Text, T::Text, T::Integer, T::Integer, T::Integer,
                   T::Integer, T::Text, T::Text, T::Integer},
                  facts);
    renumberSuccessors(db, successors);
}

void rebuildReportFacts(Database &db)
{
    Transaction tx(db);
    // No push commits between the rows and the mark.
    ServerLog(db).holdAllSequenceLocks();
    fillReportFacts(db);
    markCaughtUpTo(db, lastNumbered(db));
    tx.commit();
}

void fillReportFacts(Database &db)
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
