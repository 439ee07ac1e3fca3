// Nothing lost, nothing back (docs/ARCHITECTURE.md "kept drafts"): a form thrown away at a
// sign-out while a sync holds the database is dropped as soon as the database is free again,
// and a saved form's draft goes in the save's own transaction, so that neither comes back at
// the next start to be saved a second time.
#include "demo/demo.h"
#include "store/store.h"
#include "tablet_users.h"
#include "util/local_time.h"
#include "util/secrets.h"
#include "viewmodels/contact_form.h"
#include "viewmodels/conversions.h"
#include "viewmodels/plan_form.h"
#include "viewmodels/review_form.h"
#include "viewmodels/session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using namespace ronde;

TEST(KeptDraft, ADropRefusedByABusyDatabaseIsTriedAgain)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("tablet.sqlite");
    addMentor(path, "m", "Mentor", hashPin("246810", PinHashCost::Minimal));
    const QVariantMap draft{{"page", "contact"}, {"detaineeId", "d"}, {"form", QVariantMap{}}};
    {
        Session session;
        ASSERT_TRUE(session.open(path, false)) << session.errorString().toStdString();
        ASSERT_EQ(session.signIn("m", "246810"), "");
        ASSERT_TRUE(session.keepDraft(draft));
        {
            Store worker(path.toStdString()); // as the sync's worker
            Transaction held(worker.database());
            worker.deviceState().set("held", "1"); // a write: the database is now held
            session.lock();                        // its drop waits for the busy timeout, and fails
            EXPECT_FALSE(session.signedIn());
        }
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 1500) { // the retry, a second later
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
    }
    Session next; // the app's next start
    ASSERT_TRUE(next.open(path, false));
    EXPECT_FALSE(next.signedIn()) << "what was thrown away came back";
}

// Kept for an active user, it opens the next start paused as them, and gives the draft once.
TEST(KeptDraft, TheNextStartIsTheUsersLockScreenWithTheDraft)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("tablet.sqlite");
    addMentor(path, "m", "Mentor", hashPin("246810", PinHashCost::Minimal));
    const QVariantMap draft{
        {"page", "review"}, {"detaineeId", "d"}, {"form", QVariantMap{{"note", "Werkt mee"}}}};
    {
        Session session;
        ASSERT_TRUE(session.open(path, false));
        ASSERT_EQ(session.signIn("m", "246810"), "");
        ASSERT_TRUE(session.keepDraft(draft));
    }
    Session next;
    ASSERT_TRUE(next.open(path, false));
    EXPECT_TRUE(next.signedIn());
    EXPECT_TRUE(next.paused()) << "only the PIN opens it";
    EXPECT_EQ(next.userId(), "m");
    EXPECT_EQ(next.takeResumedDraft(), draft);
    EXPECT_TRUE(next.takeResumedDraft().isEmpty()) << "given once";
    EXPECT_FALSE(next.confirmPin("000000").isEmpty());
    EXPECT_TRUE(next.paused());
    EXPECT_EQ(next.confirmPin("246810"), "");
    EXPECT_FALSE(next.paused());
}

namespace {

// A demo tablet database with a mentor signed in, and a form for one of their detainees.
class SavedForm : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(session.open(path, true)) << session.errorString().toStdString();
        Store &store = *session.store();
        for (const User &u : store.registry().users(session.facilityId().toStdString())) {
            const auto theirs = store.registry().assignedDetaineeIds(u.id);
            if (u.role == Role::Mentor && !theirs.empty()) {
                ASSERT_EQ(session.signIn(QString::fromStdString(u.id), kDemoPin), "");
                detainee = QString::fromStdString(theirs.front());
                return;
            }
        }
        FAIL() << "no mentor with a detainee in the demo";
    }
    void fill(RecordForm &form, const QString &detaineeId)
    {
        form.setSession(&session);
        form.setDetaineeId(detaineeId);
    }
    bool keep(const QString &page, const QVariantMap &form)
    {
        return session.keepDraft({{"page", page}, {"detaineeId", detainee}, {"form", form}});
    }
    std::string keptDraft() const
    {
        return Store(path.toStdString()).deviceState().value("paused_draft");
    }

    QTemporaryDir dir;
    const QString path = dir.filePath("tablet.sqlite");
    Session session;
    QString detainee;
};

} // namespace

