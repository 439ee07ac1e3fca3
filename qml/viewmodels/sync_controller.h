#pragma once

#include "session.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <optional>
#include <utility>

// The tablet's sync as the UI sees it: whether the device is linked to a server, when it last
// synced successfully (kept in the database), the last error in plain Dutch, and a button.
// It syncs on request and on a timer that backs off after failures; never two at once, and
// it never reports success for a sync that did not complete.
//
// The sync runs on a worker thread with a database connection of its own, like the office's
// report, so the window keeps drawing while thousands of records arrive (docs/PERFORMANCE.md
// "The window during a sync"). The UI sees only signals: `busy`, then `syncFinished`. What the
// worker wrote reaches the view models afterwards, one change per detainee.
class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY stateChanged)
    // The same as the facility's clock shows it (R0.3), e.g. "5 dec. 21:16"; "" before the
    // first: the tablet's own time zone may be set otherwise.
    Q_PROPERTY(QString lastSuccessText READ lastSuccessText NOTIFY stateChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY stateChanged)
    Q_PROPERTY(int retrySeconds READ retrySeconds NOTIFY stateChanged)
    // Changes the server refused: they stay on this tablet, each with the server's reason
    // ("Mentorgesprek met Jan Jansen, 3 maart: <reason>").
    Q_PROPERTY(int refusedCount READ refusedCount NOTIFY stateChanged)
    Q_PROPERTY(QStringList refusedChanges READ refusedChanges NOTIFY stateChanged)
    // Records from the server that this tablet could not store (the office is told too).
    Q_PROPERTY(QStringList setAside READ setAside NOTIFY stateChanged)

public:
    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    bool enrolled() const;
    // A sync runs (started by this controller or another: the status bar's and the sync
    // page's share one worker; never two at once).
    bool busy() const;
    QDateTime lastSuccess() const;
    QString lastSuccessText() const;
    // The last sync's error in the user's language, whichever controller started it.
    QString lastError() const;
    QString serverUrl() const;
    int retrySeconds() const { return m_retrySeconds; }
    int refusedCount() const;
    QStringList refusedChanges() const;
    QStringList setAside() const;

    // Starts a sync; false when none could start (one runs already, the tablet is not
    // linked, or its database is in memory). syncFinished says how it ended.
    Q_INVOKABLE bool syncNow();
    // Puts the refused changes back in line and syncs (after the office fixed the cause).
    Q_INVOKABLE bool resendRefused();
    // Starts linking this tablet to a server with a one-time code, then its first sync;
    // enrolFinished brings "" or a Dutch error. False when it could not start.
    Q_INVOKABLE bool enrol(const QString &serverUrl, const QString &code);

public slots:
    // The network became reachable (a docked tablet): sync now rather than at the next tick.
    void networkReachable();

signals:
    void sessionChanged();
    void stateChanged();
    void syncFinished(bool ok);
    void enrolFinished(const QString &error);

public:
    struct Outcome; // what a sync on the worker brings back (sync_controller.cpp)

private:
    // Runs a sync (after an enrolment, when `enrolment` holds the server and the code) on the
    // worker; false when it cannot start.
    bool start(std::optional<std::pair<QUrl, QString>> enrolment);
    // On the UI thread when a sync ends: what the worker wrote reaches the session's
    // connection and view models, even when the controller that started it is gone.
    static void applyToSession(Session *session, Outcome &outcome);
    // Then what this controller says: signals and the next try.
    void finish(Outcome outcome, bool enrolling);
    void schedule(bool failed);
    static QString eventTypeLabel(const QString &type);
    // "Contact met Jan Jansen, 3 maart 2026: <reason>"
    QString describe(const QString &type, const std::string &detaineeId, int64_t occurredAtMs,
                     const std::string &reason) const;

    QPointer<Session> m_session;
    QTimer m_timer;
    int m_retrySeconds = 0;
};
