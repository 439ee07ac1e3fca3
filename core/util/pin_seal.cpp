#include "pin_seal.h"

#include <array>
#include <sodium.h>
#include <stdexcept>
#include <vector>

namespace ronde {
namespace {

using Key = std::array<unsigned char, 32>;

std::string toHex(const unsigned char *data, size_t size)
{
    std::string text(size * 2 + 1, '\0');
    sodium_bin2hex(text.data(), text.size(), data, size);
    text.pop_back();
    return text;
}

std::optional<std::vector<unsigned char>> fromHex(std::string_view text)
{
    if (text.empty()) { // its data() may be null, and null plus zero is undefined
        return std::vector<unsigned char>();
    }
    std::vector<unsigned char> bytes(text.size() / 2);
    size_t length = 0;
    const char *end = nullptr;
    if (text.size() % 2 != 0 ||
        sodium_hex2bin(bytes.data(), bytes.size(), text.data(), text.size(), nullptr, &length,
                       &end) != 0 ||
        end != text.data() + text.size()) {
        return std::nullopt;
    }
    bytes.resize(length);
    return bytes;
}

std::optional<Key> keyFromHex(std::string_view text)
{
    const auto bytes = fromHex(text);
    if (!bytes || bytes->size() != Key().size()) {
        return std::nullopt;
    }
    Key key{};
    std::copy(bytes->begin(), bytes->end(), key.begin());
    return key;
}

void startSodium()
{
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium did not start");
    }
}

std::string associatedData(PinSealedFor direction, std::string_view userId)
{
    return std::string(direction == PinSealedFor::Tablet ? "ronde pin hash for the tablet, of "
                                                         : "ronde pin change for the server, of ") +
           std::string(userId);
}

} // namespace

PinKeyPair tabletPinKeyPair(std::string_view databaseKeyHex)
{
    startSodium();
    const auto master = keyFromHex(databaseKeyHex);
    if (!master) {
        throw std::invalid_argument("a database key is 64 hex digits");
    }
    // A one-way derivation: the PIN key pair tells nothing about the database key.
    Key seed{};
    crypto_kdf_derive_from_key(seed.data(), seed.size(), 1, "RondePIN", master->data());
    Key publicKey{};
    Key secretKey{};
    crypto_kx_seed_keypair(publicKey.data(), secretKey.data(), seed.data());
    sodium_memzero(seed.data(), seed.size());
    return {toHex(publicKey.data(), publicKey.size()), toHex(secretKey.data(), secretKey.size())};
}

PinKeyPair newPinKeyPair()
{
    startSodium();
    Key publicKey{};
    Key secretKey{};
    crypto_kx_keypair(publicKey.data(), secretKey.data());
    return {toHex(publicKey.data(), publicKey.size()), toHex(secretKey.data(), secretKey.size())};
}

// crypto_kx gives each side a receive and a transmit key; the tablet's receive key is the
// server's transmit key. One of them serves both directions: every seal has a fresh random
// nonce of 24 bytes, and the user's id binds it.
std::optional<std::string> tabletSharedPinKey(const PinKeyPair &tablet,
                                              std::string_view serverPublicHex)
{
    startSodium();
    const auto own = keyFromHex(tablet.publicHex);
    const auto secret = keyFromHex(tablet.secretHex);
    const auto server = keyFromHex(serverPublicHex);
    Key receive{};
    Key transmit{};
    if (!own || !secret || !server ||
        crypto_kx_client_session_keys(receive.data(), transmit.data(), own->data(), secret->data(),
                                      server->data()) != 0) {
        return std::nullopt;
    }
    return toHex(receive.data(), receive.size());
}

std::optional<std::string> serverSharedPinKey(const PinKeyPair &server,
                                              std::string_view tabletPublicHex)
{
    startSodium();
    const auto own = keyFromHex(server.publicHex);
    const auto secret = keyFromHex(server.secretHex);
    const auto tablet = keyFromHex(tabletPublicHex);
    Key receive{};
    Key transmit{};
    if (!own || !secret || !tablet ||
        crypto_kx_server_session_keys(receive.data(), transmit.data(), own->data(), secret->data(),
                                      tablet->data()) != 0) {
        return std::nullopt;
    }
    return toHex(transmit.data(), transmit.size());
}

bool isSealedPinHash(std::string_view stored)
{
    return stored.starts_with(kSealedPinPrefix);
}

std::string sealPinHash(std::string_view keyHex, PinSealedFor direction, std::string_view userId,
                        std::string_view hash)
{
    startSodium();
    const auto key = keyFromHex(keyHex);
    if (!key) {
        throw std::invalid_argument("a PIN key is 64 hex digits");
    }
    std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES> nonce{};
    randombytes_buf(nonce.data(), nonce.size());
    const std::string ad = associatedData(direction, userId);
    std::vector<unsigned char> sealed(hash.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        sealed.data(), &sealedLength, reinterpret_cast<const unsigned char *>(hash.data()),
        hash.size(), reinterpret_cast<const unsigned char *>(ad.data()), ad.size(), nullptr,
        nonce.data(), key->data());
    return std::string(kSealedPinPrefix) + toHex(nonce.data(), nonce.size()) + "$" +
           toHex(sealed.data(), size_t(sealedLength));
}

std::optional<std::string> openPinHash(std::string_view keyHex, PinSealedFor direction,
                                       std::string_view userId, std::string_view sealed)
{
    startSodium();
    const auto key = keyFromHex(keyHex);
    if (!key || !isSealedPinHash(sealed)) {
        return std::nullopt;
    }
    const std::string_view body = sealed.substr(kSealedPinPrefix.size());
    const size_t dollar = body.find('$');
    if (dollar == std::string_view::npos) {
        return std::nullopt;
    }
    const auto nonce = fromHex(body.substr(0, dollar));
    const auto cipher = fromHex(body.substr(dollar + 1));
    if (!nonce || nonce->size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES || !cipher ||
        cipher->size() < crypto_aead_xchacha20poly1305_ietf_ABYTES) {
        return std::nullopt;
    }
    const std::string ad = associatedData(direction, userId);
    std::string hash(cipher->size() - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    unsigned long long hashLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(hash.data()), &hashLength, nullptr, cipher->data(),
            cipher->size(), reinterpret_cast<const unsigned char *>(ad.data()), ad.size(),
            nonce->data(), key->data()) != 0) {
        return std::nullopt;
    }
    hash.resize(size_t(hashLength));
    return hash;
}

} // namespace ronde
