#pragma once

#include "model/events.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ronde {

class Database;

// report_facts (schema 6): one narrow row per current contact, review and plan, the only
// events the office report (core/report) reads. It is kept in the transaction that writes
// the event, so the report never joins event bodies or looks for corrections: a correction
// replaces the row of the event it corrects.
//
// For the recurring duties (R1.2 mentor talks, R3.3 reviews) a row also holds its `series`
// and the day of the previous occurrence in that series (`prev_on`, `gap_days`), so that an
// interval that ran over is found by index instead of by reading every talk of a stay.

// The index of gaps (report_facts_by_gap) holds only gaps longer than this many days: every
// interval of R1.2 and R3.3 is longer. A query must repeat the index's own condition,
// "gap_days > 7", word for word: SQLite uses a partial index only then.
constexpr int kIndexedGapDays = 7;

// The index by kind (report_facts_by_kind) holds only the kinds R5.4 looks up by kind. A query
// that wants it repeats this condition word for word, as above.
constexpr const char *kOneOffKinds = "kind IN ('intake', 'planTalk')";

// After an event is inserted: its row, and the series it or the event it corrects is in.
void updateReportFacts(Database &db, const std::string &eventId,
                       const std::optional<std::string> &supersedes);

// The same for many new contacts at once that correct nothing (a push), just inserted: their
// rows are made from the contacts themselves, by the rules of factsOf(), and go in with one
// statement. A row's predecessor in its series is the later of the new row before it and the
// row already there before it; a row already there that now follows new ones (they were
// written late) gets the last of them as its predecessor. One query finds the rows already
// there around the first new talk of each detainee; only when a series goes on after it, one
// more finds them around its other new talks, and one reads the rows that follow new ones.
// A contact's rating in its row is the one stored with it (stored_rating.h), which is not
// always the one it came with: a tablet stores a pulled rating as a mark only.
struct StoredContact
{
    const Contact *contact;
    std::optional<int> satisfaction;
};
void addContactFacts(Database &db, const std::vector<StoredContact> &contacts);

// What a contact counts for in the report, as currentFactsSelect() in report_facts.cpp says it
// in SQL for every event (a test holds the two to the same rows: a rebuild).
struct ContactFact
{
    bool planHelp = false;     // R5.3: case manager or mentor, about the plan
    bool mentorSeries = false; // R1.2: a mentor talk the mentor took part in
};
ContactFact factsOf(const Contact &contact);

// A push may leave its new contacts' rows for later (EventRepository::NewFacts::Later), so
// that tablets docking at shift change do not wait for the office's rows: the server numbers
// those contacts in server_log, and report_facts_caught_up holds the number up to which every
// entry has its row. This builds the rows of the entries after that number and moves it on,
// in steps of at most `step` entries. Each step is a transaction holding every facility's
// sequence lock (server_log.h): no push, correction or transfer runs in between, and no entry
// numbered below the new mark can commit after it. Pushes wait for a step, pulls do not.
// The server runs this once pushes calm down (sync/server/report_facts_keeper.h), and so does
// `ronde-server report`; a report itself only reads. Returns how many rows it made.
int64_t catchUpReportFacts(Database &db, int64_t step = 10'000);

// Events that have their rows were just numbered, after `lastBefore` (ServerLog::
// sequenceUnlogged: demo data, imports, holding every facility's lock). When everything up to
// `lastBefore` was built, the mark moves past them, so that no catch-up walks them (a demo of
// two million events took two hundred steps that found nothing).
void passOverNumberedWithRows(Database &db, int64_t lastBefore);

// The last number in server_log, and the number up to which its entries have their rows.
struct ReportFactsProgress
{
    int64_t lastNumbered = 0;
    int64_t caughtUpTo = 0;
};
ReportFactsProgress reportFactsProgress(Database &db);

// All rows again from the events (the migration that adds the table; a bulk load). The mark
// of catchUpReportFacts() moves to the last entry of server_log.
void rebuildReportFacts(Database &db);
// The rows alone, without the mark: schema 6's step, before schema 14 made the mark.
void fillReportFacts(Database &db);

// Statistics for the planner, when there are rows to count: without them SQLite read whole
// stays for the one-off rules.
void analyzeReportFacts(Database &db);

// Deletes every row, for a store that keeps none (a tablet's file from before they were left
// out: StoreRole::Tablet); nothing happens when there are none.
void dropReportFacts(Database &db);

} // namespace ronde
