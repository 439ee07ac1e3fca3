#pragma once

#include "database_key.h"
#include "model/enum_names.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace ronde {

// A failure of the database itself (disk full, corrupt file, locked, connection lost), as
// opposed to refused input (ValidationError).
class DatabaseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The database is encrypted, and the key given is not its key (or no key was given). Nothing
// was changed: the file is left exactly as it was.
class WrongKeyError : public DatabaseError
{
public:
    using DatabaseError::DatabaseError;
};

// A JSON array of the texts, for a parameter read by inJsonArray() or jsonArrayRows().
std::string jsonTextArray(const std::vector<std::string> &texts);

// The id of an advisory lock (Database::lockExclusively) by its name: a hash, so that names
// of different kinds ("sequence:…", "names:…") keep apart (a collision only makes two
// writers wait for each other).
int64_t lockNamed(std::string_view name);

// Many rows for one INSERT, written by Database::insertRows() the way the engine takes them
// fastest. Values are added row by row, the same columns in every row.
class Rows
{
public:
    // Room for this many rows of this many values, and texts of about this many bytes a
    // row: a push's 5,000 rows grown value by value were moved and faulted in again and
    // again (building them took about a tenth of the server's side of a push,
    // docs/PERFORMANCE.md "The sixteenth stop").
    void reserve(size_t rows, size_t valuesPerRow, size_t textBytesPerRow);
    Rows &row();
    Rows &add(std::string_view text);
    Rows &add(const std::string &text) { return add(std::string_view(text)); }
    Rows &add(int64_t number);
    Rows &add(const std::optional<std::string> &text);
    Rows &add(const std::optional<int> &number);
    bool empty() const { return m_rows == 0; }

private:
    friend class Database;
    // NULL, a number, or a text kept in m_texts: one buffer for all of them, where a
    // string each was an allocation for every text longer than a short name (a push's
    // 5,000 contacts have about 25,000 such texts: ids, notes).
    struct Value
    {
        enum class Kind : uint8_t
        {
            Null,
            Number,
            Text
        };
        int64_t number = 0; // a number, or for a text its offset in m_texts
        uint32_t length = 0;
        Kind kind = Kind::Null;
    };
    std::string_view textOf(const Value &value) const
    {
        return std::string_view(m_texts).substr(size_t(value.number), value.length);
    }
    std::vector<Value> m_values;
    std::string m_texts;
    size_t m_rows = 0;
};

// The two engines Ronde runs on: SQLite (tablets; the server by default) and PostgreSQL
// (a central server that several processes share). Repositories write SQL in the subset
// both understand; the few differences are asked of the Database (see inJsonArray()).
enum class SqlDialect
{
    SQLite,
    PostgreSQL
};

// What a ReadSnapshot is for: a long read (a report's parts, over months of records) or a
// short one (a sync's look-ups by key).
enum class ReadLength
{
    Long,
    Short
};

// One prepared statement. Bind with 1-based indexes (`?` or `?N` in the SQL), step through
// rows, read 0-based columns.
class Statement
{
public:
    virtual ~Statement() = default;
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, int64_t value) { return bindInteger(index, value); }
    Statement &bind(int index, int value) { return bindInteger(index, value); }
    Statement &bind(int index, bool value) { return bindInteger(index, value ? 1 : 0); }
    Statement &bind(int index, double value) { return bindReal(index, value); }
    Statement &bind(int index, std::string_view value) { return bindText(index, value); }
    Statement &bind(int index, const std::string &value) { return bindText(index, value); }
    Statement &bind(int index, const char *value) { return bindText(index, value); }
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    virtual Statement &bindNull(int index) = 0;

    // True while there is a row to read.
    virtual bool step() = 0;
    // Runs a statement that returns no rows.
    void run();
    // The same, for a caller that needs neither its count of changed rows nor its error at
    // once: PostgreSQL sends it with the next statement (Database::runSoon), whose error it
    // then is, should it fail.
    virtual void runSoon() { run(); }
    virtual void reset() = 0;

    virtual bool isNull(int column) const = 0;
    virtual int64_t int64(int column) const = 0;
    int integer(int column) const { return int(int64(column)); }
    virtual double real(int column) const = 0;
    std::string text(int column) const { return std::string(view(column)); }
    // The text without a copy; valid until the next step() or reset().
    virtual std::string_view view(int column) const = 0;
    std::optional<std::string> optionalText(int column) const;

