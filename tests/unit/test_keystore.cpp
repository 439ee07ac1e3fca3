// Where the tablet keeps its database key (keystore/, docs/SECURITY.md "At rest").
#include "database_key_store.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <map>
#include <sys/stat.h>

namespace {

// A keystore in memory, working or missing, that counts what it is asked.
class FakeKeystore final : public SecretBackend
{
public:
    explicit FakeKeystore(bool available)
        : m_available(available)
    {}
    ReadResult read(const QString &entry) override
    {
        if (!m_available) {
            return {Status::Unavailable, {}, "no secret service"};
        }
        const auto found = entries.find(entry);
        return found == entries.end() ? ReadResult{Status::NotFound, {}, {}}
                                      : ReadResult{Status::Found, found->second, {}};
    }
    bool write(const QString &entry, const QByteArray &secret, QString *) override
    {
        if (!m_available) {
            return false;
        }
        entries[entry] = secret;
        return true;
    }
    std::map<QString, QByteArray> entries;

private:
    bool m_available;
};

class Keystore : public ::testing::Test
{
protected:
    QString databasePath() const { return m_dir.filePath("tablet.sqlite"); }
    QTemporaryDir m_dir;
};

TEST_F(Keystore, ANewDatabaseGetsARandomKeyInTheKeystore)
{
    FakeKeystore keystore(true);
    const DatabaseKeyLookup first = databaseKeyFor(databasePath(), keystore);
    ASSERT_TRUE(first.key) << first.error.toStdString();
    EXPECT_TRUE(first.warning.isEmpty());
    EXPECT_EQ(keystore.entries.size(), 1u);
    EXPECT_FALSE(QFile::exists(keyFilePath(databasePath()))) << "no key file beside a keystore";

    const DatabaseKeyLookup again = databaseKeyFor(databasePath(), keystore);
    EXPECT_EQ(again.key, first.key) << "the same database, the same key";
    const DatabaseKeyLookup other = databaseKeyFor(m_dir.filePath("other.sqlite"), keystore);
    EXPECT_NE(other.key, first.key) << "one key per database";
}

TEST_F(Keystore, WithoutAKeystoreTheKeyGoesInAFileOnlyItsOwnerCanRead)
{
    FakeKeystore none(false);
    const DatabaseKeyLookup first = databaseKeyFor(databasePath(), none);
    ASSERT_TRUE(first.key) << first.error.toStdString();
    EXPECT_TRUE(first.warning.contains(keyFilePath(databasePath()))) << first.warning.toStdString();

    struct stat info
    {};
    ASSERT_EQ(::stat(QFile::encodeName(keyFilePath(databasePath())).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);

    const DatabaseKeyLookup again = databaseKeyFor(databasePath(), none);
    EXPECT_EQ(again.key, first.key);
    EXPECT_FALSE(again.warning.isEmpty()) << "the warning is given every start";
}

TEST_F(Keystore, AKeyFileReadableByOthersIsTightened)
{
    FakeKeystore none(false);
    ASSERT_TRUE(databaseKeyFor(databasePath(), none).key);
    QFile::setPermissions(keyFilePath(databasePath()), QFileDevice::ReadOwner |
                                                           QFileDevice::WriteOwner |
                                                           QFileDevice::ReadOther);
    const DatabaseKeyLookup again = databaseKeyFor(databasePath(), none);
    EXPECT_TRUE(again.key);
    EXPECT_FALSE(QFile::permissions(keyFilePath(databasePath())) & QFileDevice::ReadOther);
}

TEST_F(Keystore, AnEncryptedDatabaseWithoutItsKeyGetsNoNewKey)
{
    {
        ronde::Store encrypted(databasePath().toStdString(), ronde::systemClock(),
                               ronde::DatabaseKey::generate());
    }
    FakeKeystore keystore(true);
    const DatabaseKeyLookup lookup = databaseKeyFor(databasePath(), keystore);
    EXPECT_FALSE(lookup.key);
    EXPECT_TRUE(lookup.error.contains("niet gevonden")) << lookup.error.toStdString();
    EXPECT_TRUE(keystore.entries.empty()) << "a fresh key would not open it";
    EXPECT_FALSE(QFile::exists(keyFilePath(databasePath())));
}

TEST_F(Keystore, ADamagedKeyFileIsRefused)
{
    QFile file(keyFilePath(databasePath()));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not a key\n");
    file.close();
    FakeKeystore keystore(true);
    const DatabaseKeyLookup lookup = databaseKeyFor(databasePath(), keystore);
    EXPECT_FALSE(lookup.key);
    EXPECT_TRUE(lookup.error.contains("beschadigd")) << lookup.error.toStdString();
}

TEST_F(Keystore, ThePlatformKeystoreAnswersHereWithoutHanging)
{
    // On this machine there may or may not be a Secret Service; either way the lookup ends with
    // a key (keystore or file) for a new database.
    const auto platform = platformKeystore();
    const DatabaseKeyLookup lookup = databaseKeyFor(databasePath(), *platform);
    EXPECT_TRUE(lookup.key) << lookup.error.toStdString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // qtkeychain's jobs need an event loop
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