// The save and the drop in one transaction: nothing but the form is needed (before, the shell
// dropped it after the save, and a database held by a sync, then the app's end, left it).
TEST_F(SavedForm, AContactTakesItsKeptDraftWithIt)
{
    ContactForm form;
    fill(form, detainee);
    form.setKind("mentorTalk");
    form.setProperty("note", "Gaat goed");
    ASSERT_TRUE(keep("contact", form.draft()));
    ASSERT_FALSE(keptDraft().empty());
    // The pages hear of the contact once it is committed, as another connection sees it.
    std::vector<std::string> seenWhenTold;
    session.store()->changes().subscribe(
        [&](const Change &) { seenWhenTold.push_back(keptDraft()); });

    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    EXPECT_EQ(keptDraft(), "") << "a saved contact left its draft to come back";
    ASSERT_FALSE(seenWhenTold.empty());
    EXPECT_EQ(seenWhenTold.front(), "") << "told before the save's transaction committed";
}

// The same for a review, whose outcome is shown once it is committed.
TEST_F(SavedForm, AReviewTakesItsKeptDraftWithIt)
{
    ReviewForm form;
    fill(form, detainee);
    for (const QVariant &domain : form.domains()) {
        form.setLight(domain.toMap().value("domain").toString(), "green");
    }
    ASSERT_TRUE(keep("review", QVariantMap{{"note", "Werkt mee"}}));

    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    EXPECT_EQ(keptDraft(), "") << "a saved review left its draft to come back";
    EXPECT_FALSE(form.outcome().isEmpty());
    EXPECT_TRUE(form.property("lights").toMap().isEmpty()) << "an empty form after the save";
}

// The stage a plan of the MDO has on the form's day: a concept before the definitive plan, a
// revision after it (PlanForm::bar). Set on the form.
QString stageThatMayBeSet(PlanForm &form)
{
    form.setProperty("stage", "concept");
    if (!form.property("bar").toString().isEmpty()) {
        form.setProperty("stage", "revised");
    }
    return form.property("stage").toString();
}

// And for a plan, and (test_decision_form.cpp) a decision.
TEST_F(SavedForm, APlanTakesItsKeptDraftWithIt)
{
    PlanForm form;
    fill(form, detainee);
    const QString stage = stageThatMayBeSet(form);
    ASSERT_TRUE(keep("plan", QVariantMap{{"stage", stage}}));
    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    EXPECT_EQ(keptDraft(), "") << "a saved plan left its draft to come back";
}

// R3.1: a plan recorded after the MDO set it is dated the day it was set; the form starts at
// today again.
TEST_F(SavedForm, APlanSetDaysAgoIsDatedThatDay)
{
    PlanForm form;
    fill(form, detainee);
    const int back = std::min(2, form.maxDaysBack()); // the demo admits 1 to 150 days back
    ASSERT_GT(back, 0);
    form.setDaysAgo(back);
    stageThatMayBeSet(form);
    const auto plansOn = [&](const QDate &day) {
        const auto plans = session.store()->events().plans(detainee.toStdString());
        return std::count_if(plans.begin(), plans.end(), [&](const ReintegrationPlan &p) {
            const Date on = amsterdamFromUtc(p.header.occurredAtMs).date;
            return QDate(on.year(), on.month(), on.day()) == day;
        });
    };
    const QDate set = session.today().addDays(-back);
    const auto before = plansOn(set);
    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    EXPECT_EQ(plansOn(set), before + 1) << "dated the day it was set";
    EXPECT_EQ(form.daysAgo(), 0) << "a new plan starts at today";
}

