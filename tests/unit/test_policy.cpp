#include "policy/evaluation.h"
#include "util/local_time.h"

#include <gtest/gtest.h>

using namespace ronde;

namespace {

Date day(const char *iso)
{
    return Date::parseIso(iso).value();
}

// A detainee's history, written the way the rules are stated: dates and who took part.
class History
{
public:
    explicit History(const char *admitted, FacilityKind facility = FacilityKind::Prison)
        : m_facility(facility)
    {
        m_detainee.id = "d";
        m_detainee.admittedOn = day(admitted);
    }

    History &contact(Date on, ContactKind kind, RoleSet roles, int minuteOfDay = 10 * 60)
    {
        Contact c;
        c.header.occurredAtMs = utcFromAmsterdam({on, minuteOfDay});
        c.kind = kind;
        c.roles = roles;
        m_events.contacts.push_back(c);
        return *this;
    }
    History &intake(Date on) { return contact(on, ContactKind::Intake, {Role::CaseManager}); }
    History &mentorTalk(Date on) { return contact(on, ContactKind::MentorTalk, {Role::Mentor}); }
    History &planTalk(Date on, RoleSet roles) { return contact(on, ContactKind::PlanTalk, roles); }
    History &plan(Date on, PlanStage stage)
    {
        ReintegrationPlan p;
        p.header.occurredAtMs = utcFromAmsterdam({on, 11 * 60});
        p.stage = stage;
        m_events.plans.push_back(p);
        return *this;
    }
    History &review(Date on, Light light, std::string justification = {})
    {
        CaseReview r;
        r.header.occurredAtMs = utcFromAmsterdam({on, 9 * 60});
        for (const std::string &domain : m_profile->reviewDomains) {
            r.lights[domain] = Light::Green;
        }
        r.lights[m_profile->reviewDomains.front()] = light;
        r.exceptionJustification = std::move(justification);
        m_events.reviews.push_back(r);
        return *this;
    }
    History &decision(Date on, DecisionKind kind)
    {
        ProgramDecision d;
        d.header.occurredAtMs = utcFromAmsterdam({on, 15 * 60});
        d.decision = kind;
        m_events.decisions.push_back(d);
        return *this;
    }
    History &discharged(Date on)
    {
        m_detainee.dischargedOn = on;
        return *this;
    }
    History &selfReporter()
    {
        m_detainee.selfReporter = true;
        return *this;
    }
    History &transferredFromPlus()
    {
        m_detainee.transferredFromPlus = true;
        return *this;
    }
    History &excluded(Date from, std::optional<Date> to = std::nullopt)
    {
        m_detainee.exclusions.push_back({ExclusionGround::Isd, from, to});
        return *this;
    }
    History &profile(const char *name)
    {
        m_profile = findProfile(name);
        return *this;
    }

    Date admitted() const { return m_detainee.admittedOn; }
    Date at(int days) const { return m_detainee.admittedOn.plusDays(days); }
    Evaluation asOf(Date date) const
    {
        return evaluate(*m_profile, m_facility, m_detainee, m_events, date);
    }

private:
    FacilityKind m_facility;
    Detainee m_detainee;
    DetaineeEvents m_events;
    const Profile *m_profile = &defaultProfile();
};

// A copy, so that it outlives the evaluation it came from.
Obligation rule(const Evaluation &e, const char *id)
{
    const Obligation *o = e.find(id);
    EXPECT_NE(o, nullptr) << id;
    return o ? *o : Obligation{};
}

} // namespace

// R0.1: every number comes from a named profile.
TEST(Policy, R0_1_ProfilesCarryTheSeedsNumbers)
{
    const Profile &p = defaultProfile();
    EXPECT_EQ(p.name, "dbt-2014");
    EXPECT_EQ(p.intakeDays, 14);
    EXPECT_EQ(p.mentorIntervalDays, 14);
    EXPECT_EQ(p.planTalkDays, 28);
    EXPECT_EQ(p.conceptPlanDays, 13);
    EXPECT_EQ(p.definitivePlanMonths, 1);
    EXPECT_EQ(p.reviewIntervalDays, 42);
    EXPECT_EQ(p.promotionGreenDays, 42);
    EXPECT_EQ(p.complaintDays, 7);
    ASSERT_NE(findProfile("dbt-2020"), nullptr);
    EXPECT_EQ(findProfile("dbt-2020")->reviewDomains,
              (std::vector<std::string>{"reintegration", "stay"}));
    EXPECT_EQ(findProfile("dbt-2099"), nullptr);
}

