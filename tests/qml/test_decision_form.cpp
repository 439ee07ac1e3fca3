// R4.5: a decision records who decided, in which capacity, the day, and the review it is
// based on. Recorded the day after the MDO, it is dated the day it was taken.
#include "demo/demo.h"
#include "policy/evaluation.h"
#include "store/store.h"
#include "util/local_time.h"
#include "viewmodels/conversions.h"
#include "viewmodels/decision_form.h"
#include "viewmodels/review_form.h"
#include "viewmodels/session.h"

#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace ronde;

namespace {

// The demo's tablet with its director signed in, and one of the facility's detainees without
// a review yet, admitted a hundred days ago.
class DecisionFormTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(session.open(dir.filePath("tablet.sqlite"), true))
            << session.errorString().toStdString();
        Store &store = *session.store();
        const std::string facility = session.facilityId().toStdString();
        for (const User &u : store.registry().users(facility)) {
            if (u.role == Role::Director) {
                ASSERT_EQ(session.signIn(QString::fromStdString(u.id), kDemoPin), "");
            }
        }
        ASSERT_TRUE(session.canDecide());
        for (Detainee d : store.registry().detainees(facility)) {
            if (!d.dischargedOn && store.events().reviews(d.id).empty() &&
                store.events().decisions(d.id).empty()) {
                d.admittedOn = fromQDate(session.today().addDays(-100));
                store.registry().upsert(d);
                detainee = QString::fromStdString(d.id);
                return;
            }
        }
        FAIL() << "no detainee without a review in the demo";
    }
    // A review the MDO held days ago, through the review form.
    std::string reviewHeld(int daysAgo)
    {
        ReviewForm form;
        form.setSession(&session);
        form.setDetaineeId(detainee);
        for (const QVariant &domain : form.domains()) {
            form.setLight(domain.toMap().value("domain").toString(), "green");
        }
        form.setDaysAgo(daysAgo);
        EXPECT_TRUE(form.save()) << form.errorString().toStdString();
        const auto reviews = session.store()->events().reviews(detainee.toStdString());
        return reviews.empty() ? std::string() : reviews.back().header.id;
    }
    QDate daysAgo(int days) const { return session.today().addDays(-days); }
    // A decision form on the detainee, "not yet" chosen.
    void prepare(DecisionForm &form)
    {
        form.setSession(&session);
        form.setDetaineeId(detainee);
        form.setProperty("decision", "notYet");
    }

    QTemporaryDir dir;
    Session session;
    QString detainee;
};

} // namespace

TEST_F(DecisionFormTest, IsDatedTheDayItWasTakenAndRecordsTheReviewBehindIt)
{
    const std::string fiveDaysAgo = reviewHeld(5);
    const std::string twoDaysAgo = reviewHeld(2);
    ASSERT_NE(fiveDaysAgo, twoDaysAgo);

    DecisionForm form;
    prepare(form);
    EXPECT_EQ(form.reviewDay(), daysAgo(2)) << "today: the last review";
    form.setDaysAgo(6);
    EXPECT_FALSE(form.reviewDay().isValid()) << "no review held by then";
    form.setDaysAgo(3);
    EXPECT_EQ(form.reviewDay(), daysAgo(5));

    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    const auto decisions = session.store()->events().decisions(detainee.toStdString());
    ASSERT_EQ(decisions.size(), 1U);
    const ProgramDecision &saved = decisions.front();
    EXPECT_EQ(toQDate(amsterdamFromUtc(saved.header.occurredAtMs).date), daysAgo(3))
        << "dated the day it was taken";
    EXPECT_EQ(saved.reviewId, fiveDaysAgo) << "based on the review held before that day";
    EXPECT_EQ(saved.capacity, DecisionCapacity::Director);
    // R6.1: a complaint can be lodged for the profile's days after the decision's day.
    EXPECT_EQ(form.complaintDeadline(), daysAgo(3).addDays(defaultProfile().complaintDays));
    EXPECT_EQ(form.daysAgo(), 3) << "the page shows what it recorded";
}

// Without a review before it, a decision records none (a revocation after an incident).
TEST_F(DecisionFormTest, WithoutAReviewBeforeItRecordsNone)
{
    DecisionForm form;
    prepare(form);
    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    const auto decisions = session.store()->events().decisions(detainee.toStdString());
    ASSERT_EQ(decisions.size(), 1U);
    EXPECT_EQ(decisions.front().reviewId, std::nullopt);
    EXPECT_EQ(toQDate(amsterdamFromUtc(decisions.front().header.occurredAtMs).date),
              session.today());
}

// Re-admitted: a review of the stay before is no basis for a decision in this one.
TEST_F(DecisionFormTest, AReviewOfAnEarlierStayIsNoBasis)
{
    ASSERT_FALSE(reviewHeld(5).empty());
    Detainee again = *session.store()->registry().detainee(detainee.toStdString());
    again.admittedOn = fromQDate(daysAgo(4));
    session.store()->registry().upsert(again);

    DecisionForm form;
    prepare(form);
    EXPECT_FALSE(form.reviewDay().isValid()) << "the review was of the stay before";
    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    EXPECT_EQ(session.store()->events().decisions(detainee.toStdString()).front().reviewId,
              std::nullopt);
}

