// R1.5: when a new contact took place, as the contact page steps it (ContactMoment): "Nu" is
// the moment the form was opened; a day back has a time of its own; times go in quarters and
// never past the moment the form was opened.
#include "viewmodels/contact_moment.h"

#include <gtest/gtest.h>

using namespace ronde;

namespace {

const Date kOpenedOn = *Date::fromCivil(2026, 12, 5); // winter: Amsterdam is UTC+1
constexpr int kOpenedMinute = 11 * 60 + 31;

ContactMoment openedAt(int minute = kOpenedMinute, Date day = kOpenedOn)
{
    return ContactMoment(utcFromAmsterdam({day, minute}));
}

} // namespace

TEST(ContactMoment, NuIsTheMomentTheFormWasOpened)
{
    const ContactMoment moment = openedAt();
    EXPECT_EQ(moment.day(), kOpenedOn);
    EXPECT_FALSE(moment.minute());
    EXPECT_EQ(moment.utcMs(), utcFromAmsterdam({kOpenedOn, kOpenedMinute}));
    EXPECT_TRUE(moment.canStepEarlier());
    EXPECT_FALSE(moment.canStepLater()) << "nothing after Nu";
}

TEST(ContactMoment, TimesGoInQuartersAndLaterThanTheOpenedMomentIsNu)
{
    ContactMoment moment = openedAt();
    moment.step(-1);
    EXPECT_EQ(moment.minute(), 11 * 60 + 30) << "from 11:31, the quarter before";
    moment.step(-1);
    EXPECT_EQ(moment.minute(), 11 * 60 + 15);
    moment.step(+1);
    EXPECT_EQ(moment.minute(), 11 * 60 + 30);
    EXPECT_TRUE(moment.canStepLater());
    moment.step(+1);
    EXPECT_FALSE(moment.minute()) << "11:45 is not yet: Nu again";
    EXPECT_EQ(moment.utcMs(), utcFromAmsterdam({kOpenedOn, kOpenedMinute}));

    ContactMoment onTheQuarter = openedAt(11 * 60 + 30);
    onTheQuarter.step(-1);
    EXPECT_EQ(onTheQuarter.minute(), 11 * 60 + 15) << "from 11:30, the quarter before it";
}

TEST(ContactMoment, ADayBackHasATimeOfItsOwnAndTheTimeIsStored)
{
    ContactMoment moment = openedAt();
    moment.setDay(kOpenedOn.plusDays(-1));
    EXPECT_EQ(moment.minute(), 11 * 60 + 30) << "Nu's time, to the quarter below";
    moment.step(+1);
    moment.step(+1);
    EXPECT_EQ(moment.minute(), 12 * 60) << "later than Nu's time is fine on another day";
    EXPECT_EQ(moment.utcMs(), utcFromAmsterdam({kOpenedOn.plusDays(-1), 12 * 60}));
    EXPECT_EQ(moment.utcMs() + 24 * 3600 * 1000 - 29 * 60 * 1000,
              utcFromAmsterdam({kOpenedOn, kOpenedMinute}))
        << "23 h 31 min before the opened moment";

    // Back on the opened day, a time not stepped to is Nu again; 12:00 is not yet there.
    moment.setDay(kOpenedOn);
    EXPECT_FALSE(moment.minute());
    ContactMoment untouched = openedAt();
    untouched.setDay(kOpenedOn.plusDays(-2));
    untouched.setDay(kOpenedOn);
    EXPECT_TRUE(untouched == openedAt()) << "nothing changed: nothing to ask about at 'Terug'";
}

TEST(ContactMoment, ATimeSteppedToIsKeptAcrossDays)
{
    ContactMoment moment = openedAt();
    moment.step(-1);
    moment.step(-1); // 11:15, chosen
    moment.setDay(kOpenedOn.plusDays(-1));
    EXPECT_EQ(moment.minute(), 11 * 60 + 15);
    moment.setDay(kOpenedOn);
    EXPECT_EQ(moment.minute(), 11 * 60 + 15);
}

