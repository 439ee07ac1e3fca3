#pragma once

#include <string_view>
#include <vector>

namespace ronde {

class Database;

// Brings the schema to the newest version, in numbered steps, all in one transaction.
// PRAGMA user_version records where a SQLite file stands, the table schema_version where a
// PostgreSQL database does. Returns the version.
int migrate(Database &db);
int latestSchemaVersion();

// Every table the migrations make that holds data, children before parents: what a revoked
// tablet's wipe and the demo's --replace empty (Store::eraseEverything). Not the audit log,
// which is append-only, nor the schema's own bookkeeping. A test checks the list against the
// schema on both engines, so a new table cannot be forgotten.
const std::vector<std::string_view> &dataTables();
constexpr std::string_view kAppendOnlyTable = "audit_log";

} // namespace ronde
