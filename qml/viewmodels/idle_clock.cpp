#include "idle_clock.h"

#include <algorithm>

IdleClock::IdleClock(QObject *parent)
    : QObject(parent)
{
    // Precise: a coarse timer may fire 5 % early or late, which would make a count of 30 s
    // start at 39 or end a few seconds before the lock.
    for (QTimer *timer : {&m_expiry, &m_warningStart, &m_everySecond}) {
        timer->setTimerType(Qt::PreciseTimer);
    }
    m_expiry.setSingleShot(true);
    m_warningStart.setSingleShot(true);
    m_everySecond.setInterval(1000);
    connect(&m_warningStart, &QTimer::timeout, this, [this] {
        showSecondsLeft();
        m_everySecond.start();
    });
    connect(&m_everySecond, &QTimer::timeout, this, &IdleClock::showSecondsLeft);
    // The count goes before the clock's owner locks, so that no count stands over a lock.
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        m_everySecond.stop();
        setWarningSeconds(0);
        emit expired();
    });
}

int IdleClock::warningPartOf(int limitSeconds)
{
    constexpr int kWarningSeconds = 30;
    return std::min(kWarningSeconds, limitSeconds / 3);
}

void IdleClock::setLimit(int seconds)
{
    if (seconds <= 0 || seconds == m_limitSeconds) {
        return;
    }
    m_limitSeconds = seconds;
    if (isRunning()) {
        restart();
    }
}

void IdleClock::restart()
{
    stop();
    m_expiry.start(m_limitSeconds * 1000);
    const int warningPart = warningPartOf(m_limitSeconds);
    if (warningPart > 0) {
        m_warningStart.start((m_limitSeconds - warningPart) * 1000);
    }
}

void IdleClock::stop()
{
    m_expiry.stop();
    m_warningStart.stop();
    m_everySecond.stop();
    setWarningSeconds(0);
}

void IdleClock::showSecondsLeft()
{
    // To the nearest second, as the ticks come about on the second; never 0 while the clock
    // still runs (0 means no warning).
    const int leftMs = m_expiry.remainingTime();
    setWarningSeconds(m_expiry.isActive() ? std::max(1, (leftMs + 500) / 1000) : 0);
}

void IdleClock::setWarningSeconds(int seconds)
{
    if (seconds != m_warningSeconds) {
        m_warningSeconds = seconds;
        emit warningChanged();
    }
}
