#pragma once

#include "date.h"

#include <cstdint>
#include <string>

namespace ronde {

// Wall-clock time in the facility's time zone. Every Dutch facility is in Europe/Amsterdam
// (R0.3), so core carries that one rule instead of a time-zone database.
struct LocalDateTime
{
    Date date;
    int minuteOfDay = 0;
    // The time of day as "HH:MM".
    std::string clock() const;
};

// Central European Time with the EU summer-time rule (since 1996): UTC+2 from the last Sunday
// of March 01:00 UTC until the last Sunday of October 01:00 UTC, UTC+1 otherwise.
LocalDateTime amsterdamFromUtc(int64_t utcMs);

// Today's date in the Netherlands, by the system clock.
Date todayInAmsterdam();
// The instant a local wall-clock reading names. In the autumn hour that occurs twice the
// earlier (summer-time) instant is taken; a reading in the skipped spring hour moves forward.
int64_t utcFromAmsterdam(LocalDateTime local);
int amsterdamOffsetMinutes(int64_t utcMs);
// How long until the next local midnight, when "today" turns (at least 1 ms).
int64_t msUntilNextAmsterdamDay(int64_t utcMs);

} // namespace ronde
