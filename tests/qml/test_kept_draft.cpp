// Nothing lost, nothing back (docs/ARCHITECTURE.md "kept drafts"): a form thrown away at a
// sign-out while a sync holds the database is dropped as soon as the database is free again,
// so that it does not come back at the next start to be saved a second time.
#include "store/store.h"
#include "tablet_users.h"
#include "util/secrets.h"
#include "viewmodels/session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
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