TEST(Policy, R0_2_ListsTheSixObligationsInOrder)
{
    const Evaluation e = History("2026-01-05").asOf(day("2026-01-06"));
    std::vector<std::string> rules;
    for (const Obligation &o : e.obligations) {
        rules.push_back(o.rule);
    }
    EXPECT_EQ(rules, (std::vector<std::string>{"R1.1", "R1.2", "R1.3", "R3.1", "R3.2", "R3.3"}));
}

struct OneOffCase
{
    const char *name;
    int doneOnDay; // days after admission; -1: not done
    int asOfDay;   // days after admission
    Status status;
    int daysOverdue;
};

class R1_1_Intake : public ::testing::TestWithParam<OneOffCase>
{};

// R1.1 with R0.4: intake within 14 days of admission.
TEST_P(R1_1_Intake, StatusAtTheBoundaries)
{
    const OneOffCase c = GetParam();
    History h("2026-01-05");
    if (c.doneOnDay >= 0) {
        h.intake(h.at(c.doneOnDay));
    }
    const Obligation o = rule(h.asOf(h.at(c.asOfDay)), "R1.1");
    EXPECT_EQ(o.status, c.status);
    EXPECT_EQ(o.daysOverdue, c.daysOverdue);
    EXPECT_EQ(o.due, day("2026-01-19"));
    EXPECT_FALSE(o.reason.dutch.empty());
    EXPECT_FALSE(o.reason.english.empty());
}

INSTANTIATE_TEST_SUITE_P(
    , R1_1_Intake,
    ::testing::Values(OneOffCase{"metOnAdmissionDay", 0, 30, Status::Met, 0},
                      OneOffCase{"metOnTheDueDayItself", 14, 30, Status::Met, 0},
                      OneOffCase{"metOneDayLate", 15, 30, Status::MetLate, 1},
                      OneOffCase{"dueBeforeTheDeadline", -1, 3, Status::Due, 0},
                      OneOffCase{"dueOnTheDueDayItself", -1, 14, Status::Due, 0},
                      OneOffCase{"overdueOneDayLater", -1, 15, Status::Overdue, 1},
                      OneOffCase{"overdueAMonthLater", -1, 44, Status::Overdue, 30},
                      OneOffCase{"notYetKnownOnAnEarlierAsOf", 20, 10, Status::Due, 0}),
    [](const auto &param) { return std::string(param.param.name); });

TEST(Policy, R1_1_OnlyAnIntakeWithTheCaseManagerCounts)
{
    History h("2026-01-05");
    h.contact(h.at(2), ContactKind::Intake, {Role::Mentor});
    h.contact(h.at(3), ContactKind::Other, {Role::CaseManager});
    EXPECT_EQ(rule(h.asOf(h.at(20)), "R1.1").status, Status::Overdue);
    h.intake(h.at(4));
    EXPECT_EQ(rule(h.asOf(h.at(20)), "R1.1").metOn, h.at(4));
}

TEST(Policy, R1_1_ReasonSaysWhatIsLateInDutchAndEnglish)
{
    History h("2026-01-05");
    const Obligation o = rule(h.asOf(day("2026-01-23")), "R1.1");
    EXPECT_EQ(o.reason.dutch,
              "Geen intake met de casemanager; termijn was 19 januari, 4 dagen te laat");
    EXPECT_EQ(o.reason.english,
              "No intake with the case manager; it was due 19 January, 4 days overdue");
}

