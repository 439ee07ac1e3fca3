#pragma once

namespace ronde {

class Database;

// Brings the schema to the newest version, in numbered steps, all in one transaction.
// PRAGMA user_version records where a SQLite file stands, the table schema_version where a
// PostgreSQL database does. Returns the version.
int migrate(Database &db);
int latestSchemaVersion();

} // namespace ronde
