#pragma once

#include "secret_backend.h"
#include "store/database_key.h"

#include <QString>
#include <optional>

// Where a tablet keeps the key of its encrypted database (docs/SECURITY.md "At rest"):
// - in the platform keystore, one random key per database file;
// - where there is no keystore (desktop Linux without a keyring): in a key file beside the
//   database, `<database>.key`, readable only by its owner (0600), with a warning.
// A key is made only for a database that has none yet (a new or a plaintext file). For an
// encrypted file whose key cannot be found, nothing is made and nothing is changed: a fresh
// key would not open it, and a fresh database would hide the old one.
struct DatabaseKeyLookup
{
    std::optional<ronde::DatabaseKey> key;
    QString warning; // in the user's language; empty when the keystore holds the key
    QString error;   // in the user's language; set when there is no key
};

DatabaseKeyLookup databaseKeyFor(const QString &databasePath, SecretBackend &keystore);

QString keyFilePath(const QString &databasePath);
