#pragma once

#include "model/enums.h"
#include "model/problem.h"
#include "util/date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ronde {

class Store;

// One detainee as the prison registration system exports it (issue #6, roster import):
// columns by header name `nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;
// vertrek;mentor` (the last four may be left out).
struct RosterRow
{
    int line = 0; // in the file, the header being line 1
    std::string number;
    std::string name;
    std::string facility; // name or id
    std::string unit;     // name or id; may be empty
    Date admitted;
    bool selfReporter = false;
    std::optional<ExclusionGround> exclusion;
    std::optional<Date> departure;
    std::string mentor; // name or id of a mentor of the facility; empty: as it was
};

// A refused row: where, and why (a Problem worded in Dutch and English).
struct RosterError
{
    int line = 0; // 0: the file as a whole (no header, missing column)
    Problem problem;
    std::string describe(Language language = Language::Dutch) const;
};

struct RosterFile
{
    std::vector<RosterRow> rows;
    std::vector<RosterError> errors;
};

// Parses the CSV: ';' (as Dutch Excel writes it) or ',' as separator, taken from the header;
// quoted fields; a UTF-8 byte order mark; dates YYYY-MM-DD, DD-MM-YYYY or D-M-YYYY; zelfmelder
// ja/nee. Pure: no database, so it can be tested and fuzzed on its own.
RosterFile parseRoster(std::string_view csv);

struct RosterSummary
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int rejected = 0;
    bool applied = false; // false: errors and no skipInvalid, so nothing was written
    std::vector<RosterError> errors;
};

// Checks every row (against the file and the registry), then, when all are valid or
// skipInvalid is set, applies the valid ones in one transaction. Idempotent on the detainee
// number: a known number is updated (a new facility is a transfer, a departure date a
// discharge), an unknown one added. `today` dates exclusions that start or end now.
RosterSummary importRoster(Store &store, std::string_view csv, bool skipInvalid, Date today);

} // namespace ronde
