#include "evaluation.h"

#include "util/local_time.h"
#include "wording.h"

#include <algorithm>
#include <tuple>
#include <variant>

namespace ronde {
namespace {

using namespace wording;

// What an obligation is about, as the subject of a sentence.
struct Subject
{
    const char *dutch;
    const char *english;
    const char *dutchNext = "Volgende"; // "volgend" for het-words
};

constexpr Subject kIntake{"intake met de casemanager", "intake with the case manager"};
constexpr Subject kMentorTalk{"mentorgesprek", "mentor talk", "Volgend"};
constexpr Subject kPlanTalk{"gesprek over het D&R-plan", "D&R-plan talk", "Volgend"};
constexpr Subject kConceptPlan{"concept-D&R-plan", "draft D&R plan", "Volgend"};
constexpr Subject kDefinitivePlan{"definitief D&R-plan", "final D&R plan", "Volgend"};
constexpr Subject kReview{"bespreking in het MDO", "MDO review"};

// The part of the detainee's stay that counts (R0.5): admission up to the as-of date, or up to
// discharge when the detainee has left by then.
struct Window
{
    Date admitted;
    Date end;
    bool left = false;
    Date asOf;
    bool contains(Date day) const { return day >= admitted && day <= end; }
};

std::string roleListDutch(RoleSet roles)
{
    std::string text;
    for (const auto &[role, label] :
         {std::pair{Role::CaseManager, "casemanager"}, std::pair{Role::Municipality, "gemeente"},
          std::pair{Role::Probation, "reclassering"}}) {
        if (roles.contains(role)) {
            text += (text.empty() ? "" : ", ") + std::string(label);
        }
    }
    return text;
}

std::string roleListEnglish(RoleSet roles)
{
    std::string text;
    for (const auto &[role, label] : {std::pair{Role::CaseManager, "case manager"},
                                      std::pair{Role::Municipality, "municipality"},
                                      std::pair{Role::Probation, "probation service"}}) {
        if (roles.contains(role)) {
            text += (text.empty() ? "" : ", ") + std::string(label);
        }
    }
    return text;
}

// R0.4 for an obligation done once: met on time, met late, due, or overdue.
Obligation oneOff(Rule rule, Subject subject, Date due, std::optional<Date> done, const Window &w)
{
    Obligation o;
    o.rule = rule;
    o.due = due;
    const std::string dueNl = dutchDate(due, w.asOf);
    const std::string dueEn = englishDate(due, w.asOf);
    if (w.end < w.admitted) {
        o.status = Status::NotApplicable;
        o.reason = {"Nog niet binnengekomen", "Not yet admitted"};
    } else if (done) {
        o.metOn = done;
        const std::string onNl = dutchDate(*done, w.asOf);
        const std::string onEn = englishDate(*done, w.asOf);
        if (*done <= due) {
            o.status = Status::Met;
            o.reason = {capitalised(subject.dutch) + " op " + onNl + ", op tijd",
                        capitalised(subject.english) + " on " + onEn + ", on time"};
        } else {
            o.status = Status::MetLate;
            o.daysOverdue = *done - due;
            o.reason = {capitalised(subject.dutch) + " op " + onNl + ", " +
                            dutchDays(o.daysOverdue) + " te laat (termijn " + dueNl + ")",
                        capitalised(subject.english) + " on " + onEn + ", " +
                            englishDays(o.daysOverdue) + " late (due " + dueEn + ")"};
        }
    } else if (w.end <= due) {
        if (w.left) {
            o.status = Status::NotApplicable;
            o.reason = {"Vertrokken voor de termijn van " + dueNl,
                        "Left before the deadline of " + dueEn};
        } else {
            o.status = Status::Due;
            o.reason = {capitalised(subject.dutch) + " uiterlijk " + dueNl,
                        capitalised(subject.english) + " due by " + dueEn};
        }
    } else {
        o.status = Status::Overdue;
        o.daysOverdue = w.end - due;
        o.reason = {"Geen " + std::string(subject.dutch) + "; termijn was " + dueNl + ", " +
                        dutchDays(o.daysOverdue) + " te laat",
                    "No " + std::string(subject.english) + "; it was due " + dueEn + ", " +
                        englishDays(o.daysOverdue) + " overdue"};
    }
    return o;
}

// R0.4 for a recurring obligation (R1.2, R3.3): the current cycle is due or overdue against
// the last occurrence (or admission) + interval; past intervals that ran over are counted.
Obligation recurring(Rule rule, Subject subject, int interval, std::vector<Date> days,
                     const Window &w)
{
    std::sort(days.begin(), days.end());
    Obligation o;
    o.rule = rule;
    Date previous = w.admitted;
    for (Date day : days) {
        if (day - previous > interval) {
            ++o.lateIntervals;
        }
        previous = day;
    }
    const Date next = previous.plusDays(interval);
    o.due = next;
    if (!days.empty()) {
        o.metOn = days.back();
    }
    const std::string nextNl = dutchDate(next, w.asOf);
    const std::string nextEn = englishDate(next, w.asOf);
    if (w.end < w.admitted) {
        o.status = Status::NotApplicable;
        o.reason = {"Nog niet binnengekomen", "Not yet admitted"};
    } else if (w.end <= next) {
        if (w.left) {
            o.status = Status::NotApplicable;
            o.reason = {"Vertrokken; geen " + std::string(subject.dutch) + " meer nodig",
                        "Left; no further " + std::string(subject.english) + " needed"};
        } else {
            o.status = Status::Due;
            // "vorige", not "laatste": the rounds list's "Laatste contact" beside it is the
            // last contact of any kind, and may be a later day.
            o.reason =
                days.empty()
                    ? Reason{"Eerste " + std::string(subject.dutch) + " uiterlijk " + nextNl,
                             "First " + std::string(subject.english) + " due by " + nextEn}
                    : Reason{std::string(subject.dutchNext) + " " + subject.dutch + " uiterlijk " +
                                 nextNl + " (vorige op " + dutchDate(days.back(), w.asOf) + ")",
                             "Next " + std::string(subject.english) + " due by " + nextEn +
                                 " (previous one on " + englishDate(days.back(), w.asOf) + ")"};
        }
    } else {
        o.status = Status::Overdue;
        o.daysOverdue = w.end - next;
        const std::string late = dutchDays(o.daysOverdue) + " te laat";
        const std::string lateEn = englishDays(o.daysOverdue) + " overdue";
        o.reason = days.empty()
                       ? Reason{"Geen " + std::string(subject.dutch) + " sinds binnenkomst op " +
                                    dutchDate(w.admitted, w.asOf) + "; " + late,
                                "No " + std::string(subject.english) + " since admission on " +
                                    englishDate(w.admitted, w.asOf) + "; " + lateEn}
                       : Reason{"Geen " + std::string(subject.dutch) + " sinds " +
                                    dutchDate(days.back(), w.asOf) + "; " + late,
                                "No " + std::string(subject.english) + " since " +
                                    englishDate(days.back(), w.asOf) + "; " + lateEn};
    }
    return o;
}

// R1.3: casemanager, gemeente and reclassering each took part, jointly or separately.
Obligation planTalk(const Profile &profile, const std::vector<std::pair<Date, RoleSet>> &talks,
                    const Window &w)
{
    const RoleSet required{Role::CaseManager, Role::Municipality, Role::Probation};
    RoleSet seen;
    std::optional<Date> complete;
    for (const auto &[day, roles] : talks) {
        seen = RoleSet::fromBits(seen.bits() | (roles.bits() & required.bits()));
        if (!complete && seen == required) {
            complete = day;
        }
    }
    Obligation o =
        oneOff(Rule::R1_3, kPlanTalk, w.admitted.plusDays(profile.planTalkDays), complete, w);
    o.missingRoles = RoleSet::fromBits(required.bits() & ~seen.bits());
    if (!o.missingRoles.empty() && o.status != Status::NotApplicable) {
        o.reason.dutch += "; ontbreekt: " + roleListDutch(o.missingRoles);
        o.reason.english += "; missing: " + roleListEnglish(o.missingRoles);
    }
    return o;
}

bool allGreen(const CaseReview &review, const Profile &profile)
{
    return std::all_of(profile.reviewDomains.begin(), profile.reviewDomains.end(),
                       [&](const std::string &domain) {
                           const auto found = review.lights.find(domain);
                           return found != review.lights.end() && found->second == Light::Green;
                       });
}

bool anyRed(const CaseReview &review)
{
    return std::any_of(review.lights.begin(), review.lights.end(),
                       [](const auto &entry) { return entry.second == Light::Red; });
}

struct Timed
{
    Date day;
    int64_t order;
    int64_t atMs; // two decisions on one day: the later one counts last,
    int64_t hlc;  // and of two at one moment, the one recorded last
    std::variant<const CaseReview *, const ProgramDecision *> item;
};

} // namespace

Date eventDay(const EventHeader &header)
{
    return amsterdamFromUtc(header.occurredAtMs).date;
}

bool isExcludedOn(const Detainee &detainee, Date day)
{
    return std::any_of(
        detainee.exclusions.begin(), detainee.exclusions.end(),
        [&](const Exclusion &e) { return e.from <= day && (!e.to || day <= *e.to); });
}

bool isExcludedBetween(const Detainee &detainee, Date from, Date to)
{
    return std::any_of(
        detainee.exclusions.begin(), detainee.exclusions.end(),
        [&](const Exclusion &e) { return e.from <= to && (!e.to || from <= *e.to); });
}

const Obligation *Evaluation::find(std::string_view rule) const
{
    const std::optional<Rule> parsed = parseEnum<Rule>(rule);
    return parsed ? find(*parsed) : nullptr;
}

const Obligation *Evaluation::find(Rule rule) const
{
    for (const Obligation &o : obligations) {
        if (o.rule == rule) {
            return &o;
        }
    }
    return nullptr;
}

int Evaluation::urgency(Date asOf) const
{
    int worst = decisionsDue.empty() ? 0 : 1;
    for (const Obligation &o : obligations) {
        if (o.status == Status::Overdue) {
            return 3;
        }
        if (o.status == Status::Due && o.due == asOf) {
            worst = 2;
        }
    }
    return worst;
}

Evaluation evaluate(const Profile &profile, FacilityKind facility, const Detainee &detainee,
                    const DetaineeEvents &events, Date asOf)
{
    const bool left = detainee.dischargedOn && *detainee.dischargedOn <= asOf;
    const Window w{detainee.admittedOn, left ? *detainee.dischargedOn : asOf, left, asOf};
    const Date admitted = detainee.admittedOn;

    // Contacts that count: inside the window, of the right kind and role.
    std::optional<Date> intake;
    std::vector<Date> mentorTalks;
    std::vector<std::pair<Date, RoleSet>> planTalks;
    for (const Contact &c : events.contacts) {
        const Date day = eventDay(c.header);
        if (!w.contains(day)) {
            continue;
        }
        if (c.kind == ContactKind::Intake && c.roles.contains(Role::CaseManager)) {
            intake = intake ? std::min(*intake, day) : day; // R1.1
        } else if (c.kind == ContactKind::MentorTalk && c.roles.contains(Role::Mentor)) {
            mentorTalks.push_back(day); // R1.2
        } else if (c.kind == ContactKind::PlanTalk) {
            planTalks.emplace_back(day, c.roles); // R1.3
        }
    }
    std::sort(planTalks.begin(), planTalks.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    std::optional<Date> firstPlan;
    std::optional<Date> definitivePlan;
    for (const ReintegrationPlan &p : events.plans) {
        const Date day = eventDay(p.header);
        if (!w.contains(day)) {
            continue;
        }
        firstPlan = firstPlan ? std::min(*firstPlan, day) : day; // R3.1: any stage
        // R3.2: the director's definitive plan. A revision follows it (PlanForm::bar), and may
        // be recorded by any MDO member: it does not meet R3.2 in the director's place.
        if (p.stage == PlanStage::Definitive) {
            definitivePlan = definitivePlan ? std::min(*definitivePlan, day) : day;
        }
    }

    std::vector<Date> reviewDays;
    std::vector<Timed> timeline;
    for (const CaseReview &r : events.reviews) {
        const Date day = eventDay(r.header);
        if (w.contains(day)) {
            reviewDays.push_back(day);
            timeline.push_back({day, 0, r.header.occurredAtMs, r.header.hlc, &r});
        }
    }
    for (const ProgramDecision &d : events.decisions) {
        const Date day = eventDay(d.header);
        if (w.contains(day)) {
            timeline.push_back({day, 1, d.header.occurredAtMs, d.header.hlc, &d}); // after reviews
        }
    }
    std::sort(timeline.begin(), timeline.end(), [](const Timed &a, const Timed &b) {
        return std::tie(a.day, a.order, a.atMs, a.hlc) < std::tie(b.day, b.order, b.atMs, b.hlc);
    });

    Evaluation ev;
    ev.obligations.push_back(
        oneOff(Rule::R1_1, kIntake, admitted.plusDays(profile.intakeDays), intake, w));
    ev.obligations.push_back(
        recurring(Rule::R1_2, kMentorTalk, profile.mentorIntervalDays, mentorTalks, w));
    ev.obligations.push_back(planTalk(profile, planTalks, w));
    ev.obligations.push_back(
        oneOff(Rule::R3_1, kConceptPlan, admitted.plusDays(profile.conceptPlanDays), firstPlan, w));
    ev.obligations.push_back(oneOff(Rule::R3_2, kDefinitivePlan,
                                    admitted.plusMonthsClamped(profile.definitivePlanMonths),
                                    definitivePlan, w));
    ev.obligations.push_back(
        recurring(Rule::R3_3, kReview, profile.reviewIntervalDays, reviewDays, w));

    // Placement (R2.1, R2.2), then reviews and decisions in date order (R4.2–R4.6, R6.6).
    // R2.3 comes first: an excluded detainee is never placed in plus, not as a self-reporter,
    // not after a transfer from plus, not by a promotion; an exclusion that starts while in
    // plus ends plus.
    const bool plusExists = hasPlusProgram(facility);
    ev.program = plusExists && !isExcludedOn(detainee, admitted) &&
                         (detainee.selfReporter || detainee.transferredFromPlus)
                     ? Program::Plus
                     : Program::Basic;
    Date greenSince = admitted;        // R4.2: six weeks counted from admission …
    std::optional<Date> eligibleSince; // … or from the last review that was not all green
    std::optional<Date> lastEligibleReview;
    std::optional<Date> lastDecision;
    bool warned = false; // R4.3: an orange seen while in plus
    std::vector<DecisionDue> demotionsDue;
    Date inPlusSince = admitted;
    std::optional<Date> notGreenInPlus; // R4.2: restarts the six weeks once out of plus
    const auto leavePlusIfExcluded = [&](Date day) {
        if (ev.program == Program::Plus && isExcludedBetween(detainee, inPlusSince, day)) {
            ev.program = Program::Basic; // nothing left to demote from
            demotionsDue.clear();
            warned = false;
            if (notGreenInPlus && *notGreenInPlus > greenSince) {
                greenSince = *notGreenInPlus; // the latest review that was not all green
            }
            eligibleSince.reset();
        }
    };
    for (const Timed &t : timeline) {
        leavePlusIfExcluded(t.day);
        if (const auto *review = std::get_if<const CaseReview *>(&t.item)) {
            const CaseReview &r = **review;
            const bool green = allGreen(r, profile);
            const bool red = anyRed(r);
            if (ev.program == Program::Plus) {
                if (red || (!green && warned)) {
                    const bool forced = red && profile.name == "dbt-2020"; // R6.6
                    demotionsDue.push_back(
                        {forced ? Rule::R6_6 : Rule::R4_3, t.day, DecisionKind::Demote,
                         forced ? Reason{"Ontoelaatbaar gedrag in de bespreking van " +
                                             dutchDate(t.day, asOf) + ": degraderen is verplicht",
                                         "Inadmissible behaviour in the review of " +
                                             englishDate(t.day, asOf) + ": demotion is required"}
                                : Reason{(red ? "Rood" : "Opnieuw oranje na een waarschuwing") +
                                             std::string(" in de bespreking van ") +
                                             dutchDate(t.day, asOf) + ": besluit over degraderen",
                                         (red ? "Red" : "Orange again after a warning") +
                                             std::string(" in the review of ") +
                                             englishDate(t.day, asOf) + ": decide on demotion"}});
                }
                warned = !green;
                if (!green) {
                    notGreenInPlus = t.day;
                }
            } else {
                // R4.4: with a recorded justification, orange need not stop a promotion.
                const bool counts = green || (!r.exceptionJustification.empty() && !red);
                if (!counts) {
                    greenSince = t.day; // an orange or red restarts the six weeks
                    eligibleSince.reset();
                } else if (plusExists && t.day >= greenSince.plusDays(profile.promotionGreenDays) &&
                           !isExcludedOn(detainee, t.day)) {
                    if (!eligibleSince) {
                        eligibleSince = t.day;
                    }
                    lastEligibleReview = t.day;
                }
            }
        } else {
            const ProgramDecision &d = **std::get_if<const ProgramDecision *>(&t.item);
            lastDecision = t.day;
            demotionsDue.clear();
            warned = false;
            ev.complaintDeadlines.push_back({t.day, t.day.plusDays(profile.complaintDays)});
            switch (d.decision) {
            case DecisionKind::Promote:
                if (plusExists && !isExcludedOn(detainee, t.day) && ev.program != Program::Plus) {
                    ev.program = Program::Plus;
                    inPlusSince = t.day;
                }
                eligibleSince.reset();
                break;
            case DecisionKind::Demote:
            case DecisionKind::Revoke:
                ev.program = Program::Basic;
                greenSince = t.day; // six weeks again before the next promotion
                eligibleSince.reset();
                break;
            case DecisionKind::NotYet:
                break;
            }
        }
    }

    for (const Complaint &c : events.complaints) {
        const Date day = eventDay(c.header);
        if (c.stage == ComplaintStage::Ruling && w.contains(day)) {
            ev.appealDeadlines.push_back({day, day.plusDays(profile.appealDays)}); // R6.2
        }
    }
    std::sort(ev.appealDeadlines.begin(), ev.appealDeadlines.end(),
              [](const AppealDeadline &a, const AppealDeadline &b) {
                  return a.rulingDate < b.rulingDate;
              });

    leavePlusIfExcluded(w.end);
    ev.excluded = isExcludedOn(detainee, w.end);
    if (ev.excluded) {
        ev.program = Program::Own; // R2.3: what the evaluation shows while excluded
    }
    ev.eligibleForPromotion =
        !left && ev.program == Program::Basic && plusExists && !ev.excluded && eligibleSince;
    if (ev.eligibleForPromotion) {
        ev.eligibleSince = eligibleSince;
        if (!lastDecision || *lastDecision < *lastEligibleReview) {
            ev.decisionsDue.push_back(
                {Rule::R4_6,
                 *lastEligibleReview,
                 DecisionKind::Promote,
                 {"Komt sinds de bespreking van " + dutchDate(*eligibleSince, asOf) +
                      " in aanmerking voor promotie; nog geen besluit",
                  "Eligible for promotion since the review of " +
                      englishDate(*eligibleSince, asOf) + "; no decision yet"}});
        }
    }
    if (!left) {
        ev.decisionsDue.insert(ev.decisionsDue.end(), demotionsDue.begin(), demotionsDue.end());
    }
    ev.questionnaire =
        questionnaireTiming(admitted, detainee.dischargedOn, events.questionnaires, asOf);
    return ev;
}

DecisionBar decisionBar(DecisionKind decision, const Evaluation &standing, FacilityKind facility)
{
    switch (decision) {
    case DecisionKind::Promote:
        if (standing.excluded) {
            return DecisionBar::Excluded;
        }
        if (!hasPlusProgram(facility)) {
            return DecisionBar::NoPlusHere;
        }
        return standing.program == Program::Plus ? DecisionBar::AlreadyInPlus : DecisionBar::None;
    case DecisionKind::Demote:
    case DecisionKind::Revoke:
        if (standing.excluded) {
            return DecisionBar::Excluded;
        }
        return standing.program == Program::Plus ? DecisionBar::None : DecisionBar::NotInPlus;
    case DecisionKind::NotYet:
        return DecisionBar::None;
    }
    return DecisionBar::None;
}

const CaseReview *reviewBehind(const std::vector<CaseReview> &reviews, Date decidedOn,
                               Date admittedOn)
{
    const CaseReview *last = nullptr;
    for (const CaseReview &review : reviews) {
        const Date held = eventDay(review.header);
        if (held >= admittedOn && held <= decidedOn &&
            (!last || review.header.occurredAtMs > last->header.occurredAtMs)) {
            last = &review;
        }
    }
    return last;
}

} // namespace ronde
