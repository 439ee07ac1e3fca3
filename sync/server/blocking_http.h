#pragma once

#include "client/http_session.h"

#include <QByteArray>
#include <QUrl>
#include <memory>
#include <string>

class QTcpSocket;

namespace ronde::sync {

// The requests of one simulated tablet of the load tool: HTTP/1.1 POSTs over one connection
// (TLS with the pinned certificate for https), written and read on the calling thread, which
// blocks until the answer is in. The app's HttpSession runs Qt Network, which takes two
// threads of its own per session and hands every answer across them; on the machine that
// runs the server as well, that was a third of the load tool's processor in a docking
// (docs/PERFORMANCE.md, "National scale"). A real tablet pays that on its own processor.
// Not for a thread whose event loop the server needs: this one does not run it.
class BlockingHttpConnection
{
public:
    explicit BlockingHttpConnection(QByteArray pinnedPem = {});
    ~BlockingHttpConnection();
    BlockingHttpConnection(const BlockingHttpConnection &) = delete;
    BlockingHttpConnection &operator=(const BlockingHttpConnection &) = delete;

    // Status 0 with networkError when no whole answer came. A connection that the server had
    // closed between two requests is opened again once, before the request counts as failed.
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
    bool connect(const QUrl &url, HttpReply &reply);
    Outcome exchange(const QUrl &url, const std::string &body, HttpReply &reply);
    bool readLine(QByteArray &line);
    bool readExactly(qsizetype count, QByteArray &into);

    QByteArray m_pinnedPem;
    std::unique_ptr<QTcpSocket> m_socket;
    QUrl m_connectedTo; // scheme, host and port of the open connection
    int m_opened = 0;
};

} // namespace ronde::sync
