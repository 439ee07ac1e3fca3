#pragma once

#include <QByteArray>
#include <memory>

using SSL = struct ssl_st;
using SSL_CTX = struct ssl_ctx_st;

namespace ronde::sync {

// What a simulated tablet trusts for https: OpenSSL's client context, made once and shared by
// every connection of the load tool. Qt made a context of its own for every connection and
// did more work around it: a docking's handshake took the client 1.3 ms of processor through
// QSslSocket against 0.6 ms on a shared context (docs/PERFORMANCE.md, "National scale"), on
// the machine the server is measured on. The server sees the same full handshake either way.
class ClientTls
{
public:
    // Trusts that certificate only (PEM), as a tablet does; empty: the system's authorities.
    // Null when the PEM holds no certificate: check, because a connection given null trusts
    // the system's authorities (the load tool refuses to start then).
    static std::shared_ptr<const ClientTls> pinnedTo(const QByteArray &pem);
    ~ClientTls();
    ClientTls(const ClientTls &) = delete;
    ClientTls &operator=(const ClientTls &) = delete;

    SSL_CTX *context() const { return m_context; }

private:
    explicit ClientTls(SSL_CTX *context)
        : m_context(context)
    {}
    SSL_CTX *m_context;
};

} // namespace ronde::sync