// A decision is not dated before the detainee's last one: it would be judged on a standing
// that the later one has changed since. Once saved, the page keeps the day it recorded.
TEST_F(DecisionFormTest, IsNotDatedBeforeTheLastDecision)
{
    DecisionForm first;
    prepare(first);
    first.setDaysAgo(3);
    ASSERT_TRUE(first.save()) << first.errorString().toStdString();
    EXPECT_EQ(first.dayChosen(), daysAgo(3).toString(Qt::ISODate)) << "kept as a date";

    DecisionForm next;
    next.setSession(&session);
    next.setDetaineeId(detainee);
    EXPECT_EQ(next.maxDaysBack(), 3);
    next.setDaysAgo(10);
    EXPECT_EQ(next.daysAgo(), 3) << "the day of the last decision, not before";
    // A day kept with a draft before the last decision (it came meanwhile) stays, and the save
    // asks for another rather than record a day nobody chose.
    next.setDayChosen(daysAgo(8).toString(Qt::ISODate));
    EXPECT_EQ(next.day(), daysAgo(8));
    next.setProperty("decision", "notYet");
    const auto count = session.store()->events().decisions(detainee.toStdString()).size();
    EXPECT_FALSE(next.save());
    EXPECT_NE(next.errorString().indexOf("later besluit"), -1) << next.errorString().toStdString();
    EXPECT_EQ(session.store()->events().decisions(detainee.toStdString()).size(), count);
}

// Two decisions on one day count in the order they were taken: one recorded later for that
// day follows the day's last one, also when it is recorded at an earlier hour (the form dates
// it at the hour it is recorded). A later decision that came meanwhile refuses the day chosen.
TEST_F(DecisionFormTest, OnTheDayOfTheLastDecisionItComesAfterIt)
{
    const Date day = fromQDate(daysAgo(3));
    ProgramDecision promoted;
    promoted.header.detaineeId = detainee.toStdString();
    promoted.header.authorId = session.userId().toStdString();
    promoted.header.occurredAtMs = utcFromAmsterdam({day, 23 * 60 + 59}); // late that evening
    promoted.decision = DecisionKind::Promote;
    promoted.capacity = DecisionCapacity::Director;
    promoted = session.store()->events().record(promoted);

    DecisionForm demotion;
    demotion.setSession(&session);
    demotion.setDetaineeId(detainee);
    demotion.setDaysAgo(3);
    demotion.setProperty("decision", "demote");
    EXPECT_EQ(demotion.bar(), "") << "in plus on that day, after the promotion";
    ASSERT_TRUE(demotion.save()) << demotion.errorString().toStdString();
    const auto decisions = session.store()->events().decisions(detainee.toStdString());
    const auto saved = std::find_if(decisions.begin(), decisions.end(), [](const auto &d) {
        return d.decision == DecisionKind::Demote;
    });
    ASSERT_NE(saved, decisions.end());
    EXPECT_EQ(eventDay(saved->header), day);
    EXPECT_GT(saved->header.occurredAtMs, promoted.header.occurredAtMs);

    // Another form, opened before a decision of today came (as by a sync).
    DecisionForm stale;
    stale.setSession(&session);
    stale.setDetaineeId(detainee);
    stale.setDaysAgo(3);
    stale.setProperty("decision", "notYet");
    ProgramDecision today = promoted;
    today.header.occurredAtMs = session.store()->clock()();
    today.decision = DecisionKind::NotYet;
    session.store()->events().record(today);
    const auto count = session.store()->events().decisions(detainee.toStdString()).size();
    EXPECT_FALSE(stale.save());
    EXPECT_FALSE(stale.errorString().isEmpty());
    EXPECT_EQ(session.store()->events().decisions(detainee.toStdString()).size(), count);
}

// R4.3: a review with a red light for a detainee in plus calls for a decision on demotion.
// The review form says so once it is saved, not only that the detainee is in plus: the
// mentor then knows the director must decide, and that the review need not be entered again.
TEST_F(DecisionFormTest, AReviewThatCallsForADemotionSaysSoWhenSaved)
{
    ProgramDecision promoted;
    promoted.header.detaineeId = detainee.toStdString();
    promoted.header.authorId = session.userId().toStdString();
    promoted.header.occurredAtMs = utcFromAmsterdam({fromQDate(daysAgo(10)), 12 * 60});
    promoted.decision = DecisionKind::Promote;
    promoted.capacity = DecisionCapacity::Director;
    session.store()->events().record(promoted);

    ReviewForm form;
    form.setSession(&session);
    form.setDetaineeId(detainee);
    const QVariantList domains = form.domains();
    ASSERT_FALSE(domains.isEmpty());
    for (const QVariant &domain : domains) {
        form.setLight(domain.toMap().value("domain").toString(), "green");
    }
    form.setDaysAgo(3);
    form.setLight(domains.front().toMap().value("domain").toString(), "red");
    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    EXPECT_TRUE(form.outcome().startsWith("Rood in de bespreking van"))
        << form.outcome().toStdString();
    EXPECT_TRUE(form.outcome().endsWith(": besluit over degraderen."))
        << form.outcome().toStdString();

    // A green review after it, the decision still not taken: that one is not this review's
    // outcome, and it is still open.
    for (const QVariant &domain : domains) {
        form.setLight(domain.toMap().value("domain").toString(), "green");
    }
    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    EXPECT_EQ(form.outcome().indexOf("Rood"), -1) << form.outcome().toStdString();
    EXPECT_TRUE(form.outcome().startsWith("Zit in het plusprogramma; een besluit over "
                                          "degraderen"))
        << form.outcome().toStdString();
}