// R3.3: a review recorded after the MDO met is dated the day it met, not before the
// detainee's admission nor further back than the form allows; the form starts at today again.
TEST_F(SavedForm, AReviewHeldDaysAgoIsDatedThatDay)
{
    ReviewForm form;
    fill(form, detainee);
    for (const QVariant &domain : form.domains()) {
        form.setLight(domain.toMap().value("domain").toString(), "green");
    }
    // R1.5: not before admission, nor further back than the form goes.
    const Date admitted = session.store()->registry().detainee(detainee.toStdString())->admittedOn;
    EXPECT_EQ(form.maxDaysBack(),
              std::min(fromQDate(session.today()) - admitted, RecordForm::kMaxDaysBack));
    form.setDaysAgo(1000);
    EXPECT_EQ(form.daysAgo(), form.maxDaysBack());
    const int back = std::min(2, form.maxDaysBack()); // the demo admits 1 to 150 days back
    ASSERT_GT(back, 0);
    form.setDaysAgo(back);
    const QDate held = session.today().addDays(-back);
    EXPECT_EQ(form.day(), held);
    EXPECT_EQ(form.dayChosen(), held.toString(Qt::ISODate));

    const auto heldThatDay = [&] {
        const auto reviews = session.store()->events().reviews(detainee.toStdString());
        return std::count_if(reviews.begin(), reviews.end(), [&](const CaseReview &r) {
            const Date day = amsterdamFromUtc(r.header.occurredAtMs).date;
            return QDate(day.year(), day.month(), day.day()) == held;
        });
    };
    const auto before = heldThatDay();
    ASSERT_TRUE(form.save()) << form.errorString().toStdString();
    EXPECT_EQ(heldThatDay(), before + 1) << "dated the day it met";
    EXPECT_EQ(form.daysAgo(), 0) << "a new review starts at today";
    // The emptied page says what was recorded: its day and every light.
    EXPECT_EQ(form.savedDay(), held);
    EXPECT_EQ(form.savedLights().size(), form.domains().size());
    for (const QString &light : form.savedLights()) {
        EXPECT_TRUE(light.endsWith(": Groen")) << light.toStdString();
    }
}

// A day kept with a draft is the day the MDO met: past the stepper's 30 days after a restart
// it stays, before admission it is the admission, today or later is today.
TEST_F(SavedForm, AReviewsKeptDayStaysTheDayItMet)
{
    Detainee admittedLongAgo = *session.store()->registry().detainee(detainee.toStdString());
    const QDate admitted = session.today().addDays(-100);
    admittedLongAgo.admittedOn = fromQDate(admitted);
    session.store()->registry().upsert(admittedLongAgo);
    ReviewForm form;
    fill(form, detainee);

    const QDate longAgo = session.today().addDays(-RecordForm::kMaxDaysBack - 1);
    form.setDayChosen(longAgo.toString(Qt::ISODate));
    EXPECT_EQ(form.day(), longAgo) << "kept as it was, not moved a day later";
    form.setDayChosen(admitted.addDays(-5).toString(Qt::ISODate));
    EXPECT_EQ(form.day(), admitted);
    form.setDayChosen(session.today().toString(Qt::ISODate));
    EXPECT_EQ(form.daysAgo(), 0);
    form.setDayChosen("no day");
    EXPECT_EQ(form.daysAgo(), 0);
}

// A form kept with "Vandaag" is kept with today's date: opened again tomorrow (the app had
// ended), it is dated yesterday, the day it was filled in, not the day it is opened again.
TEST_F(SavedForm, AFormKeptTodayIsDatedThatDayWhenOpenedTomorrow)
{
    ReviewForm form;
    fill(form, detainee);
    const QString kept = form.dayChosen();
    EXPECT_EQ(kept, session.today().toString(Qt::ISODate));

    Session tomorrow;
    tomorrow.setClock([] { return systemClock()() + 24 * 3600 * 1000LL; });
    ASSERT_TRUE(tomorrow.open(path, false)) << tomorrow.errorString().toStdString();
    ReviewForm again;
    again.setSession(&tomorrow);
    again.setDetaineeId(detainee);
    again.setDayChosen(kept);
    EXPECT_EQ(again.daysAgo(), 1);
    EXPECT_EQ(again.day(), session.today());
}

// A save that is refused writes nothing, and the draft stays: nothing lost.
TEST_F(SavedForm, ARefusedOneKeepsTheDraft)
{
    const int64_t before = session.store()->outbox().size();
    ContactForm form;
    fill(form, "nobody-here");
    form.setKind("mentorTalk");
    form.setProperty("note", "Gaat goed");
    ASSERT_TRUE(keep("contact", form.draft()));

    EXPECT_FALSE(form.save());
    EXPECT_FALSE(form.errorString().isEmpty());
    EXPECT_FALSE(keptDraft().empty());
    EXPECT_EQ(session.store()->outbox().size(), before);
}
