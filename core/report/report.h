#pragma once

#include "model/enums.h"
#include "policy/evaluation.h"
#include "util/date.h"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ronde {

// What a report covers: one facility (or all, nationally), optionally one unit, and a period
// of days. Detainees count when they were present on any day of the period (R5).
struct ReportScope
{
    std::string facilityId; // empty: every facility
    std::string unitId;     // empty: every unit
    Date from;
    Date to;
    int minimumGroup = 5; // R5.5: no mean for fewer ratings than this
};

// count out of total; share() is 0 when total is 0.
struct Share
{
    int64_t count = 0;
    int64_t total = 0;
    double share() const { return total ? double(count) / double(total) : 0.0; }
};

// R5.4's class of an obligation (ComplianceClass, policy/evaluation.h).
ComplianceClass complianceClassOf(const Obligation &obligation);

struct RuleCompliance
{
    Rule rule = Rule::R1_1;
    int64_t onTime = 0;
    int64_t late = 0;
    int64_t overdue = 0;
    int64_t open = 0;
    int64_t applicable() const { return onTime + late + overdue + open; }
    // The detainees behind each count, for a list the office can open (id, class).
    std::vector<std::pair<std::string, ComplianceClass>> detainees;
};

// The number and mean of ratings 1–5 counted per value.
int64_t ratingCount(const std::array<int64_t, 5> &distribution);
double ratingMean(const std::array<int64_t, 5> &distribution);

// R5.5 for one role: ratings (1–5) of contacts in the period in which that role took part.
struct RoleSatisfaction
{
    Role role = Role::CaseManager;
    std::array<int64_t, 5> distribution{}; // ratings 1..5
    int64_t count() const;
    double mean() const;
    bool suppressed = false; // fewer raters than the minimum: no mean, no distribution
    int64_t raters = 0;      // the detainees who gave the ratings (R5.5 counts people)
};

// R7.5, for one professional: the respondents who answered yes or no about them (not "weet
// ik niet"), in contact according to the records (the four weeks before the questionnaire,
// the weeks it asks about) and according to themselves, and where the two disagree. Below the
// minimum group (R5.5) nothing but the group size is kept.
struct RoleViews
{
    Role role = Role::CaseManager;
    int64_t answered = 0;
    int64_t byRecords = 0;
    int64_t byDetainees = 0;
    int64_t registeredNotExperienced = 0; // the records say contact, the detainee says none
    int64_t experiencedNotRegistered = 0; // the detainee says contact, the records have none
    bool suppressed = false;
    // The questionnaire's satisfaction (1–5) with this professional, beside R5.5's ratings.
    std::array<int64_t, 5> ratings{};
    bool ratingsSuppressed = false;
    int64_t ratingCount() const;
    double ratingMean() const;
};

// R7.5: contact according to the records and according to the detainees, side by side, for
// the same detainees and the same weeks: each respondent's latest completed questionnaire in
// the period, against the records of the four weeks before it.
struct BothViews
{
    int64_t offered = 0;     // detainees present who were offered the questionnaire in the period
    int64_t respondents = 0; // of those, who completed it
    Share responseRate() const { return {respondents, offered}; }
    std::vector<RoleViews> roles; // the six professionals
    // No contact with any of the six, over all respondents.
    Share noContactByRecords;
    Share noContactByDetainees;
    bool noContactSuppressed = false;
    // Help with the D&R-plan: R5.3's help since admission, and the detainee's yes; over those
    // who answered yes or no.
    Share planHelpByRecords;
    Share planHelpByDetainees;
    bool planHelpSuppressed = false;
};

struct Figures
{
    int64_t present = 0; // detainees present in the period
    // R5.1: in contact with each role in the period (internal: case manager, mentor).
    std::vector<std::pair<Role, Share>> contactByRole;
    Share noInternalContact; // neither case manager nor mentor
    // R5.2: no contact with any professional; of those, detained longer than two weeks.
    Share noContact;
    Share noContactLongerThanTwoWeeks;
    // R5.3: detained four weeks or more without help from case manager or mentor with the
    // D&R-plan (a plan talk, or a contact about the plan, since admission).
    Share noPlanHelp;
    std::vector<RuleCompliance> compliance;     // R5.4
    std::vector<RoleSatisfaction> satisfaction; // R5.5
};

struct MonthFigures
{
    std::string month; // "2026-03"
    Figures figures;
    // The days of the month the figures cover: all of it, or the part in the report's period
    // (a month not yet over has fewer days in which a contact could be had).
    Date from;
    Date to;
    bool whole() const;
};

struct Report
{
    ReportScope scope;
    std::string facilityName; // empty: national over several facilities (a database of one
                              // facility names it, scoped or not)
    std::string unitName;     // empty: every unit
    std::optional<int64_t> latestRecordMs; // how fresh the data is
    Figures figures;
    // R7.5 for the whole period only: a month of few answers, against the period's, would
    // give away what a suppressed group said (by subtraction).
    BothViews bothViews;
    std::vector<MonthFigures> trend; // per calendar month of the period
};

// The roles of R5.1 and R5.5, internal first.
const std::vector<Role> &reportRoles();

// The figures are computed in the store (store/report_queries.h).

// The figures a list of detainees can be opened for (R5.1–R5.4). Satisfaction is not among
// them: R5.5 ratings never lead back to a person.
enum class FigureKind
{
    ContactWithRole,
    NoInternalContact,
    NoContact,
    NoContactLongerThanTwoWeeks,
    NoPlanHelp,
    Compliance
};

struct FigureSelection
{
    FigureKind kind = FigureKind::NoContact;
    Role role = Role::CaseManager; // ContactWithRole
    Rule rule = Rule::R1_1;        // Compliance
    ComplianceClass complianceClass = ComplianceClass::Overdue;

    static FigureSelection of(FigureKind kind) { return {kind, Role::CaseManager, {}, {}}; }
    static FigureSelection contactWith(Role role)
    {
        return {FigureKind::ContactWithRole, role, {}, {}};
    }
    static FigureSelection compliance(Rule rule, ComplianceClass complianceClass)
    {
        return {FigureKind::Compliance, Role::CaseManager, rule, complianceClass};
    }
};

struct ReportDetainee
{
    std::string id;
    std::string number;
    std::string name;
    std::string facilityName;
    std::string unitName;
    Date admitted;
};

} // namespace ronde