// R1.2: a mentor talk at least every 14 days; the first due 14 days after admission.
TEST(Policy, R1_2_FirstTalkIsDueFourteenDaysAfterAdmission)
{
    History h("2026-01-05");
    EXPECT_EQ(rule(h.asOf(h.at(14)), "R1.2").status, Status::Due);
    const Obligation late = rule(h.asOf(h.at(15)), "R1.2");
    EXPECT_EQ(late.status, Status::Overdue);
    EXPECT_EQ(late.daysOverdue, 1);
    EXPECT_EQ(late.reason.dutch,
              "Geen mentorgesprek sinds binnenkomst op 5 januari; 1 dag te laat");
}

TEST(Policy, R1_2_EachNextTalkIsDueFourteenDaysAfterThePrevious)
{
    History h("2026-02-01");
    h.mentorTalk(day("2026-02-10")).mentorTalk(day("2026-03-03"));
    const Obligation o = rule(h.asOf(day("2026-03-21")), "R1.2");
    EXPECT_EQ(o.status, Status::Overdue);
    EXPECT_EQ(o.due, day("2026-03-17"));
    EXPECT_EQ(o.metOn, day("2026-03-03"));
    EXPECT_EQ(o.daysOverdue, 4);
    EXPECT_EQ(o.reason.dutch, "Geen mentorgesprek sinds 3 maart; 4 dagen te laat");
    EXPECT_EQ(o.lateIntervals, 1) << "10 Feb → 3 Mar is 21 days";
}

TEST(Policy, R1_2_OnTimeTalksLeaveTheNextOneDue)
{
    History h("2026-02-01");
    h.mentorTalk(h.at(14)).mentorTalk(h.at(28)).mentorTalk(h.at(40));
    const Obligation o = rule(h.asOf(h.at(54)), "R1.2");
    EXPECT_EQ(o.status, Status::Due);
    EXPECT_EQ(o.due, h.at(54));
    EXPECT_EQ(o.lateIntervals, 0);
    EXPECT_EQ(rule(h.asOf(h.at(55)), "R1.2").status, Status::Overdue);
}

// R1.3: casemanager, gemeente and reclassering each took part within 28 days.
TEST(Policy, R1_3_AJointTalkWithAllThreeRolesIsMet)
{
    History h("2026-01-05");
    h.planTalk(h.at(15), {Role::CaseManager, Role::Municipality, Role::Probation});
    const Obligation o = rule(h.asOf(h.at(40)), "R1.3");
    EXPECT_EQ(o.status, Status::Met);
    EXPECT_TRUE(o.missingRoles.empty());
}

TEST(Policy, R1_3_SeparateTalksCountWhenTheLastRoleJoins)
{
    History h("2026-01-05");
    h.planTalk(h.at(5), {Role::CaseManager})
        .planTalk(h.at(10), {Role::Municipality})
        .planTalk(h.at(30), {Role::Probation});
    const Obligation o = rule(h.asOf(h.at(40)), "R1.3");
    EXPECT_EQ(o.status, Status::MetLate);
    EXPECT_EQ(o.metOn, h.at(30));
    EXPECT_EQ(o.daysOverdue, 2);
}

TEST(Policy, R1_3_ReportsWhichRoleIsMissing)
{
    History h("2026-01-05");
    h.planTalk(h.at(20), {Role::CaseManager, Role::Municipality});
    const Obligation due = rule(h.asOf(h.at(28)), "R1.3");
    EXPECT_EQ(due.status, Status::Due);
    EXPECT_EQ(due.missingRoles, RoleSet{Role::Probation});
    const Obligation late = rule(h.asOf(h.at(29)), "R1.3");
    EXPECT_EQ(late.status, Status::Overdue);
    EXPECT_NE(late.reason.dutch.find("ontbreekt: reclassering"), std::string::npos)
        << late.reason.dutch;
    EXPECT_NE(late.reason.english.find("missing: probation service"), std::string::npos);
}

TEST(Policy, R1_4_OwnInitiativeContactsCreateNoObligation)
{
    History h("2026-01-05");
    h.contact(h.at(3), ContactKind::Other, {Role::Volunteer})
        .contact(h.at(4), ContactKind::Other, {Role::CareProvider});
    const Evaluation e = h.asOf(h.at(20));
    EXPECT_EQ(rule(e, "R1.1").status, Status::Overdue);
    EXPECT_EQ(rule(e, "R1.2").status, Status::Overdue);
}

