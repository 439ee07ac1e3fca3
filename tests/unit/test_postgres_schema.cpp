// The PostgreSQL suite only: both engines hold the same tables with the same columns, so
// that every repository's SQL means the same on each.
#include "../support/postgres_test_database.h"
#include "demo/demo.h"
#include "store/migrations.h"
#include "store/store.h"

#include <atomic>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <thread>

using namespace ronde;

namespace {

using Schema = std::map<std::string, std::set<std::string>>; // table → columns

Schema sqliteSchema(Database &db)
{
    Schema schema;
    Statement &tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite_%'");
    std::vector<std::string> names;
    while (tables.step()) {
        names.push_back(tables.text(0));
    }
    for (const std::string &table : names) {
        Statement &columns = db.prepare("SELECT name FROM pragma_table_info(?)");
        columns.bind(1, table);
        while (columns.step()) {
            schema[table].insert(columns.text(0));
        }
    }
    return schema;
}

Schema postgresSchema(Database &db)
{
    Schema schema;
    Statement &columns = db.prepare("SELECT table_name, column_name FROM "
                                    "information_schema.columns WHERE table_schema = 'public' "
                                    "AND table_name <> 'schema_version'");
    while (columns.step()) {
        schema[columns.text(0)].insert(columns.text(1));
    }
    return schema;
}

} // namespace

TEST(PostgresSchema, HasTheSameTablesAndColumnsAsSQLite)
{
    PostgresTestDatabase database("schema");
    Store postgres(database.uri());
    Store sqlite(":memory:");
    EXPECT_EQ(postgres.schemaVersion(), sqlite.schemaVersion());
    const Schema expected = sqliteSchema(sqlite.database());
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(postgresSchema(postgres.database()), expected);
}

TEST(PostgresSchema, TwoServersOpeningAtOnceMigrateOnce)
{
    // Two connections opening a fresh database at the same moment, as two servers starting
    // together: one migrates, the other waits for it and finds the schema done.
    for (int round = 0; round < 3; ++round) {
        PostgresTestDatabase database("concurrent_open");
        std::atomic<int> ready = 0;
        std::string failures[2];
        auto open = [&](int which) {
            ++ready;
            while (ready < 2) {
            }
            try {
                Store store(database.uri());
            } catch (const std::exception &e) {
                failures[which] = e.what();
            }
        };
        std::thread first(open, 0);
        std::thread second(open, 1);
        first.join();
        second.join();
        EXPECT_EQ(failures[0], "");
        EXPECT_EQ(failures[1], "");
        Store store(database.uri());
        EXPECT_EQ(store.database().scalar("SELECT COUNT(*) FROM schema_version"), 1);
        EXPECT_EQ(store.schemaVersion(), latestSchemaVersion());
    }
}

// A database the demo just filled has its statistics: a server started on it at once (the
// load tool does) plans as one that has run for a while.
TEST(PostgresSchema, TheDemoLeavesStatisticsForThePlanner)
{
    PostgresTestDatabase database("demo-statistics");
    Store store(database.uri());
    const auto counted = [&] {
        return store.database().scalar(
            "SELECT COUNT(*) FROM pg_stats WHERE schemaname = 'public' AND tablename = 'stays'");
    };
    ASSERT_EQ(counted(), 0) << "a new database has none";
    DemoOptions options;
    options.facilities = 1;
    options.detaineesPerFacility = 5;
    options.today = *Date::fromCivil(2026, 11, 22);
    generateDemo(store, options);
    EXPECT_GT(counted(), 0);
}

namespace {

// The text columns of the tables that do not compare byte by byte (migration 16).
int64_t textColumnsNotByteOrdered(Database &db)
{
    return db.scalar("SELECT COUNT(*) FROM information_schema.columns c "
                     "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
                     "AND t.table_name = c.table_name WHERE c.table_schema = 'public' "
                     "AND t.table_type = 'BASE TABLE' AND c.data_type = 'text' "
                     "AND c.collation_name IS DISTINCT FROM 'C'");
}

bool hasStatistics(Database &db, const std::string &table, const std::string &column)
{
    return db.scalar("SELECT COUNT(*) FROM pg_stats WHERE schemaname = 'public' AND "
                     "tablename = '" +
                     table + "' AND attname = '" + column + "'") > 0;
}

} // namespace

