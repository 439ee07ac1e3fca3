#pragma once

#include <string>
#include <string_view>

// Secrets on the tablet and the server.
//
// PINs are stored as Argon2id hashes (libsodium's crypto_pwhash_str, with its salt and cost in
// the string: "$argon2id$v=19$m=65536,t=2,p=1$<salt>$<hash>"), so that a tablet can check a
// PIN offline. They travel and rest on a tablet sealed with a key of that device
// (util/pin_seal.h), so a hash taken from a sync is useless without the device's key. What a
// hash does NOT do: a tablet opens its staff's hashes to check PINs, and a PIN has few
// possibilities, so whoever holds a tablet and its key can try them all. With the interactive cost
// (64 MiB and two passes, about 50–70 ms here, some 100–250 ms on a mid-range tablet) and six
// digits, that is about a day of one core per PIN, not minutes; with four digits it would be a
// minute. A PIN is a lock on a shared tablet, not a password: docs/SECURITY.md says what an
// attacker holding a tablet can still do. Hashes made before Argon2id
// ("pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>") are still checked, and such a PIN must be
// changed.
namespace ronde {

constexpr std::string_view kArgon2idPrefix = "$argon2id$";
constexpr size_t kShortestOldPin = 4; // still accepted at sign-in, never set anew
constexpr size_t kShortestNewPin = 6;
constexpr size_t kLongestPin = 8;
constexpr int kPinIterations = 120'000; // PBKDF2, for hashes made before Argon2id

// 4 to 8 digits: what a sign-in accepts.
bool isValidPin(std::string_view pin);
// 6 to 8 digits: what a new PIN must be.
bool isValidNewPin(std::string_view pin);
// Interactive: for PINs people use. Minimal: only for tests and benchmarks that make many.
enum class PinHashCost
{
    Interactive,
    Minimal
};
std::string hashPin(std::string_view pin, PinHashCost cost = PinHashCost::Interactive);
// The old form, for tests of hashes made before Argon2id.
std::string hashPinWithPbkdf2(std::string_view pin, int iterations = kPinIterations);
// False for a wrong PIN and for a stored value that is not a hash of ours.
bool verifyPin(std::string_view pin, std::string_view stored);
// Whether `stored` is an Argon2id hash with exactly the cost this program makes: the server
// takes no other from a device, or one with an enormous cost could hang every sign-in.
bool isOurPinHash(std::string_view stored);
// A correct PIN that must be changed: shorter than six digits, or hashed the old way.
bool pinNeedsChanging(std::string_view pin, std::string_view stored);

// Hex of SHA-256: for device secrets and enrolment codes, which are long and random, so a
// fast hash suffices (a slow one would only slow down every sync).
std::string sha256Hex(std::string_view data);
// Random bytes from the system's generator, as hex (2 characters a byte).
std::string randomHex(size_t bytes);
// Constant-time comparison of two strings of equal length.
bool sameSecret(std::string_view a, std::string_view b);

} // namespace ronde
