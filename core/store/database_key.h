#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ronde {

// The key of an encrypted tablet database: 32 random bytes, kept as 64 hex digits. It is
// given to SQLCipher as a raw key (no passphrase derivation: it is already random), so a
// tablet opens its database at once.
class DatabaseKey
{
public:
    // A fresh key from the system's random generator.
    static DatabaseKey generate();
    // Nullopt unless `hex` is exactly 64 hex digits.
    static std::optional<DatabaseKey> fromHex(std::string_view hex);

    const std::string &hex() const { return m_hex; }
    bool operator==(const DatabaseKey &) const = default;

private:
    explicit DatabaseKey(std::string hex)
        : m_hex(std::move(hex))
    {}
    std::string m_hex;
};

// What is at a SQLite path, judged from its first bytes without opening it.
enum class SqliteFileKind
{
    Missing,   // no file, or an empty one: a new database
    Plaintext, // a plain SQLite file ("SQLite format 3")
    Encrypted  // anything else: SQLCipher's pages look random from the first byte
};
SqliteFileKind sqliteFileKind(const std::string &path);

} // namespace ronde
