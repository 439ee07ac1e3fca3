#include "database_key.h"

#include "util/secrets.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <fstream>

namespace ronde {

DatabaseKey DatabaseKey::generate()
{
    return DatabaseKey(randomHex(32));
}

std::optional<DatabaseKey> DatabaseKey::fromHex(std::string_view hex)
{
    const bool valid = hex.size() == 64 && std::all_of(hex.begin(), hex.end(), [](char c) {
                           return std::isxdigit(static_cast<unsigned char>(c)) != 0;
                       });
    if (!valid) {
        return std::nullopt;
    }
    std::string lower(hex);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return DatabaseKey(std::move(lower));
}

SqliteFileKind sqliteFileKind(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    std::array<char, 16> header{};
    if (!file || !file.read(header.data(), header.size())) {
        // Shorter than a header: SQLite treats it as a new, empty database too.
        return file.gcount() == 0 ? SqliteFileKind::Missing : SqliteFileKind::Encrypted;
    }
    static constexpr char kPlainHeader[] = "SQLite format 3"; // with its NUL: 16 bytes
    return std::memcmp(header.data(), kPlainHeader, sizeof kPlainHeader) == 0
               ? SqliteFileKind::Plaintext
               : SqliteFileKind::Encrypted;
}

} // namespace ronde
