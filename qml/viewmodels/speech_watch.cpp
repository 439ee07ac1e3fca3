#include "speech_watch.h"

#include <algorithm>

SpeechWatch::SpeechWatch(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { emit givenUp(m_started); });
}

void SpeechWatch::asked(const QString &text)
{
    m_text = text;
    m_started = false;
    m_timer.start(m_limits.toStartMs);
}

void SpeechWatch::started()
{
    if (m_timer.isActive()) { // not after it ended or gave up: a late word changes nothing
        m_started = true;
        m_timer.start(longestMs(m_text));
    }
}

void SpeechWatch::ended()
{
    m_timer.stop();
}

int SpeechWatch::longestMs(const QString &text) const
{
    return std::max(m_limits.leastMs, int(text.size()) * m_limits.perCharacterMs);
}
