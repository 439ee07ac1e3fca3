// The programme (R2, R4) and complaints and appeal (R6) as evaluate() sees them; the contact
// and plan obligations (R0, R1, R3) are in test_policy.cpp.
#include "policy_history.h"

using namespace ronde;
using namespace ronde::policy_tests;

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
    EXPECT_EQ(nameOf(e.decisionsDue[0].rule), "R4.6");
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
    EXPECT_EQ(nameOf(e.decisionsDue[0].rule), "R4.3");
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

// R4.5: two decisions on one day count in the order they were taken, whatever order they are
// read in (a decision recorded later for an earlier day can meet another on that day).
TEST(Policy, R4_5_TwoDecisionsOnOneDayCountInTheirOrder)
{
    History demotedLast("2026-01-05");
    demotedLast.selfReporter()
        .decision(demotedLast.at(30), DecisionKind::Demote, 16 * 60)
        .decision(demotedLast.at(30), DecisionKind::Promote, 10 * 60);
    EXPECT_EQ(demotedLast.asOf(demotedLast.at(31)).program, Program::Basic);

    History promotedLast("2026-01-05");
    promotedLast.selfReporter()
        .decision(promotedLast.at(30), DecisionKind::Promote, 16 * 60)
        .decision(promotedLast.at(30), DecisionKind::Demote, 10 * 60);
    EXPECT_EQ(promotedLast.asOf(promotedLast.at(31)).program, Program::Plus);
}

// R2.2, R2.3, R4.5: a decision that cannot apply to the standing is barred; one the reviews
// do not support (not eligible) is the director's to take.
TEST(Policy, R4_5_ADecisionMustFitTheStanding)
{
    History basic("2026-01-05");
    const Evaluation inBasic = basic.asOf(basic.at(10));
    EXPECT_EQ(decisionBar(DecisionKind::Promote, inBasic, FacilityKind::Prison), DecisionBar::None)
        << "not eligible, yet the director may";
    EXPECT_EQ(decisionBar(DecisionKind::Demote, inBasic, FacilityKind::Prison),
              DecisionBar::NotInPlus);
    EXPECT_EQ(decisionBar(DecisionKind::Revoke, inBasic, FacilityKind::Prison),
              DecisionBar::NotInPlus);
    EXPECT_EQ(decisionBar(DecisionKind::NotYet, inBasic, FacilityKind::Prison), DecisionBar::None);
    EXPECT_EQ(decisionBar(DecisionKind::Promote, inBasic, FacilityKind::RemandCentre),
              DecisionBar::NoPlusHere);

    History plus("2026-01-05");
    const Evaluation inPlus = plus.selfReporter().asOf(plus.at(10));
    ASSERT_EQ(inPlus.program, Program::Plus);
    EXPECT_EQ(decisionBar(DecisionKind::Promote, inPlus, FacilityKind::Prison),
              DecisionBar::AlreadyInPlus);
    EXPECT_EQ(decisionBar(DecisionKind::Demote, inPlus, FacilityKind::Prison), DecisionBar::None);

    History excluded("2026-01-05");
    const Evaluation own = excluded.excluded(day("2026-01-05")).asOf(excluded.at(10));
    ASSERT_TRUE(own.excluded);
    EXPECT_EQ(decisionBar(DecisionKind::Promote, own, FacilityKind::Prison), DecisionBar::Excluded);
    EXPECT_EQ(decisionBar(DecisionKind::Demote, own, FacilityKind::Prison), DecisionBar::Excluded);
}

// R4.5: a decision records the review it is based on: the last one held on its day or before,
// by the facility's clock (a review late in the evening is on that day), in any order given,
// and in this stay (a review of an earlier detention is no basis).
TEST(Policy, R4_5_ADecisionIsBasedOnTheLastReviewOnOrBeforeItsDay)
{
    const auto reviewOn = [](const char *id, const char *on, int minuteOfDay) {
        CaseReview r;
        r.header.id = id;
        r.header.occurredAtMs = utcFromAmsterdam({day(on), minuteOfDay});
        return r;
    };
    const std::vector<CaseReview> reviews{
        reviewOn("march", "2026-03-02", 10 * 60), reviewOn("late", "2026-04-13", 23 * 60 + 30),
        reviewOn("january", "2026-01-19", 10 * 60), reviewOn("may", "2026-05-25", 8 * 60)};
    const auto behind = [&](const char *on, const char *admitted = "2026-01-05") {
        const CaseReview *r = reviewBehind(reviews, day(on), day(admitted));
        return r ? r->header.id : std::string("none");
    };
    EXPECT_EQ(behind("2026-01-18"), "none");
    EXPECT_EQ(behind("2026-01-19"), "january");
    EXPECT_EQ(behind("2026-04-12"), "march");
    EXPECT_EQ(behind("2026-04-13"), "late") << "23:30 in Amsterdam is 21:30 UTC, the same day";
    EXPECT_EQ(behind("2026-05-24"), "late");
    EXPECT_EQ(behind("2026-06-01"), "may");
    EXPECT_EQ(reviewBehind({}, day("2026-06-01"), day("2026-01-05")), nullptr);
    // Admitted again on 1 May: April's review was of the stay before.
    EXPECT_EQ(behind("2026-05-24", "2026-05-01"), "none");
    EXPECT_EQ(behind("2026-05-25", "2026-05-01"), "may");
}

// R6.6: under dbt-2020 inadmissible behaviour forces demotion.
TEST(Policy, R6_6_RedUnderDbt2020ForcesDemotion)
{
    History h("2026-01-05");
    h.profile("dbt-2020").selfReporter().review(h.at(20), Light::Red);
    const Evaluation e = h.asOf(h.at(21));
    ASSERT_EQ(e.decisionsDue.size(), 1u);
    EXPECT_EQ(nameOf(e.decisionsDue[0].rule), "R6.6");
    History old("2026-01-05");
    old.selfReporter().review(old.at(20), Light::Red);
    EXPECT_EQ(nameOf(old.asOf(old.at(21)).decisionsDue.at(0).rule), "R4.3");
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
    EXPECT_EQ(e.program,
              Program::Own); // R2.3: excluded since admission, the promotion places nobody
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