// R3.1: a concept plan within 13 days.
TEST(Policy, R3_1_ConceptPlanWithinThirteenDays)
{
    History onTime("2026-01-05");
    onTime.plan(onTime.at(13), PlanStage::Concept);
    EXPECT_EQ(rule(onTime.asOf(onTime.at(20)), "R3.1").status, Status::Met);
    History late("2026-01-05");
    late.plan(late.at(14), PlanStage::Concept);
    EXPECT_EQ(rule(late.asOf(late.at(20)), "R3.1").status, Status::MetLate);
}

struct MonthEndCase
{
    const char *name;
    const char *admitted;
    const char *due;
};

class R3_2_DefinitivePlan : public ::testing::TestWithParam<MonthEndCase>
{};

// R3.2 with R0.3: within one month, clamped to the end of a shorter month.
TEST_P(R3_2_DefinitivePlan, IsDueOneCalendarMonthAfterAdmission)
{
    const MonthEndCase c = GetParam();
    History h(c.admitted);
    const Date due = day(c.due);
    EXPECT_EQ(rule(h.asOf(h.admitted()), "R3.2").due, due);
    History onDueDay(c.admitted);
    onDueDay.plan(due, PlanStage::Definitive);
    EXPECT_EQ(rule(onDueDay.asOf(due.plusDays(5)), "R3.2").status, Status::Met);
    History dayLate(c.admitted);
    dayLate.plan(due.plusDays(1), PlanStage::Definitive);
    EXPECT_EQ(rule(dayLate.asOf(due.plusDays(5)), "R3.2").status, Status::MetLate);
    EXPECT_EQ(rule(h.asOf(due), "R3.2").status, Status::Due);
    EXPECT_EQ(rule(h.asOf(due.plusDays(1)), "R3.2").status, Status::Overdue);
}

INSTANTIATE_TEST_SUITE_P(, R3_2_DefinitivePlan,
                         ::testing::Values(MonthEndCase{"midMonth", "2026-01-15", "2026-02-15"},
                                           MonthEndCase{"endOfJanuary", "2026-01-31", "2026-02-28"},
                                           MonthEndCase{"leapYear", "2024-01-31", "2024-02-29"},
                                           MonthEndCase{"endOfMarch", "2026-03-31", "2026-04-30"},
                                           MonthEndCase{"acrossTheYear", "2026-12-31",
                                                        "2027-01-31"}),
                         [](const auto &param) { return std::string(param.param.name); });

TEST(Policy, R3_2_AConceptPlanDoesNotCountAsDefinitive)
{
    History h("2026-01-05");
    h.plan(h.at(5), PlanStage::Concept);
    const Evaluation e = h.asOf(h.at(40));
    EXPECT_EQ(rule(e, "R3.1").status, Status::Met);
    EXPECT_EQ(rule(e, "R3.2").status, Status::Overdue);
}

// R3.3: a review at least every six weeks.
TEST(Policy, R3_3_AReviewEverySixWeeks)
{
    History h("2026-01-05");
    EXPECT_EQ(rule(h.asOf(h.at(42)), "R3.3").status, Status::Due);
    EXPECT_EQ(rule(h.asOf(h.at(43)), "R3.3").status, Status::Overdue);
    h.review(h.at(42), Light::Green).review(h.at(84), Light::Green).review(h.at(140), Light::Green);
    const Obligation o = rule(h.asOf(h.at(150)), "R3.3");
    EXPECT_EQ(o.status, Status::Due);
    EXPECT_EQ(o.due, h.at(182));
    EXPECT_EQ(o.lateIntervals, 1) << "84 → 140 is 56 days";
}

// R0.3: days are counted in Europe/Amsterdam, also across the change to summer time.
TEST(Policy, R0_3_CountsLocalDaysAcrossDst)
{
    History h("2026-03-20"); // due 3 April; summer time starts 29 March
    h.contact(day("2026-04-04"), ContactKind::Intake, {Role::CaseManager}, 30); // 00:30 local
    const Obligation o = rule(h.asOf(day("2026-04-10")), "R1.1");
    EXPECT_EQ(o.metOn, day("2026-04-04")) << "22:30 UTC on 3 April is 4 April in Amsterdam";
    EXPECT_EQ(o.status, Status::MetLate);
}

