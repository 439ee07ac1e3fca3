#include "sqlite_database.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <sqlite3.h>
#include <unistd.h>
#include <vector>

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

namespace {

constexpr int kBusyTimeoutMs = 5000;

sqlite3 *openFile(const std::string &path)
{
    // A new database file is the owner's only (docs/SECURITY.md "At rest"); SQLite gives its
    // WAL and SHM files the same mode. Made here first, so that this holds with any SQLite
    // library, whatever the process's umask.
    if (path != ":memory:" && !path.starts_with("file:")) {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
        }
    }
    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        const std::string message = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close(db);
        throw DatabaseError("open '" + path + "': " + message);
    }
    sqlite3_extended_result_codes(db, 1);
    // From the first statement on, wait for a lock another process holds (a sync while the
    // app writes) instead of failing at once with "database is locked".
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    return db;
}

// The connections of one process to one file take turns at writing through one mutex, before
// SQLite's own lock: a waiting server worker is then woken the moment the writer commits. With
// SQLite's busy handler alone it sleeps in steps of up to 100 ms and retries, and the other
// worker, writing push after push, took the lock again and again (a push waited up to 235 ms
// while 200 tablets docked). Other processes still meet SQLite's lock and its busy timeout.
// An in-memory database is a connection's own.
std::shared_ptr<std::timed_mutex> writerOf(const std::string &path)
{
    if (path == ":memory:" || path.empty() || path.starts_with("file:")) {
        return std::make_shared<std::timed_mutex>();
    }
    static std::mutex guard;
    static std::map<std::string, std::weak_ptr<std::timed_mutex>> writers;
    std::error_code error;
    const std::string canonical = std::filesystem::weakly_canonical(path, error).string();
    const std::lock_guard<std::mutex> lock(guard);
    for (auto it = writers.begin(); it != writers.end();) { // those no longer open
        it = it->second.expired() ? writers.erase(it) : std::next(it);
    }
    std::weak_ptr<std::timed_mutex> &known = writers[error ? path : canonical];
    std::shared_ptr<std::timed_mutex> writer = known.lock();
    if (!writer) {
        writer = std::make_shared<std::timed_mutex>();
        known = writer;
    }
    return writer;
}

// bit_or(x): the bitwise OR of the integers in a group, NULL for none. PostgreSQL has it
// built in; with it here too, a query folds a set of role bits (RoleSet) the same way on both
// engines, in one aggregate instead of one per role (core/report).
struct BitOrState
{
    sqlite3_int64 bits; // SQLite hands out the state zeroed
    bool seen;
};

void bitOrStep(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        return;
    }
    auto *state = static_cast<BitOrState *>(sqlite3_aggregate_context(context, sizeof(BitOrState)));
    if (!state) {
        sqlite3_result_error_nomem(context);
        return;
    }
    state->bits |= sqlite3_value_int64(values[0]);
    state->seen = true;
}

void bitOrFinal(sqlite3_context *context)
{
    const auto *state = static_cast<BitOrState *>(sqlite3_aggregate_context(context, 0));
    if (state && state->seen) {
        sqlite3_result_int64(context, state->bits);
    } else {
        sqlite3_result_null(context);
    }
}

void execOn(sqlite3 *db, const std::string &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errmsg(db);
        sqlite3_free(error);
        throw DatabaseError("exec: " + message);
    }
}

#ifdef RONDE_WITH_SQLCIPHER
std::string rawKeyLiteral(const DatabaseKey &key)
{
    return "\"x'" + key.hex() + "'\""; // SQLCipher's raw-key form: no passphrase derivation
}

