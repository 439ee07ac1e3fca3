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