TEST(PostgresSchema, EveryTextColumnComparesByteByByte)
{
    PostgresTestDatabase database("byte_order");
    Store store(database.uri());
    EXPECT_GT(store.database().scalar("SELECT COUNT(*) FROM information_schema.columns WHERE "
                                      "table_schema = 'public' AND data_type = 'text'"),
              50);
    EXPECT_EQ(textColumnsNotByteOrdered(store.database()), 0);
}

// A server's database from before step 16: its text by the database's locale, its tables
// counted for the planner. The step keeps every row, and the counts of the tables that hold
// rows, and the join between two changed tables still works. Step 17 indexes the sync
// entries already there, so a tablet's last sync is found after the upgrade.
TEST(PostgresSchema, AnOlderDatabaseKeepsItsRowsAndStatisticsWhenItsTextTurnsByteOrdered)
{
    PostgresTestDatabase database("byte_order_upgrade");
    int64_t events = 0;
    int64_t lastSync = 0;
    {
        Store store(database.uri());
        DemoOptions options;
        options.facilities = 1;
        options.detaineesPerFacility = 8;
        options.today = *Date::fromCivil(2026, 11, 22);
        generateDemo(store, options);
        Database &db = store.database();
        events = db.scalar("SELECT COUNT(*) FROM events");
        ASSERT_GT(events, 0);
        store.audit().record(AuditAction::Synced, {}, std::nullopt, "1 ontvangen", "dev-1");
        lastSync = store.audit()
                       .record(AuditAction::Synced, {}, std::nullopt, "2 ontvangen", "dev-1")
                       .atMs;
        // Back to before step 16: every text column by the database's own collation, but
        // report_facts' (byte order since step 7); nor step 17's index.
        db.exec(R"sql(
DROP INDEX audit_log_syncs;
DROP TRIGGER facilities_registry ON facilities;
DO $$
DECLARE c RECORD;
BEGIN
    FOR c IN SELECT table_name, column_name FROM information_schema.columns
             WHERE table_schema = 'public' AND data_type = 'text' AND collation_name = 'C'
                 AND table_name <> 'report_facts'
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE TEXT COLLATE "default"',
                       c.table_name, c.column_name);
    END LOOP;
END
$$;
CREATE TRIGGER facilities_registry AFTER INSERT OR UPDATE OF id, name, kind, profile
    ON facilities FOR EACH ROW EXECUTE FUNCTION ronde_registry_changed();
)sql");
        db.exec("UPDATE schema_version SET version = 15");
        db.exec("ANALYZE");
        ASSERT_GT(textColumnsNotByteOrdered(db), 50);
        ASSERT_TRUE(hasStatistics(db, "events", "detainee_id"));
    }
    Store store(database.uri());
    Database &db = store.database();
    EXPECT_EQ(store.schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(textColumnsNotByteOrdered(db), 0);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM events e JOIN detainees d ON d.id = e.detainee_id "
                        "JOIN users u ON u.id = e.author_id"),
              events);
    EXPECT_TRUE(hasStatistics(db, "events", "detainee_id"));
    EXPECT_TRUE(hasStatistics(db, "detainees", "id"));
    EXPECT_EQ(store.audit().lastSyncOf("dev-1"), lastSync);
    EXPECT_EQ(db.scalar("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'audit_log_syncs'"), 1);
}

TEST(PostgresSchema, ABadAddressGivesAClearError)
{
    try {
        Store store("postgresql://nobody:secret@127.0.0.1:1/nothing");
        ADD_FAILURE() << "opened";
    } catch (const DatabaseError &e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("127.0.0.1"), std::string::npos) << message;
        EXPECT_EQ(message.find("secret"), std::string::npos) << "the password leaked: " << message;
    }
}
