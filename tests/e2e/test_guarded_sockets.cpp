// The server's connection guard (sync/server/connection_guard.h) on the server's own listener
// and real loopback sockets, with the server's side played by the test: it writes an answer
// bigger than the sockets' buffers to a client that does not read it, so that the answer stays
// on its way as long as the test likes. At the connection limit such a connection is never the
// one pushed out, and a silent one is still closed; and an answer written while the server is
// still busy with other requests leaves as soon as the next is handled; and what a client
// sends is acknowledged at once. (The flood with a real server: e2e.ServerUnderAttack.)
#include "server/connection_guard.h"
#include "server/http_endpoint.h"
#include "server/sync_service.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <gtest/gtest.h>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <vector>

using ronde::sync::ConnectionGuard;
using ronde::sync::GuardedTcpServer;

namespace {

class GuardedSockets : public ::testing::Test
{
protected:
    void start(ConnectionGuard::Limits limits)
    {
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

    // A client whose request the server answers with more than the sockets' buffers hold;
    // the client reads none of it, so the answer stays on its way. Returns the server's side.
    QTcpSocket *answeredButNotRead(std::unique_ptr<QTcpSocket> &client)
    {
        client = connectAndSend("POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Content-Length: 4\r\n\r\nbody");
        client->setReadBufferSize(4096); // Qt stops reading for it once that is full
        QTcpSocket *server = nullptr;
        while (m_server->hasPendingConnections()) {
            server = static_cast<QTcpSocket *>(m_server->nextPendingConnection());
        }
        EXPECT_NE(server, nullptr);
        if (server) {
            server->readAll(); // as QHttpServer reads the request
            server->write("HTTP/1.1 200 OK\r\nContent-Length: 67108864\r\n\r\n");
            server->write(QByteArray(64 << 20, 'x'));
        }
        serve(300); // the kernel takes what its buffers hold, and then no more
        return server;
    }

    // The guard's side runs on this thread: let it accept, read, write and close a while.
    static void serve(int ms)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < ms) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(5);
        }
    }

    // Whether the guard closed a connection: seen from a client that reads (it reads the end),
    // or from the server's side of one that does not.
    static bool closedByServer(QTcpSocket &socket)
    {
        serve(100);
        return socket.state() != QAbstractSocket::ConnectedState;
    }

    std::unique_ptr<ConnectionGuard> m_guard;
    std::unique_ptr<GuardedTcpServer> m_server;
    std::vector<QString> m_closed;
};

TEST_F(GuardedSockets, AConnectionWithItsAnswerGoingOutIsNeverPushedOut)
{
    ConnectionGuard::Limits limits;
    limits.maxConnections = 2;
    start(limits);
    std::unique_ptr<QTcpSocket> a;
    QTcpSocket *answerToA = answeredButNotRead(a);
    ASSERT_NE(answerToA, nullptr);
    ASSERT_GT(answerToA->bytesToWrite(), 0) << "the answer must still be on its way";
    auto quiet = connectAndSend({}); // quiet for a shorter time than A's answer

    // At the limit: the quiet connection goes, though A has been quiet longer.
    auto third = connectAndSend({});
    EXPECT_TRUE(closedByServer(*quiet));
    EXPECT_FALSE(closedByServer(*answerToA)) << "an answer on its way was thrown away";
    EXPECT_GT(answerToA->bytesToWrite(), 0);

    // When every connection has an answer on its way, the new connection is refused.
    std::unique_ptr<QTcpSocket> b;
    third.reset(); // the client goes; its place is free
    serve(200);
    QTcpSocket *answerToB = answeredButNotRead(b);
    ASSERT_NE(answerToB, nullptr);
    auto refused = connectAndSend({});
    EXPECT_TRUE(closedByServer(*refused));
    EXPECT_FALSE(closedByServer(*answerToA));
    EXPECT_FALSE(closedByServer(*answerToB));
    ASSERT_FALSE(m_closed.empty());
    EXPECT_TRUE(m_closed.back().contains("de nieuwe is geweigerd"))
        << m_closed.back().toStdString();
}

