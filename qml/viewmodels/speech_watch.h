#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

// When "Voorlezen" (R7.2) gives its button back without the engine's word: an engine that
// never answers (a speech service without sound) would otherwise leave "Stil" on the button
// for good, as if it were reading. It waits `toStartMs` for the engine to say it started,
// then longestMs(text) for it to say it ended, and then gives up. Apart from ReadAloud so
// that its times can be tested without a speech engine.
class SpeechWatch : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int toStartMs = 5000;
        // Dutch speech runs at about 15 characters a second: three times as long as that, for
        // a slower voice and its pauses, and never under half a minute.
        int perCharacterMs = 200;
        int leastMs = 30'000;
    };

    explicit SpeechWatch(Limits limits, QObject *parent = nullptr);

    void asked(const QString &text); // the text was handed to the engine
    void started();                  // the engine says it speaks: now it may take its time
    void ended();                    // the engine said it stopped, or it was stopped
    int longestMs(const QString &text) const;

signals:
    // `started`: whether the engine had said it started. If not, nothing was heard, most
    // likely (no sound, or no speech service), and the button says so.
    void givenUp(bool started);

private:
    Limits m_limits;
    QTimer m_timer;
    QString m_text;
    bool m_started = false;
};
