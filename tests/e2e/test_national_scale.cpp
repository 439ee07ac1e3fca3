// The server at scale (docs/PERFORMANCE.md "National scale"): several server processes and
// workers on one database, simulated tablets docking together through `ronde-server
// loadtest`, and nginx in front, as docs/DEPLOYMENT.md configures it.
#include "server/load_test.h"
#include "store/store.h"
#include "sync_processes.h"

#include <QDir>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <map>
#include <set>
#include <unistd.h>

namespace {

// A loopback port free at this moment.
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The nginx block of docs/DEPLOYMENT.md, as written there.
QString deploymentNginxBlock()
{
    QFile doc(QStringLiteral(RONDE_SOURCE_DIR) + "/docs/DEPLOYMENT.md");
    if (!doc.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype start = text.indexOf("```nginx\n");
    const qsizetype end = text.indexOf("```", start + 9);
    return start < 0 || end < 0 ? QString() : text.mid(start + 9, end - start - 9);
}

// Which processes answered each facility's syncs, from an nginx access log of lines
// "facility address status" (enrolments, which name no facility, and syncs tried at both
// processes left out).
std::map<QString, std::set<QString>> processesPerFacility(const QString &accessLog)
{
    std::map<QString, std::set<QString>> answered;
    QFile file(accessLog);
    if (!file.open(QIODevice::ReadOnly)) {
        return answered;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QStringList fields = QString::fromUtf8(line).split(' ');
        if (fields.size() == 3 && fields[0] != "-" && fields[2] == "200") {
            answered[fields[0]].insert(fields[1]);
        }
    }
    return answered;
}

qsizetype linesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().count('\n') : 0;
}

class NationalScale : public SyncProcesses
{
protected:
    NationalScale() { m_facilities = 3; }

    // `ronde-server loadtest` against url; its output and exit code.
    std::unique_ptr<QProcess> startLoadTest(const QString &url, const QStringList &more)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment(m_dir.path()));
        process->start(RONDE_SERVER_BINARY,
                       QStringList{"loadtest", "--database", m_central, "--url", url} + more);
        return process;
    }

    // What the load tool said it found; every number must be 0.
    static void expectNothingLost(QProcess &loadTest)
    {
        const QString out = QString::fromUtf8(loadTest.readAllStandardOutput());
        const QString err = QString::fromUtf8(loadTest.readAllStandardError());
        EXPECT_EQ(loadTest.exitCode(), 0) << out.toStdString() << err.toStdString();
        const QRegularExpression counted(
            "(\\d+) registraties geschreven: 0 niet op de server, 0 dubbel genummerd, 0 keer "
            "niet op een tablet");
        const auto match = counted.match(out);
        ASSERT_TRUE(match.hasMatch()) << out.toStdString() << err.toStdString();
        EXPECT_GT(match.captured(1).toInt(), 0);
        EXPECT_TRUE(out.contains(", mislukt 0")) << out.toStdString();
        std::fprintf(stderr, "loadtest:\n%s%s\n", qPrintable(err), qPrintable(out));
    }
};
INSTANTIATE_TEST_SUITE_P(, NationalScale,
                         ::testing::Values(ServerDatabase::SQLite, ServerDatabase::PostgreSQL),
                         serverDatabaseName);

