#include "server_workers.h"

#include "store/store.h"

#include <QThread>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <future>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ronde::sync {
namespace {

// Closes a socket whose set-up failed, keeping that failure's errno for the caller. -1.
int closedAfterFailure(int fd)
{
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return -1;
}

// A new socket bound to the address and port: with SO_REUSEPORT when `share`, so that every
// worker can have one on the same port. Returns -1 (and errno) on failure.
int boundSocket(const QHostAddress &address, quint16 port, bool share)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return -1;
    }
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (share) {
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on);
    }
    sockaddr_storage where{};
    socklen_t length = 0;
    if (v6) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&where);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof bytes);
        length = sizeof *in6;
    } else {
        auto *in4 = reinterpret_cast<sockaddr_in *>(&where);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(port);
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof *in4;
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&where), length) != 0) {
        return closedAfterFailure(fd);
    }
    return fd;
}

// A worker's socket: bound with SO_REUSEPORT, listening. Returns -1 (and errno) on failure.
int listeningSocket(const QHostAddress &address, quint16 port)
{
    const int fd = boundSocket(address, port, true);
    if (fd >= 0 && ::listen(fd, 511) != 0) {
        return closedAfterFailure(fd);
    }
    return fd;
}

// Whether another program listens on the port already. SO_REUSEPORT would let the workers
// join it without a word, and the kernel would then spread tablets over both: a second server
// on another database would take some of them (docs/DEPLOYMENT.md). A socket bound without it
// is refused by any listener there, so one is bound and closed at once. Sets errno.
bool portTaken(const QHostAddress &address, quint16 port)
{
    const int probe = boundSocket(address, port, false);
    if (probe < 0) {
        return true;
    }
    ::close(probe);
    return false;
}

quint16 portOf(int fd)
{
    sockaddr_storage bound{};
    socklen_t length = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &length);
    return bound.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port)
                                       : ntohs(reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
}

// A page of 5,000 events is an answer of about 1.5 MB, which Qt copies once more into the
// socket's buffer. By default glibc sets its thresholds by the largest block freed so far,
// and gives back the free memory at the top of a worker's heap once it is twice that: the
// next page's memory is then taken from the kernel and faulted in again. Fixed thresholds
// keep blocks up to 32 MiB on the heap and free memory until 128 MiB of it: a server keeps
// what it used at its busiest. In the docking bench (docs/PERFORMANCE.md, "National scale")
// the workers took about 4 % less processor. It holds for the whole process: every command
// that runs the workers (`serve`, the sync bench).
void keepLargeBlocksOnTheHeap()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 << 20);  // a block this large is still mapped on its own
    mallopt(M_TRIM_THRESHOLD, 128 << 20); // free memory a heap gives back from this much
#endif
}

} // namespace

// One worker: opens its Store on its own thread (a connection belongs to the thread that uses
// it), then answers on the listening socket until stopped.
class ServerWorkers::Worker final : public QThread
{
public:
    Worker(ServerWorkers &owner, int socket, const std::optional<QSslConfiguration> &tls,
           ConnectionGuard::Limits limits)
        : m_owner(owner)
        , m_socket(socket)
        , m_tls(tls)
        , m_limits(limits)
    {}

    // Blocks until the worker listens ("" ) or failed (why).
    std::string ready() { return m_ready.get_future().get(); }

protected:
    void run() override
    {
        const auto fail = [this](const std::string &why) {
            ::close(m_socket);
            m_ready.set_value(why);
        };
        std::unique_ptr<Store> store;
        try {
            store = m_owner.m_openStore();
        } catch (const std::exception &e) {
            return fail(e.what());
        } catch (...) {
            return fail("?");
        }
        SyncService service(*store, m_owner.m_limits, &m_owner.m_events, &m_owner.m_logTail,
                            &m_owner.m_registries);
        HttpEndpoint endpoint(service, m_owner.m_shared);
        if (!endpoint.listenOn(m_socket, m_tls, m_limits)) {
            return fail("socket");
        }
        m_ready.set_value({});
        exec();
    }

private:
    ServerWorkers &m_owner;
    int m_socket;
    std::optional<QSslConfiguration> m_tls;
    ConnectionGuard::Limits m_limits;
    std::promise<std::string> m_ready;
};

ServerWorkers::ServerWorkers(OpenStore openStore, SyncLimits limits, EndpointShared &shared)
    : m_openStore(std::move(openStore))
    , m_limits(limits)
    , m_shared(shared)
{}

ServerWorkers::~ServerWorkers()
{
    m_reportFacts.reset();
    for (const auto &worker : m_workers) {
        worker->quit();
    }
    for (const auto &worker : m_workers) {
        worker->wait();
    }
}

quint16 ServerWorkers::start(int count, const QHostAddress &address, quint16 port,
                             const std::optional<QSslConfiguration> &tls,
                             ConnectionGuard::Limits limits, PortUse use)
{
    keepLargeBlocksOnTheHeap();
    limits.maxConnections = std::max(1, (limits.maxConnections + count - 1) / count);
    if (port != 0 && use == PortUse::OwnOnly && portTaken(address, port)) {
        m_errorNumber = errno;
        m_error = std::strerror(errno);
        return 0;
    }
    for (int i = 0; i < count; ++i) {
        const int socket = listeningSocket(address, port);
        if (socket < 0) {
            m_errorNumber = errno;
            m_error = std::strerror(errno);
            return 0;
        }
        port = portOf(socket); // a free port chosen for the first is the port of all
        m_workers.push_back(std::make_unique<Worker>(*this, socket, tls, limits));
        m_workers.back()->setObjectName("ronde-worker"); // the thread's name in top and perf
        m_workers.back()->start();
        m_error = m_workers.back()->ready();
        if (!m_error.empty()) {
            return 0;
        }
    }
    m_reportFacts =
        std::make_unique<ReportFactsKeeper>(m_openStore, m_shared, ReportFactsKeeper::Timing{});
    return port;
}

} // namespace ronde::sync
