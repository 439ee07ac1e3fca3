#pragma once

#include "evaluation.h"
#include "model/enums.h"

#include <optional>

// "Mijn werk": the rounds list as the signed-in person needs it. The evaluation (R0.4's
// states) is the same for everyone; what is one's own work depends on the role. Pure: the
// tablet's RoundsModel asks it per detainee and sorts by it.
namespace ronde {

enum class WorkFocus
{
    MentorTalks,    // a mentor: R1.2, their own caseload first
    CaseManagement, // a casemanager: R1.1 intake, R1.3 plan talk, R3.1 and R3.2 plans, and
                    // the six-weekly review they prepare (R3.3)
    Decisions,      // a director: decisions due (R4.3, R4.6, R6.6) and reviews (R3.3)
    PlanTalks,      // gemeente, reclassering: the D&R-plan talks their part of is missing
                    // (R1.3), and the detainees assigned to them
    Assigned,       // a care provider or volunteer: the detainees assigned to them
};
WorkFocus workFocusOf(Role role);

// How far ahead "due" reaches: what falls due this week is work now.
constexpr int kWorkHorizonDays = 7;

struct WorkItem
{
    // In the order Mijn werk shows them (after the own caseload).
    enum class State
    {
        Overdue,   // over termijn, not done
        DueToday,  // the last day is today
        Decision,  // a decision is due (R4.3, R4.6, R6.6)
        DueSoon,   // due within kWorkHorizonDays
        Assigned,  // assigned to this person, nothing due this week (`due`: when next, if
                   // their work has deadlines, a mentor's talks; `reason` then says which)
        DoneToday, // done today: stays in the list, last of its part, so the save is seen
    };
    State state = State::Assigned;
    int daysOverdue = 0;
    std::optional<Date> due;
    bool ownCaseload = false; // assigned to this person in the registry
    Reason reason;            // why it is in the list: the obligation's or decision's reason
};

// Whether, and why, a detainee is in this person's work today. `assigned`: the registry
// assigns the detainee to them (a mentor's caseload, an external professional's clients);
// `role`: theirs, for whose part of a D&R-plan talk is missing (PlanTalks).
std::optional<WorkItem> workItem(WorkFocus focus, const Evaluation &evaluation, bool assigned,
                                 Date today, Role role);

// Mijn werk's order: the own caseload first, all of it; within it and within the rest, what
// is still to do before what was done today; then by state; the longest overdue and the
// soonest due first.
bool comesBefore(const WorkItem &a, const WorkItem &b);

} // namespace ronde
