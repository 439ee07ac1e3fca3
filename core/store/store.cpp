#include "store.h"

#include "migrations.h"
#include "report_facts.h"
#include "sqlite_database.h"

#include <string>

namespace ronde {
namespace {

// A reporting store's SQLite file is made with large pages (SqliteDatabase::NewFilePages); a
// tablet's keeps SQLite's.
std::unique_ptr<Database> openFor(const std::string &location,
                                  const std::optional<DatabaseKey> &key, StoreRole role)
{
    if (role == StoreRole::Reporting && !key && !Database::isPostgresUri(location)) {
        return std::make_unique<SqliteDatabase>(location, key, SqliteDatabase::NewFilePages::Large);
    }
    return Database::open(location, key);
}

} // namespace

Store::Store(const std::string &location, Clock clock, const std::optional<DatabaseKey> &key,
             StoreRole role)
    : m_clock(clock)
    , m_db(openFor(location, key, role))
    , m_schemaVersion(migrate(*m_db))
    , m_registry(*m_db, m_notifier, clock)
    , m_audit(*m_db, clock)
    , m_events(*m_db, m_registry, m_notifier, m_audit, std::move(clock),
               role == StoreRole::Tablet ? EventRepository::ReportFacts::NotKept
                                         : EventRepository::ReportFacts::Kept)
    , m_outbox(*m_db)
    , m_deviceState(*m_db)
    , m_setAside(*m_db)
    , m_devices(*m_db)
    , m_serverLog(*m_db)
    , m_refusals(*m_db)
    , m_proposals(*m_db)
{
    if (role == StoreRole::Tablet) {
        dropReportFacts(*m_db);
    }
    if (key) {
        m_pinKeyPair = tabletPinKeyPair(key->hex());
    }
}

void Store::eraseEverything()
{
    if (m_db->dialect() == SqlDialect::PostgreSQL) {
        std::string tables;
        for (std::string_view table : dataTables()) {
            tables += (tables.empty() ? "" : ", ") + std::string(table);
        }
        m_db->exec("TRUNCATE " + tables + " CASCADE");
        return;
    }
    for (std::string_view table : dataTables()) {
        m_db->exec("DELETE FROM " + std::string(table));
    }
}

void Store::compact()
{
    if (m_db->dialect() == SqlDialect::SQLite) {
        m_db->exec("VACUUM");
    }
}

void Store::analyzeAfterBulkLoad()
{
    if (m_db->dialect() == SqlDialect::PostgreSQL) {
        m_db->exec("ANALYZE");
    }
}

void Store::checkpoint()
{
    if (m_db->dialect() == SqlDialect::SQLite) {
        m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
}

} // namespace ronde