// R0.5: obligations stop at discharge.
TEST(Policy, R0_5_NothingIsDueAfterDischarge)
{
    History h("2026-01-05");
    h.discharged(h.at(10));
    const Evaluation e = h.asOf(h.at(60));
    for (const Obligation &o : e.obligations) {
        EXPECT_EQ(o.status, Status::NotApplicable) << o.rule;
    }
    EXPECT_FALSE(e.eligibleForPromotion);
}

TEST(Policy, R0_5_WhatWasOverdueAtDischargeStaysOverdueByThen)
{
    History h("2026-01-05");
    h.discharged(h.at(20));
    const Obligation o = rule(h.asOf(h.at(60)), "R1.1");
    EXPECT_EQ(o.status, Status::Overdue);
    EXPECT_EQ(o.daysOverdue, 6);
}

TEST(Policy, R0_5_EventsAfterDischargeDoNotCount)
{
    History h("2026-01-05");
    h.discharged(h.at(10)).intake(h.at(12));
    EXPECT_FALSE(rule(h.asOf(h.at(30)), "R1.1").metOn.has_value());
}

// R2.1 and R2.2: placement on admission.
TEST(Policy, R2_1_StartsInBasicUnlessSelfReporterOrTransferredFromPlus)
{
    EXPECT_EQ(History("2026-01-05").asOf(day("2026-01-06")).program, Program::Basic);
    EXPECT_EQ(History("2026-01-05").selfReporter().asOf(day("2026-01-06")).program, Program::Plus);
    EXPECT_EQ(History("2026-01-05").transferredFromPlus().asOf(day("2026-01-06")).program,
              Program::Plus);
}

TEST(Policy, R2_2_RemandCentreHasOnlyBasic)
{
    History zelfmelder("2026-01-05", FacilityKind::RemandCentre);
    zelfmelder.selfReporter();
    EXPECT_EQ(zelfmelder.asOf(day("2026-01-06")).program, Program::Basic);

    History h("2026-01-05", FacilityKind::RemandCentre);
    h.review(h.at(42), Light::Green);
    EXPECT_FALSE(h.asOf(h.at(43)).eligibleForPromotion);
    h.decision(h.at(44), DecisionKind::Promote);
    EXPECT_EQ(h.asOf(h.at(45)).program, Program::Basic);

    History ppc("2026-01-05", FacilityKind::PsychiatricCentre);
    ppc.review(ppc.at(42), Light::Green);
    EXPECT_FALSE(ppc.asOf(ppc.at(43)).eligibleForPromotion);
}

// R4.2: six weeks of green counted from admission; an orange or red restarts them.
TEST(Policy, R4_2_EligibleAtAGreenReviewSixWeeksAfterAdmission)
{
    History early("2026-01-05");
    early.review(early.at(41), Light::Green);
    EXPECT_FALSE(early.asOf(early.at(41)).eligibleForPromotion);

    History h("2026-01-05");
    h.review(h.at(42), Light::Green);
    const Evaluation e = h.asOf(h.at(42));
    EXPECT_TRUE(e.eligibleForPromotion);
    EXPECT_EQ(e.eligibleSince, h.at(42));
}

TEST(Policy, R4_2_AnOrangeReviewRestartsTheSixWeeks)
{
    History h("2026-01-05");
    h.review(h.at(30), Light::Orange).review(h.at(71), Light::Green);
    EXPECT_FALSE(h.asOf(h.at(71)).eligibleForPromotion);
    h.review(h.at(72), Light::Green);
    EXPECT_TRUE(h.asOf(h.at(72)).eligibleForPromotion);
}

TEST(Policy, R4_2_AlreadyInPlusIsNotEligible)
{
    History h("2026-01-05");
    h.selfReporter().review(h.at(42), Light::Green);
    const Evaluation e = h.asOf(h.at(43));
    EXPECT_FALSE(e.eligibleForPromotion);
    EXPECT_TRUE(e.decisionsDue.empty());
}

