#include "database.h"

#include <sqlite3.h>

namespace ronde {
namespace {

[[noreturn]] void fail(sqlite3 *db, std::string_view what)
{
    throw DatabaseError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}

} // namespace

Statement::Statement(sqlite3 *db, std::string_view sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                           nullptr) != SQLITE_OK) {
        fail(db, "prepare '" + std::string(sql) + "'");
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK) {
        fail(m_db, "bind");
    }
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK) {
        fail(m_db, "bind");
    }
    return *this;
}

Statement &Statement::bind(int index, std::string_view value)
{
    if (sqlite3_bind_text(m_stmt, index, value.data(), int(value.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK) {
        fail(m_db, "bind");
    }
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK) {
        fail(m_db, "bind");
    }
    return *this;
}

bool Statement::step()
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

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? std::string(data, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::string_view Statement::view(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column)))
                : std::string_view();
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return text(column);
}

Database::Database(const std::string &path)
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

Database::~Database()
{
    m_statements.clear(); // finalize before close
    sqlite3_close(m_db);
}

void Database::exec(std::string_view sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errmsg(m_db);
        sqlite3_free(error);
        throw DatabaseError("exec: " + message);
    }
}

Statement &Database::prepare(std::string_view sql)
{
    auto found = m_statements.find(std::string(sql));
    if (found == m_statements.end()) {
        found =
            m_statements.emplace(std::string(sql), std::make_unique<Statement>(m_db, sql)).first;
    } else {
        found->second->reset();
    }
    return *found->second;
}

int64_t Database::scalar(std::string_view sql)
{
    Statement &row = prepare(sql);
    const int64_t value = row.step() ? row.int64(0) : 0;
    row.reset();
    return value;
}

int64_t Database::changes() const
{
    return sqlite3_changes64(m_db);
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    // Cached statements: a bulk load opens a savepoint per record.
    m_db.prepare(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE").run();
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec(m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK");
        } catch (const DatabaseError &) {
            // Already rolled back by SQLite (e.g. after SQLITE_FULL); nothing more to undo.
        }
    }
}

void Transaction::commit()
{
    m_db.prepare(m_nested ? "RELEASE nested" : "COMMIT").run();
    m_done = true;
}

} // namespace ronde
