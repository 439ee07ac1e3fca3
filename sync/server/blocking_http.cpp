#include "blocking_http.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace ronde::sync {
namespace {

constexpr qsizetype kMaxLine = 64 * 1024;        // a status or header line, or a chunk's size
constexpr qint64 kMaxBody = 256LL * 1024 * 1024; // far above any page of the protocol

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == "https" ? 443 : 80) == b.port(b.scheme() == "https" ? 443 : 80);
}

QByteArray requestHead(const QUrl &url, qsizetype bodySize)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty()) {
        target = "/";
    }
    if (url.hasQuery()) {
        target += "?" + url.query(QUrl::FullyEncoded).toUtf8();
    }
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (url.port() != -1) {
        host += ":" + QByteArray::number(url.port());
    }
    QByteArray head = "POST " + target + " HTTP/1.1\r\n";
    head += "Host: " + host + "\r\n";
    head += "Content-Type: application/x-ronde-sync\r\n";
    head += "Content-Length: " + QByteArray::number(bodySize) + "\r\n\r\n";
    return head;
}

QString timeoutText(int ms)
{
    return ms % 1000 == 0 ? QStringLiteral("%1 s").arg(ms / 1000) : QStringLiteral("%1 ms").arg(ms);
}

} // namespace

BlockingHttpConnection::BlockingHttpConnection(QSslConfiguration tls, int timeoutMs)
    : m_tls(std::move(tls))
    , m_timeoutMs(timeoutMs)
{}

QSslConfiguration BlockingHttpConnection::pinnedTo(const QByteArray &pem)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!pem.isEmpty()) {
        config.setCaCertificates(QSslCertificate::fromData(pem, QSsl::Pem));
    }
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

BlockingHttpConnection::~BlockingHttpConnection() = default;

bool BlockingHttpConnection::holdsConnectionTo(const QUrl &url) const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState &&
           sameOrigin(url, m_connectedTo);
}

bool BlockingHttpConnection::connect(const QUrl &url, HttpReply &reply)
{
    if (holdsConnectionTo(url)) {
        return true;
    }
    m_socket.reset();
    const bool tls = url.scheme() == "https";
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(m_tls);
        socket->connectToHostEncrypted(url.host(), port);
        if (!socket->waitForEncrypted(m_timeoutMs)) {
            reply.networkError = socket->errorString();
            reply.certificateMismatch = socket->error() == QAbstractSocket::SslHandshakeFailedError;
            return false;
        }
        m_socket = std::move(socket);
    } else {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(url.host(), port);
        if (!socket->waitForConnected(m_timeoutMs)) {
            reply.networkError = socket->errorString();
            return false;
        }
        m_socket = std::move(socket);
    }
    // The head and the body go out in one write; an answer's last segment is not held back.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_connectedTo = url;
    ++m_opened;
    return true;
}

bool BlockingHttpConnection::readLine(QByteArray &line)
{
    while (!m_socket->canReadLine()) {
        if (m_socket->bytesAvailable() > kMaxLine || !m_socket->waitForReadyRead(m_timeoutMs)) {
            return false;
        }
    }
    line = m_socket->readLine(kMaxLine);
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return true;
}

bool BlockingHttpConnection::readExactly(qsizetype count, QByteArray &into)
{
    qsizetype at = into.size();
    into.resize(at + count);
    while (at < into.size()) {
        if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(m_timeoutMs)) {
            return false;
        }
        const qint64 read = m_socket->read(into.data() + at, into.size() - at);
        if (read < 0) {
            return false;
        }
        at += qsizetype(read);
    }
    return true;
}

bool BlockingHttpConnection::closedByServer() const
{
    return m_socket->error() == QAbstractSocket::RemoteHostClosedError; // also a reset
}

