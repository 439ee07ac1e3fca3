#pragma once

#include "database.h"
#include "database_key.h"

#include <memory>
#include <mutex>
#include <optional>

struct sqlite3;

namespace ronde {

// A SQLite file: WAL, synchronous=FULL (a recorded contact survives power loss), foreign
// keys on. With a key (a tablet) the file is encrypted by SQLCipher; a plaintext file is
// first encrypted in place. A wrong key throws WrongKeyError and changes nothing.
class SqliteDatabase final : public Database
{
public:
    // How a file this opens lays out its pages, should this make it: a page size is fixed
    // once the file is made, and an existing file keeps its own.
    enum class NewFilePages
    {
        SqliteDefault, // a tablet's: SQLite's, or SQLCipher's when encrypted
        Large          // a reporting store's (the server's, the office's): kLargePageSize
    };
    static constexpr int kLargePageSize = 16384;

    // Large pages are for a file without a key; an encrypted one keeps SQLCipher's.
    explicit SqliteDatabase(const std::string &path,
                            const std::optional<DatabaseKey> &key = std::nullopt,
                            NewFilePages pages = NewFilePages::SqliteDefault);
    ~SqliteDatabase() override;

    SqlDialect dialect() const override { return SqlDialect::SQLite; }
    void exec(std::string_view sql) override;
    int64_t changes() const override;
    std::string displayName() const override { return m_path; }
    bool inTransaction() const override;
    void lockExclusively(int64_t) override {}
    void beginReadSnapshot(ReadLength length) override;
    void endReadSnapshot(ReadLength length) override;
    void beginWrite() override;
    void commitWrite() override;
    void rollbackWrite() override;

protected:
    std::unique_ptr<Statement> compile(std::string_view sql) override;

private:
    void letGoOfWriter();

    sqlite3 *m_db = nullptr;
    std::string m_path;
    bool m_encrypted = false;
    // Shared by this process's connections to the same file (see beginWrite).
    std::shared_ptr<std::timed_mutex> m_writer;
};

} // namespace ronde
