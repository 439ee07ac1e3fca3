// Sync over real HTTP on loopback: the server's workers (ServerWorkers, as `ronde-server
// serve` runs them) and the tablets in one process, the tablets on SQLite files, the server on
// a SQLite file or PostgreSQL. Prints the figures of docs/PERFORMANCE.md "Sync" with their
// targets and the PouchDB reference measured on this machine class: pushing and pulling 100k
// events of ~300 bytes, a no-op sync, a day's push, and 200 tablets of one facility docking
// at once (`ronde-server loadtest`'s rounds); then the processor time the push, the pull and a
// docking took, of the server's workers, of this process and of the machine.
#include "../support/postgres_test_database.h"
#include "client/http_client.h"
#include "client/tablet_sync.h"
#include "demo/demo.h"
#include "server/http_endpoint.h"
#include "server/load_test.h"
#include "server/server_workers.h"
#include "server/sync_service.h"
#include "store/report_facts.h"
#include "store/store.h"
#include "util/local_time.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace ronde;

namespace {

std::string freshFile(const std::string &name)
{
    const auto path =
        std::filesystem::temp_directory_path() / ("ronde-bench-sync-" + name + ".sqlite");
    for (const char *suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(path.string() + suffix);
    }
    return path.string();
}

// Records n contacts of about 300 bytes on the tablet, in one transaction.
void writeContacts(Store &tablet, const std::string &facility, int n)
{
    const auto detainees = tablet.registry().detainees(facility);
    std::string mentor;
    for (const User &u : tablet.registry().users(facility)) {
        if (u.role == Role::Mentor) {
            mentor = u.id;
        }
    }
    Transaction tx = tablet.transaction();
    const int64_t start = tablet.clock()() - 2 * 3'600'000;
    for (int i = 0; i < n; ++i) {
        Contact c;
        c.header.detaineeId = detainees[size_t(i) % detainees.size()].id;
        c.header.authorId = mentor;
        c.header.occurredAtMs = start + i;
        c.roles = {Role::Mentor};
        c.kind = ContactKind::MentorTalk;
        c.topics = {Topic::Work, Topic::Housing};
        c.notes = "Gesprek over werk en wonen na detentie; afspraken met de reclassering "
                  "en de gemeente over een kamer en een uitkering.";
        c.satisfaction = 1 + i % 5;
        tablet.events().record(c);
    }
    tx.commit();
}

// Processor time in ms, from /proc: of the server's workers (threads named "ronde-worker"), of
// this whole process (the tablets too), and of the whole machine (PostgreSQL too). It moves
// with a shared machine as the times do; what it adds is whose processor a step saves.
struct ProcessorTime
{
    double workersMs = 0, processMs = 0, machineMs = 0;