// R4.2, R4.6: a green review six weeks after admission makes the detainee eligible, and the
// review form says that a decision on promotion is due. A review recorded afterwards for an
// earlier day says so too: the detainee is still eligible, by the later review.
TEST_F(DecisionFormTest, AReviewThatMakesAPromotionDueSaysSoWhenSaved)
{
    ReviewForm form;
    form.setSession(&session);
    form.setDetaineeId(detainee);
    const auto allGreen = [&form] {
        for (const QVariant &domain : form.domains()) {
            form.setLight(domain.toMap().value("domain").toString(), "green");
        }
    };
    allGreen();
    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    EXPECT_TRUE(form.eligibleAfterSave());
    const auto saysPromotionDue = [&form] {
        return form.outcome().startsWith("Komt sinds de bespreking van") &&
               form.outcome().endsWith("in aanmerking voor promotie; nog geen besluit.");
    };
    EXPECT_TRUE(saysPromotionDue()) << form.outcome().toStdString();

    // (Eligible since that earlier day now, due by today's review.)
    allGreen();
    form.setDaysAgo(3);
    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    EXPECT_TRUE(saysPromotionDue()) << form.outcome().toStdString();
}

// The save takes a kept draft of the page with it, in its own transaction (as a contact's).
TEST_F(DecisionFormTest, TakesItsKeptDraftWithIt)
{
    DecisionForm form;
    prepare(form);
    ASSERT_TRUE(session.keepDraft({{"page", "decision"},
                                   {"detaineeId", detainee},
                                   {"form", QVariantMap{{"decision", "notYet"}}}}));
    ASSERT_FALSE(session.store()->deviceState().value("paused_draft").empty());
    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    EXPECT_EQ(session.store()->deviceState().value("paused_draft"), "");
}

// A review that arrives while the page is open (a sync, or the review page) is the one the
// page names, as the save records it. A sync that changes nothing the page shows does not
// disturb it: the page drops a confirmation under way only when what it showed changed.
TEST_F(DecisionFormTest, TheReviewNamedFollowsWhatArrivesWhileThePageIsOpen)
{
    reviewHeld(5);
    DecisionForm form;
    prepare(form);
    int noticed = 0;
    QObject::connect(&form, &DecisionForm::changed, [&noticed] { ++noticed; });
    EXPECT_EQ(form.reviewDay(), daysAgo(5));

    session.store()->changes().notify({Change::Kind::Everything, {}, {}}); // a sync, all else
    EXPECT_EQ(noticed, 0) << "nothing on the page changed";

    const std::string yesterday = reviewHeld(1);
    EXPECT_EQ(form.reviewDay(), daysAgo(1));
    EXPECT_GE(noticed, 1) << "the page is told";
    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    EXPECT_EQ(session.store()->events().decisions(detainee.toStdString()).front().reviewId,
              yesterday);

    // Saved, the page names the review it recorded, also when a later one comes that day.
    noticed = 0;
    reviewHeld(0);
    EXPECT_EQ(form.reviewDay(), daysAgo(1));
    EXPECT_EQ(noticed, 0);
}

// Said before a decision is recorded: one on a day that has one already (both stay: a decision
// cannot be withdrawn), and one dated before the last review, on which it then does not rest.
TEST_F(DecisionFormTest, CautionsASecondDecisionOnADayAndOneBeforeTheLastReview)
{
    reviewHeld(2);
    DecisionForm first;
    prepare(first);
    EXPECT_EQ(first.caution(), "") << "nothing to say yet";
    first.setDaysAgo(3);
    EXPECT_NE(first.caution().indexOf("Na deze dag is nog een bespreking gehouden"), -1)
        << first.caution().toStdString();
    first.setDaysAgo(2);
    EXPECT_EQ(first.caution(), "") << "on the review's own day";
    ASSERT_TRUE(first.save()) << first.errorString().toStdString();

    DecisionForm second;
    prepare(second);
    second.setDaysAgo(2);
    EXPECT_NE(second.caution().indexOf("Op deze dag is al vastgelegd: „Besluit: nog niet”"), -1)
        << second.caution().toStdString();
    second.setDaysAgo(0);
    EXPECT_EQ(second.caution(), "") << "another day";
}
