#include "secrets.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <sodium.h>
#include <stdexcept>
#include <vector>

namespace ronde {
namespace {

constexpr size_t kSaltBytes = 16;
constexpr size_t kHashBytes = 32;

std::string toHex(const unsigned char *data, size_t size)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    text.reserve(size * 2);
    for (size_t i = 0; i < size; ++i) {
        text.push_back(digits[data[i] >> 4]);
        text.push_back(digits[data[i] & 0x0F]);
    }
    return text;
}

bool fromHex(std::string_view text, std::vector<unsigned char> &out)
{
    if (text.size() % 2 != 0) {
        return false;
    }
    out.clear();
    for (size_t i = 0; i < text.size(); i += 2) {
        unsigned value = 0;
        if (std::from_chars(text.data() + i, text.data() + i + 2, value, 16).ptr !=
            text.data() + i + 2) {
            return false;
        }
        out.push_back(static_cast<unsigned char>(value));
    }
    return true;
}

std::array<unsigned char, kHashBytes> derive(std::string_view pin, const unsigned char *salt,
                                             size_t saltSize, int iterations)
{
    std::array<unsigned char, kHashBytes> hash{};
    if (PKCS5_PBKDF2_HMAC(pin.data(), int(pin.size()), salt, int(saltSize), iterations,
                          EVP_sha256(), int(hash.size()), hash.data()) != 1) {
        throw std::runtime_error("PBKDF2 failed");
    }
    return hash;
}

} // namespace

bool isValidPin(std::string_view pin)
{
    if (pin.size() < kShortestOldPin || pin.size() > kLongestPin) {
        return false;
    }
    for (char c : pin) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

bool isValidNewPin(std::string_view pin)
{
    return pin.size() >= kShortestNewPin && isValidPin(pin);
}

bool isOurPinHash(std::string_view stored)
{
    // "$argon2id$v=19$m=65536,t=2,p=1$" + 22 characters of salt + "$" + 43 of hash.
    const std::string prefix =
        "$argon2id$v=19$m=" + std::to_string(crypto_pwhash_MEMLIMIT_INTERACTIVE / 1024) +
        ",t=" + std::to_string(crypto_pwhash_OPSLIMIT_INTERACTIVE) + ",p=1$";
    if (!stored.starts_with(prefix) || stored.size() != prefix.size() + 22 + 1 + 43) {
        return false;
    }
    return std::all_of(stored.begin() + std::ptrdiff_t(prefix.size()), stored.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '/' || c == '$';
    });
}

bool pinNeedsChanging(std::string_view pin, std::string_view stored)
{
    return pin.size() < kShortestNewPin || !stored.starts_with(kArgon2idPrefix);
}

std::string hashPinWithPbkdf2(std::string_view pin, int iterations)
{
    std::array<unsigned char, kSaltBytes> salt{};
    if (RAND_bytes(salt.data(), int(salt.size())) != 1) {
        throw std::runtime_error("no random bytes for a salt");
    }
    const auto hash = derive(pin, salt.data(), salt.size(), iterations);
    return "pbkdf2-sha256$" + std::to_string(iterations) + "$" + toHex(salt.data(), salt.size()) +
           "$" + toHex(hash.data(), hash.size());
}

std::string hashPin(std::string_view pin, PinHashCost cost)
{
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium did not start");
    }
    const bool interactive = cost == PinHashCost::Interactive;
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(
            hash, pin.data(), pin.size(),
            interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN,
            interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN) != 0) {
        throw std::runtime_error("Argon2id: out of memory");
    }
    return hash;
}

bool verifyPin(std::string_view pin, std::string_view stored)
{
    if (stored.starts_with(kArgon2idPrefix)) {
        // libsodium reads the cost and salt from the string; it wants it NUL-terminated.
        const std::string hash(stored);
        return sodium_init() >= 0 &&
               crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
    }
    constexpr std::string_view prefix = "pbkdf2-sha256$";
    if (!stored.starts_with(prefix)) {
        return false;
    }
    stored.remove_prefix(prefix.size());
    const size_t first = stored.find('$');
    const size_t second = stored.find('$', first == std::string_view::npos ? first : first + 1);
    if (first == std::string_view::npos || second == std::string_view::npos) {
        return false;
    }
    int iterations = 0;
    if (std::from_chars(stored.data(), stored.data() + first, iterations).ptr !=
            stored.data() + first ||
        iterations < 1 || iterations > 10'000'000) {
        return false;
    }
    std::vector<unsigned char> salt;
    std::vector<unsigned char> expected;
    if (!fromHex(stored.substr(first + 1, second - first - 1), salt) ||
        !fromHex(stored.substr(second + 1), expected) || expected.size() != kHashBytes) {
        return false;
    }
    const auto actual = derive(pin, salt.data(), salt.size(), iterations);
    return CRYPTO_memcmp(actual.data(), expected.data(), kHashBytes) == 0;
}

std::string sha256Hex(std::string_view data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.data(), data.size(), digest, &size, EVP_sha256(), nullptr) != 1) {
        throw std::runtime_error("SHA-256 failed");
    }
    return toHex(digest, size);
}

std::string randomHex(size_t bytes)
{
    std::vector<unsigned char> buffer(bytes);
    if (RAND_bytes(buffer.data(), int(buffer.size())) != 1) {
        throw std::runtime_error("no random bytes");
    }
    return toHex(buffer.data(), buffer.size());
}

bool sameSecret(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace ronde
