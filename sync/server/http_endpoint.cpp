#include "http_endpoint.h"

#include "model/problem.h"
#include "protocol/wire.h"
#include "store/database.h"
#include "sync_service.h"

#include <QDateTime>
#include <QTextStream>

namespace ronde::sync {
namespace {

constexpr const char *kMime = "application/x-ronde-sync";

QHttpServerResponse text(const QString &message, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse("text/plain; charset=utf-8", message.toUtf8(), status);
}

} // namespace

HttpEndpoint::HttpEndpoint(SyncService &service, QTextStream &log)
    : m_service(service)
    , m_log(log)
{
    m_server.route("/v1/enrol", QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) { return handle(request, true); });
    m_server.route("/v1/sync", QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) { return handle(request, false); });
}

quint16 HttpEndpoint::listen(const QHostAddress &address, quint16 port,
                             const std::optional<QSslConfiguration> &tls)
{
    if (tls) {
        m_server.sslSetup(*tls);
    }
    return m_server.listen(address, port);
}

QHttpServerResponse HttpEndpoint::handle(const QHttpServerRequest &request, bool enrol)
{
    using Status = QHttpServerResponse::StatusCode;
    const QByteArray body = request.body();
    auto refuse = [&](Status status, const QString &message) {
        // Never log a secret or a code: only what happened and from where.
        m_log << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << " "
              << request.remoteAddress().toString() << " " << request.url().path() << " "
              << int(status) << " " << message << Qt::endl;
        return text(message, status);
    };
    if (size_t(body.size()) > kMaxBodyBytes) {
        return refuse(Status::PayloadTooLarge, "bericht te groot");
    }
    const std::string_view bytes(body.constData(), size_t(body.size()));
    try {
        if (enrol) {
            EnrolRequest message;
            decode(bytes, message);
            const std::string answer = encode(m_service.enrol(message));
            return QHttpServerResponse(kMime, QByteArray(answer.data(), qsizetype(answer.size())));
        }
        SyncRequest message;
        decode(bytes, message);
        const std::string answer = encode(m_service.sync(message));
        return QHttpServerResponse(kMime, QByteArray(answer.data(), qsizetype(answer.size())));
    } catch (const FutureVersion &e) {
        return refuse(Status::UpgradeRequired,
                      QString("Werk de app bij: %1").arg(QString::fromUtf8(e.what())));
    } catch (const WireError &e) {
        return refuse(Status::BadRequest, QString::fromUtf8(e.what()));
    } catch (const Refusal &e) {
        return refuse(e.status() == 403   ? Status::Forbidden
                      : e.status() == 413 ? Status::PayloadTooLarge
                                          : Status::Unauthorized,
                      QString::fromUtf8(e.what()));
    } catch (const ValidationError &e) {
        return refuse(Status::BadRequest, QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        return refuse(Status::InternalServerError,
                      QString("interne fout: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace ronde::sync
