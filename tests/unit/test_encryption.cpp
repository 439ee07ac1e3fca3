// The tablet database at rest (docs/SECURITY.md "At rest", docs/RULES.md "Privacy"): encrypted
// with SQLCipher under a per-device key, refused under a wrong key with nothing changed, and
// a plaintext database encrypted in place with nothing lost.
#include "demo/demo.h"
#include "store/sqlite_database.h"
#include "store/store.h"
#include "util/local_time.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>

namespace fs = std::filesystem;
using namespace ronde;

namespace {

class Encryption : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() /
                ("ronde-encryption-" +
                 std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
        m_path = (m_dir / "tablet.sqlite").string();
    }
    void TearDown() override { fs::remove_all(m_dir); }

    // A demo facility, with one contact note that can be searched for in the raw bytes.
    void fill(Store &store)
    {
        DemoOptions options;
        options.detaineesPerFacility = 12;
        options.today = todayInAmsterdam();
        generateDemo(store, options);
        Statement &who = store.database().prepare(
            "SELECT d.id, (SELECT u.id FROM users u WHERE u.role = 'mentor' LIMIT 1) "
            "FROM detainees d WHERE d.discharged_on IS NULL ORDER BY d.id LIMIT 1");
        ASSERT_TRUE(who.step());
        Contact talk;
        talk.header.detaineeId = who.text(0);
        talk.header.authorId = who.text(1);
        who.reset();
        talk.header.occurredAtMs = store.clock()() - 3'600'000;
        talk.roles = {Role::Mentor};
        talk.kind = ContactKind::MentorTalk;
        talk.notes = std::string(kNote);
        store.events().record(talk);
        Statement &name = store.database().prepare("SELECT name FROM detainees ORDER BY id");
        ASSERT_TRUE(name.step());
        m_name = name.text(0);
        name.reset();
    }

