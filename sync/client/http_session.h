#pragma once

#include <QByteArray>
#include <QString>
#include <QThread>
#include <QUrl>
#include <memory>
#include <string>

class QNetworkAccessManager;

namespace ronde::sync {

// The answer to one POST; status 0 (with networkError) when none came.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QString networkError;
    int networkErrorCode = 0;         // QNetworkReply::NetworkError, when there was no answer
    bool certificateMismatch = false; // TLS refused: not the pinned certificate
};

// The requests of one sync to one server, over connections kept open between them: a page of a
// pull costs no new TCP connection and TLS handshake (two round trips each on a poor Wi-Fi).
// With a certificate (PEM), that one is the only one trusted (pinning).
//
// The requests run on a thread of the session's own, so a request sent ahead goes out and its
// answer comes in while the thread that sent it stores the last page (Qt Network hands a
// request's body over through the thread that sent it). Waiting for an answer runs the waiting
// thread's event loop: the server may be in this very process. Usable from any thread (without
// a thread of its own to be had, from the thread that made it only). A request still on its
// way when the session ends is cut off: its answer is status 0.
class HttpSession
{
public:
    explicit HttpSession(QByteArray pinnedPem = {});
    ~HttpSession();
    HttpSession(const HttpSession &) = delete;
    HttpSession &operator=(const HttpSession &) = delete;

    // One request on its way; its answer() is waited for when asked.
    class Exchange;
    std::shared_ptr<Exchange> send(const QUrl &url, const std::string &body);
    static HttpReply answer(Exchange &exchange);

    HttpReply post(const QUrl &url, const std::string &body) { return answer(*send(url, body)); }

private:
    QByteArray m_pinnedPem;
    QThread m_thread;
    QNetworkAccessManager *m_network; // lives on m_thread (or, without one, on its maker's)
};

// One POST in a session of its own, for a single request (enrolment).
HttpReply postMessage(const QUrl &url, const std::string &body, const QByteArray &pinnedPem);

} // namespace ronde::sync
