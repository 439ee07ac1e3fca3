#pragma once

#include "attempt_throttle.h"
#include "connection_guard.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QSslConfiguration>
#include <memory>
#include <mutex>
#include <optional>

class QTextStream;

namespace ronde::sync {

class SyncService;

// What every endpoint of one server process shares, each part behind a lock: the log, and
// the count of wrong enrolment codes per source address (10 in 10 minutes, then 429 until the
// ten minutes are over; docs/SECURITY.md "Enrolment").
class EndpointShared
{
public:
    explicit EndpointShared(QTextStream &log);
    // One line, with the time in front.
    void log(const QString &line);
    bool enrolAllowed(const std::string &source, int64_t nowMs);
    void enrolFailed(const std::string &source, int64_t nowMs);

private:
    std::mutex m_logLock;
    QTextStream &m_log;
    std::mutex m_throttleLock;
    AttemptThrottle m_enrolThrottle{10, 10 * 60'000};
};

// POST /v1/enrol and POST /v1/sync over HTTPS (or plain HTTP on loopback for tests). Every
// bad request gets a 4xx with a clear message, is logged, and changes nothing. One endpoint
// answers on the thread it lives on, with one SyncService; a server runs several
// (ServerWorkers).
class HttpEndpoint
{
public:
    HttpEndpoint(SyncService &service, EndpointShared &shared);
    // Returns the port listened on (0: failed). Without tls, plain HTTP. Every connection is
    // watched by a ConnectionGuard with these limits.
    quint16 listen(const QHostAddress &address, quint16 port,
                   const std::optional<QSslConfiguration> &tls,
                   ConnectionGuard::Limits limits = {});
    // The same on a socket that listens already (a worker's share of the port).
    bool listenOn(qintptr listeningSocket, const std::optional<QSslConfiguration> &tls,
                  ConnectionGuard::Limits limits = {});

private:
    QTcpServer *makeServer(const std::optional<QSslConfiguration> &tls,
                           ConnectionGuard::Limits limits);
    QHttpServerResponse handle(const QHttpServerRequest &request, bool enrol);

    SyncService &m_service;
    EndpointShared &m_shared;
    QHttpServer m_server;
    std::unique_ptr<ConnectionGuard> m_guard;
};

} // namespace ronde::sync
