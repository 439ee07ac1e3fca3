#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace ronde {
class Store;
}

namespace ronde::sync {

class EndpointShared;

// Builds the report rows a push leaves for later (store/report_facts.h, catchUpReportFacts) in
// the server, on a thread of its own with its own database connection, once the pushes have
// calmed down: when nothing was numbered for `quietMs`, or when rows have waited `longestWaitMs`
// under pushes that never stop. So a docking at shift change does not wait for the office's
// rows, and the office (which only reads) sees them seconds after the last push. Several
// server processes on one database may each run one: a catch-up is done once (its steps hold
// every facility's lock), and the others find nothing to do.
class ReportFactsKeeper
{
public:
    using OpenStore = std::function<std::unique_ptr<Store>()>;
    struct Timing
    {
        int pollMs = 500;           // how often it looks at server_log
        int quietMs = 2'000;        // nothing numbered this long: build
        int longestWaitMs = 60'000; // rows never wait longer, however busy
    };
    ReportFactsKeeper(OpenStore openStore, EndpointShared &shared, Timing timing);
    // Stops once the catch-up it is in is done (100,000 rows take it about 2 s).
    ~ReportFactsKeeper();
    ReportFactsKeeper(const ReportFactsKeeper &) = delete;
    ReportFactsKeeper &operator=(const ReportFactsKeeper &) = delete;

private:
    void run();
    // Sleeps up to `ms`; false once stopped.
    bool sleepFor(int ms);

    OpenStore m_openStore;
    EndpointShared &m_shared;
    Timing m_timing;
    std::mutex m_lock;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace ronde::sync
