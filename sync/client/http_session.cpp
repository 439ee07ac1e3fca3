#include "http_session.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <condition_variable>
#include <mutex>

namespace ronde::sync {
namespace {

constexpr int kTimeoutMs = 30'000;

HttpReply replyOf(QNetworkReply &reply)
{
    HttpReply result;
    result.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply.readAll();
    // A body that broke off after its status line (a server killed half-way) is no answer.
    if (result.status == 200 && reply.error() != QNetworkReply::NoError) {
        result.status = 0;
    }
    if (result.status == 0) {
        result.networkError = reply.errorString();
        result.networkErrorCode = int(reply.error());
        result.certificateMismatch = reply.error() == QNetworkReply::SslHandshakeFailedError;
    }
    return result;
}

} // namespace

class HttpSession::Exchange
{
public:
    // On the session's thread, when the answer is in.
    void finish(HttpReply reply)
    {
        const std::lock_guard lock(m_lock);
        m_reply = std::move(reply);
        m_done = true;
        m_finished.notify_all();
        if (m_waiting) {
            QMetaObject::invokeMethod(m_waiting, &QEventLoop::quit, Qt::QueuedConnection);
        }
    }

    // On the thread that wants the answer: its event loop runs until the answer is in.
    HttpReply wait()
    {
        QEventLoop loop;
        std::unique_lock lock(m_lock);
        if (!m_done) {
            m_waiting = &loop; // a quit posted now reaches the loop once it runs
            lock.unlock();
            loop.exec();
            lock.lock();
            m_waiting = nullptr;
        }
        // The loop ended before the answer came: the thread or the application is quitting,
        // and its loop no longer runs. Waited for without it (not spun).
        m_finished.wait(lock, [this] { return m_done; });
        return m_reply;
    }

private:
    std::mutex m_lock;
    std::condition_variable m_finished;
    bool m_done = false;
    HttpReply m_reply;
    QEventLoop *m_waiting = nullptr;
};

HttpSession::HttpSession(QByteArray pinnedPem)
    : m_pinnedPem(std::move(pinnedPem))
    , m_network(new QNetworkAccessManager)
{
    m_thread.setObjectName("network");
    m_thread.start();
    // Without a thread to be had, the requests run on the thread that waits for them: the
    // answers still come, only the overlap is lost.
    if (m_thread.isRunning()) {
        m_network->moveToThread(&m_thread);
    }
}

HttpSession::~HttpSession()
{
    // A request still on its way is cut off: its answer is "no connection", so nothing waits
    // for it forever. Deleted where it lives.
    const auto end = [network = m_network] {
        for (QNetworkReply *reply : network->findChildren<QNetworkReply *>()) {
            reply->abort();
        }
        delete network;
    };
    if (m_network->thread() == &m_thread) {
        QMetaObject::invokeMethod(m_network, end, Qt::BlockingQueuedConnection);
    } else {
        end();
    }
    m_thread.quit();
    m_thread.wait();
}

std::shared_ptr<HttpSession::Exchange> HttpSession::send(const QUrl &url, const std::string &body)
{
    QNetworkRequest request(url);
    if (!m_pinnedPem.isEmpty()) {
        // Pinning: the one certificate learned at enrolment is the only one trusted.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(m_pinnedPem, QSsl::Pem));
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        request.setSslConfiguration(tls);
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-ronde-sync");
    request.setTransferTimeout(kTimeoutMs);
    auto exchange = std::make_shared<Exchange>();
    QMetaObject::invokeMethod(
        m_network,
        [network = m_network, request, exchange,
         bytes = QByteArray(body.data(), qsizetype(body.size()))] {
            QNetworkReply *reply = network->post(request, bytes);
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, exchange] {
                exchange->finish(replyOf(*reply));
                reply->deleteLater();
            });
        },
        Qt::QueuedConnection);
    return exchange;
}

HttpReply HttpSession::answer(Exchange &exchange)
{
    return exchange.wait();
}

HttpReply postMessage(const QUrl &url, const std::string &body, const QByteArray &pinnedPem)
{
    return HttpSession(pinnedPem).post(url, body);
}

} // namespace ronde::sync
