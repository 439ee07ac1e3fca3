#include "roster.h"

#include "store/store.h"
#include "util/text.h"
#include "util/uuid.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

namespace ronde {
namespace {

const std::array<std::string_view, 9> kColumns{"nummer",      "naam",        "inrichting",
                                               "afdeling",    "binnenkomst", "zelfmelder",
                                               "uitsluiting", "vertrek",     "mentor"};

// A mentor of the facility named in the roster, by id or by name (case ignored), active.
std::optional<std::string> mentorOf(RegistryRepository &registry, const std::string &facilityId,
                                    const std::string &named);

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        c = char(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

std::string trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return std::string(text);
}

// Splits one CSV record; quotes may hold separators, doubled quotes are one quote, and a
// quoted field may run over line ends (advancing `line`).
std::vector<std::string> nextRecord(std::string_view csv, size_t &at, char separator, int &line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    while (at < csv.size()) {
        const char c = csv[at++];
        if (quoted) {
            if (c == '"' && at < csv.size() && csv[at] == '"') {
                fields.back() += '"';
                ++at;
            } else if (c == '"') {
                quoted = false;
            } else {
                line += c == '\n' ? 1 : 0;
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == separator) {
            fields.emplace_back();
        } else if (c == '\n') {
            break;
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

// A ground by its Dutch name (as the registration system writes it) or its stable name, in
// any case.
std::optional<ExclusionGround> exclusionOf(const std::string &text)
{
    static const std::map<std::string, ExclusionGround> dutch{
        {"pre-isd", ExclusionGround::PreIsd},
        {"delict tijdens detentie", ExclusionGround::CrimeInDetention},
        {"beheersgroep", ExclusionGround::ControlGroup},
        {"ebi", ExclusionGround::ControlGroup},
        {"ezv", ExclusionGround::ControlGroup},
        {"ta", ExclusionGround::ControlGroup},
    };
    const std::string key = lower(text);
    if (const auto found = dutch.find(key); found != dutch.end()) {
        return found->second;
    }
    for (const auto &[ground, name] : EnumNames<ExclusionGround>::table) {
        if (lower(name) == key) {
            return ground;
        }
    }
    return std::nullopt;
}

RosterError error(int line, ProblemCode code, std::string field, std::string value)
{
    return {line, Problem{code, std::move(field), std::move(value)}};
}

} // namespace

std::string RosterError::describe(Language language) const
{
    const std::string text = ronde::describe(problem, language);
    if (line == 0) {
        return text;
    }
    return (language == Language::Dutch ? "Regel " : "Line ") + std::to_string(line) + ": " + text;
}

// A file in UTF-16 (what Excel writes as "Unicode text"): a byte order mark, or a NUL byte
// beside most ASCII characters.
bool looksLikeUtf16(std::string_view csv)
{
    if (csv.starts_with("\xFF\xFE") || csv.starts_with("\xFE\xFF")) {
        return true;
    }
    const std::string_view head = csv.substr(0, 200);
    const auto nuls = std::count(head.begin(), head.end(), '\0');
    return head.size() >= 4 && nuls * 3 >= std::ptrdiff_t(head.size());
}

RosterFile parseRoster(std::string_view csv)
{
    RosterFile file;
    if (looksLikeUtf16(csv)) {
        file.errors.push_back(error(0, ProblemCode::WrongEncoding, {}, "UTF-16"));
        return file;
    }
    if (csv.starts_with("\xEF\xBB\xBF")) {
        csv.remove_prefix(3); // the byte order mark Excel writes
    }
    if (csv.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        file.errors.push_back(error(0, ProblemCode::EmptyFile, {}, {}));
        return file;
    }
    const size_t firstLineEnd = std::min(csv.find('\n'), csv.size());
    const std::string_view headerLine = csv.substr(0, firstLineEnd);
    const char separator = headerLine.find(';') != std::string_view::npos ? ';' : ',';
    size_t at = 0;
    int line = 1;
    const std::vector<std::string> header = nextRecord(csv, at, separator, line);
    std::array<int, kColumns.size()> columnOf{};
    for (size_t c = 0; c < kColumns.size(); ++c) {
        columnOf[c] = -1;
        for (size_t h = 0; h < header.size(); ++h) {
            if (lower(trimmed(header[h])) == kColumns[c]) {
                columnOf[c] = int(h);
            }
        }
        // zelfmelder, uitsluiting, vertrek and mentor may be left out; the rest is needed.
        const bool optional = c >= 5;
        if (columnOf[c] < 0 && !optional) {
            file.errors.push_back(error(0, ProblemCode::Missing, std::string(kColumns[c]), {}));
        }
    }
    if (!file.errors.empty()) {
        return file;
    }
    while (at < csv.size()) {
        ++line;
        const int recordLine = line;
        const std::vector<std::string> fields = nextRecord(csv, at, separator, line);
        if (fields.size() == 1 && trimmed(fields[0]).empty()) {
            continue; // an empty line
        }
        auto value = [&](size_t column) {
            const int index = columnOf[column];
            return index >= 0 && size_t(index) < fields.size() ? trimmed(fields[size_t(index)])
                                                               : std::string();
        };
        // Text as the registry must hold it: UTF-8, no control characters. The tablet would
        // show "J�rgen" for a Latin-1 name; a line break inside quotes would break
        // every list. Each field that fails is named, and the row goes no further.
        const size_t textErrors = file.errors.size();
        for (size_t c = 0; c < kColumns.size(); ++c) {
            const int index = columnOf[c];
            if (index < 0 || size_t(index) >= fields.size()) {
                continue;
            }
            const std::string &raw = fields[size_t(index)];
            if (!isValidUtf8(raw)) {
                file.errors.push_back(error(recordLine, ProblemCode::NotUtf8,
                                            std::string(kColumns[c]),
                                            "lijkt Latin-1 of Windows-1252"));
            } else if (hasControlCharacter(raw)) {
                file.errors.push_back(
                    error(recordLine, ProblemCode::ControlCharacter, std::string(kColumns[c]), {}));
            }
        }
        if (file.errors.size() != textErrors) {
            continue;
        }
        RosterRow row;
        row.line = recordLine;
        row.number = value(0);
        row.name = value(1);
        row.facility = value(2);
        row.unit = value(3);
        const size_t before = file.errors.size();
        for (const auto &[column, text] :
             {std::pair{0, row.number}, std::pair{1, row.name}, std::pair{2, row.facility}}) {
            if (text.empty()) {
                file.errors.push_back(
                    error(recordLine, ProblemCode::Missing, std::string(kColumns[column]), {}));
            }
        }
        const std::string admitted = value(4);
        if (const auto date = Date::parseIsoOrDayMonthYear(admitted)) {
            row.admitted = *date;
        } else {
            file.errors.push_back(
                error(recordLine, admitted.empty() ? ProblemCode::Missing : ProblemCode::Invalid,
                      "binnenkomst", admitted));
        }
        const std::string self = lower(value(5));
        if (self == "ja" || self == "j" || self == "1") {
            row.selfReporter = true;
        } else if (!self.empty() && self != "nee" && self != "n" && self != "0") {
            file.errors.push_back(error(recordLine, ProblemCode::Invalid, "zelfmelder", value(5)));
        }
        if (const std::string ground = value(6); !ground.empty()) {
            row.exclusion = exclusionOf(ground);
            if (!row.exclusion) {
                file.errors.push_back(
                    error(recordLine, ProblemCode::Invalid, "uitsluiting", ground));
            }
        }
        if (const std::string departure = value(7); !departure.empty()) {
            row.departure = Date::parseIsoOrDayMonthYear(departure);
            if (!row.departure) {
                file.errors.push_back(
                    error(recordLine, ProblemCode::Invalid, "vertrek", departure));
            } else if (file.errors.size() == before && *row.departure < row.admitted) {
                file.errors.push_back(
                    error(recordLine, ProblemCode::DischargeBeforeAdmission, "vertrek", departure));
            }
        }
        row.mentor = value(8);
        if (file.errors.size() == before) {
            file.rows.push_back(std::move(row));
        }
    }
    return file;
}

namespace {

std::optional<std::string> mentorOf(RegistryRepository &registry, const std::string &facilityId,
                                    const std::string &named)
{
    for (const User &u : registry.users(facilityId)) {
        if (u.role == Role::Mentor && u.active &&
            (u.id == named || lower(u.name) == lower(trimmed(named)))) {
            return u.id;
        }
    }
    return std::nullopt;
}

} // namespace

RosterSummary importRoster(Store &store, std::string_view csv, bool skipInvalid, Date today)
{
    RosterFile file = parseRoster(csv);
    RosterSummary summary;
    summary.errors = std::move(file.errors);
    const bool fileUnreadable = !summary.errors.empty() && summary.errors.front().line == 0;

    // Against the registry and the rest of the file: known facility and unit, each number once.
    RegistryRepository &registry = store.registry();
    std::set<std::string> numbers;
    std::vector<std::pair<RosterRow, Detainee>> valid;
    for (const RosterRow &row : file.rows) {
        const auto facility = registry.findFacility(row.facility);
        if (!facility) {
            summary.errors.push_back(
                error(row.line, ProblemCode::UnknownFacility, "inrichting", row.facility));
            continue;
        }
        Detainee d;
        d.facilityId = facility->id;
        if (!row.unit.empty()) {
            const auto unit = registry.findUnit(d.facilityId, row.unit);
            if (!unit) {
                summary.errors.push_back(
                    error(row.line, ProblemCode::UnknownUnit, "afdeling", row.unit));
                continue;
            }
            d.unitId = unit->id;
        }
        if (!numbers.insert(row.number).second) {
            summary.errors.push_back(
                error(row.line, ProblemCode::TwiceInFile, "nummer", row.number));
            continue;
        }
        // The mentor: one of the facility's, by name or id (R1.2's caseload, "Mijn werk").
        if (!row.mentor.empty() && !mentorOf(registry, d.facilityId, row.mentor)) {
            summary.errors.push_back(
                error(row.line, ProblemCode::UnknownUser, "mentor", row.mentor));
            continue;
        }
        d.number = row.number;
        d.name = row.name;
        d.admittedOn = row.admitted;
        d.dischargedOn = row.departure;
        d.selfReporter = row.selfReporter;
        valid.emplace_back(row, d);
    }
    std::sort(summary.errors.begin(), summary.errors.end(),
              [](const RosterError &a, const RosterError &b) { return a.line < b.line; });
    std::set<int> rejectedLines;
    for (const RosterError &e : summary.errors) {
        rejectedLines.insert(e.line);
    }
    summary.rejected = int(rejectedLines.size());
    if (fileUnreadable || (!summary.errors.empty() && !skipInvalid)) {
        return summary; // nothing from the file is applied
    }

    Transaction tx = store.transaction();
    // Its transfers each take two facilities' sequence locks; taken one pair at a time, a
    // sync could hold one of a later pair and wait for one already held (a deadlock).
    store.serverLog().holdAllSequenceLocks();
    UuidGenerator ids(store.clock());
    for (auto &entry : valid) {
        // Named references, not a structured binding: lambdas below capture `row`.
        const RosterRow &row = entry.first;
        Detainee &wanted = entry.second;
        // Numbers are a facility's; a detainee known elsewhere is the first by id.
        std::optional<std::string> existingId;
        for (const std::string &known : store.registry().detaineeIdsNumbered(row.number)) {
            if (!existingId || known < *existingId) {
                existingId = known;
            }
        }
        std::optional<Detainee> existing =
            existingId ? registry.detainee(*existingId) : std::nullopt;
        wanted.id = existing ? existing->id : ids.next();
        wanted.transferredFromPlus = existing && existing->transferredFromPlus;
        // Exclusions: the roster names the current ground, if any. An open exclusion with
        // another ground ends today; a new ground starts today (or at admission, if later).
        if (existing) {
            wanted.exclusions = existing->exclusions;
        }
        for (Exclusion &e : wanted.exclusions) {
            if (!e.to && (!row.exclusion || e.ground != *row.exclusion)) {
                e.to = std::max(today, e.from);
            }
        }
        if (row.exclusion &&
            std::none_of(wanted.exclusions.begin(), wanted.exclusions.end(),
                         [&](const auto &e) { return !e.to && e.ground == *row.exclusion; })) {
            const Date start = std::max(today, wanted.admittedOn);
            // Ended and named again from the same day (two imports on one day): one period,
            // open again, not a second one with the same start.
            const auto again = std::find_if(
                wanted.exclusions.begin(), wanted.exclusions.end(),
                [&](const auto &e) { return e.ground == *row.exclusion && e.from == start; });
            if (again != wanted.exclusions.end()) {
                again->to.reset();
            } else {
                wanted.exclusions.push_back({*row.exclusion, start, {}});
            }
        }
        const auto same = [](const Detainee &a, const Detainee &b) {
            const auto key = [](const Detainee &d) {
                std::string exclusions;
                for (const Exclusion &e : d.exclusions) {
                    exclusions += std::string(nameOf(e.ground)) + e.from.iso() +
                                  (e.to ? e.to->iso() : "-") + ";";
                }
                return std::tuple(d.facilityId, d.unitId, d.number, d.name, d.admittedOn,
                                  d.dischargedOn, d.selfReporter, exclusions);
            };
            return key(a) == key(b);
        };
        const std::optional<std::string> mentor =
            row.mentor.empty() ? std::nullopt : mentorOf(registry, wanted.facilityId, row.mentor);
        const bool mentorChanges =
            mentor && !std::ranges::count(registry.assignedDetaineeIds(*mentor), wanted.id);
        if (existing && same(*existing, wanted) && !mentorChanges) {
            ++summary.unchanged;
            continue;
        }
        registry.upsert(wanted); // validates; a refusal here rolls the whole file back
        if (mentor) {
            registry.assignMentor(*mentor, wanted.id);
        }
        ++(existing ? summary.updated : summary.added);
    }
    tx.commit();
    summary.applied = true;
    return summary;
}

} // namespace ronde
