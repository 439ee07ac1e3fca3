#include "load_test.h"

#include "blocking_http.h"
#include "client/http_client.h"
#include "client/tablet_sync.h"
#include "protocol/wire.h"
#include "store/store.h"
#include "sync_service.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <openssl/crypto.h>
#include <set>
#include <sys/resource.h>
#include <utility>

namespace ronde::sync {
namespace {

// The words of `ronde-server loadtest`, in its catalogue.
QString tr(const char *text)
{
    return QCoreApplication::translate("ronde::sync", text); // lupdate's context: the namespace
}

struct Tablet
{
    std::string facilityId;
    std::unique_ptr<Store> store; // in memory: a simulated tablet keeps nothing
    std::string mentorId;
    int64_t cursor = 0;
    // What the docking rounds brought down, as hashes of the ids: a million ids a round as
    // strings in a set were a good part of the tool's processor time, and the tool shares the
    // processor with the server it measures. (Two ids of one hash, one of them missing, are
    // about as likely as 1 in 10^15 for 10,000 ids.)
    std::vector<size_t> pulled;
    std::set<std::string> written; // what it wrote itself
    // The first request of its next docking, read from the outbox and encoded before all dock
    // (prepareDocking); empty when there is none.
    std::string prepared;
};

// The request a tablet sends next: its outbox from the start, its cursor as the tool keeps
// it. (Audit entries are not sent, so not read: the tool never moves their cursor, and read
// again at every docking they took about 4 % of its processor.)
std::string nextRequestOf(Tablet &tablet, TabletSync &device)
{
    SyncRequest request = device.nextRequest(2'000, 0);
    request.cursor = tablet.cursor;
    return encode(request);
}

// Reads and encodes the first request of the tablet's next docking, before the moment all
// dock. A real tablet does this on its own processor; simulated here it would take the
// processor the server is measured on, as applying a page would (dock). The server gets the
// same records, cursor and registry version either way: nothing changes them in between.
// Only the device's clock reading is from before the round, and the server takes that only
// when it is ahead of its own (SyncService::receive).
void prepareDocking(Tablet &tablet)
{
    TabletSync device(*tablet.store);
    tablet.prepared = nextRequestOf(tablet, device);
}

// One docking sync as the server sees it from a real tablet: the outbox pushed in batches,
// then pages pulled until none is left. What comes down is counted, not stored: applying
// it is the tablet's own work on its own processor, and simulated on this machine it would
// take the processor the server is measured on. (Audit entries are not sent.) Its requests go
// over one connection, as the app's do, but without Qt Network's threads, for the same reason
// (BlockingHttpConnection).
QString dock(Tablet &tablet, const QUrl &url, const std::shared_ptr<const ClientTls> &tls)
{
    TabletSync device(*tablet.store);
    BlockingHttpConnection session(tls);
    const QUrl endpoint = HttpClient::syncAddress(url, tablet.facilityId);
    for (int round = 0; round < 1000; ++round) {
        // Prepared once: a docking tried again reads its outbox anew.
        const std::string body = tablet.prepared.empty() ? nextRequestOf(tablet, device)
                                                         : std::exchange(tablet.prepared, {});
        const HttpReply reply = session.post(endpoint, body);
        if (reply.status != 200) {
            return reply.status == 0 ? reply.networkError
                                     : QString("HTTP %1: %2")
                                           .arg(reply.status)
                                           .arg(QString::fromUtf8(reply.body));
        }
        SyncResponse response;
        // A page counts only when the whole answer is taken, as a tablet stores it: what an
        // answer that breaks off or refuses brought down is forgotten again.
        const size_t pulledBefore = tablet.pulled.size();
        try {
            // Each event counted as read, not kept: decoding a page event by event into objects
            // of their own was about two fifths of the tool's processor in a docking
            // (docs/PERFORMANCE.md, the twenty-fourth stop).
            decode(std::string_view(reply.body.constData(), size_t(reply.body.size())), response,
                   [&tablet](const AnyEvent &event) {
                       tablet.pulled.push_back(std::hash<std::string>{}(headerOf(event).id));
                   });
        } catch (const WireError &e) {
            tablet.pulled.resize(pulledBefore);
            return QString::fromUtf8(e.what()); // tried again, as the app does
        }
        std::vector<std::string> acknowledged;
        for (const Ack &ack : response.acks) {
            if (!ack.accepted) {
                tablet.pulled.resize(pulledBefore);
                return QString::fromStdString("geweigerd: " + ack.reason);
            }
            acknowledged.push_back(ack.eventId);
        }
        tablet.store->outbox().acknowledge(acknowledged);
        tablet.cursor = response.nextCursor;
        if (!response.more && tablet.store->outbox().size() == 0) {
            return {};
        }
    }
    return "geen einde";
}

// One thread per simulated tablet (a QThread: the app's HttpClient, which enrols, runs an
// event loop on it), started once and used for every phase. Starting and ending a thousand
// threads, each with Qt's event dispatcher, for every round took about a seventh of the
// tool's processor in a profile of the 1,000-tablet run, and the tool shares the processor
// with the server it measures.
class TabletThreads
{
public:
    explicit TabletThreads(int count)
    {
        for (int i = 0; i < count; ++i) {
            std::unique_ptr<QThread> thread(QThread::create([this, i] { serve(i); }));
            thread->setObjectName("tablet"); // apart from the server's in top and perf
            thread->start();
            if (!thread->isRunning()) {
                break; // the system gives no more threads: allStarted() says so
            }
            m_threads.push_back(std::move(thread));
        }
        m_wanted = count;
    }
    ~TabletThreads()
    {
        {
            const std::lock_guard lock(m_lock);
            m_stopping = true;
        }
        m_wake.notify_all();
        for (const auto &thread : m_threads) {
            thread->wait();
        }
    }
    TabletThreads(const TabletThreads &) = delete;
    TabletThreads &operator=(const TabletThreads &) = delete;

    bool allStarted() const { return int(m_threads.size()) == m_wanted; }

    // Runs work(i) on thread i, for every i, all let go together; returns when all are done.
    void together(const std::function<void(int)> &work)
    {
        std::unique_lock lock(m_lock);
        m_work = &work;
        m_busy = int(m_threads.size());
        ++m_phase;
        m_wake.notify_all();
        m_done.wait(lock, [this] { return m_busy == 0; });
        m_work = nullptr;
    }

private:
    void serve(int i)
    {
        // Below the server in the scheduler's eyes: run on the server's machine, 200 tablet
        // threads would otherwise share the cores evenly with two workers, where tablets of
        // their own take nothing from the server. Each weighs about a tenth of a worker at
        // nice 10. (Linux: this sets the calling thread's own nice value; raising it needs
        // no privilege. Elsewhere it would renice the whole process, server and all.)
#ifdef Q_OS_LINUX
        constexpr int kTabletNice = 10;
        setpriority(PRIO_PROCESS, 0, kTabletNice);
#endif
        uint64_t done = 0; // the last phase this thread took part in
        std::unique_lock lock(m_lock);
        for (;;) {
            m_wake.wait(lock, [&] { return m_stopping || m_phase != done; });
            if (m_stopping) {
                // OpenSSL's state of this thread (its error queue, which every send and
                // receive clears) goes now. Left to the thread's exit, it could outlive the
                // process's end: QThread::wait() returns before an ending thread has run the
                // destructors of its thread-locals, and once OpenSSL has been cleaned up at
                // exit they free nothing (LeakSanitizer found 904 bytes so, once in a CI run).
                lock.unlock();
                OPENSSL_thread_stop();
                return;
            }
            done = m_phase;
            const std::function<void(int)> &work = *m_work;
            lock.unlock();
            work(i);
            lock.lock();
            if (--m_busy == 0) {
                m_done.notify_one();
            }
        }
    }

    std::mutex m_lock;
    std::condition_variable m_wake; // a phase begins, or the threads stop
    std::condition_variable m_done; // the last thread of a phase is done
    const std::function<void(int)> *m_work = nullptr;
    uint64_t m_phase = 0;
    int m_busy = 0; // threads still working in this phase
    bool m_stopping = false;
    int m_wanted = 0;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

// `count` mentor talks with the facility's detainees, recorded now, as a mentor on a round
// records them. Returns their ids.
std::vector<std::string> writeContacts(Tablet &tablet, int count, int round)
{
    const std::vector<Detainee> detainees = tablet.store->registry().detainees(tablet.facilityId);
    std::vector<std::string> ids;
    if (detainees.empty() || tablet.mentorId.empty()) {
        return ids;
    }
    Transaction tx = tablet.store->transaction();
    for (int i = 0; i < count; ++i) {
        Contact c;
        c.header.detaineeId = detainees[size_t(i + round) % detainees.size()].id;
        c.header.authorId = tablet.mentorId;
        c.header.occurredAtMs = tablet.store->clock()() - 60'000;
        c.roles = {Role::Mentor};
        c.kind = ContactKind::MentorTalk;
        c.topics = {Topic::Work};
        c.notes = "Belastingtest: gesprek over werk na detentie.";
        c.satisfaction = 1 + i % 5;
        ids.push_back(tablet.store->events().record(c).header.id);
    }
    tx.commit();
    return ids;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[size_t(double(values.size() - 1) * p)];
}

} // namespace

LoadTestResult runLoadTest(const LoadTestOptions &options,
                           const std::function<void(const QString &)> &progress)
{
    LoadTestResult result;
    Store central(options.database);
    std::vector<Facility> facilities = central.registry().facilities();
    if (facilities.empty()) {
        result.problem = tr("de database heeft geen inrichtingen").toStdString();
        return result;
    }
    facilities.resize(std::min(facilities.size(), size_t(std::max(1, options.facilities))));
    const std::shared_ptr<const ClientTls> tls = ClientTls::pinnedTo(options.certificate);
    if (!options.certificate.isEmpty() && !tls) { // not the system's trust instead
        result.problem = tr("het certificaat van de server is geen PEM-certificaat").toStdString();
        return result;
    }

    // Enrol, and the first pull (the registry and the facility's history): not measured.
    std::vector<Tablet> tablets(size_t(options.tablets));
    TabletThreads threads(options.tablets);
    if (!threads.allStarted()) {
        result.problem = tr("het systeem geeft geen %1 threads voor de tablets")
                             .arg(options.tablets)
                             .toStdString();
        return result;
    }
    SyncService codes(central);
    std::vector<QString> codeOf;
    for (int i = 0; i < options.tablets; ++i) {
        tablets[size_t(i)].facilityId = facilities[size_t(i) % facilities.size()].id;
        codeOf.push_back(QString::fromStdString(codes.createEnrolmentCode(
            tablets[size_t(i)].facilityId, "belastingtest-" + std::to_string(i + 1), 1)));
    }
    std::atomic<int> ready = 0;
    std::mutex problemLock;
    threads.together([&](int i) {
        Tablet &tablet = tablets[size_t(i)];
        tablet.store =
            std::make_unique<Store>(":memory:", systemClock(), std::nullopt, StoreRole::Tablet);
        HttpClient client(*tablet.store);
        QString error = client.enrol(options.url, codeOf[size_t(i)],
                                     QString("belastingtest-%1").arg(i + 1), options.certificate);
        if (error.isEmpty()) {
            const SyncSummary first = client.syncOnce();
            error = first.ok ? QString() : first.error;
        }
        if (!error.isEmpty()) {
            const std::lock_guard lock(problemLock);
            result.problem =
                tr("koppelen of eerste synchronisatie mislukt: %1").arg(error).toStdString();
            return;
        }
        for (const User &u : tablet.store->registry().users(tablet.facilityId)) {
            if (u.role == Role::Mentor && tablet.mentorId.empty()) {
                tablet.mentorId = u.id;
            }
        }
        tablet.cursor = TabletSync(*tablet.store).cursor();
        ++ready;
    });
    if (!result.problem.empty()) {
        return result;
    }
    // A thousand tablets enrolled within seconds are a bulk load: counted for PostgreSQL's
    // planner, as a server in service has them counted (its tablets enrolled over weeks).
    // Otherwise the servers' cached plan for a device's row was made for the nearly empty
    // table, and scanned all of it at every docking (docs/PERFORMANCE.md, the twenty-third stop).
    central.analyzeAfterBulkLoad();
    progress(tr("%1 tablets gekoppeld en bijgewerkt").arg(int(ready)));

    std::map<std::string, std::set<std::string>> writtenPerFacility;
    std::vector<double> durations;
    std::mutex durationsLock;
    std::atomic<int> failed = 0;
    std::atomic<int> retried = 0;
    QString lastError;
    QString lastBreak; // why a sync that was tried again broke off
    constexpr int kAttempts = 5;
    double processorMs = 0;
    for (int round = 1; round <= options.rounds; ++round) {
        for (Tablet &tablet : tablets) {
            for (const std::string &id : writeContacts(tablet, options.eventsPerTablet, round)) {
                writtenPerFacility[tablet.facilityId].insert(id);
                tablet.written.insert(id);
            }
        }
        threads.together([&](int i) { prepareDocking(tablets[size_t(i)]); });
        if (options.dockingBegins) {
            options.dockingBegins();
        }
        const std::clock_t processorBefore = std::clock();
        QElapsedTimer wall;
        wall.start();
        threads.together([&](int i) {
            // A tablet's time counts from the moment all of them dock, not from when its thread
            // got to run: on the server's machine a thread the scheduler starts late would
            // otherwise wait in no one's count, and the round look quicker than it was. A
            // tablet whose sync broke off tries again, as the app does, within that time.
            QString error = "-";
            for (int attempt = 0; attempt < kAttempts && !error.isEmpty(); ++attempt) {
                if (attempt > 0) {
                    ++retried;
                    {
                        const std::lock_guard lock(problemLock);
                        lastBreak = error;
                    }
                    QThread::msleep(200);
                }
                error = dock(tablets[size_t(i)], options.url, tls);
            }
            const double ms = double(wall.nsecsElapsed()) / 1e6; // the clock is only read
            if (!error.isEmpty()) {
                ++failed;
                const std::lock_guard lock(problemLock);
                lastError = error;
            }
            const std::lock_guard lock(durationsLock);
            durations.push_back(ms);
        });
        processorMs += double(std::clock() - processorBefore) * 1000.0 / CLOCKS_PER_SEC;
        if (options.dockingEnds) {
            options.dockingEnds();
        }
        progress(tr("ronde %1 van %2: %3 tablets tegelijk in %4 ms, p99 tot nu %5 ms")
                     .arg(round)
                     .arg(options.rounds)
                     .arg(options.tablets)
                     .arg(wall.elapsed())
                     .arg(percentile(durations, 0.99), 0, 'f', 0));
    }
    // Once more each, after every push is in: what the others sent last comes down.
    threads.together([&](int i) {
        if (!dock(tablets[size_t(i)], options.url, tls).isEmpty()) {
            ++failed;
        }
    });
    if (!lastBreak.isEmpty()) {
        progress(tr("laatste onderbreking (opnieuw geprobeerd): %1").arg(lastBreak));
    }
    if (!lastError.isEmpty()) {
        progress(tr("laatste fout: %1").arg(lastError));
    }

    result.syncs = int(durations.size());
    result.failed = failed;
    result.retried = retried;
    result.p50Ms = percentile(durations, 0.5);
    result.p99Ms = percentile(durations, 0.99);
    result.slowestMs = percentile(durations, 1.0);
    result.processorMsPerSync = durations.empty() ? 0 : processorMs / double(durations.size());
    std::vector<std::string> all;
    for (const auto &[facility, ids] : writtenPerFacility) {
        all.insert(all.end(), ids.begin(), ids.end());
    }
    result.written = int(all.size());
    result.lostOnServer = result.written - int(central.events().byIds(all).size());
    result.numberedTwice = int(std::max<int64_t>(0, central.serverLog().countEntries(all) -
                                                        (result.written - result.lostOnServer)));
    for (Tablet &tablet : tablets) {
        std::sort(tablet.pulled.begin(), tablet.pulled.end());
        // What it wrote itself, or pulled (the server sends a device nothing of its own).
        for (const std::string &id : writtenPerFacility[tablet.facilityId]) {
            if (!std::binary_search(tablet.pulled.begin(), tablet.pulled.end(),
                                    std::hash<std::string>{}(id)) &&
                !tablet.written.contains(id)) {
                ++result.missingOnTablets;
            }
        }
    }
    progress(tr("gecontroleerd tegen de database van de server en elke tablet"));
    return result;
}

} // namespace ronde::sync
