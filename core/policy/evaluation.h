#pragma once

#include "model/events.h"
#include "model/registry.h"
#include "profile.h"
#include "questionnaire.h"
#include "util/date.h"

#include <optional>
#include <string>
#include <vector>

// R0.2 (docs/RULES.md): evaluation is a pure function of (profile, facility, detainee, events,
// as-of date). No I/O and no clock reads in here.
namespace ronde {

enum class Status
{
    Met,
    MetLate,
    Due,
    Overdue,
    NotApplicable
};
// R5.4, for one rule over the detainees it applied to, as the office counts it
// (report/report.h complianceClassOf). A one-off rule (R1.1, R1.3, R3.1, R3.2) still open and
// not yet due is `open`; a recurring rule (R1.2, R3.3) is `late` when an interval ran over
// before, `overdue` when the current one has.
enum class ComplianceClass
{
    OnTime,
    Late,
    Overdue,
    Open,
    NotApplicable
};
enum class Program
{
    Basic,
    Plus,
    Own // R2.3: excluded, the detainee's own day programme (never plus while excluded)
};

template <> struct EnumNames<Status>
{
    static constexpr std::array table{
        std::pair{Status::Met, "met"sv},
        std::pair{Status::MetLate, "metLate"sv},
        std::pair{Status::Due, "due"sv},
        std::pair{Status::Overdue, "overdue"sv},
        std::pair{Status::NotApplicable, "notApplicable"sv},
    };
};

template <> struct EnumNames<Program>
{
    static constexpr std::array table{std::pair{Program::Basic, "basic"sv},
                                      std::pair{Program::Plus, "plus"sv},
                                      std::pair{Program::Own, "own"sv}};
};

// One line a mentor understands, in Dutch and in English.
struct Reason
{
    std::string dutch;
    std::string english;
};

struct Obligation
{
    Rule rule = Rule::R1_1;
    Status status = Status::NotApplicable;
    std::optional<Date> due;
    std::optional<Date> metOn; // for a recurring rule: the last occurrence
    int daysOverdue = 0;       // Overdue: as-of − due; MetLate: met − due
    int lateIntervals = 0;     // recurring rules (R0.4): past intervals that ran over
    RoleSet missingRoles;      // R1.3: who has not yet taken part
    Reason reason;
};

struct DecisionDue
{
    Rule rule = Rule::R4_6; // R4.6 promotion, R4.3 / R6.6 demotion
    Date due;
    DecisionKind suggested = DecisionKind::Promote;
    Reason reason;
};

struct ComplaintDeadline
{
    Date decisionDate;
    Date lodgeBy; // R6.1
};

// R6.2: the ruling on a complaint can be appealed to the RSJ within seven days.
struct AppealDeadline
{
    Date rulingDate;
    Date appealBy;
};

struct Evaluation
{
    Program program = Program::Basic;
    bool excluded = false; // R2.3 at the as-of date
    bool eligibleForPromotion = false;
    std::optional<Date> eligibleSince;
    std::vector<Obligation> obligations; // R1.1, R1.2, R1.3, R3.1, R3.2, R3.3, in that order
    std::vector<DecisionDue> decisionsDue;
    std::vector<ComplaintDeadline> complaintDeadlines;
    std::vector<AppealDeadline> appealDeadlines;
    QuestionnaireTiming questionnaire; // R7.4

    const Obligation *find(Rule rule) const;
    // By the rule's number ("R1.1"); nothing for a number that is not an obligation.
    const Obligation *find(std::string_view rule) const;
    // The worst state, for sorting the rounds list: overdue first, then due today.
    int urgency(Date asOf) const;
};

// A detainee's current events (corrections already applied), in any order.
struct DetaineeEvents
{
    std::vector<Contact> contacts;
    std::vector<CaseReview> reviews;
    std::vector<ReintegrationPlan> plans;
    std::vector<ProgramDecision> decisions;
    std::vector<Complaint> complaints;
    std::vector<Questionnaire> questionnaires; // the offers; their answers are not needed here
};

Evaluation evaluate(const Profile &profile, FacilityKind facility, const Detainee &detainee,
                    const DetaineeEvents &events, Date asOf);

// R2.2: only a prison has a plus programme.
constexpr bool hasPlusProgram(FacilityKind kind)
{
    return kind == FacilityKind::Prison;
}

// What stands in the way of recording a decision in the detainee's standing now: a promotion
// of someone already in plus or where there is no plus (R2.2), a demotion or revocation of
// someone not in plus, either for someone excluded (R2.3). Such a decision would change
// nothing but the six weeks, which a demotion restarts (R4.2). Not being eligible is no bar:
// the director decides (R4.5), also on an exception (R4.4).
enum class DecisionBar
{
    None,
    AlreadyInPlus,
    NotInPlus,
    Excluded,
    NoPlusHere
};
DecisionBar decisionBar(DecisionKind decision, const Evaluation &standing, FacilityKind facility);

// R4.5: the review a decision on this day is based on: the detainee's last review held on
// that day or before it (by the facility's clock), in this stay (from `admittedOn`: a review
// of an earlier detention is no basis); none when there is none.
const CaseReview *reviewBehind(const std::vector<CaseReview> &reviews, Date decidedOn,
                               Date admittedOn);

// R2.3: is an exclusion ground in force on this day?
bool isExcludedOn(const Detainee &detainee, Date day);
// R2.3: was one in force on any day from `from` to `to`, both included?
bool isExcludedBetween(const Detainee &detainee, Date from, Date to);

// The facility-local day an event happened (R0.3).
Date eventDay(const EventHeader &header);

} // namespace ronde
