// A tablet left on overnight: at midnight (R0.3) the session's "today" turns, and what is
// counted in days follows without a tap: the rounds list's days since the last contact, and
// an open contact form's day, which is still the evening it was opened ("Gisteren").
#include "store/store.h"
#include "util/local_time.h"
#include "viewmodels/contact_form.h"
#include "viewmodels/rounds_model.h"
#include "viewmodels/session.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

using namespace ronde;

TEST(DayTurn, TheListAndAnOpenFormFollowMidnight)
{
    const Date evening = amsterdamFromUtc(systemClock()()).date;
    int64_t now = utcFromAmsterdam({evening, 23 * 60 + 50});
    Session session;
    session.setClock([&now] { return now; });
    ASSERT_TRUE(session.open(":memory:", true)); // the demo facility, made for that evening
    ASSERT_EQ(session.today(), QDate(evening.year(), evening.month(), evening.day()));

    RoundsModel rounds;
    rounds.setMine(false); // nobody signed in: the whole facility
    rounds.setSession(&session);
    ASSERT_GT(rounds.rowCount(), 0);
    const std::string detainee =
        rounds.data(rounds.index(0, 0), RoundsModel::DetaineeIdRole).toString().toStdString();
    Contact talk;
    talk.header.detaineeId = detainee;
    for (const User &u : session.store()->registry().users(session.facilityId().toStdString())) {
        if (u.role == Role::Mentor) {
            talk.header.authorId = u.id;
        }
    }
    talk.header.occurredAtMs = now - 5 * 60'000; // 23:45
    talk.kind = ContactKind::MentorTalk;
    talk.roles = {Role::Mentor};
    session.store()->events().record(talk);
    QCoreApplication::processEvents();
    auto daysSinceContact = [&] {
        for (int i = 0; i < rounds.rowCount(); ++i) {
            const QModelIndex row = rounds.index(i, 0);
            if (rounds.data(row, RoundsModel::DetaineeIdRole).toString().toStdString() ==
                detainee) {
                return rounds.data(row, RoundsModel::DaysSinceContactRole).toInt();
            }
        }
        return -1;
    };
    ASSERT_EQ(daysSinceContact(), 0);

    ContactForm form;
    form.setSession(&session);
    form.setDetaineeId(QString::fromStdString(detainee));
    ASSERT_EQ(form.daysAgo(), 0);
    ASSERT_EQ(form.minuteOfDay(), -1); // "Nu"

    int resets = 0;
    QObject::connect(&rounds, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    int turned = 0;
    int formChanged = 0;
    QObject::connect(&session, &Session::todayChanged, [&turned] { ++turned; });
    QObject::connect(&form, &ContactForm::changed, [&formChanged] { ++formChanged; });
    session.checkDay(); // before midnight: nothing turns
    EXPECT_EQ(turned, 0);
    EXPECT_EQ(resets, 0);

    now += 20 * 60'000; // 00:10
    session.checkDay(); // what the day's timer, or the next touch, does
    EXPECT_EQ(turned, 1);
    EXPECT_EQ(session.today(), QDate(evening.year(), evening.month(), evening.day()).addDays(1));
    EXPECT_EQ(resets, 1) << "the list is read again (what is due is evaluated for the new day)";
    EXPECT_EQ(daysSinceContact(), 1) << "the list counts from the new day";
    EXPECT_GE(formChanged, 1) << "the form's labels are read again";
    EXPECT_EQ(form.daysAgo(), 1) << "the form was opened yesterday evening";
    EXPECT_EQ(form.minuteOfDay(), 23 * 60 + 50);
}
