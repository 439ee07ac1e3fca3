#include "blocking_http.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

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

// OpenSSL writes to its socket with write(2), which raises SIGPIPE on a connection the server
// has closed, and would end the process. The signal is held back on this thread while a
// request is out, and taken if it came (as libpq does); the write itself then fails with
// EPIPE, which says the connection is gone.
class SigpipeHeld
{
public:
    SigpipeHeld()
    {
        sigset_t pipe;
        sigemptyset(&pipe);
        sigaddset(&pipe, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &pipe, &m_before);
        sigset_t pending;
        sigpending(&pending);
        m_wasPending = sigismember(&pending, SIGPIPE) == 1;
    }
    ~SigpipeHeld()
    {
        sigset_t pending;
        sigpending(&pending);
        if (!m_wasPending && sigismember(&pending, SIGPIPE) == 1) {
            sigset_t pipe;
            sigemptyset(&pipe);
            sigaddset(&pipe, SIGPIPE);
            const timespec now{0, 0};
            sigtimedwait(&pipe, nullptr, &now);
        }
        pthread_sigmask(SIG_SETMASK, &m_before, nullptr);
    }
    SigpipeHeld(const SigpipeHeld &) = delete;
    SigpipeHeld &operator=(const SigpipeHeld &) = delete;

private:
    sigset_t m_before;
    bool m_wasPending = false;
};

QString systemError(int number)
{
    return QString::fromLocal8Bit(std::strerror(number));
}

QString tlsError()
{
    const unsigned long code = ERR_get_error();
    if (code == 0) {
        return QStringLiteral("verbinding verbroken");
    }
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

} // namespace

BlockingHttpConnection::BlockingHttpConnection(std::shared_ptr<const ClientTls> tls, int timeoutMs)
    : m_tls(std::move(tls))
    , m_timeoutMs(timeoutMs)
{}

BlockingHttpConnection::~BlockingHttpConnection()
{
    disconnect();
}

bool BlockingHttpConnection::holdsConnectionTo(const QUrl &url) const
{
    return m_fd >= 0 && !m_closed && sameOrigin(url, m_connectedTo);
}

void BlockingHttpConnection::disconnect()
{
    if (m_ssl != nullptr) {
        SSL_free(m_ssl);
        m_ssl = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_in.clear();
    m_inAt = 0;
    m_closed = false;
}

bool BlockingHttpConnection::connect(const QUrl &url, HttpReply &reply)
{
    if (holdsConnectionTo(url)) {
        return true;
    }
    disconnect();
    const bool tls = url.scheme() == "https";
    const std::string host = url.host(QUrl::FullyEncoded).toStdString(); // a name in ASCII
    const std::string port = std::to_string(url.port(tls ? 443 : 80));
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (const int failed = getaddrinfo(host.c_str(), port.c_str(), &hints, &found)) {
        reply.networkError =
            QStringLiteral("adres onbekend: ") + QString::fromUtf8(gai_strerror(failed));
        return false;
    }
    for (const addrinfo *at = found; at != nullptr && m_fd < 0; at = at->ai_next) {
        m_fd = ::socket(at->ai_family, at->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                        at->ai_protocol);
        if (m_fd < 0) {
            m_error = systemError(errno);
            continue;
        }
        int error = 0;
        if (::connect(m_fd, at->ai_addr, at->ai_addrlen) != 0) {
            error = errno;
            if (error == EINPROGRESS) {
                socklen_t length = sizeof error;
                error =
                    waitFor(POLLOUT) && getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0
                        ? error
                        : ETIMEDOUT;
            }
        }
        if (error != 0) {
            m_error = systemError(error);
            ::close(m_fd);
            m_fd = -1;
        }
    }
    freeaddrinfo(found);
    if (m_fd < 0) {
        reply.networkError = QStringLiteral("geen verbinding met %1: %2").arg(url.host(), m_error);
        return false;
    }
    m_error.clear(); // what an address tried before said is not this connection's
    // The head and the body go out in one write; an answer's last segment is not held back.
    const int on = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    m_timedOut = false;
    if (tls && !handshake(url, reply)) {
        disconnect();
        return false;
    }
    m_connectedTo = url;
    ++m_opened;
    return true;
}

bool BlockingHttpConnection::handshake(const QUrl &url, HttpReply &reply)
{
    static const std::shared_ptr<const ClientTls> systemTrust = ClientTls::pinnedTo({});
    const std::shared_ptr<const ClientTls> &trust = m_tls ? m_tls : systemTrust;
    if (!trust || (m_ssl = SSL_new(trust->context())) == nullptr) {
        reply.networkError = QStringLiteral("TLS niet beschikbaar");
        return false;
    }
    const std::string host = url.host(QUrl::FullyEncoded).toStdString();
    // The certificate must name the host asked for: its address, or its name (in a
    // subjectAltName; OpenSSL reads the common name only of a certificate without DNS names).
    const bool named = X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(m_ssl), host.c_str()) == 1 ||
                       (SSL_set1_host(m_ssl, host.c_str()) == 1 &&
                        SSL_set_tlsext_host_name(m_ssl, host.c_str()) == 1);
    if (!named || SSL_set_fd(m_ssl, m_fd) != 1) {
        reply.networkError = QStringLiteral("TLS niet in te stellen voor %1").arg(url.host());
        return false;
    }
    for (;;) {
        ERR_clear_error();
        const int done = SSL_connect(m_ssl);
        if (done == 1) {
            return true;
        }
        const int wants = SSL_get_error(m_ssl, done);
        if ((wants == SSL_ERROR_WANT_READ && waitFor(POLLIN)) ||
            (wants == SSL_ERROR_WANT_WRITE && waitFor(POLLOUT))) {
            continue;
        }
        const long verified = SSL_get_verify_result(m_ssl);
        if (verified != X509_V_OK) {
            reply.certificateMismatch = true;
            reply.networkError = QStringLiteral("certificaat van de server niet vertrouwd: ") +
                                 QString::fromLatin1(X509_verify_cert_error_string(verified));
        } else {
            reply.networkError =
                m_timedOut ? QStringLiteral("geen TLS binnen %1").arg(timeoutText(m_timeoutMs))
                           : QStringLiteral("TLS mislukt: ") + tlsError();
        }
        return false;
    }
}

