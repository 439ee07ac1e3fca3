#pragma once

#include "model/enum_names.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace ronde {

// A failure of the database itself (disk full, corrupt file, locked), as opposed to
// refused input (ValidationError).
class DatabaseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One prepared statement. Bind with 1-based indexes, step through rows, read 0-based columns.
class Statement
{
public:
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, int64_t value);
    Statement &bind(int index, int value) { return bind(index, int64_t(value)); }
    Statement &bind(int index, bool value) { return bind(index, int64_t(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view value);
    Statement &bind(int index, const std::string &value)
    {
        return bind(index, std::string_view(value));
    }
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bindNull(int index);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // True while there is a row to read.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    int64_t int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    std::string text(int column) const;
    // The text without a copy; valid until the next step() or reset().
    std::string_view view(int column) const;
    std::optional<std::string> optionalText(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// Reads a column holding an enum's stable name (EnumNames); an unknown name means the file
// was written by something else, which is a database error, not bad input.
template <typename E> E enumColumn(const Statement &row, int column)
{
    const auto value = parseEnum<E>(row.view(column));
    if (!value) {
        throw DatabaseError("unknown value '" + row.text(column) + "' in database");
    }
    return *value;
}

// An open SQLite file: WAL, synchronous=FULL (a recorded contact survives power loss),
// foreign keys on, and a cache of prepared statements keyed by their SQL text.
class Database
{
public:
    // ":memory:" for a private in-memory database.
    explicit Database(const std::string &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(std::string_view sql);
    // A cached statement, reset and with bindings cleared. Valid until the Database dies;
    // do not hold two uses of the same SQL at once.
    Statement &prepare(std::string_view sql);
    int64_t changes() const;
    // The first column of the first row as a number (0 when NULL or no row): counts, MAX().
    int64_t scalar(std::string_view sql);
    sqlite3 *handle() const { return m_db; }
    const std::string &path() const { return m_path; }

private:
    sqlite3 *m_db = nullptr;
    std::string m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
};

// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() was called.
// Immediate, so that a writer waits for the lock up front instead of failing half-way.
// Inside another transaction it becomes a savepoint, so that a bulk load can wrap many
// single-record writes in one commit and still undo just the record that failed.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace ronde
