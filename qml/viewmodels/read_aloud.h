#pragma once

#include "speech_watch.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// "Voorlezen" (R7.2): says a text in the language of the app, through Qt TextToSpeech, on a
// thread of its own so that a slow or hung speech service never blocks the window.
// `available` is false when the engine is not installed (the button is then hidden, not
// broken). The engine is the first one installed (speech-dispatcher on Debian, whose
// espeak-ng speaks Dutch), or the one named in RONDE_SPEECH_ENGINE; "none" turns it off.
class ReadAloud : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString engine READ engine WRITE setEngine NOTIFY engineChanged)
    Q_PROPERTY(bool available READ available NOTIFY engineChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    // The last text was given up on before the engine said it started: most likely nothing
    // was heard. Until the next "Voorlezen".
    Q_PROPERTY(bool unheard READ unheard NOTIFY speakingChanged)

public:
    explicit ReadAloud(QObject *parent = nullptr);
    ~ReadAloud() override;

    QString engine() const { return m_engine; }
    void setEngine(const QString &engine);
    bool available() const;
    bool speaking() const { return m_speaking; }
    bool unheard() const { return m_unheard; }
    // Called from the speech thread's answers, on the UI thread.
    void setSpeaking(bool speaking);

    Q_INVOKABLE void say(const QString &text);
    Q_INVOKABLE void stop();

signals:
    void engineChanged();
    void speakingChanged();

private:
    QString m_engine;
    bool m_speaking = false;
    bool m_unheard = false;
    SpeechWatch m_watch{SpeechWatch::Limits{}}; // gives the button back (see there)
    // What the engine says of itself (speech thread, posted on): started, or ended.
    void engineSays(bool speaking);
};
