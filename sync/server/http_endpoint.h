#pragma once

#include "attempt_throttle.h"
#include "connection_guard.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QSslConfiguration>
#include <memory>
#include <optional>

class QTextStream;

namespace ronde::sync {

class SyncService;

// POST /v1/enrol and POST /v1/sync over HTTPS (or plain HTTP on loopback for tests). Every
// bad request gets a 4xx with a clear message, is logged, and changes nothing.
class HttpEndpoint
{
public:
    HttpEndpoint(SyncService &service, QTextStream &log);
    // Returns the port listened on (0: failed). Without tls, plain HTTP. Every connection is
    // watched by a ConnectionGuard with these limits.
    quint16 listen(const QHostAddress &address, quint16 port,
                   const std::optional<QSslConfiguration> &tls,
                   ConnectionGuard::Limits limits = {});

private:
    QHttpServerResponse handle(const QHttpServerRequest &request, bool enrol);

    SyncService &m_service;
    QTextStream &m_log;
    QHttpServer m_server;
    std::unique_ptr<ConnectionGuard> m_guard;
    // Wrong enrolment codes per source address: 10 in 10 minutes, then 429 until the ten
    // minutes are over (docs/SECURITY.md "Enrolment").
    AttemptThrottle m_enrolThrottle{10, 10 * 60'000};
};

} // namespace ronde::sync
