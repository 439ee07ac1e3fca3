#pragma once

#include "connection_guard.h"
#include "event_cache.h"
#include "http_endpoint.h"
#include "log_tail.h"
#include "registry_cache.h"
#include "report_facts_keeper.h"
#include "sync_service.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ronde {
class Store;
}

namespace ronde::sync {

// The server's workers: each a thread with its own database connection (a Store), its own
// SyncService and its own HttpEndpoint, answering on its own event loop. They share one port:
// each listens on a socket of its own bound with SO_REUSEPORT, and the kernel hands every new
// connection to one of them. So requests run in parallel with nothing shared between them but
// the database, the log and the enrolment throttle (EndpointShared), the events read last
// (EventCache), the newest entries of each facility's server log (LogTail) and the
// facilities' registries (RegistryCache).
// docs/ARCHITECTURE.md "Sync" says why this and not a pool behind one QHttpServer.
class ServerWorkers
{
public:
    using OpenStore = std::function<std::unique_ptr<Store>()>;
    ServerWorkers(OpenStore openStore, SyncLimits limits, EndpointShared &shared);
    ~ServerWorkers(); // stops every worker and waits for it
    ServerWorkers(const ServerWorkers &) = delete;
    ServerWorkers &operator=(const ServerWorkers &) = delete;

    // Starts `count` workers on one address and port (0: a free port, the same for all).
    // Each worker's connection guard gets its share of limits.maxConnections. Returns the
    // port, or 0 when a socket or a worker's database could not be opened (why: error()).
    // It also sets glibc's malloc thresholds for the whole process, so that a page's answer
    // of 1.5 MB stays on the heap (server_workers.cpp, keepLargeBlocksOnTheHeap), and starts
    // the thread that builds the report rows pushes leave for later (ReportFactsKeeper).
    // OwnOnly: a port some other program listens on already is refused (EADDRINUSE), though
    // SO_REUSEPORT would let the workers join it. SharedWithOtherProcesses: several
    // `ronde-server` processes of one PostgreSQL database on one port.
    enum class PortUse
    {
        OwnOnly,
        SharedWithOtherProcesses
    };
    quint16 start(int count, const QHostAddress &address, quint16 port,
                  const std::optional<QSslConfiguration> &tls, ConnectionGuard::Limits limits,
                  PortUse use = PortUse::OwnOnly);
    const std::string &error() const { return m_error; }
    int errorNumber() const { return m_errorNumber; } // errno of a socket's failure, or 0

private:
    class Worker;
    OpenStore m_openStore;
    SyncLimits m_limits;
    EndpointShared &m_shared;
    EventCache m_events;
    LogTail m_logTail;
    RegistryCache m_registries;
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::unique_ptr<ReportFactsKeeper> m_reportFacts;
    std::string m_error;
    int m_errorNumber = 0;
};

} // namespace ronde::sync
