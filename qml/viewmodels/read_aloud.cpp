#include "read_aloud.h"

#include <QLocale>
#include <QTextToSpeech>

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
{
    const QStringList engines = QTextToSpeech::availableEngines();
    m_engine = qEnvironmentVariableIsSet("RONDE_SPEECH_ENGINE")
                   ? qEnvironmentVariable("RONDE_SPEECH_ENGINE")
                   : engines.value(0);
}

ReadAloud::~ReadAloud() = default;

void ReadAloud::setEngine(const QString &engine)
{
    if (engine != m_engine) {
        stop();
        m_speech.reset();
        m_engine = engine;
        emit engineChanged();
    }
}

bool ReadAloud::available() const
{
    return !m_engine.isEmpty() && QTextToSpeech::availableEngines().contains(m_engine);
}

void ReadAloud::say(const QString &text)
{
    if (!available()) {
        return;
    }
    if (!m_speech) {
        m_speech = std::make_unique<QTextToSpeech>(m_engine);
        connect(
            m_speech.get(), &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { setSpeaking(state == QTextToSpeech::Speaking); });
    }
    m_speech->stop();
    m_speech->setLocale(QLocale()); // the app's language, set by UiLanguage
    m_speech->say(text);
}

void ReadAloud::stop()
{
    if (m_speech) {
        m_speech->stop();
    }
    setSpeaking(false);
}

void ReadAloud::setSpeaking(bool speaking)
{
    if (speaking != m_speaking) {
        m_speaking = speaking;
        emit speakingChanged();
    }
}