// R2.3: excluded groups cannot be promoted while the exclusion lasts.
TEST(Policy, R2_3_ExcludedThenNoLongerExcluded)
{
    History h("2026-01-05");
    h.excluded(h.admitted(), h.at(50)).review(h.at(42), Light::Green);
    EXPECT_FALSE(h.asOf(h.at(45)).eligibleForPromotion);
    EXPECT_TRUE(h.asOf(h.at(45)).excluded);
    h.review(h.at(56), Light::Green);
    const Evaluation after = h.asOf(h.at(56));
    EXPECT_FALSE(after.excluded);
    EXPECT_TRUE(after.eligibleForPromotion) << "six weeks still count from admission";
}

// R4.4: an exception with a justification lets an orange pass.
TEST(Policy, R4_4_JustifiedExceptionDoesNotRestartTheSixWeeks)
{
    History with("2026-01-05");
    with.review(with.at(30), Light::Orange, "Licht verstandelijke beperking; werkt goed mee")
        .review(with.at(42), Light::Green);
    EXPECT_TRUE(with.asOf(with.at(42)).eligibleForPromotion);
    History redWith("2026-01-05");
    redWith.review(redWith.at(30), Light::Red, "toelichting").review(redWith.at(42), Light::Green);
    EXPECT_FALSE(redWith.asOf(redWith.at(42)).eligibleForPromotion) << "red is never excused";
}

// R4.6: eligible without a decision is a decision due.
TEST(Policy, R4_6_EligibleWithoutDecisionIsADecisionDue)
{
    History h("2026-01-05");
    h.review(h.at(42), Light::Green);
    Evaluation e = h.asOf(h.at(45));
    ASSERT_EQ(e.decisionsDue.size(), 1u);
    EXPECT_EQ(e.decisionsDue[0].rule, "R4.6");
    EXPECT_EQ(e.decisionsDue[0].suggested, DecisionKind::Promote);

    h.decision(h.at(46), DecisionKind::NotYet);
    e = h.asOf(h.at(50));
    EXPECT_TRUE(e.decisionsDue.empty()) << "a 'not yet' is a decision";
    EXPECT_TRUE(e.eligibleForPromotion);

    h.review(h.at(84), Light::Green);
    EXPECT_EQ(h.asOf(h.at(85)).decisionsDue.size(), 1u) << "the next green review asks again";

    h.decision(h.at(86), DecisionKind::Promote);
    e = h.asOf(h.at(87));
    EXPECT_EQ(e.program, Program::Plus);
    EXPECT_TRUE(e.decisionsDue.empty());
}

// R4.3: orange again after a warning, or red, while in plus: a decision on demotion.
TEST(Policy, R4_3_OrangeAfterAWarningAsksForADecision)
{
    History h("2026-01-05");
    h.selfReporter().review(h.at(30), Light::Orange);
    EXPECT_TRUE(h.asOf(h.at(31)).decisionsDue.empty()) << "the first orange is a warning";
    h.review(h.at(60), Light::Orange);
    Evaluation e = h.asOf(h.at(61));
    ASSERT_EQ(e.decisionsDue.size(), 1u);
    EXPECT_EQ(e.decisionsDue[0].rule, "R4.3");
    EXPECT_EQ(e.decisionsDue[0].suggested, DecisionKind::Demote);
    h.decision(h.at(62), DecisionKind::Demote);
    e = h.asOf(h.at(63));
    EXPECT_TRUE(e.decisionsDue.empty());
    EXPECT_EQ(e.program, Program::Basic);
}

TEST(Policy, R4_5_DemotionRestartsTheSixWeeks)
{
    History h("2026-01-05");
    h.selfReporter().review(h.at(20), Light::Red).decision(h.at(21), DecisionKind::Demote);
    h.review(h.at(62), Light::Green);
    EXPECT_FALSE(h.asOf(h.at(62)).eligibleForPromotion);
    h.review(h.at(63), Light::Green);
    EXPECT_TRUE(h.asOf(h.at(63)).eligibleForPromotion);
}

