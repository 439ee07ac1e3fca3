// R4.5: a decision records who decided, in which capacity, the day, and the review it is
// based on. Recorded the day after the MDO, it is dated the day it was taken.
#include "demo/demo.h"
#include "store/store.h"
#include "util/local_time.h"
#include "viewmodels/conversions.h"
#include "viewmodels/decision_form.h"
#include "viewmodels/review_form.h"
#include "viewmodels/session.h"

#include <QTemporaryDir>
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
            if (store.events().reviews(d.id).empty() && store.events().decisions(d.id).empty()) {
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
    form.setSession(&session);
    form.setDetaineeId(detainee);
    form.setProperty("decision", "notYet");
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
    form.setSession(&session);
    form.setDetaineeId(detainee);
    form.setProperty("decision", "notYet");
    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    const auto decisions = session.store()->events().decisions(detainee.toStdString());
    ASSERT_EQ(decisions.size(), 1U);
    EXPECT_EQ(decisions.front().reviewId, std::nullopt);
    EXPECT_EQ(toQDate(amsterdamFromUtc(decisions.front().header.occurredAtMs).date),
              session.today());
}
