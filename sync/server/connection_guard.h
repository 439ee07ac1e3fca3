#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QTimer>
#include <functional>

class QTcpSocket;

namespace ronde::sync {

// Keeps slow, stuck and oversized clients from tying up the server (docs/SECURITY.md, "Bad
// input"). QHttpServer waits for a request as long as it takes and buffers any body whole;
// the guard watches every connection from the side, before QHttpServer reads it:
// - a request must arrive whole within requestSeconds of its first byte (slowloris);
// - a connection with nothing going either way for idleSeconds is closed (a keep-alive
//   nobody uses, a TLS handshake that never starts);
// - a request that announces, or sends, more than maxRequestBytes is answered 413 and
//   closed before it is buffered;
// - at most maxConnections are open; a new one pushes out the one stuck the longest, so
//   a flood cannot lock valid devices out.
// A connection with an answer still going out (written, not yet all taken by the kernel) is
// never the one pushed out: that threw the answer away, and behind nginx a tablet saw its
// sync break off at shift change. When every connection has one, the new connection is
// refused instead (behind nginx: tried at the other process). A client that stops reading
// its answer is still closed when its connection has been silent for idleSeconds.
// Knowing every connection, it also sends the answers still waiting in them on request
// (sendWaitingAnswers), so that a busy worker does not keep them until its event loop runs.
class ConnectionGuard final : public QObject
{
public:
    struct Limits
    {
        int maxConnections = 2048;
        int requestSeconds = 30;
        int idleSeconds = 60;
        qint64 maxRequestBytes = 0; // the body cap plus room for the head
    };
    using Log = std::function<void(const QString &peer, const QString &why)>;

    ConnectionGuard(Limits limits, Log log, QObject *parent = nullptr);

    // Watch a new connection, before QHttpServer connects to it (so the guard sees its bytes
    // first). Closes another when the limit is reached, or else refuses this one.
    void admit(QTcpSocket *socket);
    int openConnections() const { return int(m_watched.size()); }
    // Hands the kernel what it takes of every answer still waiting in a socket's buffer,
    // without waiting for the event loop (HttpEndpoint calls it before each request).
    void sendWaitingAnswers();

private:
    struct Watched
    {
        qint64 lastActivityMs = 0;
        qint64 requestStartedMs = -1; // -1: between requests
        qint64 requestBytes = 0;
        QByteArray head; // the request's first bytes, to read Content-Length
        bool headChecked = false;
        // The kernel took nothing of this answer at the last try (a client that stopped
        // reading): not tried again until the event loop has written some.
        bool kernelFull = false;
    };

    void received(QTcpSocket *socket);
    void answered(QTcpSocket *socket);
    void sweep();
    void close(QTcpSocket *socket, const QString &why);
    void refuseTooLarge(QTcpSocket *socket);
    QTcpSocket *mostStuck() const;

    Limits m_limits;
    Log m_log;
    QHash<QTcpSocket *, Watched> m_watched;
    QElapsedTimer m_clock;
    QTimer m_sweep;
};

// A plain-HTTP listener (behind nginx, in loopback tests) whose connections the guard sees
// before QHttpServer takes them.
class GuardedTcpServer final : public QTcpServer
{
public:
    GuardedTcpServer(ConnectionGuard &guard, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    ConnectionGuard &m_guard;
};

// Reads the Content-Length of a request head; -1 when there is none (yet). Public for tests.
qint64 announcedContentLength(const QByteArray &head);

} // namespace ronde::sync
