#pragma once

// A TCP socket listening on 127.0.0.1 at a free port, for the test servers that speak HTTP
// themselves (FaultyRelay, the scripted server of test_blocking_http.cpp).
#include <arpa/inet.h>
#include <cstdint>
#include <netinet/in.h>
#include <stdexcept>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

struct LoopbackListener
{
    int fd = -1;
    uint16_t port = 0;
};

// Throws, naming `who`, when no socket can be had.
inline LoopbackListener listenOnLoopback(const std::string &who)
{
    LoopbackListener listener;
    listener.fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    if (listener.fd < 0 || ::bind(listener.fd, reinterpret_cast<sockaddr *>(&address), size) != 0 ||
        ::listen(listener.fd, 8) != 0 ||
        ::getsockname(listener.fd, reinterpret_cast<sockaddr *>(&address), &size) != 0) {
        if (listener.fd >= 0) {
            ::close(listener.fd);
        }
        throw std::runtime_error(who + ": cannot listen");
    }
    listener.port = ntohs(address.sin_port);
    return listener;
}