protected:
    virtual Statement &bindInteger(int index, int64_t value) = 0;
    virtual Statement &bindReal(int index, double value) = 0;
    virtual Statement &bindText(int index, std::string_view value) = 0;
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

// An open database with a cache of prepared statements keyed by their SQL text.
class Database;

// The PostgreSQL engine (postgres_database.cpp), in the object library ronde_postgres that
// the programs serving the central database link. A program without it (the tablet app, which
// must not carry libpq) gets the stand-in in without_postgres.cpp, which refuses.
std::unique_ptr<Database> openPostgres(const std::string &uri);

class Database
{
public:
    // A SQLite file (":memory:" for a private in-memory database), or a PostgreSQL
    // connection URI ("postgresql://user@host:port/name").
    // A key only for SQLite files (an encrypted tablet database, see DatabaseKey).
    static std::unique_ptr<Database> open(const std::string &location,
                                          const std::optional<DatabaseKey> &key = std::nullopt);
    static bool isPostgresUri(std::string_view location);

    virtual ~Database() = default;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    virtual SqlDialect dialect() const = 0;
    // Runs one or more statements without results (schema, pragmas).
    virtual void exec(std::string_view sql) = 0;
    // A cached statement, reset and with bindings cleared. Valid until the Database dies;
    // do not hold two uses of the same SQL at once.
    Statement &prepare(std::string_view sql);
    // Rows changed by the last INSERT, UPDATE or DELETE.
    virtual int64_t changes() const = 0;
    // The first column of the first row as a number (0 when NULL or no row): counts, MAX().
    int64_t scalar(std::string_view sql);
    // What to show a person: the file, or the PostgreSQL database without its password.
    virtual std::string displayName() const = 0;
    virtual bool inTransaction() const = 0;

    // A condition: `column` is one of the elements of the JSON array text in parameter
    // `parameter`.
    std::string inJsonArray(const std::string &column, int parameter) const;
    // A FROM item `j` with the elements of that array as rows (j.value, text) and their place
    // in it (j.position, from 0), so that many rows go in with one statement, in order.
    std::string jsonArrayRows(int parameter) const;
    // Writes `rows` with `insertInto` ("INSERT INTO t (a, b)"), one type given per column
    // (text, or a whole number). PostgreSQL, where every statement is a round trip: for many
    // rows one COPY in its text format, the quickest way in (half the time of the jsonb
    // parameter it replaced for a push's report rows); for a few rows, or with a tail (COPY
    // has no ON CONFLICT), one statement over the rows as one JSON parameter (jsonb, parsed
    // once; the only path that uses the column types: COPY and SQLite take each value as it
    // is), which unlike a COPY can go with the next statement (Answer::Later).
    // SQLite, in the process: one cached statement stepped row by row, with nothing to encode
    // and parse.
    enum class ColumnType
    {
        Text,
        Integer
    };
    // From this many rows on, PostgreSQL takes them by COPY (below: one statement).
    static constexpr size_t kRowsWorthACopy = 100;
    // Whether the caller waits for the rows written: Later, inside a transaction, lets a few
    // rows go with the next statement on PostgreSQL (Statement::runSoon), uncounted (0).
    enum class Answer
    {
        Now,
        Later
    };
    // `tail` follows the rows (" ON CONFLICT (id) DO NOTHING"). Returns the rows written.
    int64_t insertRows(const std::string &insertInto, const std::vector<ColumnType> &columns,
                       const Rows &rows, const std::string &tail = "", Answer answer = Answer::Now);
    // Calendar arithmetic on ISO day text ('2026-01-31'), as SQL expressions giving ISO day
    // text or a number of days. `days` and `months` are numbers, written into the SQL.
    std::string plusDays(const std::string &day, int days) const;
    // R0.3: to the same day number `months` later, clamped to that month's last day.
    std::string plusMonthsClamped(const std::string &day, int months) const;
    std::string daysBetween(const std::string &later, const std::string &earlier) const;

