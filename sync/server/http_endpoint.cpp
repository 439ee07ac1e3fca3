#include "http_endpoint.h"

#include "model/problem.h"
#include "protocol/wire.h"
#include "store/database.h"
#include "sync_service.h"

#include <QDateTime>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

namespace ronde::sync {
namespace {

constexpr const char *kMime = "application/x-ronde-sync";

QHttpServerResponse text(const QString &message, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse("text/plain; charset=utf-8", message.toUtf8(), status);
}

// The answer is encoded straight into the bytes QHttpServer sends.
class QByteArraySink final : public ByteSink
{
public:
    explicit QByteArraySink(QByteArray &bytes)
        : m_bytes(bytes)
    {}
    char *resize(size_t size) override
    {
        m_bytes.resize(qsizetype(size));
        return m_bytes.data();
    }

private:
    QByteArray &m_bytes;
};

template <typename Message> QHttpServerResponse answer(const Message &message)
{
    QByteArray bytes;
    QByteArraySink sink(bytes);
    encode(message, sink);
    return QHttpServerResponse(kMime, bytes);
}

} // namespace

EndpointShared::EndpointShared(QTextStream &log)
    : m_log(log)
{}

void EndpointShared::log(const QString &line)
{
    const std::lock_guard lock(m_logLock);
    m_log << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << " " << line << Qt::endl;
}

bool EndpointShared::enrolAllowed(const std::string &source, int64_t nowMs)
{
    const std::lock_guard lock(m_throttleLock);
    return m_enrolThrottle.allows(source, nowMs);
}

void EndpointShared::enrolFailed(const std::string &source, int64_t nowMs)
{
    const std::lock_guard lock(m_throttleLock);
    m_enrolThrottle.failed(source, nowMs);
}

HttpEndpoint::HttpEndpoint(SyncService &service, EndpointShared &shared)
    : m_service(service)
    , m_shared(shared)
{
    m_service.setLog(
        [this](const std::string &line) { m_shared.log(QString::fromStdString(line)); });
    m_server.route("/v1/enrol", QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) { return handle(request, true); });
    m_server.route("/v1/sync", QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) { return handle(request, false); });
}

QTcpServer *HttpEndpoint::makeServer(const std::optional<QSslConfiguration> &tls,
                                     ConnectionGuard::Limits limits)
{
    limits.maxRequestBytes = qint64(kMaxBodyBytes) + 64 * 1024;
    m_guard =
        std::make_unique<ConnectionGuard>(limits, [this](const QString &peer, const QString &why) {
            m_shared.log(peer + " verbinding gesloten: " + why);
        });
    QTcpServer *server = nullptr;
    if (tls) {
        auto *sslServer = new QSslServer(&m_server);
        sslServer->setSslConfiguration(*tls);
        // The guard watches from the start of the handshake (QSslServer itself gives up on
        // a handshake after 5 s).
        QObject::connect(sslServer, &QSslServer::startedEncryptionHandshake, m_guard.get(),
                         [this](QSslSocket *socket) { m_guard->admit(socket); });
        server = sslServer;
    } else {
        server = new GuardedTcpServer(*m_guard, &m_server);
    }
    server->setMaxPendingConnections(limits.maxConnections);
    return server;
}

quint16 HttpEndpoint::listen(const QHostAddress &address, quint16 port,
                             const std::optional<QSslConfiguration> &tls,
                             ConnectionGuard::Limits limits)
{
    QTcpServer *server = makeServer(tls, limits);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    m_server.bind(server);
    return server->serverPort();
}

bool HttpEndpoint::listenOn(qintptr listeningSocket, const std::optional<QSslConfiguration> &tls,
                            ConnectionGuard::Limits limits)
{
    QTcpServer *server = makeServer(tls, limits);
    if (!server->setSocketDescriptor(listeningSocket)) {
        delete server;
        return false;
    }
    m_server.bind(server);
    return true;
}

QHttpServerResponse HttpEndpoint::handle(const QHttpServerRequest &request, bool enrol)
{
    using Status = QHttpServerResponse::StatusCode;
    // Qt sends an answer once this thread's event loop runs again, and a worker that finds
    // a hundred requests waiting handles them all first: at shift change every tablet waited
    // for the last of them (docs/PERFORMANCE.md, "The eighth stop").
    m_guard->sendWaitingAnswers();
    const QByteArray body = request.body();
    // A log line is fixed text and escaped values: no secret, no code, and nothing of what a
    // client sent can make a line of its own (docs/SECURITY.md "Logs").
    auto refuse = [&](Status status, const QString &reason, const std::string &detail = {}) {
        m_shared.log(request.remoteAddress().toString() + " " +
                     QString::fromStdString(escapedForLog(request.url().path().toStdString())) +
                     " " + QString::number(int(status)) + " " +
                     QString::fromStdString(escapedForLog(reason.toStdString())) +
                     QString::fromStdString(detail.empty() ? "" : ": " + escapedForLog(detail)));
        return text(reason, status);
    };
    if (size_t(body.size()) > kMaxBodyBytes) {
        return refuse(Status::PayloadTooLarge, "bericht te groot");
    }
    const std::string source = request.remoteAddress().toString().toStdString();
    const int64_t now = QDateTime::currentMSecsSinceEpoch();
    if (enrol && !m_shared.enrolAllowed(source, now)) {
        return refuse(Status::TooManyRequests,
                      "te veel onjuiste aanmeldcodes; probeer het over tien minuten opnieuw");
    }
    const std::string_view bytes(body.constData(), size_t(body.size()));
    try {
        if (enrol) {
            EnrolRequest message;
            decode(bytes, message);
            return answer(m_service.enrol(message));
        }
        SyncRequest message;
        decode(bytes, message);
        return answer(m_service.sync(message));
    } catch (const FutureVersion &) {
        // Not yet known who sent it: a fixed reason only.
        return refuse(Status::UpgradeRequired, "Werk de app bij: nieuwere protocolversie");
    } catch (const WireError &) {
        return refuse(Status::BadRequest, "onleesbaar bericht");
    } catch (const Refusal &e) {
        if (enrol && e.status() == 401) {
            m_shared.enrolFailed(source, now);
        }
        return refuse(e.status() == 403   ? Status::Forbidden
                      : e.status() == 413 ? Status::PayloadTooLarge
                      : e.status() == 429 ? Status::TooManyRequests
                                          : Status::Unauthorized,
                      QString::fromUtf8(e.what())); // the service's own fixed words
    } catch (const ValidationError &) {
        return refuse(Status::BadRequest, "ongeldig verzoek");
    } catch (const std::exception &e) {
        // The server's own words (a database error), escaped; the device is told no more.
        return refuse(Status::InternalServerError, "interne fout", e.what());
    }
}

} // namespace ronde::sync
