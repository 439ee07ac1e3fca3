#pragma once

#include "session.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// Every touch, click or key press anywhere in the app keeps the session awake; idle for a few
// minutes, it locks (Session::noteActivity). The shell holds one, so that the app and the QML
// tests watch the same way: it filters the whole application's events while it lives.
class ActivityFilter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)

public:
    explicit ActivityFilter(QObject *parent = nullptr);
    ~ActivityFilter() override;

    Session *session() const { return m_session; }
    void setSession(Session *session);

signals:
    void sessionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<Session> m_session;
};
