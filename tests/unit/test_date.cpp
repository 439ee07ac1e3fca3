#include "util/date.h"
#include "util/local_time.h"

#include <gtest/gtest.h>

using namespace ronde;

namespace {
Date d(const char *iso)
{
    return Date::parseIso(iso).value();
}
} // namespace

TEST(Date, ParsesAndPrintsIso)
{
    EXPECT_EQ(d("2026-01-05").iso(), "2026-01-05");
    EXPECT_EQ(d("1970-01-01").daysSinceEpoch(), 0);
    EXPECT_EQ(d("2000-02-29").iso(), "2000-02-29");
}

TEST(Date, RefusesImpossibleOrMalformedDays)
{
    for (const char *bad : {"2026-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-04-31",
                            "26-01-05", "2026/01/05", "2026-1-5", "abcd-ef-gh", ""}) {
        EXPECT_FALSE(Date::parseIso(bad).has_value()) << bad;
    }
}

TEST(Date, RoundTripsEveryDayOverDecades)
{
    for (int32_t day = d("1990-01-01").daysSinceEpoch(); day < d("2060-12-31").daysSinceEpoch();
         ++day) {
        const Date date = Date::fromDays(day);
        ASSERT_EQ(Date::parseIso(date.iso())->daysSinceEpoch(), day);
    }
}

TEST(Date, CountsCalendarDays)
{
    EXPECT_EQ(d("2026-03-01") - d("2026-02-01"), 28);
    EXPECT_EQ(d("2024-03-01") - d("2024-02-01"), 29);
    EXPECT_EQ(d("2026-01-05").plusDays(14), d("2026-01-19")); // R1.1 due date of the example
    EXPECT_EQ(d("2025-12-25").plusDays(14), d("2026-01-08"));
}

TEST(Date, KnowsTheWeekday)
{
    EXPECT_EQ(d("1970-01-01").isoWeekday(), 4); // Thursday
    EXPECT_EQ(d("2026-11-22").isoWeekday(), 7); // Sunday
    EXPECT_EQ(d("2026-11-23").isoWeekday(), 1);
}

// R0.3: "within one month" clamps to the last day of the next month.
TEST(Date, R0_3_AddsMonthsClampedToMonthEnd)
{
    EXPECT_EQ(d("2026-01-31").plusMonthsClamped(1), d("2026-02-28"));
    EXPECT_EQ(d("2024-01-31").plusMonthsClamped(1), d("2024-02-29"));
    EXPECT_EQ(d("2026-03-31").plusMonthsClamped(1), d("2026-04-30"));
    EXPECT_EQ(d("2026-12-15").plusMonthsClamped(1), d("2027-01-15"));
    EXPECT_EQ(d("2026-01-15").plusMonthsClamped(1), d("2026-02-15"));
    EXPECT_EQ(d("2026-05-31").plusMonthsClamped(-1), d("2026-04-30"));
}

// R0.3: days are calendar days in Europe/Amsterdam.
TEST(LocalTime, R0_3_SwitchesToSummerTimeOnLastSundayOfMarch)
{
    const int64_t switchUtc = utcFromAmsterdam({d("2026-03-29"), 3 * 60});
    EXPECT_EQ(amsterdamOffsetMinutes(switchUtc - 1), 60);
    EXPECT_EQ(amsterdamOffsetMinutes(switchUtc), 120);
    EXPECT_EQ(amsterdamFromUtc(switchUtc - 60'000).minuteOfDay, 1 * 60 + 59);
    EXPECT_EQ(amsterdamFromUtc(switchUtc).minuteOfDay, 3 * 60);
}

TEST(LocalTime, R0_3_SwitchesBackOnLastSundayOfOctober)
{
    // 2026-10-25 01:00 UTC is 03:00 summer time, which becomes 02:00 winter time.
    const int64_t oneUtc = int64_t(d("2026-10-25").daysSinceEpoch()) * 86'400'000 + 3'600'000;
    EXPECT_EQ(amsterdamOffsetMinutes(oneUtc - 1), 120);
    EXPECT_EQ(amsterdamOffsetMinutes(oneUtc), 60);
    // 02:30 happens twice; the earlier (summer-time) instant is taken.
    EXPECT_EQ(utcFromAmsterdam({d("2026-10-25"), 2 * 60 + 30}), oneUtc - 30 * 60'000);
}

TEST(LocalTime, LateEveningUtcIsTheNextLocalDay)
{
    const int64_t utc = utcFromAmsterdam({d("2026-07-01"), 0 * 60 + 30});
    EXPECT_EQ(amsterdamFromUtc(utc).date, d("2026-07-01"));
    EXPECT_EQ(amsterdamFromUtc(utc - 31 * 60'000).date, d("2026-06-30"));
}

TEST(LocalTime, RoundTripsEveryQuarterHourOfAYear)
{
    for (Date day = d("2026-01-01"); day < d("2027-01-01"); day = day.plusDays(1)) {
        for (int minute = 0; minute < 24 * 60; minute += 15) {
            const bool skipped = day == d("2026-03-29") && minute >= 120 && minute < 180;
            if (skipped) {
                continue; // does not exist locally
            }
            const LocalDateTime back = amsterdamFromUtc(utcFromAmsterdam({day, minute}));
            ASSERT_EQ(back.date, day);
            ASSERT_EQ(back.minuteOfDay, minute) << day.iso();
        }
    }
}

TEST(LocalTime, SkippedSpringHourMovesForward)
{
    const LocalDateTime moved = amsterdamFromUtc(utcFromAmsterdam({d("2026-03-29"), 2 * 60 + 30}));
    EXPECT_EQ(moved.minuteOfDay, 3 * 60 + 30);
}

// The tablet's "today" turns at local midnight (R0.3), also on the days of 23 and 25 hours.
TEST(LocalTime, R0_3_TheNextDayBeginsAtLocalMidnight)
{
    const int64_t hour = 3'600'000;
    const int64_t evening = utcFromAmsterdam({d("2026-12-04"), 23 * 60 + 50});
    EXPECT_EQ(msUntilNextAmsterdamDay(evening), 10 * 60'000);
    const int64_t midnight = evening + msUntilNextAmsterdamDay(evening);
    EXPECT_EQ(amsterdamFromUtc(midnight).date, d("2026-12-05"));
    EXPECT_EQ(amsterdamFromUtc(midnight).minuteOfDay, 0);
    EXPECT_EQ(amsterdamFromUtc(midnight - 1).date, d("2026-12-04"));
    // At midnight itself the next one is a whole day away.
    EXPECT_EQ(msUntilNextAmsterdamDay(midnight), 24 * hour);
    // Spring forward: 29 March 2026 has 23 hours; autumn: 25 October has 25.
    EXPECT_EQ(msUntilNextAmsterdamDay(utcFromAmsterdam({d("2026-03-29"), 0})), 23 * hour);
    EXPECT_EQ(msUntilNextAmsterdamDay(utcFromAmsterdam({d("2026-10-25"), 0})), 25 * hour);
}

// The time of day as the office's report and the server's commands print it.
TEST(LocalTime, AClockReadsHoursAndMinutesInTwoDigitsEach)
{
    EXPECT_EQ((LocalDateTime{d("2026-12-06"), 0}).clock(), "00:00");
    EXPECT_EQ((LocalDateTime{d("2026-12-06"), 9 * 60 + 5}).clock(), "09:05");
    EXPECT_EQ((LocalDateTime{d("2026-12-06"), 23 * 60 + 59}).clock(), "23:59");
}
