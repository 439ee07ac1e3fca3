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

void ContactMoment::setDay(ronde::Date day)
{
    m_day = day;
    if (day != m_opened.date) {
        if (!m_minute) {
            m_minute = quarterAtOrBefore(m_opened.minuteOfDay);
        }
    } else if (!m_timeStepped || (m_minute && *m_minute > m_opened.minuteOfDay)) {
        m_minute.reset(); // "Nu" again; a time after the opened moment is not yet
        m_timeStepped = false;
    }
}

void ContactMoment::step(int direction)
{
    if (direction < 0 && canStepEarlier()) {
        // The quarter before: from "Nu" at 11:31 that is 11:30, at 11:30 it is 11:15.
        m_minute = quarterAtOrBefore(m_minute.value_or(m_opened.minuteOfDay) - 1);
        m_timeStepped = true;
    } else if (direction > 0 && canStepLater()) {
        const int to = quarterAtOrBefore(*m_minute) + kStepMinutes;
        if (m_day == m_opened.date && to > m_opened.minuteOfDay) {
            m_minute.reset();
            m_timeStepped = false;
        } else {
            m_minute = std::min(to, kLastStep);
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
