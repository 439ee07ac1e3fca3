#pragma once

#include <QObject>

class QSocketNotifier;

namespace ronde::app {

// Ends the app on SIGTERM, SIGINT or SIGHUP (a shutdown, a flat battery's last moments, a
// terminal closed) as when its window closes: the event loop quits and the application says
// it is about to quit, so that a form typed in the last second is kept (DraftKeeper). By
// default these signals end the process at once. A signal handler may only write to a
// socket; a notifier on its other end quits in the event loop. One per process.
class TerminationQuit : public QObject
{
    Q_OBJECT
public:
    explicit TerminationQuit(QObject *parent = nullptr);
    ~TerminationQuit() override;

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ronde::app