TEST_F(GuardedSockets, AClientThatStopsReadingIsStillClosedWhenSilent)
{
    ConnectionGuard::Limits limits;
    limits.maxConnections = 2;
    limits.idleSeconds = 1;
    start(limits);
    std::unique_ptr<QTcpSocket> a;
    QTcpSocket *answerToA = answeredButNotRead(a);
    ASSERT_NE(answerToA, nullptr);
    ASSERT_GT(answerToA->bytesToWrite(), 0);
    serve(1800); // past the idle limit of 1 s, nothing moving
    EXPECT_TRUE(closedByServer(*answerToA)) << "a reader that stopped held its connection";
    ASSERT_EQ(m_closed.size(), 1u);
    EXPECT_TRUE(m_closed.front().contains("stil")) << m_closed.front().toStdString();
}

TEST_F(GuardedSockets, AnAnswerWaitingInItsSocketLeavesBeforeTheNextRequestIsHandled)
{
    // Qt sends what is written to a socket only once the thread's event loop runs again; a
    // worker that finds many requests waiting answers them all first (docs/PERFORMANCE.md,
    // "The eighth stop"). The endpoint asks the guard to send every waiting answer before it
    // handles the next request; here the test is the endpoint, and no event loop runs.
    start({});
    auto client = connectAndSend("POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                 "Content-Length: 4\r\n\r\nbody");
    ASSERT_TRUE(m_server->hasPendingConnections());
    auto *server = static_cast<QTcpSocket *>(m_server->nextPendingConnection());
    server->readAll();
    const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok";
    server->write(answer);
    // Waiting for the client's socket alone runs nothing of the server's side.
    EXPECT_FALSE(client->waitForReadyRead(300)) << "the answer left without being sent";

    m_guard->sendWaitingAnswers();
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    while (received.size() < answer.size() && clock.elapsed() < 5000) {
        client->waitForReadyRead(100);
        received += client->readAll();
    }
    EXPECT_EQ(received, answer);
    EXPECT_EQ(server->bytesToWrite(), 0);
}

#ifdef TCP_QUICKACK
TEST_F(GuardedSockets, WhatArrivesIsAcknowledgedAtOnce)
{
    // A client with Nagle's algorithm on (the app's) holds back a request's last small piece
    // until the kernel on the server's side acknowledges what came before; the guard asks it
    // to do so at once rather than after its delay (40 ms here, at the least).
    start({});
    auto client = connectAndSend({});
    ASSERT_TRUE(m_server->hasPendingConnections());
    auto *server = static_cast<QTcpSocket *>(m_server->nextPendingConnection());
    const int fd = int(server->socketDescriptor());
    const auto acknowledgesAtOnce = [fd] {
        int on = -1;
        socklen_t length = sizeof on;
        return ::getsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &on, &length) == 0 && on == 1;
    };
    // What the kernel says when the server reads a piece sent while it was delaying its
    // acknowledgements, as after an answer. Told apart only when read within 30 ms: after
    // its delay of 40 ms the kernel acknowledges at once of itself.
    struct Seen
    {
        bool atOnce = false;
        qint64 afterMs = -1;
    };
    std::vector<Seen> seen;
    QElapsedTimer sent;
    // Connected after the guard, so this runs once the guard has seen the bytes.
    QObject::connect(server, &QTcpSocket::readyRead, server, [&] {
        seen.push_back({acknowledgesAtOnce(), sent.elapsed()});
    });
    const int off = 0;
    for (int attempt = 0; attempt < 5 && (seen.empty() || seen.front().afterMs >= 30); ++attempt) {
        ASSERT_EQ(::setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &off, sizeof off), 0);
        ASSERT_FALSE(acknowledgesAtOnce());
        seen.clear();
        sent.start();
        client->write("POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        client->waitForBytesWritten(5000);
        while (seen.empty() && sent.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        ASSERT_FALSE(seen.empty()) << "the server never read the request";
    }
    ASSERT_LT(seen.front().afterMs, 30) << "the server read too late to tell, five times";
    EXPECT_TRUE(seen.front().atOnce) << "the request's bytes wait for a delayed acknowledgement";
}
#endif

TEST_F(GuardedSockets, ConnectionsThatCloseOnceTheirAnswerIsOutGetItWhole)
{
    // Sending the answer ends such a connection there and then, and the guard forgets it
    // while it is still sending the others'. Walking its table while that happened skipped
    // about one connection in six, whose answer then waited for the event loop.
    start({});
    const QByteArray request = "POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Connection: close\r\nContent-Length: 4\r\n\r\nbody";
    const QByteArray answer = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n"
                              "\r\nok";
    // Many, so that the guard's table has entries that a removal moves.
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    std::vector<QTcpSocket *> servers;
    for (int i = 0; i < 200; ++i) {
        auto client = std::make_unique<QTcpSocket>();
        client->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        ASSERT_TRUE(client->waitForConnected(5000));
        client->write(request);
        ASSERT_TRUE(client->waitForBytesWritten(5000));
        clients.push_back(std::move(client));
        QCoreApplication::processEvents(); // the server accepts it
        while (m_server->hasPendingConnections()) {
            servers.push_back(static_cast<QTcpSocket *>(m_server->nextPendingConnection()));
        }
    }
    serve(300); // every request read
    while (m_server->hasPendingConnections()) {
        servers.push_back(static_cast<QTcpSocket *>(m_server->nextPendingConnection()));
    }
    ASSERT_EQ(servers.size(), clients.size());
    for (QTcpSocket *server : servers) {
        server->readAll();
        server->write(answer);
        server->disconnectFromHost(); // closes once the answer is out
    }
    m_guard->sendWaitingAnswers();
    QElapsedTimer clock; // one deadline for all: an answer not sent never comes
    clock.start();
    for (const auto &client : clients) {
        QByteArray received;
        while (client->state() == QAbstractSocket::ConnectedState && clock.elapsed() < 5000) {
            client->waitForReadyRead(100);
            received += client->readAll();
        }
        received += client->readAll();
        EXPECT_EQ(received, answer);
        EXPECT_NE(client->state(), QAbstractSocket::ConnectedState);
    }
    EXPECT_EQ(m_guard->openConnections(), 0);
}

// The same with the server's own endpoint: two requests that one turn of its event loop
// finds waiting. Each gets an answer (here a 400: the bodies are not Ronde messages) on the
// path a sync takes, and the first answer leaves before the second request is handled,
// without the event loop running again. Without the guard's call in HttpEndpoint::handle,
// neither has left.
TEST_F(GuardedSockets, TheEndpointAnswersTheFirstOfTwoWaitingRequestsBeforeTheSecond)
{
    QTemporaryDir dir;
    ronde::Store central(dir.filePath("central.sqlite").toStdString());
    ronde::sync::SyncService service(central);
    QString logText;
    QTextStream log(&logText);
    ronde::sync::EndpointShared shared(log);
    ronde::sync::HttpEndpoint endpoint(service, shared);
    const quint16 port = endpoint.listen(QHostAddress::LocalHost, 0, std::nullopt);
    ASSERT_NE(port, 0);
    QTcpSocket first;
    QTcpSocket second;
    for (QTcpSocket *client : {&first, &second}) {
        client->connectToHost(QHostAddress::LocalHost, port);
        ASSERT_TRUE(client->waitForConnected(5000));
    }
    serve(300); // the server accepts both
    const QByteArray request = "POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Content-Length: 4\r\n\r\nbody";
    for (QTcpSocket *client : {&first, &second}) {
        client->write(request);
        ASSERT_TRUE(client->waitForBytesWritten(5000));
    }
    QThread::msleep(200); // both requests are in the server's sockets

    QCoreApplication::processEvents(); // one turn: both requests handled

    // Waiting on a client's socket runs nothing of the server's side.
    int answered = 0;
    for (QTcpSocket *client : {&first, &second}) {
        if (client->waitForReadyRead(500) && client->readAll().startsWith("HTTP/1.1 400")) {
            ++answered;
        }
    }
    EXPECT_GE(answered, 1) << "no answer left before the event loop ran again";
}

} // namespace
