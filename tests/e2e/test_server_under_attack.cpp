// The server under a flood of bad requests and slow clients, on loopback (docs/SECURITY.md
// "Bad input"): it keeps answering a valid tablet, closes what is stuck, and writes nothing
// from what it refused.
#include "sync_processes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <memory>
#include <random>
#include <vector>

namespace {

using Sockets = std::vector<std::unique_ptr<QTcpSocket>>;

class ServerUnderAttack : public SyncProcesses
{
protected:
    std::unique_ptr<QTcpSocket> connectTo()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_port);
        EXPECT_TRUE(socket->waitForConnected(5000));
        return socket;
    }

    // Sends a request head (and body) in one go.
    std::unique_ptr<QTcpSocket> send(const QByteArray &bytes)
    {
        auto socket = connectTo();
        socket->write(bytes);
        socket->waitForBytesWritten(5000);
        return socket;
    }

    static QByteArray post(const char *path, const QByteArray &body)
    {
        return QByteArray("POST ") + path +
               " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ronde-sync\r\n"
               "Content-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    static int stillOpen(const Sockets &sockets)
    {
        int open = 0;
        for (const auto &s : sockets) {
            open += s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
        }
        return open;
    }

    int64_t devices() const
    {
        ronde::Store central(m_central.toStdString());
        return central.database().scalar("SELECT count(*) FROM devices");
    }
};

INSTANTIATE_TEST_SUITE_P(, ServerUnderAttack, ::testing::Values(ServerDatabase::SQLite),
                         serverDatabaseName);

TEST_P(ServerUnderAttack, KeepsAnsweringAValidTabletAndWritesNothingFromTheFlood)
{
    // Small limits, so that the test sees them work in seconds.
    m_server.kill();
    m_server.waitForFinished();
    m_serveOptions = {"--max-connections", "40", "--request-timeout", "2"};
    startServer();
    const QString a = tablet("A");
    ASSERT_EQ(m_lastEnrol.exitCode, 0) << m_lastEnrol.err.toStdString();
    const std::set<std::string> before = events(m_central.toStdString());
    const int64_t devicesBefore = devices();

    // The flood, one after another: noise, bodies that are no Ronde message, an enrolment
    // with a garbled body, and bodies announced at 1 GB. Each is refused at once.
    std::mt19937 random(7);
    int refused = 0;
    for (int i = 0; i < 15; ++i) {
        QByteArray bytes(4096, '\0');
        for (char &c : bytes) {
            c = char(random() & 0xff);
        }
        auto noise = send(bytes);
        for (const QByteArray &request :
             {post("/v1/sync", QByteArray(64, char('A' + i))),
              post("/v1/enrol", "RNDE\x00\x01" + QByteArray(40, '\xff'))}) {
            auto malformed = send(request);
            malformed->waitForReadyRead(5000);
            const QByteArray answer = malformed->readAll();
            EXPECT_TRUE(answer.startsWith("HTTP/1.1 4")) << answer.left(80).toStdString();
            refused += answer.startsWith("HTTP/1.1 4") ? 1 : 0;
        }
    }
    EXPECT_EQ(refused, 30);
    for (int i = 0; i < 3; ++i) {
        auto huge = send("POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Length: 1000000000\r\n\r\n" +
                         QByteArray(65536, 'x'));
        huge->waitForReadyRead(5000);
        EXPECT_TRUE(huge->readAll().startsWith("HTTP/1.1 413"));
        if (huge->state() == QAbstractSocket::ConnectedState) {
            EXPECT_TRUE(huge->waitForDisconnected(5000)) << "closed after the 413";
        }
    }

    // Slowloris: 60 requests (more than the 40 connections allowed) whose heads never end,
    // and a body streamed past the 64 MiB cap without a length.
    Sockets slow;
    for (int i = 0; i < 60; ++i) {
        slow.push_back(
            send("POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 300\r\n"));
    }
    auto streamed = send("POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Transfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk =
        QByteArray::number(1 << 20, 16) + "\r\n" + QByteArray(1 << 20, 'y') + "\r\n";
    for (int i = 0; i < 70 && streamed->state() == QAbstractSocket::ConnectedState; ++i) {
        streamed->write(chunk);
        streamed->waitForBytesWritten(2000);
    }

    // Meanwhile tablet A records five contacts and syncs; the slow clients keep trickling.
    const std::set<std::string> written = writeOffline(a, 0, 5);
    QProcess sync;
    sync.setProcessEnvironment(environment(m_dir.path()));
    sync.start(RONDE_APP_BINARY, {"--data-dir", a, "--sync-once"});
    ASSERT_TRUE(sync.waitForStarted());
    QElapsedTimer clock;
    clock.start();
    while (sync.state() != QProcess::NotRunning && clock.elapsed() < 60'000) {
        for (const auto &s : slow) {
            if (s->state() == QAbstractSocket::ConnectedState) {
                s->write("X");
            }
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 200);
        QThread::msleep(200);
    }
    ASSERT_EQ(sync.state(), QProcess::NotRunning) << "the valid tablet got no answer in 60 s";
    EXPECT_EQ(sync.exitCode(), 0) << sync.readAllStandardError().toStdString();

    // Every stuck connection is closed by the server within its limits, still trickling.
    clock.restart();
    while (stillOpen(slow) > 0 && clock.elapsed() < 15'000) {
        for (const auto &s : slow) {
            if (s->state() == QAbstractSocket::ConnectedState) {
                s->write("X");
                s->waitForBytesWritten(50);
            }
        }
        QThread::msleep(100);
    }
    EXPECT_EQ(stillOpen(slow), 0) << "slow clients are closed (request timeout 2 s)";
    if (streamed->state() == QAbstractSocket::ConnectedState) {
        streamed->waitForDisconnected(5000);
    }
    EXPECT_NE(streamed->state(), QAbstractSocket::ConnectedState) << "a body past the cap";

    // Nothing but A's five contacts was written; no device was enrolled by the flood.
    std::set<std::string> expected = before;
    expected.insert(written.begin(), written.end());
    EXPECT_EQ(events(m_central.toStdString()), expected);
    EXPECT_EQ(devices(), devicesBefore);

    // The server is still there, says what it closed and why, and serves the next sync.
    EXPECT_EQ(m_server.state(), QProcess::Running);
    EXPECT_EQ(syncOnce(a).exitCode, 0);
    QString log;
    while (m_server.waitForReadyRead(500)) { // what the server wrote may still be in the pipe
    }
    log += QString::fromUtf8(m_server.readAllStandardError());
    EXPECT_TRUE(log.contains("verbinding gesloten: verzoek niet binnen 2 s ontvangen"))
        << log.right(2000).toStdString();
    EXPECT_TRUE(log.contains("te veel verbindingen")) << log.right(2000).toStdString();
    EXPECT_TRUE(log.contains("aangekondigd verzoek groter dan toegestaan"));
    EXPECT_TRUE(log.contains("400 onleesbaar bericht"))
        << "a fixed reason, not the decoder's words";
}

} // namespace