// Encrypts a plaintext database file in place. The encrypted copy is written beside it and
// only then renamed over it, so a crash at any point leaves either the old file (the next
// start tries again) or the new one, never half of each.
void encryptInPlace(const std::string &path, const DatabaseKey &key)
{
    const std::string partial = path + ".encrypting";
    std::remove(partial.c_str()); // left by an earlier attempt that did not finish
    sqlite3 *plain = openFile(path);
    try {
        // Everything into the main file first: a plaintext WAL must not outlive it.
        execOn(plain, "PRAGMA wal_checkpoint(TRUNCATE)");
        const int userVersion = [&] {
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v2(plain, "PRAGMA user_version", -1, &stmt, nullptr);
            const int version = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : 0;
            sqlite3_finalize(stmt);
            return version;
        }();
        char *quoted = sqlite3_mprintf("%Q", partial.c_str());
        const std::string partialLiteral = quoted;
        sqlite3_free(quoted);
        execOn(plain,
               "ATTACH DATABASE " + partialLiteral + " AS encrypted KEY " + rawKeyLiteral(key));
        execOn(plain, "SELECT sqlcipher_export('encrypted')");
        execOn(plain, "PRAGMA encrypted.user_version = " + std::to_string(userVersion));
        execOn(plain, "DETACH DATABASE encrypted");
    } catch (...) {
        sqlite3_close(plain);
        std::remove(partial.c_str());
        throw;
    }
    if (sqlite3_close(plain) != SQLITE_OK) {
        throw DatabaseError("close '" + path + "' before encrypting it");
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        std::remove((path + suffix).c_str());
    }
    if (std::rename(partial.c_str(), path.c_str()) != 0) {
        std::remove(partial.c_str());
        throw DatabaseError("replace '" + path + "' by its encrypted copy");
    }
}
#endif

} // namespace

SqliteDatabase::SqliteDatabase(const std::string &path, const std::optional<DatabaseKey> &key,
                               NewFilePages pages)
    : m_path(path)
    , m_encrypted(key.has_value())
{
    if (key) {
#ifdef RONDE_WITH_SQLCIPHER
        if (sqliteFileKind(path) == SqliteFileKind::Plaintext) {
            encryptInPlace(path, *key);
        }
#else
        throw DatabaseError("this build has no SQLCipher: cannot open '" + path + "' with a key");
#endif
    }
    m_db = openFile(path);
    m_writer = writerOf(path);
    try {
#ifdef RONDE_WITH_SQLCIPHER
        if (key) {
            execOn(m_db, "PRAGMA key = " + rawKeyLiteral(*key));
        }
#endif
        // The first read of the schema is where a wrong key shows: page 1 does not decrypt.
        char *error = nullptr;
        const int rc =
            sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, &error);
        sqlite3_free(error);
        if ((rc & 0xff) == SQLITE_NOTADB) {
            // Without a key, an encrypted database and a file that is no database at all
            // look the same here: say both.
            throw WrongKeyError(key ? "'" + path + "' is not encrypted with this device's key"
                                    : "'" + path +
                                          "' is not a database, or it is encrypted and no key "
                                          "was given");
        }
        if (rc != SQLITE_OK) {
            fail(m_db, "open '" + path + "'");
        }
    } catch (...) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
    if (sqlite3_create_function_v2(m_db, "bit_or", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   nullptr, bitOrStep, bitOrFinal, nullptr) != SQLITE_OK) {
        fail(m_db, "register bit_or");
    }
    exec("PRAGMA foreign_keys = ON");
    if (pages == NewFilePages::Large && !key) {
        // Pages of 16 KiB, four times SQLite's default, for a reporting store's file: a push
        // of 100,000 took 10-22 % less of the server's workers (five pairs), in fewer pages
        // to split and fewer frames to write to the WAL at each commit, and a docking no more
        // (docs/PERFORMANCE.md, the eighteenth stop). Set before the WAL mode below writes
        // the first page of a new file (an in-memory one is made by its first table); an
        // existing file keeps its own.
        exec("PRAGMA page_size = " + std::to_string(kLargePageSize));
    }
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = FULL");
    // A larger cache, for reading a whole facility (200k events). The file is not mapped into
    // memory (mmap_size stays 0): a read transaction that begins after another connection's
    // commit drops the connection's cache and unmaps the whole file, and the pages it touches
    // are then faulted in one by one. With the server's workers committing in turn that was
    // most reads, and a page fault costs more than the read() that replaces it: without the
    // map a docking took a fifth less of the workers' processor, and reading a facility
    // alone was no slower (docs/PERFORMANCE.md, "National scale"). (SQLCipher does not map
    // an encrypted file either.)
    exec("PRAGMA cache_size = -32768");
    // A tablet deletes what it may no longer hold (a detainee's questionnaire answers once
    // the server has them, a purged detainee): overwrite it, not just mark the pages free.
    if (key) {
        exec("PRAGMA secure_delete = ON");
    } else {
        // SQLite copies the WAL back into the file in the commit that passes this many pages,
        // while that connection still holds the writer. A docking push writes about 56 pages,
        // so at the default of 1,000 a server stopped every writer for a checkpoint every 18
        // pushes; at 10,000 (a WAL of about 40 MB with pages of 4 KiB, 160 MB in a file made
        // with large pages) the docking's p99 was lower in five pairs of six, measured with
        // pages of 4 KiB (docs/PERFORMANCE.md, "The eighth stop"). A tablet keeps the default.
        exec("PRAGMA wal_autocheckpoint = 10000");
    }
}

