// The rounds list's view model on a store built for the case: after a recorded contact its
// row shows the new state (the badge changes), without the facility being read again.
#include "store/store.h"
#include "util/local_time.h"
#include "viewmodels/rounds_model.h"
#include "viewmodels/session.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ronde;

TEST(RoundsModel, TheBadgeChangesWhenTheOverdueTalkIsRecorded)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("tablet.sqlite");
    const Date today = amsterdamFromUtc(systemClock()()).date;
    {
        // One detainee, 20 days in, with everything done except a mentor talk (R1.2 overdue).
        Store store(path.toStdString());
        store.registry().upsert(Facility{"f", "PI Test", FacilityKind::Prison, "dbt-2014"});
        for (const auto &[id, role] :
             {std::pair{"cm", Role::CaseManager}, std::pair{"m", Role::Mentor},
              std::pair{"dir", Role::Director}}) {
            User u;
            u.id = id;
            u.facilityId = "f";
            u.name = id;
            u.role = role;
            store.registry().upsert(u);
        }
        Detainee d;
        d.id = "d";
        d.facilityId = "f";
        d.number = "1";
        d.name = "Jan";
        d.admittedOn = today.plusDays(-20);
        store.registry().upsert(d);
        auto at = [&](int day) { return utcFromAmsterdam({today.plusDays(-20 + day), 10 * 60}); };
        Contact intake;
        intake.header = {"", "d", "cm", at(2), 0, 0, std::nullopt};
        intake.kind = ContactKind::Intake;
        intake.roles = {Role::CaseManager, Role::Municipality, Role::Probation};
        store.events().record(intake);
        Contact plan = intake;
        plan.kind = ContactKind::PlanTalk;
        store.events().record(plan);
        ReintegrationPlan conceptPlan;
        conceptPlan.header = {"", "d", "dir", at(5), 0, 0, std::nullopt};
        store.events().record(conceptPlan);
        conceptPlan.stage = PlanStage::Definitive;
        conceptPlan.header.occurredAtMs = at(6);
        store.events().record(conceptPlan);
    }
    Session session;
    ASSERT_TRUE(session.open(path, false));
    RoundsModel rounds;
    rounds.setMine(false); // nobody signed in: the whole facility
    rounds.setSession(&session);
    ASSERT_EQ(rounds.rowCount(), 1);
    const QModelIndex row = rounds.index(0, 0);
    ASSERT_EQ(rounds.data(row, RoundsModel::UrgencyRole).toInt(), 3);
    ASSERT_TRUE(rounds.data(row, RoundsModel::AttentionRole).toString().contains("mentorgesprek"));

    Contact talk;
    talk.header = {"", "d", "m", systemClock()() - 60'000, 0, 0, std::nullopt};
    talk.kind = ContactKind::MentorTalk;
    talk.roles = {Role::Mentor};
    session.store()->events().record(talk);
    QCoreApplication::processEvents();

    EXPECT_LT(rounds.data(rounds.index(0, 0), RoundsModel::UrgencyRole).toInt(), 3)
        << rounds.data(rounds.index(0, 0), RoundsModel::AttentionRole).toString().toStdString();
    EXPECT_EQ(rounds.data(rounds.index(0, 0), RoundsModel::DaysSinceContactRole).toInt(), 0);
}

// Changes that come together (a sync's pulled records, a burst of saves) update the list
// together: one reset of the model, not one per detainee.
TEST(RoundsModel, ChangesThatComeTogetherUpdateTheListOnce)
{
    QTemporaryDir dir;
    Session session;
    ASSERT_TRUE(session.open(dir.filePath("tablet.sqlite"), true)); // the demo facility
    RoundsModel rounds;
    rounds.setMine(false);
    rounds.setSession(&session);
    ASSERT_GT(rounds.rowCount(), 10);
    int resets = 0;
    QObject::connect(&rounds, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    std::string mentor;
    for (const User &u : session.store()->registry().users(session.facilityId().toStdString())) {
        if (u.role == Role::Mentor) {
            mentor = u.id;
        }
    }
    for (int i = 0; i < 5; ++i) {
        Contact talk;
        talk.header.detaineeId =
            rounds.data(rounds.index(i, 0), RoundsModel::DetaineeIdRole).toString().toStdString();
        talk.header.authorId = mentor;
        talk.header.occurredAtMs = systemClock()() - 60'000;
        talk.kind = ContactKind::MentorTalk;
        talk.roles = {Role::Mentor};
        session.store()->events().record(talk);
    }
    EXPECT_EQ(resets, 0) << "nothing shown half-way";
    QCoreApplication::processEvents();
    EXPECT_EQ(resets, 1);
    int talkedToday = 0;
    for (int i = 0; i < rounds.rowCount(); ++i) {
        talkedToday += rounds.data(rounds.index(i, 0), RoundsModel::DaysSinceContactRole) == 0;
    }
    EXPECT_GE(talkedToday, 5);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
