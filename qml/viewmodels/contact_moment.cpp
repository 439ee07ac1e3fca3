#include "contact_moment.h"

#include <algorithm>

namespace {

int quarterAtOrBefore(int minute)
{
    return minute / ContactMoment::kStepMinutes * ContactMoment::kStepMinutes;
}

} // namespace

ContactMoment::ContactMoment(int64_t openedAtMs)
    : m_openedAtMs(openedAtMs)
    , m_opened(ronde::amsterdamFromUtc(openedAtMs))
    , m_day(m_opened.date)
{}

ContactMoment ContactMoment::fromParts(const Parts &parts)
{
    ContactMoment moment(parts.openedAtMs);
    if (parts.day > moment.m_opened.date) {
        return moment;
    }
    if (parts.minute) {
        const int minute = *parts.minute;
        if (minute < 0 || minute > kLastStep || minute % kStepMinutes != 0 ||
            !exists(parts.day, minute) || moment.afterOpened(parts.day, minute)) {
            return moment;
        }
    } else if (parts.day != moment.m_opened.date) {
        return moment; // another day always has a time (setDay)
    }
    moment.m_day = parts.day;
    moment.m_minute = parts.minute;
    moment.m_timeStepped = parts.minute && parts.timeStepped;
    return moment;
}

bool ContactMoment::exists(ronde::Date day, int minute)
{
    // The hour skipped when summer time starts is no time on a clock in Amsterdam.
    const ronde::LocalDateTime back =
        ronde::amsterdamFromUtc(ronde::utcFromAmsterdam({day, minute}));
    return back.date == day && back.minuteOfDay == minute;
}

bool ContactMoment::afterOpened(ronde::Date day, int minute) const
{
    return ronde::utcFromAmsterdam({day, minute}) > m_openedAtMs;
}

void ContactMoment::setDay(ronde::Date day)
{
    m_day = day;
    if (day != m_opened.date) {
        if (!m_minute) {
            int minute = quarterAtOrBefore(m_opened.minuteOfDay);
            while (minute > 0 && !exists(day, minute)) {
                minute -= kStepMinutes;
            }
            m_minute = minute;
        }
    } else if (!m_timeStepped || (m_minute && afterOpened(day, *m_minute))) {
        m_minute.reset(); // "Nu" again; a time after the opened moment is not yet
        m_timeStepped = false;
    }
}

void ContactMoment::step(int direction)
{
    if (direction < 0 && canStepEarlier()) {
        // The quarter before: from "Nu" at 11:31 that is 11:30, at 11:30 it is 11:15.
        int minute = quarterAtOrBefore(m_minute.value_or(m_opened.minuteOfDay) - 1);
        while (minute > 0 && (!exists(m_day, minute) || afterOpened(m_day, minute))) {
            minute -= kStepMinutes;
        }
        m_minute = minute;
        m_timeStepped = true;
    } else if (direction > 0 && canStepLater()) {
        int minute = quarterAtOrBefore(*m_minute) + kStepMinutes;
        while (minute < kLastStep && !exists(m_day, minute)) {
            minute += kStepMinutes;
        }
        if (afterOpened(m_day, minute)) {
            m_minute.reset(); // on the opened day: later than it is "Nu"
            m_timeStepped = false;
        } else {
            m_minute = std::min(minute, kLastStep);
        }
    }
}

bool ContactMoment::canStepEarlier() const
{
    return m_minute ? *m_minute > 0 : m_opened.minuteOfDay > 0;
}

bool ContactMoment::canStepLater() const
{
    return m_minute && (m_day == m_opened.date || *m_minute < kLastStep);
}

int64_t ContactMoment::utcMs() const
{
    if (!m_minute) {
        return m_openedAtMs; // on the opened day: "Nu" has no other day (setDay)
    }
    return ronde::utcFromAmsterdam({m_day, *m_minute});
}
