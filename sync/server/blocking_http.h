#pragma once

#include "client/http_session.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QUrl>
#include <memory>
#include <string>

class QTcpSocket;

namespace ronde::sync {

// The requests of one simulated tablet of the load tool: HTTP/1.1 POSTs over one connection
// (TLS with the pinned certificate for https), written and read on the calling thread, which
// blocks until the answer is in. The app's HttpSession runs Qt Network, which takes two
// threads of its own per session and hands every answer across them; on the machine that
// runs the server as well, those threads took 23 % of both cores in the 1,000-tablet run, two
// thirds of the load tool's share (docs/PERFORMANCE.md, "National scale"). A real tablet
// pays that on its own processor. Not for a thread whose event loop the server needs: this
// one does not run it.
class BlockingHttpConnection
{
public:
    // tls: for https; pinnedTo(pem) trusts that certificate only, as a tablet does.
    // timeoutMs: how long it waits for a byte to move, as the app's HttpSession.
    static constexpr int kDefaultTimeoutMs = 30'000;
    explicit BlockingHttpConnection(
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration(),
        int timeoutMs = kDefaultTimeoutMs);
    // Made once and shared by all simulated tablets: parsing the certificate for every
    // docking was 3 % of the load tool's processor (OpenSSL 3 decodes its key each time).
    static QSslConfiguration pinnedTo(const QByteArray &pem);
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
    Outcome exchange(const QUrl &url, const std::string &body, HttpReply &reply);
    bool readHead(Head &head, QString &problem);
    bool readChunks(QByteArray &body);
    bool readUntilClosed(QByteArray &body);
    bool readLine(QByteArray &line);
    bool readExactly(qsizetype count, QByteArray &into);
    bool closedByServer() const;

    QSslConfiguration m_tls;
    int m_timeoutMs;
    std::unique_ptr<QTcpSocket> m_socket;
    QUrl m_connectedTo; // scheme, host and port of the open connection
    int m_opened = 0;
};

} // namespace ronde::sync
