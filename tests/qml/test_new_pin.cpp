// docs/SECURITY.md "PINs": a PIN of four digits, or one hashed the old way, signs in, but must
// be replaced by one of six to eight digits before anything else; the new PIN is in force on
// the tablet at once and waits to be sent to the server.
#include "model/access.h"
#include "store/sign_in.h"
#include "store/store.h"
#include "tablet_users.h"
#include "util/local_time.h"
#include "util/secrets.h"
#include "viewmodels/session.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTime>
#include <cstdlib>
#include <ctime>
#include <gtest/gtest.h>

using namespace ronde;

TEST(NewPin, AnOldPinSignsInAndMustBeReplacedFirst)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("tablet.sqlite");
    addMentor(path, "m-old", "Mentor Oud", hashPinWithPbkdf2("1234", 1000));
    addMentor(path, "m-new", "Mentor Nieuw", hashPin("246810", PinHashCost::Minimal));
    Session session;
    ASSERT_TRUE(session.open(path, false)) << session.errorString().toStdString();
    EXPECT_EQ(session.signIn("m-new", "246810"), "");
    EXPECT_FALSE(session.mustChangePin()) << "six digits, Argon2id: nothing to change";
    session.lock();

    EXPECT_EQ(session.signIn("m-old", "1234"), "");
    EXPECT_TRUE(session.signedIn());
    EXPECT_TRUE(session.mustChangePin());
    EXPECT_FALSE(session.changePin("12345").isEmpty()) << "five digits are refused";
    EXPECT_TRUE(session.mustChangePin());
    EXPECT_EQ(session.changePin("97531864"), "");
    EXPECT_FALSE(session.mustChangePin());

    SignInService signIn(*session.store());
    const auto waiting = signIn.pendingPinChanges();
    ASSERT_EQ(waiting.size(), 1u);
    EXPECT_EQ(waiting[0].userId, "m-old");
    EXPECT_TRUE(waiting[0].pinHash.starts_with(kArgon2idPrefix));
    session.lock();
    EXPECT_FALSE(session.signIn("m-old", "1234").isEmpty()) << "the old PIN no longer works";
    EXPECT_EQ(session.signIn("m-old", "97531864"), "");
    EXPECT_FALSE(session.mustChangePin());
}

// A sync writes on a connection of its own; when it holds the database longer than the busy
// timeout, a sign-in says so in words instead of throwing through QML, and counts nothing.
TEST(NewPin, ASignInWhileTheDatabaseIsHeldSaysSoAndCountsNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("tablet.sqlite");
    addMentor(path, "m", "Mentor", hashPin("246810", PinHashCost::Minimal));
    Session session;
    ASSERT_TRUE(session.open(path, false)) << session.errorString().toStdString();
    {
        Store worker(path.toStdString()); // as the sync's worker
        Transaction held(worker.database());
        worker.deviceState().set("held", "1"); // a write: the database is now held
        EXPECT_EQ(session.signIn("m", "000000"),
                  "De tablet is even bezig; probeer het zo opnieuw.");
        EXPECT_FALSE(session.signedIn());
    }
    EXPECT_EQ(session.signIn("m", "246810"), "") << "no failed attempt was counted";
}

// R0.3: the lockout says until when on the facility's clock, whatever zone the tablet is set
// to (here Tokyo's, eight hours ahead of Amsterdam in winter). The minute said is the first
// whole one at which a PIN is taken again: rounded up, not down to one still locked.
TEST(NewPin, ALockoutSaysItsTimeOnTheFacilitysClock)
{
    // The zone is the process's: put back whatever ends the test.
    struct Zone
    {
        const QByteArray before = qgetenv("TZ");
        explicit Zone(const char *zone)
        {
            qputenv("TZ", zone);
            tzset();
        }
        ~Zone()
        {
            if (before.isEmpty()) {
                qunsetenv("TZ");
            } else {
                qputenv("TZ", before);
            }
            tzset();
        }
    } tokyo("Asia/Tokyo");
    QTemporaryDir dir;
    const QString path = dir.filePath("tablet.sqlite");
    addMentor(path, "m", "Mentor", hashPin("246810", PinHashCost::Minimal));
    const int64_t now = utcFromAmsterdam({*Date::fromCivil(2026, 12, 5), 21 * 60}) + 20'000;
    Session session;
    session.setClock([now] { return now; });
    ASSERT_TRUE(session.open(path, false));
    QString refusal;
    for (int i = 0; i < kMaxPinFailures; ++i) {
        refusal = session.signIn("m", "000000");
    }
    static_assert(kPinLockMs % 60'000 == 0, "the lockout is whole minutes");
    const QString until = QLocale().toString(QTime(21, 1).addMSecs(int(kPinLockMs)),
                                             QLocale::ShortFormat); // 21:00:20 + the lockout
    EXPECT_TRUE(refusal.contains(until))
        << refusal.toStdString() << " lacks " << until.toStdString();
}
