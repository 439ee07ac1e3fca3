#include "termination_quit.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <array>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ronde::app {
namespace {

std::array<int, 2> sockets{-1, -1}; // [0] written by the handler, [1] read by the notifier

constexpr std::array kSignals{SIGTERM, SIGINT, SIGHUP};

void onSignal(int)
{
    const int saved = errno; // the interrupted code may be about to read it
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(sockets[0], &byte, 1); // non-blocking
    errno = saved;
}

} // namespace

TerminationQuit::TerminationQuit(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets.data()) != 0) {
        return; // the signals then end the process as before
    }
    m_notifier = new QSocketNotifier(sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(sockets[1], &byte, 1);
        QCoreApplication::quit();
    });
    ::fcntl(sockets[0], F_SETFL, ::fcntl(sockets[0], F_GETFL) | O_NONBLOCK);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // Once: a second signal, while the app ends too slowly, ends it at once as before.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    for (const int signal : kSignals) {
        struct sigaction before = {};
        ::sigaction(signal, nullptr, &before);
        if (before.sa_handler != SIG_IGN) { // ignored on purpose (nohup): left so
            ::sigaction(signal, &action, nullptr);
        }
    }
}

TerminationQuit::~TerminationQuit()
{
    if (!m_notifier) {
        return;
    }
    for (const int signal : kSignals) {
        struct sigaction now = {};
        ::sigaction(signal, nullptr, &now);
        if (now.sa_handler == onSignal) {
            ::signal(signal, SIG_DFL);
        }
    }
    delete m_notifier;
    m_notifier = nullptr;
    ::close(sockets[0]);
    ::close(sockets[1]);
    sockets = {-1, -1};
}

} // namespace ronde::app
