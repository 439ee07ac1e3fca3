#pragma once

#include <string>
#include <string_view>

// Secrets on the tablet and the server.
//
// PINs are stored as salted slow hashes (PBKDF2-HMAC-SHA256), so a tablet can check a PIN
// offline and a stolen database does not reveal them:
//   "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>"
namespace ronde {

constexpr int kPinIterations = 120'000;

// 4 to 8 digits.
bool isValidPin(std::string_view pin);
std::string hashPin(std::string_view pin, int iterations = kPinIterations);
// False for a wrong PIN and for a stored value that is not a hash of ours.
bool verifyPin(std::string_view pin, std::string_view stored);

// Hex of SHA-256: for device secrets and enrolment codes, which are long and random, so a
// fast hash suffices (a slow one would only slow down every sync).
std::string sha256Hex(std::string_view data);
// Random bytes from the system's generator, as hex (2 characters a byte).
std::string randomHex(size_t bytes);
// Constant-time comparison of two strings of equal length.
bool sameSecret(std::string_view a, std::string_view b);

} // namespace ronde
