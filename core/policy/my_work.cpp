#include "my_work.h"

#include <algorithm>
#include <initializer_list>

namespace ronde {
namespace {

// The state of one obligation as work today; nothing when it is not work (met long ago,
// due later, not applicable).
std::optional<WorkItem> asWork(const Obligation &o, Date today)
{
    WorkItem item;
    item.due = o.due;
    item.daysOverdue = o.daysOverdue;
    item.reason = o.reason;
    if (o.status == Status::Overdue) {
        item.state = WorkItem::State::Overdue;
    } else if (o.status == Status::Due && o.due && *o.due <= today) {
        item.state = WorkItem::State::DueToday;
    } else if (o.status == Status::Due && o.due && *o.due <= today.plusDays(kWorkHorizonDays)) {
        item.state = WorkItem::State::DueSoon;
    } else if (o.metOn && *o.metOn == today) {
        item.state = WorkItem::State::DoneToday;
    } else {
        return std::nullopt;
    }
    return item;
}

// The most pressing of these rules' obligations as work.
std::optional<WorkItem> worstOf(const Evaluation &e, std::initializer_list<Rule> rules, Date today)
{
    std::optional<WorkItem> worst;
    for (const Rule rule : rules) {
        const Obligation *o = e.find(rule);
        if (!o) {
            continue;
        }
        if (auto item = asWork(*o, today); item && (!worst || comesBefore(*item, *worst))) {
            worst = std::move(item);
        }
    }
    return worst;
}

} // namespace

WorkFocus workFocusOf(Role role)
{
    switch (role) {
    case Role::Mentor:
        return WorkFocus::MentorTalks;
    case Role::CaseManager:
        return WorkFocus::CaseManagement;
    case Role::Director:
    case Role::Office:
        return WorkFocus::Decisions;
    case Role::Municipality:
    case Role::Probation:
        return WorkFocus::PlanTalks;
    case Role::CareProvider:
    case Role::Volunteer:
        break;
    }
    return WorkFocus::Assigned;
}

std::optional<WorkItem> workItem(WorkFocus focus, const Evaluation &e, bool assigned, Date today,
                                 Role role)
{
    std::optional<WorkItem> item;
    switch (focus) {
    case WorkFocus::MentorTalks:
        item = worstOf(e, {Rule::R1_2}, today);
        break;
    case WorkFocus::CaseManagement:
        item = worstOf(e, {Rule::R1_1, Rule::R1_3, Rule::R3_1, Rule::R3_2, Rule::R3_3}, today);
        break;
    case WorkFocus::Decisions:
        if (!e.decisionsDue.empty()) {
            item = WorkItem{WorkItem::State::Decision, 0, e.decisionsDue.front().due, false,
                            e.decisionsDue.front().reason};
        } else {
            item = worstOf(e, {Rule::R3_3}, today);
        }
        break;
    case WorkFocus::PlanTalks:
        if (const Obligation *talk = e.find(Rule::R1_3);
            talk && talk->missingRoles.contains(role) && talk->status != Status::Met) {
            item = asWork(*talk, today);
        }
        if (item || !assigned) {
            break;
        }
        [[fallthrough]]; // nothing of theirs missing: their clients, as for anyone assigned
    case WorkFocus::Assigned:
        if (assigned) {
            item = WorkItem{WorkItem::State::Assigned,
                            0,
                            std::nullopt,
                            true,
                            {"Aan u toegewezen", "Assigned to you"}};
        }
        break;
    }
    if (item) {
        item->ownCaseload = assigned;
    }
    return item;
}

bool comesBefore(const WorkItem &a, const WorkItem &b)
{
    const bool aDone = a.state == WorkItem::State::DoneToday;
    const bool bDone = b.state == WorkItem::State::DoneToday;
    if (aDone != bDone) {
        return bDone; // what is still to do comes first, the day's done work last
    }
    if (a.ownCaseload != b.ownCaseload) {
        return a.ownCaseload;
    }
    if (a.state != b.state) {
        return a.state < b.state;
    }
    if (a.daysOverdue != b.daysOverdue) {
        return a.daysOverdue > b.daysOverdue;
    }
    return a.due && b.due && *a.due < *b.due;
}

} // namespace ronde
