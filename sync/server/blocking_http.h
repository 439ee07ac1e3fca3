#pragma once

#include "client/http_session.h"
#include "client_tls.h"

#include <QByteArray>
#include <QUrl>
#include <memory>
#include <string>

namespace ronde::sync {

// The requests of one simulated tablet of the load tool: HTTP/1.1 POSTs over one connection
// (TLS with the pinned certificate for https), written and read on the calling thread, which
// blocks until the answer is in. The app's HttpSession runs Qt Network, which takes two
// threads of its own per session and hands every answer across them; on the machine that
// runs the server as well, those threads took 23 % of both cores in the 1,000-tablet run, two
// thirds of the load tool's share (docs/PERFORMANCE.md, "National scale"). A real tablet
// pays that on its own processor. Plain sockets and OpenSSL, without Qt's socket classes,
// for the same reason (ClientTls). It blocks its thread while it waits: not for a thread whose
// event loop the server needs.
class BlockingHttpConnection
{
public:
    // tls: for https (null: the system's authorities). timeoutMs: how long it waits for a
    // byte to move, as the app's HttpSession.
    static constexpr int kDefaultTimeoutMs = 30'000;
    explicit BlockingHttpConnection(std::shared_ptr<const ClientTls> tls = nullptr,
                                    int timeoutMs = kDefaultTimeoutMs);
    ~BlockingHttpConnection();
    BlockingHttpConnection(const BlockingHttpConnection &) = delete;
    BlockingHttpConnection &operator=(const BlockingHttpConnection &) = delete;

    // Status 0 with networkError when no whole answer came. A kept-open connection that the
    // server closed before a byte of the answer came (as a server closes an idle one) is
    // opened again once; a timeout or an answer broken off is not tried again here.
    HttpReply post(const QUrl &url, const std::string &body);

    // Connections opened so far (a test checks that requests share one).
    int connectionsOpened() const { return m_opened; }

private:
    enum class Outcome
    {
        Answered,
        NothingCame,
        Failed
    };
    enum class Read
    {
        Bytes,
        Closed, // the server ended the connection (or reset it)
        TimedOut,
        Failed
    };
    struct Head
    {
        int status = 0;
        qint64 length = -1; // Content-Length, when given
        bool chunked = false;
        bool closeAfter = false;
        bool nothingCame = false; // the server closed before a byte of the answer
    };
    bool holdsConnectionTo(const QUrl &url) const; // open, and to the same scheme, host, port
    bool connect(const QUrl &url, HttpReply &reply);
    bool handshake(const QUrl &url, HttpReply &reply);
    void disconnect();
    Outcome exchange(const QUrl &url, const std::string &body, HttpReply &reply);
    bool readHead(Head &head, QString &problem);
    bool readChunks(QByteArray &body);
    bool readUntilClosed(QByteArray &body);
    bool readLine(QByteArray &line);
    bool readExactly(qsizetype count, QByteArray &into);
    // Socket level: what arrives goes to `into` (up to `size` bytes), waiting up to the
    // timeout for the first.
    Read receive(char *into, size_t size, size_t &got);
    bool sendAll(const char *data, size_t size);
    bool waitFor(short events);
    Read fillBuffer(); // more into m_in

    std::shared_ptr<const ClientTls> m_tls;
    int m_timeoutMs;
    int m_fd = -1;
    SSL *m_ssl = nullptr;
    QUrl m_connectedTo; // scheme, host and port of the open connection
    QString m_error;    // why the last socket call failed, in words
    bool m_timedOut = false;
    bool m_closed = false; // the server ended the connection
    std::string m_in;      // received, not yet read: m_in from m_inAt on
    size_t m_inAt = 0;
    size_t m_received = 0; // bytes that came since this request went out
    int m_opened = 0;
};

} // namespace ronde::sync