bool BlockingHttpConnection::waitFor(short events)
{
    pollfd watched{m_fd, events, 0};
    int ready;
    do {
        ready = ::poll(&watched, 1, m_timeoutMs);
    } while (ready < 0 && errno == EINTR);
    if (ready == 0) {
        m_timedOut = true;
        m_error = QStringLiteral("geen antwoord binnen %1").arg(timeoutText(m_timeoutMs));
    } else if (ready < 0) {
        m_error = systemError(errno);
    }
    return ready > 0; // an error or a hang-up on the socket the next call tells
}

BlockingHttpConnection::Read BlockingHttpConnection::receive(char *into, size_t size, size_t &got)
{
    for (;;) {
        ERR_clear_error();
        errno = 0; // SSL_ERROR_SYSCALL reads it
        const ssize_t n = m_ssl == nullptr
                              ? ::recv(m_fd, into, size, 0)
                              : SSL_read(m_ssl, into, int(std::min<size_t>(size, INT_MAX)));
        if (n > 0) {
            got = size_t(n);
            m_received += got;
            return Read::Bytes;
        }
        int error = 0;
        bool wantsWrite = false;
        if (m_ssl == nullptr) {
            error = n == 0 ? ECONNRESET : errno;
        } else {
            switch (SSL_get_error(m_ssl, int(n))) {
            case SSL_ERROR_WANT_READ:
                error = EAGAIN;
                break;
            case SSL_ERROR_WANT_WRITE:
                error = EAGAIN;
                wantsWrite = true;
                break;
            case SSL_ERROR_ZERO_RETURN:
                error = ECONNRESET;
                break;
            case SSL_ERROR_SYSCALL:
                error = errno == 0 ? ECONNRESET : errno;
                break;
            default:
                m_error = tlsError();
                return Read::Failed;
            }
        }
        if (error == EAGAIN || error == EWOULDBLOCK || error == EINTR) {
            if (error != EINTR && !waitFor(wantsWrite ? POLLOUT : POLLIN)) {
                return m_timedOut ? Read::TimedOut : Read::Failed;
            }
            continue;
        }
        m_error = error == ECONNRESET ? QStringLiteral("de server sloot de verbinding")
                                      : systemError(error);
        if (error == ECONNRESET || error == EPIPE) {
            m_closed = true;
            return Read::Closed;
        }
        return Read::Failed;
    }
}

bool BlockingHttpConnection::sendAll(const char *data, size_t size)
{
    while (size > 0) {
        ERR_clear_error();
        errno = 0; // SSL_ERROR_SYSCALL reads it
        const ssize_t n = m_ssl == nullptr
                              ? ::send(m_fd, data, size, MSG_NOSIGNAL)
                              : SSL_write(m_ssl, data, int(std::min<size_t>(size, INT_MAX)));
        if (n > 0) {
            data += n;
            size -= size_t(n);
            continue;
        }
        int error = 0;
        bool wantsRead = false;
        if (m_ssl == nullptr) {
            error = errno;
        } else {
            const int wants = SSL_get_error(m_ssl, int(n));
            wantsRead = wants == SSL_ERROR_WANT_READ;
            error = wants == SSL_ERROR_WANT_READ || wants == SSL_ERROR_WANT_WRITE ? EAGAIN
                    : wants == SSL_ERROR_SYSCALL && errno != 0                    ? errno
                                                                                  : ECONNRESET;
        }
        if (error == EAGAIN || error == EWOULDBLOCK || error == EINTR) {
            if (error != EINTR && !waitFor(wantsRead ? POLLIN : POLLOUT)) {
                return false;
            }
            continue;
        }
        m_error = systemError(error);
        m_closed = error == ECONNRESET || error == EPIPE;
        return false;
    }
    return true;
}

