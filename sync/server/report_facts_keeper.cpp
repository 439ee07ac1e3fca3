#include "report_facts_keeper.h"

#include "http_endpoint.h"
#include "store/report_queries.h"
#include "store/store.h"

#include <QCoreApplication>
#include <chrono>
#include <exception>

namespace ronde::sync {

ReportFactsKeeper::ReportFactsKeeper(OpenStore openStore, EndpointShared &shared, Timing timing)
    : m_openStore(std::move(openStore))
    , m_shared(shared)
    , m_timing(timing)
    , m_thread([this] { run(); })
{}

ReportFactsKeeper::~ReportFactsKeeper()
{
    {
        const std::lock_guard lock(m_lock);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool ReportFactsKeeper::sleepFor(int ms)
{
    std::unique_lock lock(m_lock);
    return !m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping; });
}

void ReportFactsKeeper::run()
{
    std::unique_ptr<Store> store;
    int64_t lastSeen = -1; // the last number seen in server_log
    int quietFor = 0, waitingFor = 0;
    do {
        try {
            if (!store) {
                store = m_openStore();
            }
            const ReportFactsProgress now = reportFactsProgress(*store);
            if (now.lastNumbered <= now.caughtUpTo) {
                waitingFor = 0;
            } else {
                waitingFor += m_timing.pollMs;
            }
            quietFor = now.lastNumbered == lastSeen ? quietFor + m_timing.pollMs : 0;
            lastSeen = now.lastNumbered;
            if (waitingFor > 0 &&
                (quietFor >= m_timing.quietMs || waitingFor >= m_timing.longestWaitMs)) {
                catchUpReportFacts(*store);
                waitingFor = 0;
            }
        } catch (const std::exception &e) {
            // A step that lost a deadlock, a database gone away: tried again next time, on a
            // new connection.
            m_shared.log(QCoreApplication::translate("ReportFactsKeeper",
                                                     "rapportregels bijwerken mislukt (later "
                                                     "opnieuw): %1")
                             .arg(QString::fromUtf8(e.what())));
            store.reset();
        }
    } while (sleepFor(m_timing.pollMs));
}

} // namespace ronde::sync