    // Every byte the database has on disk: the file, its WAL and any journal.
    std::string bytesOnDisk() const
    {
        std::string all;
        for (const char *suffix : {"", "-wal", "-journal", "-shm"}) {
            std::ifstream file(m_path + suffix, std::ios::binary);
            all.append(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
        }
        return all;
    }

    static int64_t countOf(Store &store, const char *table)
    {
        return store.database().scalar(std::string("SELECT count(*) FROM ") + table);
    }

    static constexpr std::string_view kNote = "Schuldhulp-afspraak-Zwaluwstaart-4711";
    fs::path m_dir;
    std::string m_path;
    std::string m_name;
};

TEST_F(Encryption, TheFileHoldsNoPlaintextNameOrNote)
{
    const DatabaseKey key = DatabaseKey::generate();
    {
        Store store(m_path, systemClock(), key);
        fill(store);
    }
    ASSERT_FALSE(m_name.empty());
    const std::string bytes = bytesOnDisk();
    EXPECT_GT(bytes.size(), 4096u);
    EXPECT_EQ(bytes.find(m_name), std::string::npos) << "detainee name in plaintext";
    EXPECT_EQ(bytes.find(kNote), std::string::npos) << "contact note in plaintext";
    EXPECT_EQ(bytes.find("CREATE TABLE"), std::string::npos) << "schema in plaintext";
    EXPECT_EQ(sqliteFileKind(m_path), SqliteFileKind::Encrypted);

    // The same database with the same key reads back.
    Store again(m_path, systemClock(), key);
    EXPECT_EQ(countOf(again, "detainees"), 12);
}

// Sorts and temporary tables of an encrypted database stay in memory: SQLCipher does not
// encrypt temporary files. Only a long read of a plaintext database (the server's report) may
// sort through a file, and only for as long as it lasts.
TEST_F(Encryption, TemporaryDataOfAnEncryptedDatabaseStaysInMemory)
{
    constexpr int64_t kFile = 1; // PRAGMA temp_store: 0 default (memory here), 1 file
    const auto tempStore = [](Store &store) {
        return store.database().scalar("PRAGMA temp_store");
    };
    {
        Store encrypted(m_path, systemClock(), DatabaseKey::generate());
        const ReadSnapshot snapshot(encrypted.database());
        EXPECT_NE(tempStore(encrypted), kFile);
    }
    Store plain((m_dir / "server.sqlite").string());
    EXPECT_NE(tempStore(plain), kFile) << "writes use a temporary table each: kept in memory";
    {
        const ReadSnapshot snapshot(plain.database());
        EXPECT_EQ(tempStore(plain), kFile);
    }
    EXPECT_NE(tempStore(plain), kFile);
}

TEST_F(Encryption, WithoutAKeyTheSameBytesWouldBeReadable)
{
    // The control for TheFileHoldsNoPlaintextNameOrNote: the search does find plaintext
    // when there is some.
    {
        Store store(m_path);
        fill(store);
    }
    const std::string bytes = bytesOnDisk();
    EXPECT_NE(bytes.find(m_name), std::string::npos);
    EXPECT_NE(bytes.find(kNote), std::string::npos);
    EXPECT_EQ(sqliteFileKind(m_path), SqliteFileKind::Plaintext);
}

// A reporting store's new plaintext file (the server's) is made with large pages; a tablet's
// keeps SQLite's, or SQLCipher's when encrypted, whatever store opens it; and a file made
// before keeps its pages and what it holds (SqliteDatabase::NewFilePages, docs/PERFORMANCE.md,
// the eighteenth stop).
TEST_F(Encryption, OnlyAReportingStoresNewPlaintextFileIsMadeWithLargePages)
{
    const auto pageSize = [](Database &db) { return db.scalar("PRAGMA page_size"); };
    {
        Store server((m_dir / "server.sqlite").string());
        EXPECT_EQ(pageSize(server.database()), SqliteDatabase::kLargePageSize);
        Store tablet((m_dir / "tablet-plain.sqlite").string(), systemClock(), std::nullopt,
                     StoreRole::Tablet);
        EXPECT_EQ(pageSize(tablet.database()), 4096);
        Store encrypted(m_path, systemClock(), DatabaseKey::generate(), StoreRole::Reporting);
        EXPECT_EQ(pageSize(encrypted.database()), 4096);
    }
    const std::string older = (m_dir / "older.sqlite").string();
    {
        SqliteDatabase made(older); // SQLite's pages, as every server's file had before
        made.exec("CREATE TABLE kept (note TEXT)");
        made.exec("INSERT INTO kept VALUES ('bewaard')");
    }
    SqliteDatabase reopened(older, std::nullopt, SqliteDatabase::NewFilePages::Large);
    EXPECT_EQ(pageSize(reopened), 4096);
    Statement &kept = reopened.prepare("SELECT note FROM kept");
    ASSERT_TRUE(kept.step());
    EXPECT_EQ(kept.text(0), "bewaard");
    kept.reset();
}

TEST_F(Encryption, AWrongKeyIsRefusedAndChangesNothing)
{
    const DatabaseKey key = DatabaseKey::generate();
    {
        Store store(m_path, systemClock(), key);
        fill(store);
    }
    const std::string before = bytesOnDisk();

    EXPECT_THROW(Store(m_path, systemClock(), DatabaseKey::generate()), WrongKeyError);
    EXPECT_THROW(Store{m_path}, WrongKeyError) << "no key at all";
    try {
        Store wrong(m_path, systemClock(), DatabaseKey::generate());
    } catch (const WrongKeyError &e) {
        EXPECT_NE(std::string(e.what()).find("not encrypted with this device's key"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_EQ(bytesOnDisk(), before) << "a refused open must not touch the file";

    Store right(m_path, systemClock(), key);
    EXPECT_EQ(countOf(right, "detainees"), 12);
}

TEST_F(Encryption, APlaintextDatabaseIsEncryptedInPlaceWithNothingLost)
{
    int64_t detainees = 0;
    int64_t events = 0;
    int64_t contacts = 0;
    int version = 0;
    {
        Store plain(m_path);
        fill(plain);
        detainees = countOf(plain, "detainees");
        events = countOf(plain, "events");
        contacts = countOf(plain, "contacts");
        version = plain.schemaVersion();
        // Left in the WAL, not yet in the main file: the encryption must take it along.
        plain.database()
            .prepare("UPDATE detainees SET name = ? WHERE id = (SELECT min(id) FROM detainees)")
            .bind(1, "Laatst-gewijzigd-in-de-WAL")
            .run();
    }
    ASSERT_GT(events, 0);
    ASSERT_EQ(sqliteFileKind(m_path), SqliteFileKind::Plaintext);

    const DatabaseKey key = DatabaseKey::generate();
    {
        Store encrypted(m_path, systemClock(), key);
        EXPECT_EQ(countOf(encrypted, "detainees"), detainees);
        EXPECT_EQ(countOf(encrypted, "events"), events);
        EXPECT_EQ(countOf(encrypted, "contacts"), contacts);
        EXPECT_EQ(encrypted.schemaVersion(), version);
        EXPECT_EQ(encrypted.database().scalar(
                      "SELECT count(*) FROM detainees WHERE name = 'Laatst-gewijzigd-in-de-WAL'"),
                  1);
        EXPECT_EQ(encrypted.database().scalar("SELECT count(*) FROM contacts WHERE notes = '" +
                                              std::string(kNote) + "'"),
                  1);
    }
    EXPECT_EQ(sqliteFileKind(m_path), SqliteFileKind::Encrypted);
    const std::string bytes = bytesOnDisk();
    EXPECT_EQ(bytes.find("Laatst-gewijzigd-in-de-WAL"), std::string::npos);
    EXPECT_EQ(bytes.find(kNote), std::string::npos);
    EXPECT_FALSE(fs::exists(m_path + ".encrypting"));
    EXPECT_THROW(Store{m_path}, WrongKeyError);
}

TEST_F(Encryption, AnUnfinishedEarlierEncryptionIsRedone)
{
    {
        Store plain(m_path);
        fill(plain);
    }
    // A crash during an earlier attempt left a partial copy; the original is still whole.
    std::ofstream(m_path + ".encrypting") << "half a file";
    const DatabaseKey key = DatabaseKey::generate();
    Store encrypted(m_path, systemClock(), key);
    EXPECT_EQ(countOf(encrypted, "detainees"), 12);
    EXPECT_FALSE(fs::exists(m_path + ".encrypting"));
}

TEST(DatabaseKeyText, IsExactlySixtyFourHexDigits)
{
    const DatabaseKey key = DatabaseKey::generate();
    EXPECT_EQ(key.hex().size(), 64u);
    EXPECT_NE(key, DatabaseKey::generate());
    EXPECT_EQ(DatabaseKey::fromHex(key.hex()), key);
    EXPECT_FALSE(DatabaseKey::fromHex(key.hex().substr(1)));
    EXPECT_FALSE(DatabaseKey::fromHex(std::string(64, 'g')));
    EXPECT_FALSE(DatabaseKey::fromHex("x'" + key.hex().substr(3) + "'"));
}

TEST(DatabaseKeyText, APostgresDatabaseTakesNoKey)
{
    EXPECT_THROW(Database::open("postgresql://localhost/none", DatabaseKey::generate()),
                 DatabaseError);
}

} // namespace
