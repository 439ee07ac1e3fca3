#pragma once

#include <string>
#include <string_view>

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

} // namespace ronde
