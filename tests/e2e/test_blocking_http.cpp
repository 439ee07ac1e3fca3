// The load tool's own HTTP/1.1 connection (sync/server/blocking_http.h) against a server on
// loopback that answers from a script: kept-alive requests, chunked answers, an answer cut
// off, a connection the server closed in between; and over TLS against a real ronde-server
// with a pinned certificate. Behind nginx it runs in e2e.BehindNginx (the load tool's
// tablets use it).
#include "loopback_listener.h"
#include "server/blocking_http.h"
#include "sync_processes.h"

#include <QFile>
#include <deque>
#include <gtest/gtest.h>
#include <mutex>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using ronde::sync::BlockingHttpConnection;
using ronde::sync::HttpReply;

namespace {

// Answers each request with the next scripted answer, on one thread; after an answer marked
// so it closes the connection and waits for the next.
class ScriptedServer
{
public:
    struct Answer
    {
        std::string bytes;
        bool closeAfter = false;
    };
    struct Request
    {
        int connection = 0;
        std::string head;
        std::string body;
    };

    explicit ScriptedServer(std::vector<Answer> script)
        : m_script(script.begin(), script.end())
    {
        const LoopbackListener listener = listenOnLoopback("scripted server");
        m_listener = listener.fd;
        m_port = listener.port;
        m_thread = std::thread([this] { serve(); });
    }
    ~ScriptedServer()
    {
        ::shutdown(m_listener, SHUT_RDWR);
        ::close(m_listener);
        m_thread.join();
    }

    QUrl url() const { return QUrl(QString("http://127.0.0.1:%1/v1/sync").arg(m_port)); }
    std::vector<Request> requests()
    {
        const std::lock_guard lock(m_lock);
        return m_requests;
    }

private:
    void serve()
    {
        for (int connection = 1; !m_script.empty(); ++connection) {
            const int fd = ::accept(m_listener, nullptr, nullptr);
            if (fd < 0) {
                return;
            }
            std::string buffer;
            bool open = true;
            while (open && !m_script.empty()) {
                Request request{connection, {}, {}};
                if (!readRequest(fd, buffer, request)) {
                    break;
                }
                {
                    const std::lock_guard lock(m_lock);
                    m_requests.push_back(request);
                }
                const Answer answer = m_script.front();
                m_script.pop_front();
                ::send(fd, answer.bytes.data(), answer.bytes.size(), MSG_NOSIGNAL);
                open = !answer.closeAfter;
            }
            ::close(fd);
        }
    }

    static bool readRequest(int fd, std::string &buffer, Request &request)
    {
        size_t end;
        while ((end = buffer.find("\r\n\r\n")) == std::string::npos) {
            if (!receive(fd, buffer)) {
                return false;
            }
        }
        request.head = buffer.substr(0, end + 4);
        const size_t at = request.head.find("Content-Length: ");
        const size_t length =
            at == std::string::npos ? 0 : std::stoul(request.head.substr(at + 16));
        while (buffer.size() < end + 4 + length) {
            if (!receive(fd, buffer)) {
                return false;
            }
        }
        request.body = buffer.substr(end + 4, length);
        buffer.erase(0, end + 4 + length);
        return true;
    }

    static bool receive(int fd, std::string &buffer)
    {
        char chunk[4096];
        const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
        if (n <= 0) {
            return false;
        }
        buffer.append(chunk, size_t(n));
        return true;
    }

    std::deque<Answer> m_script;
    int m_listener = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::mutex m_lock;
    std::vector<Request> m_requests;
};

std::string ok(const std::string &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/x-ronde-sync\r\nContent-Length: " +
           std::to_string(body.size()) + "\r\n\r\n" + body;
}

} // namespace