BlockingHttpConnection::Read BlockingHttpConnection::fillBuffer()
{
    constexpr size_t kRead = 64 * 1024;
    if (m_inAt > 0 && m_inAt >= m_in.size() / 2) { // what was read goes, now and then
        m_in.erase(0, m_inAt);
        m_inAt = 0;
    }
    const size_t had = m_in.size();
    m_in.resize(had + kRead);
    size_t got = 0;
    const Read read = receive(m_in.data() + had, kRead, got);
    m_in.resize(had + got);
    return read;
}

bool BlockingHttpConnection::readLine(QByteArray &line)
{
    size_t end;
    while ((end = m_in.find('\n', m_inAt)) == std::string::npos) {
        if (m_in.size() - m_inAt > size_t(kMaxLine) || fillBuffer() != Read::Bytes) {
            return false;
        }
    }
    line = QByteArray(m_in.data() + m_inAt, qsizetype(end - m_inAt));
    m_inAt = end + 1;
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return true;
}

bool BlockingHttpConnection::readExactly(qsizetype count, QByteArray &into)
{
    if (count < 0 || count > kMaxBody - into.size()) {
        return false;
    }
    qsizetype at = into.size();
    into.resize(at + count);
    const size_t buffered = std::min(m_in.size() - m_inAt, size_t(count));
    std::memcpy(into.data() + at, m_in.data() + m_inAt, buffered);
    m_inAt += buffered;
    at += qsizetype(buffered);
    while (at < into.size()) {
        size_t got = 0;
        if (receive(into.data() + at, size_t(into.size() - at), got) != Read::Bytes) {
            return false;
        }
        at += qsizetype(got);
    }
    return true;
}

bool BlockingHttpConnection::readHead(Head &head, QString &problem)
{
    // Interim answers (1xx) come before the real one: skipped with their headers.
    do {
        QByteArray line;
        if (!readLine(line)) {
            problem = m_error.isEmpty() ? QStringLiteral("statusregel te lang") : m_error;
            head.nothingCame = m_received == 0 && m_closed;
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
        if (!hex || size < 0 || size > kMaxBody - body.size()) { // no sum that can overflow
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
    body.append(m_in.data() + m_inAt, qsizetype(m_in.size() - m_inAt));
    m_inAt = m_in.size();
    char chunk[64 * 1024];
    for (;;) {
        size_t got = 0;
        switch (receive(chunk, sizeof chunk, got)) {
        case Read::Bytes:
            if (qsizetype(got) > kMaxBody - body.size()) {
                return false;
            }
            body.append(chunk, qsizetype(got));
            break;
        case Read::Closed:
            return true; // the server ended it: the whole answer
        case Read::TimedOut:
        case Read::Failed:
            return false;
        }
    }
}

BlockingHttpConnection::Outcome
BlockingHttpConnection::exchange(const QUrl &url, const std::string &body, HttpReply &reply)
{
    if (!connect(url, reply)) {
        return Outcome::Failed;
    }
    m_received = 0;
    QByteArray request = requestHead(url, qsizetype(body.size()));
    request.append(body.data(), qsizetype(body.size()));
    if (!sendAll(request.constData(), size_t(request.size()))) {
        reply.networkError = m_error;
        return m_closed ? Outcome::NothingCame : Outcome::Failed;
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
        reply.networkError = QStringLiteral("antwoord afgebroken: ") + m_error;
        return Outcome::Failed;
    }
    reply.status = head.status;
    // Bytes after the answer belong to no request of ours: the connection is not used again.
    if (head.closeAfter || m_inAt < m_in.size()) {
        disconnect();
    }
    return Outcome::Answered;
}

HttpReply BlockingHttpConnection::post(const QUrl &url, const std::string &body)
{
    const SigpipeHeld quiet;
    m_error.clear();
    m_timedOut = false;
    const bool reused = holdsConnectionTo(url);
    HttpReply reply;
    Outcome outcome = exchange(url, body, reply);
    if (outcome == Outcome::NothingCame && reused) {
        // Kept open by us, closed by the server in the meantime: once more on a new one. A
        // sync is idempotent, so a request that did arrive does no harm a second time.
        disconnect();
        reply = {};
        outcome = exchange(url, body, reply);
    }
    if (outcome != Outcome::Answered) { // every way there set networkError
        reply.status = 0;
        reply.body.clear();
        disconnect();
    }
    return reply;
}

} // namespace ronde::sync
