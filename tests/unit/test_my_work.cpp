// "Mijn werk" (policy/my_work.h): the same evaluation, seen from the signed-in person's role.
#include "policy/my_work.h"
#include "policy_history.h"

using namespace ronde;
using namespace ronde::policy_tests;

namespace {

std::optional<WorkItem> workOf(Role role, const History &h, Date today, bool assigned = false)
{
    return workItem(workFocusOf(role), h.asOf(today), assigned, today, role);
}

} // namespace

// R1.2 is the mentor's work: overdue, due this week, and done today (so the save is seen);
// a talk due later, and a casemanager's overdue intake (R1.1), are not.
TEST(MyWork, AMentorSeesMentorTalksDueOrOverdue)
{
    History h("2026-01-05");
    h.intake(h.at(3));
    const auto overdue = workOf(Role::Mentor, h, h.at(20)); // first talk due on day 14
    ASSERT_TRUE(overdue);
    EXPECT_EQ(overdue->state, WorkItem::State::Overdue);
    EXPECT_EQ(overdue->daysOverdue, 6);
    EXPECT_NE(overdue->reason.dutch.find("mentorgesprek"), std::string::npos)
        << overdue->reason.dutch;

    const auto soon = workOf(Role::Mentor, h, h.at(9));
    ASSERT_TRUE(soon);
    EXPECT_EQ(soon->state, WorkItem::State::DueSoon);
    EXPECT_FALSE(workOf(Role::Mentor, h, h.at(2))) << "due in 12 days: not this week's work";

    h.mentorTalk(h.at(20));
    const auto done = workOf(Role::Mentor, h, h.at(20));
    ASSERT_TRUE(done);
    EXPECT_EQ(done->state, WorkItem::State::DoneToday);
    EXPECT_FALSE(workOf(Role::Mentor, h, h.at(21))) << "the next is due in two weeks";

    History intakeLate("2026-01-05");
    intakeLate.mentorTalk(intakeLate.at(19)); // the next is due on day 33
    EXPECT_EQ(intakeLate.asOf(intakeLate.at(20)).urgency(intakeLate.at(20)), 3)
        << "overdue for the facility (R1.1)";
    EXPECT_FALSE(workOf(Role::Mentor, intakeLate, intakeLate.at(20)))
        << "but not the mentor's work";
}

// The mentor's own caseload is all in Mijn werk, together: one with nothing due this week says
// when the next talk is due, and comes after the own work that is due; one done today comes
// last of the own, before anyone else's. Someone else's with nothing due is not there.
TEST(MyWork, AMentorsOwnDetaineeWithNothingDueSaysWhenNext)
{
    History h("2026-01-05");
    h.intake(h.at(3)).mentorTalk(h.at(10)); // the next is due on day 24
    const auto idle = workOf(Role::Mentor, h, h.at(12), true);
    ASSERT_TRUE(idle) << "own caseload, nothing due this week";
    EXPECT_EQ(idle->state, WorkItem::State::Assigned);
    EXPECT_TRUE(idle->ownCaseload);
    ASSERT_TRUE(idle->due);
    EXPECT_EQ(*idle->due, h.at(24));
    EXPECT_NE(idle->reason.dutch.find("Volgend mentorgesprek uiterlijk"), std::string::npos)
        << idle->reason.dutch;
    // The previous talk, in other words than the row's "Laatste contact" (any kind of contact).
    EXPECT_NE(idle->reason.dutch.find("(vorige op 15 januari)"), std::string::npos)
        << idle->reason.dutch;
    EXPECT_FALSE(workOf(Role::Mentor, h, h.at(12), false)) << "not the mentor's own";

    History due("2026-01-05");
    const auto soon = workOf(Role::Mentor, due, due.at(9), true);
    ASSERT_TRUE(soon);
    EXPECT_TRUE(comesBefore(*soon, *idle)) << "own work due before own with nothing due";

    History talked("2026-01-05");
    talked.mentorTalk(talked.at(12));
    const auto doneOwn = workOf(Role::Mentor, talked, talked.at(12), true);
    ASSERT_TRUE(doneOwn);
    EXPECT_EQ(doneOwn->state, WorkItem::State::DoneToday);
    const auto othersDue = workOf(Role::Mentor, due, due.at(9), false);
    ASSERT_TRUE(othersDue);
    EXPECT_TRUE(comesBefore(*idle, *doneOwn)) << "own, done today: after the own still open";
    EXPECT_TRUE(comesBefore(*doneOwn, *othersDue)) << "but still with the own caseload";

    History left("2026-01-05");
    left.discharged(left.at(6));
    EXPECT_FALSE(workOf(Role::Mentor, left, left.at(12), true)) << "gone: nothing to do";
}

// A casemanager's work is the intake, the plans and the plan talk, not the mentor talks.
TEST(MyWork, ACaseManagerSeesIntakesPlansAndPlanTalks)
{
    History h("2026-01-05");
    h.mentorTalk(h.at(5));
    // R1.1 was due on day 14, R3.1's concept plan on day 13: the longer overdue comes first.
    const auto intake = workOf(Role::CaseManager, h, h.at(15));
    ASSERT_TRUE(intake);
    EXPECT_EQ(intake->state, WorkItem::State::Overdue);
    EXPECT_EQ(intake->daysOverdue, 2);
    EXPECT_NE(intake->reason.dutch.find("concept-D&R-plan"), std::string::npos)
        << intake->reason.dutch;
    h.plan(h.at(12), PlanStage::Concept);
    const auto then = workOf(Role::CaseManager, h, h.at(15));
    ASSERT_TRUE(then);
    EXPECT_NE(then->reason.dutch.find("intake"), std::string::npos) << then->reason.dutch;

    History talks("2026-01-05");
    talks.intake(talks.at(3)).plan(talks.at(10), PlanStage::Concept);
    const auto mentorLate = talks.asOf(talks.at(21));
    EXPECT_EQ(mentorLate.find(Rule::R1_2)->status, Status::Overdue);
    const auto work =
        workItem(WorkFocus::CaseManagement, mentorLate, false, talks.at(21), Role::CaseManager);
    ASSERT_TRUE(work) << "the plan talk (R1.3) falls due on day 28";
    EXPECT_EQ(work->state, WorkItem::State::DueSoon);
    EXPECT_NE(work->reason.dutch.find("D&R-plan"), std::string::npos) << work->reason.dutch;
}