    // Inside a transaction: waits until no other connection holds this lock, and holds it
    // until the transaction ends. The server uses it so that sequence numbers are handed out
    // and committed in the same order by every process sharing the database. (SQLite's
    // write transactions are exclusive already.)
    virtual void lockExclusively(int64_t lockId) = 0;

    // A read-only transaction, set up for long reads when it is for one, and its end; use
    // ReadSnapshot.
    virtual void beginReadSnapshot(ReadLength length) = 0;
    virtual void endReadSnapshot(ReadLength length) = 0;

    // Runs a statement that gives no rows (a SAVEPOINT, its RELEASE). An engine where every
    // statement is a round trip may send it together with the next statement instead, whose
    // error it then is, should it fail.
    virtual void runSoon(std::string_view sql);

    // A savepoint (one name: they nest), its release and its undoing, inside the transaction
    // (which never throws); use Transaction.
    static constexpr std::string_view kOpenSavepoint = "SAVEPOINT nested";
    static constexpr std::string_view kReleaseSavepoint = "RELEASE nested";
    virtual void rollbackNested();

    // A write transaction, its commit and its rollback (which never throws); use Transaction.
    virtual void beginWrite();
    virtual void commitWrite();
    virtual void rollbackWrite();

protected:
    Database() = default;
    virtual std::unique_ptr<Statement> compile(std::string_view sql) = 0;
    // `COPY target FROM STDIN` with `data` in COPY's text format; returns the rows written.
    // Only PostgreSQL has it (insertRows asks it of no other engine).
    virtual int64_t copyIn(const std::string &target, std::string_view data);
    // Engines drop prepared statements before they close their connection.
    void forgetStatements() { m_statements.clear(); }

private:
    // The rows in COPY's text format: tab between values, a line each, \N for NULL.
    static std::string copyText(const Rows &rows, size_t width);

    std::unordered_map<std::string, std::unique_ptr<Statement>> m_statements;
};

// RAII transaction, ROLLBACK unless commit() was called. On SQLite it is BEGIN IMMEDIATE, so
// that a writer waits for the lock up front instead of failing half-way.
// Inside another transaction it becomes a savepoint, so that a bulk load can wrap many
// single-record writes in one commit and still undo just the record that failed; or, with
// Nested::JoinOuter, it leaves the outer one in charge, for a write that checks everything
// before it writes: a database error half-way then fails the whole outer transaction. (A
// savepoint costs two statements; on PostgreSQL they go with the statements after them.)
class Transaction
{
public:
    enum class Nested
    {
        Savepoint,
        JoinOuter
    };
    explicit Transaction(Database &db, Nested nested = Nested::Savepoint);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_joined = false; // inside the outer transaction, without a savepoint
    bool m_done = false;
};

// RAII read-only transaction for reads that belong together, such as the parts of a report:
// they all see one state of the database while others write (SQLite: a deferred read in WAL
// mode, which blocks no writer; PostgreSQL: REPEATABLE READ). Inside another transaction it
// leaves that one in charge. Each engine also sets itself up for the duration (see
// SqliteDatabase and PostgresDatabase::beginReadSnapshot); SQLite for a long read only, where
// that costs a short one (a sync's few look-ups by key) more than it saves.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db, ReadLength length = ReadLength::Long);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
    ReadLength m_length;
    bool m_open = false;
};

} // namespace ronde
