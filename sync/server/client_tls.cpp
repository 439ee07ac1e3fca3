#include "client_tls.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

namespace ronde::sync {

std::shared_ptr<const ClientTls> ClientTls::pinnedTo(const QByteArray &pem)
{
    SSL_CTX *context = SSL_CTX_new(TLS_client_method());
    if (context == nullptr) {
        return nullptr;
    }
    std::shared_ptr<const ClientTls> tls(new ClientTls(context));
    SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION);
    SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nullptr);
    // A closed connection without TLS's closing message reads as closed, as with Qt.
    SSL_CTX_set_options(context, SSL_OP_IGNORE_UNEXPECTED_EOF);
    // Every docking a full handshake, as a tablet's hours after its last one.
    SSL_CTX_set_session_cache_mode(context, SSL_SESS_CACHE_OFF);
    SSL_CTX_set_options(context, SSL_OP_NO_TICKET);
    if (pem.isEmpty()) {
        SSL_CTX_set_default_verify_paths(context);
        return tls;
    }
    BIO *source = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    int trusted = 0;
    while (X509 *certificate = PEM_read_bio_X509(source, nullptr, nullptr, nullptr)) {
        trusted += X509_STORE_add_cert(SSL_CTX_get_cert_store(context), certificate);
        X509_free(certificate);
    }
    BIO_free(source);
    ERR_clear_error(); // the end of the PEM reads as an error
    return trusted > 0 ? tls : nullptr;
}

ClientTls::~ClientTls()
{
    SSL_CTX_free(m_context);
}

} // namespace ronde::sync
