#pragma once

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

// The same for many new events at once that correct nothing (a push's contacts): one
// statement inserts all their rows, each with its predecessor among the rows already there
// and the new ones; only a row already there that now follows a new one (a talk written
// late) gets a new predecessor one by one.
void addReportFacts(Database &db, const std::vector<std::string> &eventIds);

// All rows again from the events (the migration that adds the table; a bulk load).
void rebuildReportFacts(Database &db);

// Statistics for the planner, when there are rows to count: without them SQLite read whole
// stays for the one-off rules.
void analyzeReportFacts(Database &db);

} // namespace ronde
