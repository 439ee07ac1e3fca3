#include "policy_history.h"

using namespace ronde;
using namespace ronde::policy_tests;

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
        rules.emplace_back(nameOf(o.rule));
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

// R3.2: a revision, which any member of the MDO may record, follows the director's definitive
// plan and does not stand in for it.
TEST(Policy, R3_2_ARevisionDoesNotCountAsDefinitive)
{
    History h("2026-01-05");
    h.plan(h.at(5), PlanStage::Concept).plan(h.at(20), PlanStage::Revised);
    EXPECT_EQ(rule(h.asOf(h.at(40)), "R3.2").status, Status::Overdue);
    h.plan(h.at(41), PlanStage::Definitive);
    EXPECT_EQ(rule(h.asOf(h.at(45)), "R3.2").status, Status::MetLate);
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
        EXPECT_EQ(o.status, Status::NotApplicable) << nameOf(o.rule);
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
