#include "activity_filter.h"

#include <QCoreApplication>
#include <QEvent>

ActivityFilter::ActivityFilter(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

ActivityFilter::~ActivityFilter()
{
    if (QCoreApplication *app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

void ActivityFilter::setSession(Session *session)
{
    if (session != m_session) {
        m_session = session;
        emit sessionChanged();
    }
}

bool ActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        if (m_session) {
            m_session->noteActivity();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
