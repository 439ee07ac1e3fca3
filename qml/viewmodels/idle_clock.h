#pragma once

#include <QObject>
#include <QTimer>

// The session's idle clock: it runs while someone is signed in and nobody touches the tablet,
// and expires after its limit. In its last seconds it warns (a count the shell shows over the
// page), so that a mentor who is still reading is not locked out unawares.
class IdleClock : public QObject
{
    Q_OBJECT

public:
    explicit IdleClock(QObject *parent = nullptr);

    // The limit in seconds (more than 0); a running clock starts again with it.
    void setLimit(int seconds);
    int limit() const { return m_limitSeconds; }
    void restart();
    void stop();
    bool isRunning() const { return m_expiry.isActive(); }
    // While it warns, the whole seconds left before it expires; 0 otherwise.
    int warningSeconds() const { return m_warningSeconds; }
    // How long before the end it warns: 30 s of the default three minutes; a third of a
    // limit under 90 s (none under 3 s), so that a short limit is not all warning.
    static int warningPartOf(int limitSeconds);

signals:
    void expired();
    void warningChanged();

private:
    void showSecondsLeft();
    void setWarningSeconds(int seconds);

    QTimer m_expiry;
    QTimer m_warningStart;
    QTimer m_everySecond;
    int m_limitSeconds = 180;
    int m_warningSeconds = 0;
};
