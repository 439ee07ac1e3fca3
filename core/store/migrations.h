#pragma once

namespace ronde {

class Database;

// Brings the schema to the newest version, one numbered step at a time, each in its own
// transaction. PRAGMA user_version records where a file stands. Returns the version.
int migrate(Database &db);
int latestSchemaVersion();

} // namespace ronde
