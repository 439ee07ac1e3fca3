// The server's connection guard (sync/server/connection_guard.h) on the server's own listener,
// on real loopback sockets whose requests nobody reads, so that a request that has arrived
// whole waits for its answer as long as the test likes: at the connection limit it is never
// the one pushed out, nor closed by the request timeout. (The flood with a real server:
// e2e.ServerUnderAttack.)
#include "server/connection_guard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QThread>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

using ronde::sync::ConnectionGuard;
using ronde::sync::GuardedTcpServer;

namespace {

class GuardedSockets : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ConnectionGuard::Limits limits;
        limits.maxConnections = 2;
        limits.requestSeconds = 1;
        limits.maxRequestBytes = 1 << 20;
        m_guard = std::make_unique<ConnectionGuard>(
            limits, [this](const QString &, const QString &why) { m_closed.push_back(why); });
        m_server = std::make_unique<GuardedTcpServer>(*m_guard);
        ASSERT_TRUE(m_server->listen(QHostAddress::LocalHost, 0));
    }

    // A client connected, whose bytes (if any) the guard has seen.
    std::unique_ptr<QTcpSocket> connectAndSend(const QByteArray &bytes)
    {
        auto client = std::make_unique<QTcpSocket>();
        client->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        EXPECT_TRUE(client->waitForConnected(5000));
        if (!bytes.isEmpty()) {
            client->write(bytes);
            client->waitForBytesWritten(5000);
        }
        serve(200);
        return client;
    }

    // The guard's side runs on this thread: let it accept, read and close for a while.
    static void serve(int ms)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(5);
        }
    }

    // Whether the guard closed the client's connection (it aborts: the client reads an end).
    static bool closedByServer(QTcpSocket &client)
    {
        if (client.state() == QAbstractSocket::ConnectedState) {
            client.waitForReadyRead(300);
        }
        return client.state() != QAbstractSocket::ConnectedState;
    }

    static QByteArray wholeRequest()
    {
        return "POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4\r\n\r\nbody";
    }

    std::unique_ptr<ConnectionGuard> m_guard;
    std::unique_ptr<GuardedTcpServer> m_server; // nobody takes its pending connections
    std::vector<QString> m_closed;
};

TEST_F(GuardedSockets, AWholeRequestIsNeverPushedOutForANewConnection)
{
    auto waiting = connectAndSend(wholeRequest());
    auto arriving = connectAndSend("POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    ASSERT_EQ(m_guard->openConnections(), 2);

    // At the limit: the request still arriving goes, though the whole one is older.
    auto third = connectAndSend({});
    EXPECT_TRUE(closedByServer(*arriving));
    EXPECT_FALSE(closedByServer(*waiting)) << "the request in line for its answer was closed";

    // Then the connection quiet between requests goes, not the whole request.
    auto fourth = connectAndSend({});
    EXPECT_TRUE(closedByServer(*third));
    EXPECT_FALSE(closedByServer(*waiting));

    // When every connection holds a whole request, the new one is refused.
    fourth->write(wholeRequest());
    fourth->waitForBytesWritten(5000);
    serve(200);
    auto fifth = connectAndSend({});
    EXPECT_TRUE(closedByServer(*fifth));
    EXPECT_FALSE(closedByServer(*waiting));
    EXPECT_FALSE(closedByServer(*fourth));
    EXPECT_EQ(m_guard->openConnections(), 2);
    ASSERT_EQ(m_closed.size(), 3u);
    EXPECT_TRUE(m_closed.back().contains("de nieuwe is geweigerd"))
        << m_closed.back().toStdString();
}

TEST_F(GuardedSockets, TheRequestTimeoutClosesOnlyARequestStillArriving)
{
    // Its head in two parts, as it may come over a slow network: whole once both are in.
    auto waiting = connectAndSend("POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le");
    waiting->write("ngth: 4\r\n\r\nbody");
    waiting->waitForBytesWritten(5000);
    auto slow = connectAndSend("POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n");

    serve(1800); // past the request timeout of 1 s
    EXPECT_TRUE(closedByServer(*slow));
    EXPECT_FALSE(closedByServer(*waiting))
        << "a whole request waits for the server, not the client";
    ASSERT_EQ(m_closed.size(), 1u);
    EXPECT_TRUE(m_closed.front().contains("niet binnen 1 s")) << m_closed.front().toStdString();
}

} // namespace
