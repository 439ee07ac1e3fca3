#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <functional>
#include <string>

namespace ronde::sync {

// `ronde-server loadtest`: simulated tablets against a running server (directly or behind a
// proxy). They enrol with codes made in the server's database, pull their facility, then in
// every round each writes its contacts offline and all of them dock at the same moment, each
// from a thread of its own. At the end every tablet syncs once more, and the tool checks
// against the server's database and every tablet that nothing was lost or numbered twice.
struct LoadTestOptions
{
    QUrl url;
    std::string database;     // the server's database: codes, and the final check
    QByteArray certificate;   // the server's certificate (PEM) for https, pinned as a tablet does
    int facilities = 1;       // the first N facilities of the database
    int tablets = 20;         // in all, spread over the facilities
    int eventsPerTablet = 25; // per round
    int rounds = 3;
    // Called as each round's tablets begin to dock and once the last has docked, on the
    // caller's thread: a bench that runs the server in the same process as the load tool
    // measures the server's processor time in between.
    std::function<void()> dockingBegins;
    std::function<void()> dockingEnds;
};

struct LoadTestResult
{
    int syncs = 0;   // docking syncs measured
    int failed = 0;  // of those, and of the final ones, that did not complete (after retries)
    int retried = 0; // docking syncs that broke off and were tried again
    double p50Ms = 0;
    double p99Ms = 0;
    double slowestMs = 0;
    // This process's processor time during the docking rounds, per docking sync: on the
    // server's machine, what the simulated tablets took from the server (with the server in
    // the same process, the server's share too).
    double processorMsPerSync = 0;
    int written = 0;
    int lostOnServer = 0;     // written, acknowledged, and not in the server's events
    int numberedTwice = 0;    // server_log entries beyond one per event
    int missingOnTablets = 0; // (tablet, event of its facility) pairs not on the tablet
    std::string problem;      // set up failed (why); nothing was measured
    bool clean() const
    {
        return problem.empty() && failed == 0 && lostOnServer == 0 && numberedTwice == 0 &&
               missingOnTablets == 0;
    }
};

// progress: a line to show (what phase, how far).
LoadTestResult runLoadTest(const LoadTestOptions &options,
                           const std::function<void(const QString &)> &progress);

} // namespace ronde::sync