    static ProcessorTime now()
    {
        const double msPerTick = 1000.0 / double(sysconf(_SC_CLK_TCK));
        // utime and stime: fields 14 and 15 of a stat line, counted from its start; the name
        // (field 2, in brackets) may hold spaces, so fields are counted after its ")".
        const auto ticksOf = [](const std::filesystem::path &stat) {
            std::ifstream in(stat);
            std::string line;
            std::getline(in, line);
            std::istringstream fields(line.substr(line.rfind(')') + 1));
            std::string skipped; // fields 3 (state) to 13
            for (int i = 3; i <= 13; ++i) {
                fields >> skipped;
            }
            double utime = 0, stime = 0;
            fields >> utime >> stime;
            return utime + stime;
        };
        ProcessorTime t;
        for (const auto &task : std::filesystem::directory_iterator("/proc/self/task")) {
            std::ifstream comm(task.path() / "comm");
            std::string name;
            std::getline(comm, name);
            if (name == "ronde-worker") {
                t.workersMs += ticksOf(task.path() / "stat") * msPerTick;
            }
        }
        t.processMs = ticksOf("/proc/self/stat") * msPerTick;
        // "cpu user nice system idle iowait irq softirq steal …", in the same ticks
        std::ifstream machine("/proc/stat");
        std::string cpu;
        double user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0;
        machine >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq;
        t.machineMs = (user + nice + system + irq + softirq) * msPerTick;
        return t;
    }
    ProcessorTime &operator+=(const ProcessorTime &o)
    {
        workersMs += o.workersMs;
        processMs += o.processMs;
        machineMs += o.machineMs;
        return *this;
    }
    ProcessorTime operator-(const ProcessorTime &o) const
    {
        return {workersMs - o.workersMs, processMs - o.processMs, machineMs - o.machineMs};
    }
};

double timed(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::atoi(argv[1]) : 100'000;
    const int dockingTablets = std::max(1, argc > 2 ? std::atoi(argv[2]) : 200);
    // The server's database: a SQLite file, or (third argument "postgres") a database of its
    // own on the PostgreSQL cluster named by RONDE_TEST_POSTGRES. Tablets are SQLite files.
    const std::string engine = argc > 3 ? argv[3] : "sqlite";
    const auto postgres =
        engine == "postgres" ? std::make_unique<PostgresTestDatabase>("bench_sync") : nullptr;
    const std::string location = postgres ? postgres->uri() : freshFile("central");
    std::printf("server database: %s\n", postgres ? "PostgreSQL" : "SQLite");

    Store central(location);
    DemoOptions o;
    o.today = todayInAmsterdam();
    o.detaineesPerFacility = 60;
    o.facilities = 2;
    generateDemo(central, o);
    // The docking tablets use the first facility (the load tool takes the first N), the
    // 100k push and pull the second, so that neither's records land in the other's series.
    const std::string facility = central.registry().facilities().at(1).id;
    sync::SyncService service(central);
    service.sequenceUnloggedEvents();
    QString serverLog; // what the server refuses and drops: not the bench's business
    QTextStream log(&serverLog);
    sync::EndpointShared shared(log);
    const int workers = std::max(2, QThread::idealThreadCount());
    sync::ServerWorkers server([location] { return std::make_unique<Store>(location); }, {},
                               shared);
    const quint16 port = server.start(workers, QHostAddress::LocalHost, 0, std::nullopt, {});
    if (port == 0) {
        std::fprintf(stderr, "server: %s\n", server.error().c_str());
        return 1;
    }
    const QUrl url(QString("http://127.0.0.1:%1").arg(port));
    std::printf("server workers: %d\n", workers);

    // Docking at shift change first, while the facility holds its demo history (about 2,800
    // events): every tablet enrols and pulls, then all write 25 events and sync at once, twice.
    sync::LoadTestOptions docking;
    docking.url = url;
    docking.database = location;
    docking.tablets = dockingTablets;
    docking.facilities = 1;
    docking.rounds = 2;
    ProcessorTime dockingStart, dockingTime;
    docking.dockingBegins = [&] { dockingStart = ProcessorTime::now(); };
    docking.dockingEnds = [&] { dockingTime += ProcessorTime::now() - dockingStart; };
    const sync::LoadTestResult docked = sync::runLoadTest(
        docking, [](const QString &line) { std::fprintf(stderr, "  %s\n", qPrintable(line)); });
    if (!docked.clean()) {
        std::fprintf(stderr, "docking: %s, %d failed, %d lost, %d missing\n",
                     docked.problem.c_str(), docked.failed, docked.lostOnServer,
                     docked.missingOnTablets);
        return 1;
    }

    auto syncOnce = [&](Store &store) {
        const sync::SyncSummary s = sync::HttpClient(store).syncOnce();
        if (!s.ok) {
            std::fprintf(stderr, "sync: %s\n", qPrintable(s.error));
            std::exit(1);
        }
        return s;
    };
    auto enrolled = [&](const std::string &name) {
        auto store = std::make_unique<Store>(freshFile(name), systemClock(), std::nullopt,
                                             StoreRole::Tablet);
        sync::HttpClient client(*store);
        const QString error = client.enrol(
            url, QString::fromStdString(service.createEnrolmentCode(facility, name)), "bench");
        if (!error.isEmpty()) {
            std::fprintf(stderr, "enrol: %s\n", qPrintable(error));
            std::exit(1);
        }
        return store;
    };

    catchUpReportFacts(central.database()); // the docking's, so that the push's are timed alone
    auto tablet = enrolled("pusher");
    syncOnce(*tablet); // its registry and the facility's history
    writeContacts(*tablet, facility, n);
    sync::SyncSummary pushed;
    const ProcessorTime beforePush = ProcessorTime::now();
    const double pushMs = timed([&] { pushed = syncOnce(*tablet); });
    const ProcessorTime pushTime = ProcessorTime::now() - beforePush;
    // A push leaves the report's rows of its contacts for later: the server builds them once
    // pushes calm down (ReportFactsKeeper), here at once.
    int64_t factsMade = 0;
    const double factsMs = timed([&] { factsMade = catchUpReportFacts(central.database()); });

    writeContacts(*tablet, facility, 100);
    const double incrementalMs = timed([&] { syncOnce(*tablet); });

    std::vector<double> noops;
    for (int i = 0; i < 20; ++i) {
        noops.push_back(timed([&] { syncOnce(*tablet); }));
    }
    std::sort(noops.begin(), noops.end());

    auto fresh = enrolled("fresh");
    sync::SyncSummary pulled;
    const ProcessorTime beforePull = ProcessorTime::now();
    const double pullMs = timed([&] { pulled = syncOnce(*fresh); });
    const ProcessorTime pullTime = ProcessorTime::now() - beforePull;

    writeContacts(*tablet, facility, 500);
    const double dayMs = timed([&] { syncOnce(*tablet); });

    // The table of docs/PERFORMANCE.md "National scale", with the reference beside it.
    std::printf("\n| figure | PouchDB 9 <-> express-pouchdb (leveldb) | Ronde, %s | target |\n",
                postgres ? "PostgreSQL" : "SQLite");
    std::printf("| push %dk | 25.8-26.5 s | %.2f s (%d rounds) | < 2 s |\n", n / 1000,
                pushMs / 1000, pushed.rounds);
    std::printf("| then the server builds the push's report rows | - | %.2f s (%lld rows) | - "
                "|\n",
                factsMs / 1000, static_cast<long long>(factsMade));
    std::printf("| then 100 more | - | %.0f ms | - |\n", incrementalMs);
    std::printf("| fresh pull %.1fk | 25.5-28.9 s | %.2f s (%d rounds) | < 2 s |\n",
                pulled.pulled / 1000.0, pullMs / 1000, pulled.rounds);
    std::printf("| no-op sync (median of 20) | 5 ms | %.1f ms | < 5 ms |\n",
                noops[noops.size() / 2]);
    std::printf("| a day's push (500) | - | %.0f ms | < 100 ms |\n", dayMs);
    std::printf("| %d tablets of one facility docking at once, 25 events each, twice | - | "
                "p50 %.2f s, p99 %.2f s (%d workers) | p99 < 2 s |\n",
                dockingTablets, docked.p50Ms / 1000, docked.p99Ms / 1000, workers);

    // Where the processor went: the server's workers, the tablets beside them, PostgreSQL.
    std::printf("\n| processor time | server's workers | this process (tablets too) | "
                "whole machine%s |\n",
                postgres ? " (PostgreSQL too)" : "");
    const auto row = [](const std::string &figure, const ProcessorTime &t, double per,
                        const char *unit) {
        std::printf("| %s | %.2f %s | %.2f %s | %.2f %s |\n", figure.c_str(), t.workersMs / per,
                    unit, t.processMs / per, unit, t.machineMs / per, unit);
    };
    row("push " + std::to_string(n / 1000) + "k", pushTime, 1000, "s");
    row("fresh pull", pullTime, 1000, "s");
    row("a docking (mean)", dockingTime, std::max(1, docked.syncs), "ms");
    return 0;
}
