// One list of the tables (store/migrations.h dataTables): it names every table the
// migrations make but the audit log, and Store::eraseEverything empties exactly those, on
// both engines (a revoked tablet's wipe, the demo's --replace).
#include "demo/demo.h"
#include "store/migrations.h"
#include "store_fixture.h"

#include <set>

using namespace ronde;

namespace {

class Tables : public StoreTest
{
protected:
    std::set<std::string> schemaTables()
    {
        Database &db = store().database();
        Statement &row =
            db.dialect() == SqlDialect::SQLite
                ? db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                             "LIKE 'sqlite_%'")
                : db.prepare("SELECT table_name FROM information_schema.tables WHERE "
                             "table_schema = 'public' AND table_name <> 'schema_version'");
        std::set<std::string> names;
        while (row.step()) {
            names.insert(row.text(0));
        }
        return names;
    }
};

INSTANTIATE_TEST_SUITE_P(, Tables, ::testing::ValuesIn(storeBackings()), backingName);

} // namespace

TEST_P(Tables, TheListNamesEveryTableOfTheSchemaButTheAuditLog)
{
    std::set<std::string> listed(dataTables().begin(), dataTables().end());
    EXPECT_EQ(listed.size(), dataTables().size()) << "a table listed twice";
    listed.insert(std::string(kAppendOnlyTable));
    EXPECT_EQ(listed, schemaTables());
}

TEST_P(Tables, EraseEverythingEmptiesEveryListedTableAndKeepsTheAuditLog)
{
    DemoOptions options;
    options.facilities = 1;
    options.detaineesPerFacility = 3;
    options.today = *Date::fromCivil(2026, 11, 22);
    generateDemo(store(), options);
    store().audit().record(AuditAction::Synced, {}, std::nullopt, "test");
    store().deviceState().set("cursor", "7");
    const int64_t audit = store().audit().count();
    ASSERT_GT(audit, 0);
    {
        Transaction tx(store().database());
        store().eraseEverything();
        tx.commit();
    }
    for (std::string_view table : dataTables()) {
        EXPECT_EQ(store().database().scalar("SELECT COUNT(*) FROM " + std::string(table)), 0)
            << table;
    }
    EXPECT_EQ(store().audit().count(), audit) << "append-only";
}