TEST(BlockingHttp, RequestsOfOneTabletShareOneConnection)
{
    const std::string big(300'000, 'x'); // more than one read
    ScriptedServer server({{ok("eerste")}, {ok(big)}});
    BlockingHttpConnection connection;
    const HttpReply first = connection.post(server.url(), "verzoek 1");
    const HttpReply second = connection.post(server.url(), std::string(100'000, 'v'));
    EXPECT_EQ(first.status, 200);
    EXPECT_EQ(first.body, "eerste");
    EXPECT_EQ(second.status, 200);
    EXPECT_EQ(second.body.size(), qsizetype(big.size()));
    EXPECT_EQ(connection.connectionsOpened(), 1);
    const auto requests = server.requests();
    ASSERT_EQ(requests.size(), 2u);
    EXPECT_EQ(requests[1].connection, 1) << "the second request on the first connection";
    EXPECT_TRUE(requests[0].head.starts_with("POST /v1/sync HTTP/1.1\r\n")) << requests[0].head;
    EXPECT_NE(requests[0].head.find("Content-Type: application/x-ronde-sync"), std::string::npos);
    EXPECT_EQ(requests[0].body, "verzoek 1");
    EXPECT_EQ(requests[1].body, std::string(100'000, 'v'));
}

TEST(BlockingHttp, ReadsAChunkedAnswer)
{
    ScriptedServer server({{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "5\r\nhallo\r\n"
                            "a;ext=1\r\n, wereld!!\r\n"
                            "0\r\nX-Trailer: ja\r\n\r\n"},
                           {ok("daarna")}});
    BlockingHttpConnection connection;
    const HttpReply chunked = connection.post(server.url(), "a");
    EXPECT_EQ(chunked.status, 200);
    EXPECT_EQ(chunked.body, "hallo, wereld!!");
    const HttpReply after = connection.post(server.url(), "b");
    EXPECT_EQ(after.body, "daarna") << "the connection reads on after the last chunk";
    EXPECT_EQ(connection.connectionsOpened(), 1);
}

TEST(BlockingHttp, AnAnswerCutOffIsNoAnswer)
{
    ScriptedServer server(
        {{"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + std::string(300, 'x'), true}});
    BlockingHttpConnection connection;
    const HttpReply reply = connection.post(server.url(), "a");
    EXPECT_EQ(reply.status, 0);
    EXPECT_TRUE(reply.body.isEmpty());
    EXPECT_FALSE(reply.networkError.isEmpty());
}

TEST(BlockingHttp, AConnectionTheServerClosedIsOpenedAgainOnce)
{
    // The first answer ends the connection without saying so (as a server does that closes an
    // idle connection): the second request finds it closed and goes out on a new one.
    ScriptedServer server({{ok("een"), true}, {ok("twee")}});
    BlockingHttpConnection connection;
    EXPECT_EQ(connection.post(server.url(), "a").body, "een");
    ::usleep(50'000); // the close has arrived
    const HttpReply second = connection.post(server.url(), "b");
    EXPECT_EQ(second.status, 200) << second.networkError.toStdString();
    EXPECT_EQ(second.body, "twee");
    EXPECT_EQ(connection.connectionsOpened(), 2);
    ASSERT_EQ(server.requests().size(), 2u);
    EXPECT_EQ(server.requests()[1].connection, 2);
}

TEST(BlockingHttp, AnErrorComesWithItsStatusAndBody)
{
    // The server leaves the connection open; the client closes it, as the answer asks.
    ScriptedServer server(
        {{"HTTP/1.1 413 Payload Too Large\r\nContent-Length: 8\r\nConnection: close\r\n\r\n"
          "te groot"},
         {ok("weer open")}});
    BlockingHttpConnection connection;
    const HttpReply refused = connection.post(server.url(), "a");
    EXPECT_EQ(refused.status, 413);
    EXPECT_EQ(refused.body, "te groot");
    EXPECT_EQ(connection.post(server.url(), "b").body, "weer open");
    ASSERT_EQ(server.requests().size(), 2u);
    EXPECT_EQ(server.requests()[1].connection, 2) << "Connection: close is honoured";
}

TEST(BlockingHttp, AClosedConnectionIsOpenedAgainOnlyOnce)
{
    // The first connection closes after its answer; the second closes without one.
    ScriptedServer server({{ok("een"), true}, {"", true}});
    BlockingHttpConnection connection;
    EXPECT_EQ(connection.post(server.url(), "a").body, "een");
    ::usleep(50'000);
    const HttpReply second = connection.post(server.url(), "b");
    EXPECT_EQ(second.status, 0);
    EXPECT_FALSE(second.networkError.isEmpty());
    EXPECT_EQ(connection.connectionsOpened(), 2);
    EXPECT_EQ(server.requests().size(), 2u);
}

TEST(BlockingHttp, AFreshConnectionClosedWithoutAnAnswerIsNotTriedAgain)
{
    ScriptedServer server({{"", true}, {ok("te laat")}});
    BlockingHttpConnection connection;
    const HttpReply reply = connection.post(server.url(), "a");
    EXPECT_EQ(reply.status, 0);
    EXPECT_EQ(connection.connectionsOpened(), 1);
    EXPECT_EQ(server.requests().size(), 1u);
}

TEST(BlockingHttp, ABodyWithoutALengthEndsWithTheConnection)
{
    ScriptedServer server({{"HTTP/1.0 200 OK\r\n\r\nalles tot het einde", true}, {ok("twee")}});
    BlockingHttpConnection connection;
    const HttpReply first = connection.post(server.url(), "a");
    EXPECT_EQ(first.status, 200);
    EXPECT_EQ(first.body, "alles tot het einde");
    EXPECT_EQ(connection.post(server.url(), "b").body, "twee");
    EXPECT_EQ(connection.connectionsOpened(), 2) << "an HTTP/1.0 answer closes";
}

TEST(BlockingHttp, InterimAnswersAreSkipped)
{
    ScriptedServer server({{"HTTP/1.1 100 Continue\r\n\r\n" + ok("echt")}});
    BlockingHttpConnection connection;
    const HttpReply reply = connection.post(server.url(), "a");
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body, "echt");
}

TEST(BlockingHttp, ABrokenChunkOrLengthIsNoAnswer)
{
    for (const std::string &broken :
         {std::string("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhal"),
          std::string(
              "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY\r\n0\r\n\r\n"),
          std::string("HTTP/1.1 200 OK\r\nContent-Length: twaalf\r\n\r\nhallo")}) {
        ScriptedServer server({{broken, true}});
        BlockingHttpConnection connection;
        const HttpReply reply = connection.post(server.url(), "a");
        EXPECT_EQ(reply.status, 0) << broken;
        EXPECT_TRUE(reply.body.isEmpty()) << broken;
        EXPECT_FALSE(reply.networkError.isEmpty()) << broken;
    }
}

// An answer that does not come within the timeout is no answer, and is not asked again:
// the request may have been stored, and the tablet's next docking sends it anyway. The
// connection it waited on is not used again (the rest of that answer could still come).
constexpr int kShortTimeoutMs = 1000; // room for the scripted server on a busy machine

TEST(BlockingHttp, AServerThatSaysNothingTimesOutOnce)
{
    // "" without a close: the server reads on, and says nothing, until the client gives up.
    ScriptedServer server({{""}, {ok("daarna")}});
    BlockingHttpConnection connection(nullptr, kShortTimeoutMs);
    const HttpReply silent = connection.post(server.url(), "a");
    EXPECT_EQ(silent.status, 0);
    EXPECT_TRUE(silent.networkError.contains("geen antwoord binnen 1 s"))
        << silent.networkError.toStdString();
    EXPECT_EQ(server.requests().size(), 1u) << "not sent a second time";
    const HttpReply next = connection.post(server.url(), "b");
    EXPECT_EQ(next.body, "daarna");
    EXPECT_EQ(connection.connectionsOpened(), 2);
}

TEST(BlockingHttp, ATimeoutOnAKeptConnectionIsNotTriedAgain)
{
    // Unlike a kept connection the server closed before answering (opened again once).
    ScriptedServer server({{ok("een")}, {""}, {ok("drie")}});
    BlockingHttpConnection connection(nullptr, kShortTimeoutMs);
    EXPECT_EQ(connection.post(server.url(), "a").body, "een");
    const HttpReply silent = connection.post(server.url(), "b");
    EXPECT_EQ(silent.status, 0);
    EXPECT_TRUE(silent.body.isEmpty());
    EXPECT_EQ(server.requests().size(), 2u) << "b went out once";
    EXPECT_EQ(connection.connectionsOpened(), 1);
    EXPECT_EQ(connection.post(server.url(), "c").body, "drie");
    ASSERT_EQ(server.requests().size(), 3u);
    EXPECT_EQ(server.requests()[2].connection, 2) << "the connection that timed out is dropped";
}

TEST(BlockingHttp, ABodyThatStopsComingIsNoAnswer)
{
    for (const std::string &stalled :
         {"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + std::string(300, 'x'),
          std::string("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhallo\r\n"),
          std::string("HTTP/1.0 200 OK\r\n\r\nzonder lengte, en de verbinding blijft open")}) {
        // The next answer keeps the server reading on: it neither ends nor closes the answer.
        ScriptedServer server({{stalled}, {ok("nooit gevraagd")}});
        BlockingHttpConnection connection(nullptr, kShortTimeoutMs);
        const HttpReply reply = connection.post(server.url(), "a");
        EXPECT_EQ(reply.status, 0) << stalled;
        EXPECT_TRUE(reply.body.isEmpty()) << stalled;
        EXPECT_TRUE(reply.networkError.startsWith("antwoord afgebroken")) << stalled;
    }
}

TEST(BlockingHttp, NoServerIsStatusZeroWithAReason)
{
    quint16 port = 0;
    {
        ScriptedServer gone({});
        port = quint16(gone.url().port());
    }
    BlockingHttpConnection connection;
    const HttpReply reply =
        connection.post(QUrl(QString("http://127.0.0.1:%1/v1/sync").arg(port)), "a");
    EXPECT_EQ(reply.status, 0);
    EXPECT_FALSE(reply.networkError.isEmpty());
}

// Over real TLS, against a ronde-server process with its own certificate: trusted when it is
// the pinned one, refused as a certificate mismatch when another one is pinned.
class BlockingHttpOverTls : public SyncProcesses
{
protected:
    BlockingHttpOverTls() { m_tls = true; }

    HttpReply postPinnedTo(const QString &certificate)
    {
        QFile pem(m_dir.filePath(certificate + ".pem"));
        EXPECT_TRUE(pem.open(QIODevice::ReadOnly));
        BlockingHttpConnection connection(ronde::sync::ClientTls::pinnedTo(pem.readAll()));
        return connection.post(QUrl(m_url + "/v1/sync"), "geen bericht");
    }
};

INSTANTIATE_TEST_SUITE_P(, BlockingHttpOverTls, ::testing::Values(ServerDatabase::SQLite),
                         serverDatabaseName);

TEST_P(BlockingHttpOverTls, TrustsThePinnedCertificateOnly)
{
    const HttpReply pinned = postPinnedTo("server");
    EXPECT_EQ(pinned.status, 400) << "through TLS to the server, which refuses the body: "
                                  << pinned.networkError.toStdString();
    EXPECT_FALSE(pinned.certificateMismatch);

    const HttpReply stranger = postPinnedTo("stranger");
    EXPECT_EQ(stranger.status, 0);
    EXPECT_TRUE(stranger.certificateMismatch) << stranger.networkError.toStdString();
}

TEST_P(BlockingHttpOverTls, RefusesThePinnedCertificateUnderAnotherName)
{
    // The certificate names 127.0.0.1 only. Asked for as "localhost", the same server with
    // the same pinned certificate does not prove it is the host asked for.
    QFile pem(m_dir.filePath("server.pem"));
    ASSERT_TRUE(pem.open(QIODevice::ReadOnly));
    BlockingHttpConnection connection(ronde::sync::ClientTls::pinnedTo(pem.readAll()));
    const QString byName = QString(m_url).replace("127.0.0.1", "localhost");
    const HttpReply reply = connection.post(QUrl(byName + "/v1/sync"), "geen bericht");
    EXPECT_EQ(reply.status, 0);
    EXPECT_TRUE(reply.certificateMismatch) << reply.networkError.toStdString();
}

TEST(BlockingHttp, AChunkTooLargeToAddIsNoAnswer)
{
    // A chunk's size near the largest number, after a first chunk: adding the two must not
    // wrap around and let it in (it then copied what followed past the end of the body).
    ScriptedServer server({{"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "5\r\nhallo\r\n7fffffffffffffff\r\n" +
                                std::string(200'000, 'x'),
                            true}});
    BlockingHttpConnection connection;
    const HttpReply reply = connection.post(server.url(), "a");
    EXPECT_EQ(reply.status, 0);
    EXPECT_TRUE(reply.body.isEmpty());
}
