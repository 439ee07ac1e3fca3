// Sync over real HTTP on loopback (server endpoint and client in one process, one thread: the
// client's wait loop also serves the server's sockets), on SQLite files. DESIGN targets:
// push and fresh pull of 100k events (~300 B) < 2 s each; a day's push (500) < 200 ms;
// a no-op sync < 10 ms. Prints one line per figure.
#include "../support/postgres_test_database.h"
#include "client/http_client.h"
#include "client/tablet_sync.h"
#include "demo/demo.h"
#include "server/http_endpoint.h"
#include "server/sync_service.h"
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

using namespace ronde;

namespace {

const Date kToday = *Date::fromCivil(2026, 11, 22);

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
    Transaction tx(tablet.database());
    for (int i = 0; i < n; ++i) {
        Contact c;
        c.header.detaineeId = detainees[size_t(i) % detainees.size()].id;
        c.header.authorId = mentor;
        c.header.occurredAtMs = utcFromAmsterdam({kToday, 8 * 60}) + i;
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
    const Clock clock = [] { return utcFromAmsterdam({kToday, 12 * 60}); };
    // The server's database: a SQLite file, or (third argument "postgres") a database of its
    // own on the PostgreSQL cluster named by RONDE_TEST_POSTGRES. Tablets are SQLite files.
    const std::string engine = argc > 3 ? argv[3] : "sqlite";
    const auto postgres =
        engine == "postgres" ? std::make_unique<PostgresTestDatabase>("bench_sync") : nullptr;
    std::printf("server database: %s\n", postgres ? "PostgreSQL" : "SQLite");

    Store central(postgres ? postgres->uri() : freshFile("central"), clock);
    DemoOptions o;
    o.today = kToday;
    o.detaineesPerFacility = 60;
    const std::string facility = generateDemo(central, o).firstFacilityId;
    sync::SyncService service(central);
    service.sequenceUnloggedEvents();
    QTextStream log(stderr);
    sync::EndpointShared shared(log);
    sync::HttpEndpoint endpoint(service, shared);
    const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0, std::nullopt);
    const QUrl url(QString("http://127.0.0.1:%1").arg(port));

    auto syncOnce = [&](Store &store) {
        const sync::SyncSummary s = sync::HttpClient(store).syncOnce();
        if (!s.ok) {
            std::fprintf(stderr, "sync: %s\n", qPrintable(s.error));
            std::exit(1);
        }
        return s;
    };
    auto enrolled = [&](const std::string &name) {
        auto store = std::make_unique<Store>(freshFile(name), clock);
        sync::HttpClient client(*store);
        const QString error = client.enrol(
            url, QString::fromStdString(service.createEnrolmentCode(facility, name)), "bench");
        if (!error.isEmpty()) {
            std::fprintf(stderr, "enrol: %s\n", qPrintable(error));
            std::exit(1);
        }
        return store;
    };

    auto tablet = enrolled("pusher");
    syncOnce(*tablet); // its registry and the facility's history
    writeContacts(*tablet, facility, n);
    sync::SyncSummary pushed;
    const double pushMs = timed([&] { pushed = syncOnce(*tablet); });
    std::printf("push %d events: %.0f ms (%d rounds)\n", pushed.pushed, pushMs, pushed.rounds);

    writeContacts(*tablet, facility, 100);
    const double incrementalMs = timed([&] { syncOnce(*tablet); });
    std::printf("push 100 more (incremental): %.1f ms\n", incrementalMs);

    std::vector<double> noops;
    for (int i = 0; i < 20; ++i) {
        noops.push_back(timed([&] { syncOnce(*tablet); }));
    }
    std::sort(noops.begin(), noops.end());
    std::printf("no-op sync: median %.2f ms\n", noops[noops.size() / 2]);

    auto fresh = enrolled("fresh");
    sync::SyncSummary pulled;
    const double pullMs = timed([&] { pulled = syncOnce(*fresh); });
    std::printf("fresh pull of %d events: %.0f ms (%d rounds)\n", pulled.pulled, pullMs,
                pulled.rounds);

    writeContacts(*tablet, facility, 500);
    const double dayMs = timed([&] { syncOnce(*tablet); });
    std::printf("a day's push (500 events): %.1f ms\n", dayMs);

    // Docking at shift change: every tablet, each with 25 new events, syncs at the same time
    // from its own thread; the server answers them one by one in this thread.
    const int tablets = std::max(1, argc > 2 ? std::atoi(argv[2]) : 200);
    std::vector<std::unique_ptr<Store>> docked;
    for (int i = 0; i < tablets; ++i) {
        docked.push_back(enrolled("dock" + std::to_string(i)));
        syncOnce(*docked.back());
        writeContacts(*docked.back(), facility, 25);
    }
    std::vector<double> durations(size_t(tablets), 0.0);
    std::atomic<int> finished = 0;
    std::atomic<int> failed = 0;
    std::vector<QThread *> threads;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < tablets; ++i) {
        threads.push_back(QThread::create([&, i] {
            QElapsedTimer t;
            t.start();
            if (!sync::HttpClient(*docked[size_t(i)]).syncOnce().ok) {
                ++failed;
            }
            durations[size_t(i)] = double(t.nsecsElapsed()) / 1e6;
            ++finished;
        }));
        threads.back()->start();
    }
    while (finished < tablets) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    std::sort(durations.begin(), durations.end());
    std::printf("%d tablets docking at once: p50 %.0f ms, p99 %.0f ms, all done in %lld ms "
                "(%d failed)\n",
                tablets, durations[durations.size() / 2],
                durations[size_t(double(durations.size() - 1) * 0.99)], wall.elapsed(),
                int(failed));
    return failed == 0 ? 0 : 1;
}
