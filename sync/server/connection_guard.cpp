#include "connection_guard.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QVarLengthArray>
#include <algorithm>
#include <limits>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace ronde::sync {
namespace {

constexpr qsizetype kHeadBytes = 16 * 1024; // more than any valid request head

// What is written and not yet taken by the kernel. A TLS connection keeps what it has
// encrypted apart, and counts it in bytesToWrite() only until it is encrypted.
qint64 bytesOnTheirWay(const QTcpSocket *socket)
{
    const auto *tls = qobject_cast<const QSslSocket *>(socket);
    return socket->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
}

// Whether flushing a TLS connection would also decrypt bytes it has received, and hand
// QHttpServer a request in the middle of another's handling: left to the event loop.
bool mayReadWhenFlushed(const QTcpSocket *socket)
{
    const auto *tls = qobject_cast<const QSslSocket *>(socket);
    return tls && tls->encryptedBytesAvailable() > 0;
}

// Has the kernel acknowledge what arrived on the connection now instead of later. Linux
// delays an acknowledgement by 40 ms, or up to 200 ms on a slow link, when it expects an
// answer to carry it; a client that leaves Nagle's algorithm on (Qt Network's, so the app's)
// meanwhile holds back a request's last piece, smaller than a segment, until what it sent
// before is acknowledged. Together they paused the end of 3 to 7 of the 19 uploads of a push
// of 100k (docs/PERFORMANCE.md, the twenty-fifth stop). The setting lasts until the kernel
// next expects to answer, so it is set again at every read.
void acknowledgeAtOnce(const QTcpSocket *socket)
{
#ifdef TCP_QUICKACK
    const int on = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#else
    Q_UNUSED(socket);
#endif
}
} // namespace

qint64 announcedContentLength(const QByteArray &head)
{
    const qsizetype end = head.indexOf("\r\n\r\n");
    // Up to the end of the head, keeping the last line's CRLF.
    const QByteArray lines = (end < 0 ? head : head.left(end + 2)).toLower();
    const qsizetype at = lines.indexOf("\r\ncontent-length:");
    if (at < 0) {
        return -1;
    }
    const qsizetype valueStart = at + qsizetype(sizeof("\r\ncontent-length:") - 1);
    const qsizetype valueEnd = lines.indexOf("\r\n", valueStart);
    if (valueEnd < 0) {
        return -1; // the line is not complete yet
    }
    bool ok = false;
    const qint64 length = lines.mid(valueStart, valueEnd - valueStart).trimmed().toLongLong(&ok);
    // Unreadable or negative: treated as too large.
    return ok && length >= 0 ? length : std::numeric_limits<qint64>::max();
}