// The mentor's own caseload comes first, even before a longer overdue talk of someone else's.
TEST(MyWork, OwnCaseloadFirstThenTheLongestOverdue)
{
    History mine("2026-01-05");
    History theirs("2026-01-01");
    const Date today = day("2026-01-25");
    const auto own = workOf(Role::Mentor, mine, today, true);
    const auto other = workOf(Role::Mentor, theirs, today, false);
    ASSERT_TRUE(own && other);
    EXPECT_GT(other->daysOverdue, own->daysOverdue);
    EXPECT_TRUE(comesBefore(*own, *other));
    EXPECT_FALSE(comesBefore(*other, *own));

    History later("2026-01-08");
    const auto lessOverdue = workOf(Role::Mentor, later, today, true);
    ASSERT_TRUE(lessOverdue);
    EXPECT_TRUE(comesBefore(*own, *lessOverdue)) << "longest overdue first";
}

// A director's work is the decisions due (R4.6 here); an external professional's is who is
// assigned to them, and nobody else.
TEST(MyWork, ADirectorSeesDecisionsAndAnExternalOnlyTheirOwn)
{
    History h("2026-01-05");
    h.review(h.at(42), Light::Green);
    const auto decision = workOf(Role::Director, h, h.at(43));
    ASSERT_TRUE(decision);
    EXPECT_EQ(decision->state, WorkItem::State::Decision);
    EXPECT_NE(decision->reason.dutch.find("promotie"), std::string::npos);

    EXPECT_FALSE(workOf(Role::Volunteer, h, h.at(43), false));
    const auto assigned = workOf(Role::Volunteer, h, h.at(43), true);
    ASSERT_TRUE(assigned);
    EXPECT_EQ(assigned->state, WorkItem::State::Assigned);
    EXPECT_TRUE(assigned->ownCaseload);
}

// R1.3: the D&R-plan talk needs the gemeente and the reclassering; while their part is
// missing it is their work, for every detainee, and once they took part it is not.
TEST(MyWork, GemeenteAndReclasseringSeeThePlanTalksTheyAreMissingFrom)
{
    History h("2026-01-05");
    const auto late = workOf(Role::Municipality, h, h.at(30));
    ASSERT_TRUE(late) << "due on day 28, the gemeente missing";
    EXPECT_EQ(late->state, WorkItem::State::Overdue);
    EXPECT_NE(late->reason.dutch.find("gemeente"), std::string::npos) << late->reason.dutch;
    EXPECT_TRUE(workOf(Role::Probation, h, h.at(30)));
    EXPECT_FALSE(workOf(Role::Municipality, h, h.at(10))) << "not due within the week";

    h.planTalk(h.at(20), {Role::CaseManager, Role::Municipality});
    EXPECT_FALSE(workOf(Role::Municipality, h, h.at(30))) << "the gemeente took part";
    EXPECT_TRUE(workOf(Role::Probation, h, h.at(30))) << "the reclassering did not yet";
    const auto client = workOf(Role::Municipality, h, h.at(30), true);
    ASSERT_TRUE(client);
    EXPECT_EQ(client->state, WorkItem::State::Assigned);
}

// A casemanager with a caseload of their own (where the registry assigns one) sees all of it
// too: one with everything done says when the next of their deadlines is, the MDO's review.
TEST(MyWork, ACaseManagersOwnDetaineeWithNothingDueSaysWhenNext)
{
    History h("2026-01-05");
    h.intake(h.at(3)).plan(h.at(10), PlanStage::Concept).plan(h.at(20), PlanStage::Definitive);
    h.planTalk(h.at(12), {Role::CaseManager, Role::Municipality, Role::Probation});
    h.review(h.at(30), Light::Green);
    EXPECT_FALSE(workOf(Role::CaseManager, h, h.at(31), false)) << "nothing due, not theirs";
    const auto idle = workOf(Role::CaseManager, h, h.at(31), true);
    ASSERT_TRUE(idle);
    EXPECT_EQ(idle->state, WorkItem::State::Assigned);
    ASSERT_TRUE(idle->due);
    EXPECT_EQ(*idle->due, h.at(72)) << "six weeks after the review";
    EXPECT_NE(idle->reason.dutch.find("MDO"), std::string::npos) << idle->reason.dutch;
}

// A casemanager prepares the six-weekly review (R3.3): one overdue is their work too.
TEST(MyWork, ACaseManagerSeesAReviewOverdue)
{
    History h("2026-01-05");
    h.intake(h.at(3)).plan(h.at(10), PlanStage::Concept).plan(h.at(20), PlanStage::Definitive);
    h.planTalk(h.at(12), {Role::CaseManager, Role::Municipality, Role::Probation});
    const auto work = workOf(Role::CaseManager, h, h.at(50));
    ASSERT_TRUE(work);
    EXPECT_NE(work->reason.dutch.find("MDO"), std::string::npos) << work->reason.dutch;
}