SqliteDatabase::~SqliteDatabase()
{
    forgetStatements(); // finalize before close
    sqlite3_close(m_db);
}

void SqliteDatabase::exec(std::string_view sql)
{
    execOn(m_db, std::string(sql));
}

int64_t SqliteDatabase::changes() const
{
    return sqlite3_changes64(m_db);
}

bool SqliteDatabase::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

// The library keeps temporary data in memory (SQLITE_TEMP_STORE=2), so that nothing of an
// encrypted database lands on disk in the clear. Its in-memory sorter allocates row by row,
// though: grouping the 600k ratings of a national report took twice as long as with a
// temporary file. So a long read of a plaintext file (the server's, the office's) sorts
// through a file. Only a long read: every INSERT … RETURNING uses a temporary table, and a
// file for each made recording a contact 2.5 times slower; and a sync sorts nothing.
void SqliteDatabase::beginReadSnapshot(ReadLength length)
{
    if (!m_encrypted && length == ReadLength::Long) {
        exec("PRAGMA temp_store = FILE");
    }
    exec("BEGIN");
}

void SqliteDatabase::endReadSnapshot(ReadLength length)
{
    const int rc = sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    if (!m_encrypted && length == ReadLength::Long) {
        exec("PRAGMA temp_store = DEFAULT");
    }
    if (rc != SQLITE_OK) {
        fail(m_db, "end of a read snapshot");
    }
}

namespace {
// The writer locks this thread holds: a thread that writes on one connection and then begins
// a write on another to the same file would wait for itself.
thread_local std::vector<const std::timed_mutex *> heldWriters;
} // namespace

void SqliteDatabase::beginWrite()
{
    if (std::find(heldWriters.begin(), heldWriters.end(), m_writer.get()) != heldWriters.end()) {
        throw DatabaseError("begin: this thread is already writing to '" + m_path +
                            "' on another connection");
    }
    if (!m_writer->try_lock_for(std::chrono::milliseconds(kBusyTimeoutMs))) {
        throw DatabaseError("begin: another connection of this process is still writing to '" +
                            m_path + "'");
    }
    try {
        // IMMEDIATE: a writer waits for the lock up front instead of failing half-way.
        prepare("BEGIN IMMEDIATE").run();
    } catch (...) {
        m_writer->unlock();
        throw;
    }
    heldWriters.push_back(m_writer.get());
}

void SqliteDatabase::commitWrite()
{
    prepare("COMMIT").run(); // on failure the transaction is still open: rollbackWrite ends it
    letGoOfWriter();
}

void SqliteDatabase::rollbackWrite()
{
    Database::rollbackWrite();
    letGoOfWriter();
}

void SqliteDatabase::letGoOfWriter()
{
    heldWriters.erase(std::find(heldWriters.begin(), heldWriters.end(), m_writer.get()));
    m_writer->unlock();
}

std::unique_ptr<Statement> SqliteDatabase::compile(std::string_view sql)
{
    return std::make_unique<SqliteStatement>(m_db, sql);
}

} // namespace ronde
