#include "sqlite_database.h"

#include <sqlite3.h>

namespace ronde {
namespace {

[[noreturn]] void fail(sqlite3 *db, std::string_view what)
{
    throw DatabaseError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}

class SqliteStatement final : public Statement
{
public:
    SqliteStatement(sqlite3 *db, std::string_view sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                               nullptr) != SQLITE_OK) {
            fail(db, "prepare '" + std::string(sql) + "'");
        }
    }
    ~SqliteStatement() override { sqlite3_finalize(m_stmt); }

    Statement &bindNull(int index) override
    {
        check(sqlite3_bind_null(m_stmt, index));
        return *this;
    }

    bool step() override
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc == SQLITE_DONE) {
            return false;
        }
        const std::string message = sqlite3_errmsg(m_db);
        sqlite3_reset(m_stmt);
        throw DatabaseError("step: " + message);
    }

    void reset() override
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    bool isNull(int column) const override
    {
        return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
    }
    int64_t int64(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    double real(int column) const override { return sqlite3_column_double(m_stmt, column); }
    std::string_view view(int column) const override
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column)))
                    : std::string_view();
    }

protected:
    Statement &bindInteger(int index, int64_t value) override
    {
        check(sqlite3_bind_int64(m_stmt, index, value));
        return *this;
    }
    Statement &bindReal(int index, double value) override
    {
        check(sqlite3_bind_double(m_stmt, index, value));
        return *this;
    }
    Statement &bindText(int index, std::string_view value) override
    {
        check(sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()), SQLITE_TRANSIENT));
        return *this;
    }

private:
    void check(int rc)
    {
        if (rc != SQLITE_OK) {
            fail(m_db, "bind");
        }
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace

SqliteDatabase::SqliteDatabase(const std::string &path)
    : m_path(path)
{
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        throw DatabaseError("open '" + path + "': " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = FULL");
    // Reading a whole facility (200k events) must not go page by page through read() calls:
    // map the file and keep a larger cache. (SQLCipher ignores mmap; the cache still helps.)
    exec("PRAGMA mmap_size = 268435456");
    exec("PRAGMA cache_size = -32768");
}

SqliteDatabase::~SqliteDatabase()
{
    forgetStatements(); // finalize before close
    sqlite3_close(m_db);
}

void SqliteDatabase::exec(std::string_view sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errmsg(m_db);
        sqlite3_free(error);
        throw DatabaseError("exec: " + message);
    }
}

int64_t SqliteDatabase::changes() const
{
    return sqlite3_changes64(m_db);
}

bool SqliteDatabase::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

std::unique_ptr<Statement> SqliteDatabase::compile(std::string_view sql)
{
    return std::make_unique<SqliteStatement>(m_db, sql);
}

} // namespace ronde