bool BlockingHttpConnection::readHead(Head &head, QString &problem)
{
    // Interim answers (1xx) come before the real one: skipped with their headers.
    do {
        QByteArray line;
        if (!readLine(line)) {
            problem = m_socket->error() == QAbstractSocket::SocketTimeoutError
                          ? QStringLiteral("geen antwoord binnen %1").arg(timeoutText(m_timeoutMs))
                          : m_socket->errorString();
            head.nothingCame = m_socket->bytesAvailable() == 0 && closedByServer();
            return false;
        }
        const QList<QByteArray> status = line.split(' ');
        bool numeric = false;
        head.status =
            status.size() >= 2 && status[0].startsWith("HTTP/1.") ? status[1].toInt(&numeric) : 0;
        if (!numeric || head.status < 100 || head.status > 599) {
            problem = QStringLiteral("geen HTTP-antwoord: ") + QString::fromUtf8(line.left(200));
            return false;
        }
        head.length = -1;
        head.chunked = false;
        head.closeAfter = status[0] == "HTTP/1.0";
        for (;;) {
            if (!readLine(line)) {
                problem = QStringLiteral("antwoord afgebroken in de kop");
                return false;
            }
            if (line.isEmpty()) {
                break;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length") {
                bool valid = false;
                head.length = value.toLongLong(&valid);
                if (!valid || head.length < 0 || head.length > kMaxBody) {
                    problem = QStringLiteral("ongeldige lengte: ") + QString::fromUtf8(value);
                    return false;
                }
            } else if (name == "transfer-encoding") {
                head.chunked = value.contains("chunked");
            } else if (name == "connection" && value.contains("close")) {
                head.closeAfter = true;
            }
        }
    } while (head.status < 200 && head.status != 101);
    return true;
}

bool BlockingHttpConnection::readChunks(QByteArray &body)
{
    QByteArray line;
    for (;;) {
        if (!readLine(line)) {
            return false;
        }
        bool hex = false;
        const qsizetype size = line.split(';').first().trimmed().toLongLong(&hex, 16);
        if (!hex || size < 0 || body.size() + size > kMaxBody) {
            return false;
        }
        if (size == 0) {
            break;
        }
        if (!readExactly(size, body) || !readLine(line) || !line.isEmpty()) {
            return false;
        }
    }
    // Trailers, up to the empty line: none that matter here.
    do {
        if (!readLine(line)) {
            return false;
        }
    } while (!line.isEmpty());
    return true;
}

bool BlockingHttpConnection::readUntilClosed(QByteArray &body)
{
    while (m_socket->waitForReadyRead(m_timeoutMs)) {
        body += m_socket->readAll();
    }
    body += m_socket->readAll();
    return closedByServer(); // not a timeout or an error: the server ended it
}

BlockingHttpConnection::Outcome
BlockingHttpConnection::exchange(const QUrl &url, const std::string &body, HttpReply &reply)
{
    if (!connect(url, reply)) {
        return Outcome::Failed;
    }
    QByteArray request = requestHead(url, qsizetype(body.size()));
    request.append(body.data(), qsizetype(body.size()));
    bool sent = m_socket->write(request) == request.size();
    while (sent && m_socket->bytesToWrite() > 0) {
        sent = m_socket->waitForBytesWritten(m_timeoutMs);
    }
    if (!sent) {
        reply.networkError = m_socket->errorString();
        return closedByServer() ? Outcome::NothingCame : Outcome::Failed;
    }

    Head head;
    if (!readHead(head, reply.networkError)) {
        return head.nothingCame ? Outcome::NothingCame : Outcome::Failed;
    }
    bool whole = true;
    if (head.chunked) {
        whole = readChunks(reply.body);
    } else if (head.length >= 0) {
        whole = readExactly(head.length, reply.body);
    } else { // neither: the body ends with the connection
        whole = readUntilClosed(reply.body);
        head.closeAfter = true;
    }
    if (!whole) {
        // A body that broke off after its status line (a server killed half-way) is no
        // answer, as with HttpSession.
        reply.networkError = QStringLiteral("antwoord afgebroken: ") + m_socket->errorString();
        return Outcome::Failed;
    }
    reply.status = head.status;
    if (head.closeAfter) {
        m_socket.reset();
    }
    return Outcome::Answered;
}

HttpReply BlockingHttpConnection::post(const QUrl &url, const std::string &body)
{
    const bool reused = holdsConnectionTo(url);
    HttpReply reply;
    Outcome outcome = exchange(url, body, reply);
    if (outcome == Outcome::NothingCame && reused) {
        // Kept open by us, closed by the server in the meantime: once more on a new one. A
        // sync is idempotent, so a request that did arrive does no harm a second time.
        m_socket.reset();
        reply = {};
        outcome = exchange(url, body, reply);
    }
    if (outcome != Outcome::Answered) { // every way there set networkError
        reply.status = 0;
        reply.body.clear();
        m_socket.reset();
    }
    return reply;
}

} // namespace ronde::sync
