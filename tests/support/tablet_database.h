#pragma once

#include "store/store.h"

#include <fstream>
#include <string>

// Opens a database the way the app left it. A tablet's database is encrypted, and on the test
// machines (no keyring) its key is in the key file beside it (keystore/database_key_store.h);
// a server's database has no key file and opens as it is.
inline std::optional<ronde::DatabaseKey> keyFileBeside(const std::string &databasePath)
{
    std::ifstream file(databasePath + ".key");
    std::string hex;
    if (!(file >> hex)) {
        return std::nullopt;
    }
    return ronde::DatabaseKey::fromHex(hex);
}

inline ronde::Store openStoreAt(const std::string &path, ronde::Clock clock = ronde::systemClock())
{
    return ronde::Store(path, std::move(clock), keyFileBeside(path));
}
