#pragma once

// A TCP relay between tablets and the server that misbehaves when told to: it cuts an answer
// off after some bytes, or sends a request to the server twice and answers with the second
// reply. Plain HTTP/1.1 with Content-Length, one connection at a time, on its own thread.
#include "loopback_listener.h"

#include <arpa/inet.h>
#include <atomic>
#include <cstring>
#include <mutex>
#include <netinet/in.h>
#include <optional>
#include <poll.h>
#include <stdexcept>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

class FaultyRelay
{
public:
    enum class Fault
    {
        None,
        CutAnswer, // the answer stops part-way (cutAt ‰ of it) and the connection closes
        SendTwice  // the server gets the same request twice
    };

    FaultyRelay()
    {
        const LoopbackListener listener = listenOnLoopback("relay");
        m_listener = listener.fd;
        m_port = listener.port;
        m_thread = std::thread([this] { serve(); });
    }
    ~FaultyRelay()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_listener);
    }
    FaultyRelay(const FaultyRelay &) = delete;
    FaultyRelay &operator=(const FaultyRelay &) = delete;

    uint16_t port() const { return m_port; }
    // Connections relayed so far (a tablet keeps one for the requests of a sync).
    size_t connections() const { return m_connections; }
    // Requests relayed so far, on all connections.
    size_t requests() const { return m_requests; }
    void setUpstream(uint16_t port) { m_upstream = port; }
    // For the next connections, until changed.
    void setFault(Fault fault, size_t cutAtPermille = 0)
    {
        std::lock_guard lock(m_mutex);
        m_fault = fault;
        m_cutAtPermille = std::min<size_t>(cutAtPermille, 999);
    }

private:
    void serve()
    {
        while (!m_stop) {
            pollfd p{m_listener, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0) {
                continue;
            }
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client >= 0) {
                ++m_connections;
                relay(client);
                ::close(client);
            }
        }
    }

    // Reads one HTTP message (head and Content-Length body); nothing when the peer closed or
    // went quiet for 10 s.
    static std::optional<std::string> readMessage(int fd)
    {
        std::string data;
        size_t headEnd = std::string::npos;
        size_t wanted = std::string::npos;
        char buffer[65536];
        while (wanted == std::string::npos || data.size() < wanted) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 10'000) <= 0) {
                return std::nullopt;
            }
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                return std::nullopt;
            }
            data.append(buffer, size_t(n));
            if (headEnd == std::string::npos &&
                (headEnd = data.find("\r\n\r\n")) != std::string::npos) {
                wanted = headEnd + 4 + contentLength(data.substr(0, headEnd));
            }
        }
        return data;
    }

    static size_t contentLength(std::string head)
    {
        for (char &c : head) {
            c = char(std::tolower(static_cast<unsigned char>(c)));
        }
        const size_t at = head.find("content-length:");
        return at == std::string::npos ? 0 : std::stoul(head.substr(at + 15));
    }

    static bool sendAll(int fd, const char *data, size_t size)
    {
        while (size > 0) {
            const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
            if (n <= 0) {
                return false;
            }
            data += n;
            size -= size_t(n);
        }
        return true;
    }

    // One request to the server on a fresh connection; its answer, or nothing.
    std::optional<std::string> ask(const std::string &request)
    {
        const int upstream = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = htons(m_upstream);
        std::optional<std::string> answer;
        if (::connect(upstream, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
            sendAll(upstream, request.data(), request.size())) {
            answer = readMessage(upstream);
        }
        ::close(upstream);
        return answer;
    }

    void relay(int client)
    {
        while (!m_stop) {
            const auto request = readMessage(client);
            if (!request) {
                return;
            }
            ++m_requests;
            Fault fault;
            size_t cutAtPermille;
            {
                std::lock_guard lock(m_mutex);
                fault = m_fault;
                cutAtPermille = m_cutAtPermille;
            }
            auto answer = ask(*request);
            if (fault == Fault::SendTwice && answer) {
                answer = ask(*request);
            }
            if (!answer) {
                return; // the server died: the client sees the connection close
            }
            if (fault == Fault::CutAnswer) {
                sendAll(client, answer->data(), answer->size() * cutAtPermille / 1000);
                return;
            }
            if (!sendAll(client, answer->data(), answer->size())) {
                return;
            }
        }
    }

    int m_listener = -1;
    uint16_t m_port = 0;
    std::atomic<uint16_t> m_upstream{0};
    std::atomic<size_t> m_connections = 0;
    std::atomic<size_t> m_requests = 0;
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    Fault m_fault = Fault::None;
    size_t m_cutAtPermille = 0;
    std::thread m_thread;
};