// Many writers on one facility while every tablet pulls: on SQLite the workers of one
// process, on PostgreSQL two processes sharing one port. No tablet's cursor passes a number
// that commits later (store/server_log.h), so every tablet ends with the facility's union.
TEST_P(NationalScale, ManyWritersOfOneFacilityAndReadersPullingLoseNothing)
{
    QProcess second;
    if (GetParam() == ServerDatabase::PostgreSQL) {
        QString secondUrl;
        launch(second,
               {"serve", "--database", m_central, "--listen", QString("127.0.0.1:%1").arg(m_port),
                "--insecure-loopback", "--workers", "2", "--share-port"},
               secondUrl);
        ASSERT_EQ(secondUrl, m_url) << "both processes share the port";
    }
    const std::unique_ptr<QProcess> loadTest = startLoadTest(
        m_url, {"--facilities", "1", "--tablets", "24", "--events", "20", "--rounds", "4"});
    ASSERT_TRUE(loadTest->waitForFinished(120'000));
    expectNothingLost(*loadTest);
    second.kill();
    second.waitForFinished();
}

// The load tool in the bench's own process (tests/bench/bench_sync.cpp) measures the server's
// processor time between its calls: they must bracket each round's docking, and only that. So
// every round's pushes are numbered between the two calls, and nothing outside them.
TEST_P(NationalScale, TheLoadToolSaysWhenItsTabletsDock)
{
    ronde::Store central(m_central.toStdString());
    const auto numbered = [&] {
        return central.database().scalar("SELECT COUNT(*) FROM server_log");
    };
    ronde::sync::LoadTestOptions options;
    options.url = QUrl(m_url);
    options.database = m_central.toStdString();
    options.tablets = 3;
    options.eventsPerTablet = 4;
    options.rounds = 2;
    std::vector<int64_t> atBegin, atEnd;
    options.dockingBegins = [&] {
        EXPECT_EQ(atBegin.size(), atEnd.size()) << "begins after the round before ended";
        atBegin.push_back(numbered());
    };
    options.dockingEnds = [&] { atEnd.push_back(numbered()); };
    const ronde::sync::LoadTestResult result =
        ronde::sync::runLoadTest(options, [](const QString &) {});
    ASSERT_TRUE(result.clean()) << result.problem;
    ASSERT_EQ(atBegin.size(), 2u);
    ASSERT_EQ(atEnd.size(), 2u);
    for (size_t round = 0; round < 2; ++round) {
        EXPECT_EQ(atEnd[round] - atBegin[round], 3 * 4) << "round " << round + 1;
    }
    EXPECT_EQ(atBegin[1], atEnd[0]) << "nothing numbered between two rounds' docking";
}

class BehindNginx : public NationalScale
{};
INSTANTIATE_TEST_SUITE_P(, BehindNginx, ::testing::Values(ServerDatabase::PostgreSQL),
                         serverDatabaseName);

// nginx ends TLS and spreads the tablets of three facilities over two processes on one
// PostgreSQL database, with the configuration of docs/DEPLOYMENT.md: each facility's tablets
// at one process, by the facility they name. One process is killed while they dock and
// started again. Everything arrives once, and every tablet ends with its facility's union.
TEST_P(BehindNginx, OneProcessKilledAndRestartedLosesNothing)
{
    makeCertificate("nginx");
    QProcess second;
    QString secondUrl;
    const quint16 secondPort = freePort();
    const QStringList secondServe{"serve",
                                  "--database",
                                  m_central,
                                  "--listen",
                                  QString("127.0.0.1:%1").arg(secondPort),
                                  "--insecure-loopback"};
    launch(second, secondServe, secondUrl);

    QString block = deploymentNginxBlock();
    ASSERT_TRUE(block.contains("upstream ronde")) << "docs/DEPLOYMENT.md has the nginx block";
    const quint16 nginxPort = freePort();
    block.replace("127.0.0.1:9001", QString("127.0.0.1:%1").arg(m_port))
        .replace("127.0.0.1:9002", QString("127.0.0.1:%1").arg(secondPort))
        .replace("listen 8443 ssl", QString("listen 127.0.0.1:%1 ssl").arg(nginxPort))
        .replace("/etc/ronde/server.crt", m_dir.filePath("nginx.pem"))
        .replace("/etc/ronde/server.key", m_dir.filePath("nginx-key.pem"));
    const QString prefix = m_dir.filePath("nginx");
    ASSERT_TRUE(QDir().mkpath(prefix + "/logs"));
    QFile conf(prefix + "/nginx.conf");
    ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
    // Only what a test needs around the deployment's block: its own prefix, logs and pid,
    // in the foreground. (As root, nginx's workers would otherwise run as nobody and could not
    // write their temporary files here.)
    conf.write(QString("daemon off;\n%1pid %2/nginx.pid;\nerror_log %2/logs/error.log;\n"
                       "events {}\nhttp {\n    log_format upstream '$arg_facility "
                       "$upstream_addr $status';\n"
                       "    access_log %2/logs/access.log upstream;\n"
                       "    client_body_temp_path %2/body;\n    proxy_temp_path %2/proxy;\n"
                       "%3\n}\n")
                   .arg(geteuid() == 0 ? "user root;\n" : "", prefix, block)
                   .toUtf8());
    conf.close();
    // Stopped the way nginx asks (SIGTERM to the master) also when the test fails half-way:
    // killed, its workers would live on.
    struct Nginx : QProcess
    {
        ~Nginx() override
        {
            terminate();
            waitForFinished();
        }
    } nginx;
    nginx.start("/usr/sbin/nginx", {"-p", prefix, "-c", prefix + "/nginx.conf"});
    ASSERT_TRUE(nginx.waitForStarted()) << "nginx is installed by scripts/setup";
    bool listening = false; // a refused connection returns at once: try for up to 10 s
    for (int i = 0; i < 200 && !listening; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, nginxPort);
        listening = probe.waitForConnected(100);
        if (!listening) {
            QThread::msleep(50);
        }
    }
    ASSERT_TRUE(listening) << "nginx listens on " << nginxPort;

    // The app names its facility too.
    const QString nginxUrl = QString("https://127.0.0.1:%1").arg(nginxPort);
    const QString app = m_dir.filePath("app");
    const Result enrolled =
        run(RONDE_APP_BINARY, {"--data-dir", app, "--enrol", nginxUrl, code("app"), "--server-cert",
                               m_dir.filePath("nginx.pem")});
    ASSERT_EQ(enrolled.exitCode, 0) << enrolled.err.toStdString();
    const Result synced = syncOnce(app);
    ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    const QString accessLog = prefix + "/logs/access.log";
    for (int i = 0; i < 100 && processesPerFacility(accessLog).empty(); ++i) {
        QThread::msleep(20); // nginx logs a request just after its answer is sent
    }
    EXPECT_EQ(processesPerFacility(accessLog).size(), 1u) << "the app's syncs name its facility";

    const std::unique_ptr<QProcess> loadTest =
        startLoadTest(nginxUrl, {"--server-cert", m_dir.filePath("nginx.pem"), "--facilities", "3",
                                 "--tablets", "30", "--events", "60", "--rounds", "4"});
    QString said;
    const auto waitFor = [&](const QString &text) {
        for (int i = 0; i < 1200 && !said.contains(text) && loadTest->state() == QProcess::Running;
             ++i) {
            loadTest->waitForReadyRead(100);
            said += QString::fromUtf8(loadTest->readAllStandardError());
        }
        return said.contains(text);
    };
    ASSERT_TRUE(loadTest->waitForStarted());
    ASSERT_TRUE(waitFor("ronde 1 van 4"))
        << said.toStdString() << loadTest->readAllStandardOutput().toStdString();
    // While both processes are up, each facility's tablets dock at one of them (the hash on
    // the facility they name), so that it holds the facility's log and records for all.
    const std::map<QString, std::set<QString>> firstRound = processesPerFacility(accessLog);
    ASSERT_EQ(firstRound.size(), 3u) << "every tablet names its facility";
    for (const auto &[facility, processes] : firstRound) {
        EXPECT_EQ(processes.size(), 1u) << facility.toStdString();
    }
    // Kill a process that facilities dock at while the second round docks, and start it again
    // only after the round after the one it was killed in, which its facilities' tablets must
    // then dock at the other one for.
    const QString firstAddress = QString("127.0.0.1:%1").arg(m_port);
    const QString secondAddress = QString("127.0.0.1:%1").arg(secondPort);
    const QString killedAddress = *firstRound.begin()->second.begin();
    const bool firstIsKilled = killedAddress == firstAddress;
    QProcess &killed = firstIsKilled ? m_server : second;
    const qsizetype linesBefore = linesOf(accessLog);
    for (int i = 0; i < 2000 && linesOf(accessLog) < linesBefore + 5; ++i) {
        QThread::msleep(5); // a round of the 30 tablets takes about 200 ms
    }
    killed.kill();
    killed.waitForFinished();
    said += QString::fromUtf8(loadTest->readAllStandardError());
    int roundsDone = 1;
    while (said.contains(QString("ronde %1 van 4").arg(roundsDone + 1))) {
        ++roundsDone;
    }
    ASSERT_LT(roundsDone, 3) << "killed too late for a whole round without it: " << roundsDone;
    ASSERT_TRUE(waitFor(QString("ronde %1 van 4").arg(roundsDone + 2))) << said.toStdString();
    if (firstIsKilled) {
        startServer();
    } else {
        launch(second, secondServe, secondUrl);
    }
    ASSERT_TRUE(loadTest->waitForFinished(180'000));
    expectNothingLost(*loadTest);
    // The killed process's facilities were answered by both, the others by the other only.
    const QString otherAddress = firstIsKilled ? secondAddress : firstAddress;
    for (const auto &[facility, processes] : processesPerFacility(accessLog)) {
        const std::set<QString> expected = firstRound.at(facility).count(killedAddress)
                                               ? std::set{killedAddress, otherAddress}
                                               : std::set{otherAddress};
        EXPECT_EQ(processes, expected) << facility.toStdString();
    }

    second.kill();
    second.waitForFinished();
}

} // namespace