// A connection is an open file. A system's soft limit of 1,024 open files would stop the server
// accepting near 1,000 connections, where --max-connections allows 2,048: it raises its own
// limit to fit them, as far as the hard limit lets it, and says so where that is too low
// (docs/DEPLOYMENT.md). Run through prlimit, which sets the limits and then becomes the server.
TEST(ServerOpenFiles, TheServerMakesRoomForItsConnectionsOrSaysItCannot)
{
    QTemporaryDir dir;
    const QString central = dir.filePath("centraal.sqlite");
    ASSERT_EQ(
        runAsUser(RONDE_SERVER_BINARY, {"demo", "--out", central, "--detainees", "5"}).exitCode, 0);
    struct Started
    {
        QString softLimit; // "Max open files" of the running server
        QString err;
    };
    const auto serveWithin = [&](const QString &fileLimits) {
        QProcess server;
        server.setProcessEnvironment(testEnvironment(dir.path()));
        server.start("prlimit",
                     {"--nofile=" + fileLimits, RONDE_SERVER_BINARY, "serve", "--database", central,
                      "--listen", "127.0.0.1:0", "--insecure-loopback"});
        EXPECT_TRUE(server.waitForStarted());
        QString out;
        for (int i = 0; i < 100 && !out.contains("luistert op"); ++i) {
            server.waitForReadyRead(100);
            out += QString::fromUtf8(server.readAllStandardOutput());
        }
        EXPECT_TRUE(out.contains("luistert op")) << out.toStdString();
        Started started;
        QFile limits(QString("/proc/%1/limits").arg(server.processId()));
        if (limits.open(QIODevice::ReadOnly)) {
            for (const QString &line : QString::fromUtf8(limits.readAll()).split('\n')) {
                if (line.startsWith("Max open files")) {
                    started.softLimit = line.simplified().section(' ', 3, 3);
                }
            }
        }
        server.kill();
        server.waitForFinished();
        started.err = QString::fromUtf8(server.readAllStandardError());
        return started;
    };

    const Started roomy = serveWithin("1024:4096");
    EXPECT_EQ(roomy.softLimit, "2304") << "2,048 connections and 256 other files";
    EXPECT_FALSE(roomy.err.contains("Let op")) << roomy.err.toStdString();

    const Started cramped = serveWithin("300:300");
    EXPECT_EQ(cramped.softLimit, "300");
    EXPECT_TRUE(cramped.err.contains("maar 44 verbindingen open hebben, niet 2048"))
        << cramped.err.toStdString();
}