TEST(ContactMoment, TheDayHasBoundsAtBothEnds)
{
    ContactMoment midnight = openedAt(0);
    EXPECT_FALSE(midnight.canStepEarlier()) << "not before 00:00";
    ContactMoment late = openedAt();
    late.setDay(kOpenedOn.plusDays(-1));
    for (int i = 0; i < 100; ++i) {
        late.step(+1);
    }
    EXPECT_EQ(late.minute(), ContactMoment::kLastStep) << "23:45, the last quarter";
    EXPECT_FALSE(late.canStepLater());
    for (int i = 0; i < 200; ++i) {
        late.step(-1);
    }
    EXPECT_EQ(late.minute(), 0);
    EXPECT_FALSE(late.canStepEarlier());
}

TEST(ContactMoment, SummerTimeIsAmsterdams)
{
    const Date summer = *Date::fromCivil(2026, 7, 1); // UTC+2
    ContactMoment moment = openedAt(10 * 60, summer);
    moment.step(-1);
    EXPECT_EQ(moment.utcMs(), utcFromAmsterdam({summer, 9 * 60 + 45}));
    EXPECT_EQ(moment.utcMs() % (24 * 3600 * 1000), int64_t(7 * 60 + 45) * 60 * 1000)
        << "09:45 in summer is 07:45 UTC";
}

// The last Sunday of March 2027: Amsterdam's clocks go from 02:00 to 03:00.
TEST(ContactMoment, TheHourSummerTimeSkipsIsNeverChosen)
{
    const Date changeover = *Date::fromCivil(2027, 3, 28);
    ContactMoment moment = openedAt(3 * 60 + 5, changeover);
    moment.step(-1);
    EXPECT_EQ(moment.minute(), 3 * 60);
    moment.step(-1);
    EXPECT_EQ(moment.minute(), 60 + 45) << "02:45 is no time that day: 01:45";
    EXPECT_LT(moment.utcMs(), utcFromAmsterdam({changeover, 3 * 60 + 5}));
    moment.step(+1);
    EXPECT_EQ(moment.minute(), 3 * 60) << "and back over the hour to 03:00";
    moment.step(+1);
    EXPECT_FALSE(moment.minute()) << "03:15 is after the opened moment: Nu";

    // The day after, opened at 02:40: that time on the changeover day is no time.
    ContactMoment dayAfter = openedAt(2 * 60 + 40, changeover.plusDays(1));
    dayAfter.setDay(changeover);
    EXPECT_EQ(dayAfter.minute(), 60 + 45);
}

// A kept draft (Session::keepDraft) gives the moment back as it was chosen, so that a talk
// held yesterday is still dated yesterday when the form is resumed today; parts that no
// stepping could have made give "Nu" of the opened moment.
TEST(ContactMoment, PartsGiveTheSameMomentBackAndNothingStepsCouldNotMake)
{
    ContactMoment chosen = openedAt();
    chosen.setDay(kOpenedOn.plusDays(-1));
    chosen.step(-1);
    const ContactMoment back = ContactMoment::fromParts(chosen.parts());
    EXPECT_TRUE(back == chosen);
    EXPECT_EQ(back.utcMs(), chosen.utcMs());
    EXPECT_TRUE(ContactMoment::fromParts(openedAt().parts()) == openedAt()) << "Nu stays Nu";

    const ContactMoment nu = openedAt();
    const int64_t opened = utcFromAmsterdam({kOpenedOn, kOpenedMinute});
    const auto made = [&](Date day, std::optional<int> minute) {
        return ContactMoment::fromParts({opened, day, minute, true});
    };
    EXPECT_TRUE(made(kOpenedOn.plusDays(1), 9 * 60) == nu) << "a day after the opened one";
    EXPECT_TRUE(made(kOpenedOn, 12 * 60) == nu) << "after the opened moment";
    EXPECT_TRUE(made(kOpenedOn, 9 * 60 + 7) == nu) << "not a quarter";
    EXPECT_TRUE(made(kOpenedOn, 24 * 60) == nu) << "not a time of day";
    EXPECT_TRUE(made(kOpenedOn.plusDays(-1), std::nullopt) == nu) << "another day needs a time";
    EXPECT_EQ(made(kOpenedOn.plusDays(-1), 9 * 60).utcMs(),
              utcFromAmsterdam({kOpenedOn.plusDays(-1), 9 * 60}));
}
