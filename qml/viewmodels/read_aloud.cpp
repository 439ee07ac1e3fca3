#include "read_aloud.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QTextToSpeech>
#include <QThread>

namespace {

// Speech runs on a thread of its own: the speech-dispatcher engine talks to a daemon, and a
// daemon that does not answer blocked the whole window on the first "Voorlezen", with the
// tablet in a detainee's hands. Here only speech waits. One thread for the app; it is left
// to the end of the process rather than joined, because a hung engine would hang the exit.
class SpeechThread
{
public:
    static SpeechThread &instance()
    {
        static SpeechThread *speech = new SpeechThread; // never destroyed: see above
        return *speech;
    }

    // Runs `work` on the speech thread, with the engine made there (again when the name changes).
    void post(const QString &engine, std::function<void(QTextToSpeech &)> work)
    {
        QMetaObject::invokeMethod(
            m_context,
            [this, engine, work = std::move(work)] {
                if (!m_speech || m_engine != engine) {
                    delete m_speech;
                    m_speech = new QTextToSpeech(engine);
                    m_engine = engine;
                    QObject::connect(m_speech, &QTextToSpeech::stateChanged, m_context,
                                     [this](QTextToSpeech::State state) {
                                         m_onState(state == QTextToSpeech::Speaking);
                                     });
                }
                work(*m_speech);
                // An engine that cannot speak (its service missing) says so in its state,
                // and may never change it.
                if (m_speech->state() == QTextToSpeech::Error) {
                    m_onState(false);
                }
            },
            Qt::QueuedConnection);
    }

    // Who hears that speaking started or stopped (called on the speech thread: it must post
    // on). Set there too, so that only the speech thread ever touches it.
    void setListener(std::function<void(bool)> onState)
    {
        QMetaObject::invokeMethod(
            m_context, [this, onState = std::move(onState)] { m_onState = onState; },
            Qt::QueuedConnection);
    }

private:
    SpeechThread()
    {
        m_thread.setObjectName("ronde-speech");
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_onState = [](bool) {};
    }

    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    QTextToSpeech *m_speech = nullptr;
    QString m_engine;
    std::function<void(bool)> m_onState;
};

} // namespace

ReadAloud::ReadAloud(QObject *parent)
    : QObject(parent)
{
    connect(&m_watch, &SpeechWatch::givenUp, this, [this](bool started) {
        m_unheard = !started; // told with the stop's speakingChanged
        stop();
    });
    const QStringList engines = QTextToSpeech::availableEngines();
    m_engine = qEnvironmentVariableIsSet("RONDE_SPEECH_ENGINE")
                   ? qEnvironmentVariable("RONDE_SPEECH_ENGINE")
                   : engines.value(0);
}

ReadAloud::~ReadAloud()
{
    stop();
}

void ReadAloud::setEngine(const QString &engine)
{
    if (engine != m_engine) {
        stop();
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
    // The last ReadAloud to speak hears the state; it is looked for on the UI thread.
    SpeechThread::instance().setListener([self = QPointer<ReadAloud>(this)](bool speaking) {
        QMetaObject::invokeMethod(
            qApp,
            [self, speaking] {
                if (self) {
                    self->engineSays(speaking);
                }
            },
            Qt::QueuedConnection);
    });
    const QLocale language; // the app's language, set by UiLanguage
    SpeechThread::instance().post(m_engine, [text, language](QTextToSpeech &speech) {
        speech.stop();
        speech.setLocale(language);
        speech.say(text);
    });
    m_unheard = false;
    setSpeaking(true); // at once: the button answers even while the engine starts
    m_watch.asked(text);
}

void ReadAloud::engineSays(bool speaking)
{
    if (speaking) {
        m_watch.started();
    } else {
        setSpeaking(false);
    }
}

void ReadAloud::stop()
{
    if (m_speaking) {
        SpeechThread::instance().post(m_engine, [](QTextToSpeech &speech) { speech.stop(); });
    }
    setSpeaking(false);
}

void ReadAloud::setSpeaking(bool speaking)
{
    if (!speaking) {
        m_watch.ended();
    }
    if (speaking != m_speaking) {
        m_speaking = speaking;
        emit speakingChanged();
    }
}
