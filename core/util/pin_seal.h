#pragma once

#include <optional>
#include <string>
#include <string_view>

// PIN hashes sealed per device (docs/SECURITY.md "PINs"). A tablet must hold its staff's PIN
// hashes to check a PIN offline; sealed, a hash taken from a sync (a copied request, a stolen
// device secret, a proxy that logs bodies) is useless without the device's own key.
//
// At enrolment the tablet and the server agree on a key by X25519 (libsodium's crypto_kx):
// the tablet sends its public key, the server answers with one of its own, made for that
// device, and each side derives the same 32 bytes. The key itself never travels. The server
// keeps it with the device; the tablet derives its key pair from its database key, which lives
// in the platform keystore, so the PIN key is held exactly where the database key is.
//
// A sealed hash is "sealed1$<nonce hex>$<ciphertext hex>": XChaCha20-Poly1305 with a random
// nonce, and the user's id and the direction as associated data, so a sealed hash cannot be
// passed off as another user's, nor a hash the server sent as a PIN change for it.
namespace ronde {

constexpr std::string_view kSealedPinPrefix = "sealed1$";

struct PinKeyPair
{
    std::string publicHex; // 64 hex digits: sent at enrolment
    std::string secretHex; // 64 hex digits: never leaves its side
};

// The tablet's key pair, the same every time from the same database key (64 hex digits).
PinKeyPair tabletPinKeyPair(std::string_view databaseKeyHex);
// A fresh key pair: the server's side, one per enrolled device.
PinKeyPair newPinKeyPair();
// The key both sides share (64 hex digits); nullopt for a public key that is not 64 hex
// digits or not a usable point.
std::optional<std::string> tabletSharedPinKey(const PinKeyPair &tablet,
                                              std::string_view serverPublicHex);
std::optional<std::string> serverSharedPinKey(const PinKeyPair &server,
                                              std::string_view tabletPublicHex);

// Which way a sealed hash goes: the registry's hashes to the tablet (kept there sealed), or a
// PIN changed on the tablet to the server.
enum class PinSealedFor
{
    Tablet,
    Server
};

bool isSealedPinHash(std::string_view stored);
std::string sealPinHash(std::string_view keyHex, PinSealedFor direction, std::string_view userId,
                        std::string_view hash);
// Nullopt when the key is wrong, the text was changed, or it was sealed for another user or
// the other direction.
std::optional<std::string> openPinHash(std::string_view keyHex, PinSealedFor direction,
                                       std::string_view userId, std::string_view sealed);

} // namespace ronde
