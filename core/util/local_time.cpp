#include "local_time.h"

#include "clock.h"

namespace ronde {
namespace {

Date lastSunday(int year, int month)
{
    const Date last = *Date::fromCivil(year, month, daysInMonth(year, month));
    return last.plusDays(-(last.isoWeekday() % 7));
}

int64_t utcMsAt(Date date, int hour)
{
    return int64_t(date.daysSinceEpoch()) * kMsPerDay + hour * 60 * kMsPerMinute;
}

int64_t floorDiv(int64_t a, int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

int amsterdamOffsetMinutes(int64_t utcMs)
{
    const int year = Date::fromDays(int32_t(floorDiv(utcMs, kMsPerDay))).year();
    const int64_t summerStart = utcMsAt(lastSunday(year, 3), 1);
    const int64_t summerEnd = utcMsAt(lastSunday(year, 10), 1);
    return utcMs >= summerStart && utcMs < summerEnd ? 120 : 60;
}

std::string LocalDateTime::clock() const
{
    const auto twoDigits = [](int n) {
        return std::string{char('0' + n / 10), char('0' + n % 10)};
    };
    return twoDigits(minuteOfDay / 60) + ":" + twoDigits(minuteOfDay % 60);
}

LocalDateTime amsterdamFromUtc(int64_t utcMs)
{
    const int64_t localMs = utcMs + amsterdamOffsetMinutes(utcMs) * kMsPerMinute;
    const int64_t day = floorDiv(localMs, kMsPerDay);
    return {Date::fromDays(int32_t(day)), int((localMs - day * kMsPerDay) / kMsPerMinute)};
}

int64_t utcFromAmsterdam(LocalDateTime local)
{
    const int64_t asIfUtc =
        int64_t(local.date.daysSinceEpoch()) * kMsPerDay + local.minuteOfDay * kMsPerMinute;
    // Try summer time first: it is the earlier instant of an ambiguous autumn hour.
    const int64_t summer = asIfUtc - 120 * kMsPerMinute;
    if (amsterdamOffsetMinutes(summer) == 120) {
        return summer;
    }
    return asIfUtc - 60 * kMsPerMinute;
}

int64_t msUntilNextAmsterdamDay(int64_t utcMs)
{
    // Midnight is never in the hour summer time skips or repeats (02:00–03:00), so it names
    // one instant.
    const Date tomorrow = amsterdamFromUtc(utcMs).date.plusDays(1);
    return utcFromAmsterdam({tomorrow, 0}) - utcMs;
}

Date todayInAmsterdam()
{
    return amsterdamFromUtc(systemClock()()).date;
}

} // namespace ronde
