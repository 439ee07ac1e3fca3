#include "migrations.h"

#include "database.h"
#include "migration_steps.h"

#include <span>
#include <string>

namespace ronde {
namespace {

// Any number, the same in every process: the key of the lock migrations take on PostgreSQL,
// so that two servers starting at once do not both create the schema.
constexpr int64_t kMigrationLock = 0x526f6e6465; // "Ronde"

int schemaVersionOf(Database &db)
{
    if (db.dialect() == SqlDialect::SQLite) {
        return int(db.scalar("PRAGMA user_version"));
    }
    db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    return int(db.scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
}

void setSchemaVersion(Database &db, int version)
{
    if (db.dialect() == SqlDialect::SQLite) {
        db.exec("PRAGMA user_version = " + std::to_string(version));
    } else {
        db.exec("DELETE FROM schema_version");
        db.prepare("INSERT INTO schema_version (version) VALUES (?)").bind(1, version).run();
    }
}

int apply(Database &db, std::span<const Migration> steps)
{
    Transaction tx(db);
    db.lockExclusively(kMigrationLock);
    int version = schemaVersionOf(db);
    if (version > latestSchemaVersion()) {
        throw DatabaseError("database schema version " + std::to_string(version) +
                            " is newer than this program (" +
                            std::to_string(latestSchemaVersion()) + ")");
    }
    // One transaction for every step: a failed step leaves the schema as it was.
    for (const Migration &m : steps) {
        if (m.version > version) {
            db.exec(m.sql);
            if (m.fill) {
                m.fill(db);
            }
            setSchemaVersion(db, m.version);
            version = m.version;
        }
    }
    tx.commit();
    return version;
}

} // namespace

const std::vector<std::string_view> &dataTables()
{
    static const std::vector<std::string_view> tables{"outbox",
                                                      "set_aside",
                                                      "pin_changes",
                                                      "sign_in_state",
                                                      "refusals",
                                                      "parallel_updates",
                                                      "server_log",
                                                      "report_facts_caught_up",
                                                      "report_facts",
                                                      "review_lights",
                                                      "reviews",
                                                      "contacts",
                                                      "plans",
                                                      "decisions",
                                                      "complaints",
                                                      "proposals",
                                                      "questionnaire_ratings",
                                                      "questionnaire_answers",
                                                      "questionnaires",
                                                      "events",
                                                      "assignments",
                                                      "exclusions",
                                                      "stays",
                                                      "detainees",
                                                      "devices",
                                                      "enrolment_codes",
                                                      "users",
                                                      "units",
                                                      "facilities",
                                                      "device_state"};
    return tables;
}

int latestSchemaVersion()
{
    return kLatestSchemaVersion;
}

int migrate(Database &db)
{
    return db.dialect() == SqlDialect::SQLite ? apply(db, sqliteMigrations())
                                              : apply(db, postgresMigrations());
}

} // namespace ronde
