#include "my_work.h"

#include <algorithm>
#include <span>

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

// The rules whose obligations are this focus's work (none: its work is not an obligation).
std::span<const Rule> rulesOf(WorkFocus focus)
{
    static constexpr Rule kMentorTalks[] = {Rule::R1_2};
    static constexpr Rule kCaseManagement[] = {Rule::R1_1, Rule::R1_3, Rule::R3_1, Rule::R3_2,
                                               Rule::R3_3};
    static constexpr Rule kReviews[] = {Rule::R3_3};
    switch (focus) {
    case WorkFocus::MentorTalks:
        return kMentorTalks;
    case WorkFocus::CaseManagement:
        return kCaseManagement;
    case WorkFocus::Decisions:
        return kReviews;
    case WorkFocus::PlanTalks:
    case WorkFocus::Assigned:
        break;
    }
    return {};
}

// An own detainee with nothing due this week: the next of these rules' deadlines, so that a
// mentor finds their whole caseload in Mijn werk and sees when each is next due. Nothing
// when none is open (left, or not yet admitted).
std::optional<WorkItem> nextOf(const Evaluation &e, std::span<const Rule> rules)
{
    std::optional<WorkItem> next;
    for (const Rule rule : rules) {
        const Obligation *o = e.find(rule);
        if (o && o->status == Status::Due && o->due && (!next || *o->due < *next->due)) {
            next = WorkItem{WorkItem::State::Assigned, 0, o->due, true, o->reason};
        }
    }
    return next;
}

// The most pressing of these rules' obligations as work.
std::optional<WorkItem> worstOf(const Evaluation &e, std::span<const Rule> rules, Date today)
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
    case WorkFocus::CaseManagement:
        item = worstOf(e, rulesOf(focus), today);
        if (!item && assigned) {
            item = nextOf(e, rulesOf(focus));
        }
        break;
    case WorkFocus::Decisions:
        if (!e.decisionsDue.empty()) {
            item = WorkItem{WorkItem::State::Decision, 0, e.decisionsDue.front().due, false,
                            e.decisionsDue.front().reason};
        } else {
            item = worstOf(e, rulesOf(focus), today);
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
    if (a.ownCaseload != b.ownCaseload) {
        return a.ownCaseload; // the whole own caseload together, done today or not
    }
    const bool aDone = a.state == WorkItem::State::DoneToday;
    const bool bDone = b.state == WorkItem::State::DoneToday;
    if (aDone != bDone) {
        return bDone; // what is still to do comes first, the day's done work last
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