// R6.6: under dbt-2020 inadmissible behaviour forces demotion.
TEST(Policy, R6_6_RedUnderDbt2020ForcesDemotion)
{
    History h("2026-01-05");
    h.profile("dbt-2020").selfReporter().review(h.at(20), Light::Red);
    const Evaluation e = h.asOf(h.at(21));
    ASSERT_EQ(e.decisionsDue.size(), 1u);
    EXPECT_EQ(e.decisionsDue[0].rule, "R6.6");
    History old("2026-01-05");
    old.selfReporter().review(old.at(20), Light::Red);
    EXPECT_EQ(old.asOf(old.at(21)).decisionsDue.at(0).rule, "R4.3");
}

// R6.1: a complaint within seven days of the decision.
TEST(Policy, R6_1_EveryDecisionHasAComplaintDeadline)
{
    History h("2026-01-05");
    h.review(day("2026-02-16"), Light::Green).decision(day("2026-02-20"), DecisionKind::Promote);
    const Evaluation e = h.asOf(day("2026-03-01"));
    ASSERT_EQ(e.complaintDeadlines.size(), 1u);
    EXPECT_EQ(e.complaintDeadlines[0].decisionDate, day("2026-02-20"));
    EXPECT_EQ(e.complaintDeadlines[0].lodgeBy, day("2026-02-27"));
}

// The example of the evaluate command in its specification.
TEST(Policy, TheSpecificationExample)
{
    History h("2026-01-05");
    h.excluded(day("2026-01-05"))
        .intake(day("2026-01-10"))
        .mentorTalk(day("2026-01-12"))
        .planTalk(day("2026-01-20"), {Role::CaseManager, Role::Municipality, Role::Probation})
        .plan(day("2026-01-15"), PlanStage::Concept)
        .plan(day("2026-02-01"), PlanStage::Definitive)
        .review(day("2026-02-16"), Light::Green)
        .decision(day("2026-02-20"), DecisionKind::Promote);
    const Evaluation e = h.asOf(day("2026-03-01"));
    EXPECT_EQ(e.program, Program::Plus);
    EXPECT_FALSE(e.eligibleForPromotion);
    const Obligation intake = rule(e, "R1.1");
    EXPECT_EQ(intake.status, Status::Met);
    EXPECT_EQ(intake.due, day("2026-01-19"));
    EXPECT_EQ(intake.metOn, day("2026-01-10"));
    EXPECT_EQ(rule(e, "R1.2").status, Status::Overdue); // last talk 12 Jan
    EXPECT_EQ(rule(e, "R1.3").status, Status::Met);
    EXPECT_EQ(rule(e, "R3.1").status, Status::Met); // 15 Jan, due 18 Jan
    EXPECT_EQ(rule(e, "R3.2").status, Status::Met);
    EXPECT_EQ(rule(e, "R3.3").status, Status::Due);
    EXPECT_TRUE(e.decisionsDue.empty());
}

TEST(Policy, UrgencyPutsOverdueFirst)
{
    History h("2026-01-05");
    EXPECT_EQ(h.asOf(h.at(1)).urgency(h.at(1)), 0);
    EXPECT_EQ(h.asOf(h.at(13)).urgency(h.at(13)), 2) << "concept plan due today (R3.1)";
    EXPECT_EQ(h.asOf(h.at(15)).urgency(h.at(15)), 3);
}

// R6.2: appeal to the RSJ within seven days of the ruling.
TEST(Policy, R6_2_AppealWithinSevenDaysOfTheRuling)
{
    const Detainee d = [] {
        Detainee x;
        x.admittedOn = day("2026-01-05");
        return x;
    }();
    DetaineeEvents events;
    Complaint lodged;
    lodged.header.occurredAtMs = utcFromAmsterdam({day("2026-02-23"), 600});
    Complaint ruling = lodged;
    ruling.header.occurredAtMs = utcFromAmsterdam({day("2026-03-10"), 600});
    ruling.stage = ComplaintStage::Ruling;
    events.complaints = {lodged, ruling};
    const Evaluation e =
        evaluate(defaultProfile(), FacilityKind::Prison, d, events, day("2026-03-20"));
    ASSERT_EQ(e.appealDeadlines.size(), 1u);
    EXPECT_EQ(e.appealDeadlines[0].appealBy, day("2026-03-17"));
}