ConnectionGuard::ConnectionGuard(Limits limits, Log log, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_log(std::move(log))
{
    m_clock.start();
    m_sweep.setInterval(250);
    connect(&m_sweep, &QTimer::timeout, this, &ConnectionGuard::sweep);
    m_sweep.start();
}

void ConnectionGuard::admit(QTcpSocket *socket)
{
    QTcpSocket *pushedOut = nullptr;
    if (int(m_watched.size()) >= m_limits.maxConnections) {
        pushedOut = mostStuck();
        if (pushedOut) {
            close(pushedOut, "te veel verbindingen; de langst vastzittende is gesloten");
        }
    }
    Watched watched;
    watched.lastActivityMs = m_clock.elapsed();
    m_watched.insert(socket, watched);
    if (int(m_watched.size()) > m_limits.maxConnections && !pushedOut) {
        close(socket,
              "te veel verbindingen, elk met een antwoord onderweg; de nieuwe is geweigerd");
        return;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { received(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { answered(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_watched.remove(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_watched.remove(socket); });
}

void ConnectionGuard::received(QTcpSocket *socket)
{
    const auto found = m_watched.find(socket);
    if (found == m_watched.end()) {
        return;
    }
    Watched &w = *found;
    acknowledgeAtOnce(socket);
    const qint64 now = m_clock.elapsed();
    w.lastActivityMs = now;
    if (w.requestStartedMs < 0) {
        w.requestStartedMs = now;
        w.requestBytes = 0;
        w.head.clear();
        w.headChecked = false;
    }
    // What QHttpServer has not read yet is exactly what just arrived.
    const qint64 arrived = socket->bytesAvailable();
    w.requestBytes += arrived;
    if (!w.headChecked && w.head.size() < kHeadBytes) {
        w.head += socket->peek(std::min<qint64>(arrived, kHeadBytes - w.head.size()));
        const qint64 announced = announcedContentLength(w.head);
        if (announced > m_limits.maxRequestBytes) {
            refuseTooLarge(socket);
            return;
        }
        w.headChecked = announced >= 0 || w.head.contains("\r\n\r\n");
    }
    if (w.requestBytes > m_limits.maxRequestBytes) {
        close(socket, "verzoek groter dan toegestaan");
    } else if (!w.headChecked && w.head.size() >= kHeadBytes) {
        close(socket, "kop van het verzoek te groot");
    }
}

void ConnectionGuard::sendWaitingAnswers()
{
    // A flush can end a connection there and then (one that closes once its answer is out,
    // or whose peer has gone), and the guard then forgets it: so not while walking the table.
    QVarLengthArray<QTcpSocket *, 64> waiting;
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        if (!it->kernelFull && bytesOnTheirWay(it.key()) > 0 && !mayReadWhenFlushed(it.key())) {
            waiting.append(it.key());
        }
    }
    for (QTcpSocket *socket : waiting) {
        if (m_watched.contains(socket) && !socket->flush()) {
            const auto found = m_watched.find(socket);
            if (found != m_watched.end()) {
                found->kernelFull = true;
            }
        }
    }
}

void ConnectionGuard::answered(QTcpSocket *socket)
{
    const auto found = m_watched.find(socket);
    if (found != m_watched.end()) {
        found->kernelFull = false;
        found->lastActivityMs = m_clock.elapsed();
        found->requestStartedMs = -1; // QHttpServer answers only a whole request
    }
}

void ConnectionGuard::sweep()
{
    const qint64 now = m_clock.elapsed();
    QList<QPair<QTcpSocket *, QString>> toClose;
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        const Watched &w = it.value();
        if (w.requestStartedMs >= 0 && now - w.requestStartedMs > m_limits.requestSeconds * 1000) {
            toClose.append(
                {it.key(),
                 QString("verzoek niet binnen %1 s ontvangen").arg(m_limits.requestSeconds)});
        } else if (now - w.lastActivityMs > m_limits.idleSeconds * 1000) {
            toClose.append({it.key(), QString("verbinding %1 s stil").arg(m_limits.idleSeconds)});
        }
    }
    for (const auto &[socket, why] : toClose) {
        close(socket, why);
    }
}

QTcpSocket *ConnectionGuard::mostStuck() const
{
    // A request that is still arriving, the oldest first; else the longest quiet connection.
    // Never one with an answer still going out: closing it would throw the answer away.
    QTcpSocket *worst = nullptr;
    qint64 worstSince = std::numeric_limits<qint64>::max();
    bool worstInRequest = false;
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        if (bytesOnTheirWay(it.key()) > 0) {
            continue;
        }
        const bool inRequest = it->requestStartedMs >= 0;
        const qint64 since = inRequest ? it->requestStartedMs : it->lastActivityMs;
        if ((inRequest && !worstInRequest) || (inRequest == worstInRequest && since < worstSince)) {
            worst = it.key();
            worstSince = since;
            worstInRequest = inRequest;
        }
    }
    return worst;
}

void ConnectionGuard::refuseTooLarge(QTcpSocket *socket)
{
    const QByteArray body = "bericht te groot";
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: text/plain; charset=utf-8\r\n"
                  "Connection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->flush();
    close(socket, "aangekondigd verzoek groter dan toegestaan");
}

void ConnectionGuard::close(QTcpSocket *socket, const QString &why)
{
    if (m_watched.remove(socket) == 0) {
        return;
    }
    m_log(socket->peerAddress().toString(), why);
    // Closed once QHttpServer is done with the bytes in hand (it reads them in the same
    // signal); then, seeing the disconnect, it lets the socket go. Nothing more is read.
    QTimer::singleShot(0, socket, [socket] { socket->abort(); });
}

GuardedTcpServer::GuardedTcpServer(ConnectionGuard &guard, QObject *parent)
    : QTcpServer(parent)
    , m_guard(guard)
{}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    m_guard.admit(socket);
    addPendingConnection(socket);
}

} // namespace ronde::sync
