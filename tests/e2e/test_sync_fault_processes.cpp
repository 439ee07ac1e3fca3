// Sync under random faults with real processes, issue #4: 200 rounds in which the server is
// SIGKILLed mid-request, an answer is cut off mid-way, a request reaches the server twice, a
// tablet is SIGKILLed mid-sync (between pulling and committing its cursor), and tablets write
// with clocks three days slow or fast. Then: nothing lost, nothing duplicated, all replicas
// equal. Runs with the server on SQLite and on PostgreSQL.
#include "faulty_relay.h"
#include "sync_processes.h"

#include <iostream>
#include <random>

namespace {

constexpr int kRounds = 200;
constexpr int64_t kDayMs = 86'400'000;

class SyncFaultProcesses : public SyncProcesses
{
protected:
    // Starts `ronde --sync-once` on a tablet without waiting.
    void startSync(QProcess &process, const QString &dir)
    {
        process.setProcessEnvironment(environment(m_dir.path()));
        process.start(RONDE_APP_BINARY, {"--data-dir", dir, "--sync-once"});
        ASSERT_TRUE(process.waitForStarted());
    }

    // Detainees a tablet may write for with its clock three days slow: admitted before that.
    std::vector<size_t> writableDetainees(const QString &dir)
    {
        ronde::Store store = openStoreAt(databaseOf(dir));
        const auto facility = store.registry().facilities().at(0);
        const auto detainees = store.registry().detainees(facility.id);
        const ronde::Date limit = ronde::amsterdamFromUtc(ronde::systemClock()() - 4 * kDayMs).date;
        std::vector<size_t> indexes;
        for (size_t i = 0; i < detainees.size(); ++i) {
            if (detainees[i].admittedOn < limit && !detainees[i].dischargedOn) {
                indexes.push_back(i);
            }
        }
        return indexes;
    }
};

INSTANTIATE_TEST_SUITE_P(, SyncFaultProcesses,
                         ::testing::Values(ServerDatabase::SQLite, ServerDatabase::PostgreSQL),
                         serverDatabaseName);

} // namespace

TEST_P(SyncFaultProcesses, TwoHundredRoundsOfTroubleLoseAndDuplicateNothing)
{
    FaultyRelay relay;
    relay.setUpstream(m_port);
    m_url = QString("http://127.0.0.1:%1").arg(relay.port()); // tablets enrol via the relay
    const int64_t offsets[] = {-3 * kDayMs, 0, 3 * kDayMs};
    std::vector<QString> tablets;
    for (const char *name : {"A", "B", "C"}) {
        tablets.push_back(tablet(name));
        ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    }
    const std::vector<size_t> writable = writableDetainees(tablets[0]);
    ASSERT_GE(writable.size(), 3u);

    std::mt19937 random(20261122);
    std::set<std::string> written;
    int faults[6] = {};
    int failedSyncs[6] = {}; // per fault: syncs that did not complete, so the fault did bite
    for (int round = 0; round < kRounds; ++round) {
        const size_t t = random() % tablets.size();
        written.merge(writeOffline(tablets[t], writable[random() % writable.size()],
                                   int(random() % 4), offsets[t]));
        const int fault = int(random() % 6);
        ++faults[fault];
        QProcess sync;
        switch (fault) {
        case 1: // the answer is cut off somewhere, head or body
            relay.setFault(FaultyRelay::Fault::CutAnswer, random() % 1000);
            startSync(sync, tablets[t]);
            break;
        case 2: // the same request reaches the server twice
            relay.setFault(FaultyRelay::Fault::SendTwice);
            startSync(sync, tablets[t]);
            break;
        case 3: // the server is SIGKILLed mid-request and started again
            startSync(sync, tablets[t]);
            QThread::msleep(random() % 30);
            m_server.kill();
            m_server.waitForFinished();
            break;
        case 4: // the tablet is SIGKILLed mid-sync
            startSync(sync, tablets[t]);
            QThread::msleep(random() % 40);
            sync.kill();
            break;
        default:
            startSync(sync, tablets[t]);
        }
        ASSERT_TRUE(sync.waitForFinished(60'000)) << "round " << round;
        if (sync.exitStatus() != QProcess::NormalExit || sync.exitCode() != 0) {
            ++failedSyncs[fault];
        }
        relay.setFault(FaultyRelay::Fault::None);
        if (m_server.state() == QProcess::NotRunning) {
            startServer();
            relay.setUpstream(m_port);
        }
    }
    for (int fault = 1; fault <= 4; ++fault) {
        EXPECT_GT(faults[fault], 20) << "fault " << fault << " too rare to mean anything";
        std::cout << "fault " << fault << ": " << faults[fault] << " rounds, " << failedSyncs[fault]
                  << " syncs broken off\n";
    }
    EXPECT_EQ(failedSyncs[1], faults[1]) << "a cut answer breaks a sync off";
    EXPECT_GT(failedSyncs[3], 5) << "killing the server must break syncs off";
    EXPECT_GT(failedSyncs[4], 5) << "killing the tablet must break syncs off";
    EXPECT_EQ(failedSyncs[0] + failedSyncs[2] + failedSyncs[5], 0)
        << "syncs without trouble (or with a request sent twice) complete";

    // Docked without trouble, every tablet syncs until it is clean, twice around.
    for (int lap = 0; lap < 2; ++lap) {
        for (const QString &dir : tablets) {
            const Result r = syncOnce(dir);
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        }
    }
    m_server.kill();
    m_server.waitForFinished();

    const auto onFirst = events(databaseOf(tablets[0]));
    for (const QString &dir : tablets) {
        EXPECT_EQ(events(databaseOf(dir)), onFirst) << "replicas differ";
        EXPECT_EQ(openStoreAt(databaseOf(dir)).outbox().size(), 0) << "unsent changes";
    }
    for (const std::string &id : written) {
        EXPECT_TRUE(onFirst.contains(id)) << "lost: " << id;
    }
    ronde::Store central(m_central.toStdString());
    EXPECT_EQ(central.database().scalar("SELECT COUNT(*) FROM server_log"),
              central.database().scalar("SELECT COUNT(*) FROM events"))
        << "each event once, with one sequence number";
    EXPECT_EQ(events(m_central.toStdString()), onFirst);
}
