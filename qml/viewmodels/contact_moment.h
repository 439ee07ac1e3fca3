#pragma once

#include "util/date.h"
#include "util/local_time.h"

#include <cstdint>
#include <optional>

// When a new contact took place (R1.5), as the contact page steps it. By default it is the
// moment the form was opened ("Nu"): a form left open, or locked overnight, is still dated when
// the talk was. Otherwise a day and a time in quarters, in Amsterdam's time, never after the
// moment the form was opened, and never in the hour that summer time skips. Pure, so that
// the steps are tested without a page.
class ContactMoment
{
public:
    static constexpr int kStepMinutes = 15;
    static constexpr int kLastStep = 24 * 60 - kStepMinutes; // 23:45

    ContactMoment()
        : ContactMoment(0)
    {}
    explicit ContactMoment(int64_t openedAtMs);

    ronde::Date openedOn() const { return m_opened.date; }
    int openedMinute() const { return m_opened.minuteOfDay; }
    ronde::Date day() const { return m_day; }
    // The time chosen; none for "Nu" (the moment the form was opened).
    std::optional<int> minute() const { return m_minute; }

    // Another day: "Nu" on that day becomes the opened time, to the quarter below it; back on
    // the opened day, "Nu" again unless a time was stepped to. The caller keeps the day
    // within its bounds (not after the opened day, not before the admission).
    void setDay(ronde::Date day);
    // A quarter earlier (-1) or later (+1). On the opened day, later than the opened moment
    // is "Nu".
    void step(int direction);
    bool canStepEarlier() const;
    bool canStepLater() const;
    // The moment to store.
    int64_t utcMs() const;

    // What a kept draft stores of it (Session: a paused form survives the app's end), and the
    // moment made again from that. Parts that no stepping could have made (a day after the
    // opened one, a time that does not exist or lies after it) give "Nu" of the opened moment.
    struct Parts
    {
        int64_t openedAtMs = 0;
        ronde::Date day;
        std::optional<int> minute;
        bool timeStepped = false;
    };
    Parts parts() const { return {m_openedAtMs, m_day, m_minute, m_timeStepped}; }
    static ContactMoment fromParts(const Parts &parts);

    // The same moment chosen the same way (the opened moment is fixed by the first two).
    bool operator==(const ContactMoment &other) const
    {
        return m_openedAtMs == other.m_openedAtMs && m_day == other.m_day &&
               m_minute == other.m_minute && m_timeStepped == other.m_timeStepped;
    }

private:
    static bool exists(ronde::Date day, int minute);
    bool afterOpened(ronde::Date day, int minute) const;

    int64_t m_openedAtMs;
    ronde::LocalDateTime m_opened;
    ronde::Date m_day;
    std::optional<int> m_minute;
    bool m_timeStepped = false; // a time chosen by a step, kept across days
};
