#include "postgres_database.h"

#include <charconv>
#include <cstdlib>
#include <libpq-fe.h>
#include <vector>

namespace ronde {
namespace {

std::string errorOf(PGconn *conn)
{
    std::string message = conn ? PQerrorMessage(conn) : "out of memory";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
        message.pop_back();
    }
    return message;
}

// Owns a PGresult.
struct Result
{
    PGresult *result = nullptr;
    explicit Result(PGresult *r = nullptr)
        : result(r)
    {}
    ~Result() { PQclear(result); }
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;
    void reset(PGresult *r = nullptr)
    {
        PQclear(result);
        result = r;
    }
};

// Throws unless the result is a success; returns the rows changed, for changes(). The caller
// owns the result either way.
int64_t checkResult(PGconn *conn, PGresult *result, std::string_view what)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        std::string message = result ? PQresultErrorMessage(result) : errorOf(conn);
        while (!message.empty() && message.back() == '\n') {
            message.pop_back();
        }
        throw DatabaseError(std::string(what) + ": " + message);
    }
    const char *tuples = PQcmdTuples(result);
    int64_t changed = 0;
    std::from_chars(tuples, tuples + std::char_traits<char>::length(tuples), changed);
    return changed;
}

class PostgresStatement final : public Statement
{
public:
    PostgresStatement(PostgresDatabase &db, std::string_view sql)
        : m_db(db)
        , m_sql(toPostgresPlaceholders(sql))
        , m_values(size_t(m_sql.parameters))
        , m_null(size_t(m_sql.parameters), true)
    {
        prepareIfNeeded();
    }

    Statement &bindNull(int index) override
    {
        slot(index);
        m_null[size_t(index - 1)] = true;
        return *this;
    }

    bool step() override
    {
        if (!m_executed) {
            execute();
        }
        return ++m_row < m_rows;
    }

    void runSoon() override
    {
        prepareIfNeeded();
        PostgresDatabase::Waiting command{m_sql.text, m_name, {}};
        for (size_t i = 0; i < m_values.size(); ++i) {
            command.values.push_back(m_null[i] ? std::nullopt
                                               : std::optional<std::string>(m_values[i]));
        }
        m_db.runSoon(std::move(command));
        reset();
    }

    void reset() override
    {
        m_result.reset();
        m_executed = false;
        m_row = -1;
        m_rows = 0;
        std::fill(m_null.begin(), m_null.end(), true);
    }

    bool isNull(int column) const override
    {
        return PQgetisnull(m_result.result, m_row, column) != 0;
    }
    int64_t int64(int column) const override
    {
        const std::string_view text = view(column);
        int64_t value = 0;
        std::from_chars(text.data(), text.data() + text.size(), value);
        return value;
    }
    double real(int column) const override { return std::strtod(view(column).data(), nullptr); }
    std::string_view view(int column) const override
    {
        return {PQgetvalue(m_result.result, m_row, column),
                size_t(PQgetlength(m_result.result, m_row, column))};
    }

protected:
    Statement &bindInteger(int index, int64_t value) override
    {
        slot(index) = std::to_string(value);
        return *this;
    }
    Statement &bindReal(int index, double value) override
    {
        char buffer[32];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
        slot(index).assign(buffer, end);
        return *this;
    }
    Statement &bindText(int index, std::string_view value) override
    {
        slot(index).assign(value);
        return *this;
    }

private:
    std::string &slot(int index)
    {
        if (index < 1 || index > m_sql.parameters) {
            throw DatabaseError("bind: no parameter " + std::to_string(index) + " in '" +
                                m_sql.text + "'");
        }
        m_null[size_t(index - 1)] = false;
        return m_values[size_t(index - 1)];
    }

    void prepareIfNeeded()
    {
        PGconn *conn = m_db.connection();
        if (m_generation == m_db.generation()) {
            return;
        }
        m_name = m_db.nextStatementName();
        const Result prepared(PQprepare(conn, m_name.c_str(), m_sql.text.c_str(), 0, nullptr));
        checkResult(conn, prepared.result, "prepare '" + m_sql.text + "'");
        m_generation = m_db.generation();
    }

    void execute()
    {
        prepareIfNeeded();
        std::vector<const char *> values(m_values.size());
        for (size_t i = 0; i < values.size(); ++i) {
            values[i] = m_null[i] ? nullptr : m_values[i].c_str();
        }
        PGconn *conn = m_db.connection();
        m_result.reset(m_db.execPrepared(m_name, values));
        m_db.setChanges(checkResult(conn, m_result.result, "step '" + m_sql.text + "'"));
        m_rows = PQntuples(m_result.result);
        m_row = -1;
        m_executed = true;
    }

    PostgresDatabase &m_db;
    PostgresSql m_sql;
    std::vector<std::string> m_values;
    std::vector<bool> m_null;
    std::string m_name;
    int m_generation = 0;
    Result m_result;
    bool m_executed = false;
    int m_row = -1;
    int m_rows = 0;
};

} // namespace

PostgresSql toPostgresPlaceholders(std::string_view sql)
{
    PostgresSql out;
    out.text.reserve(sql.size() + 16);
    int next = 0;
    char quote = 0;
    for (size_t i = 0; i < sql.size(); ++i) {
        const char c = sql[i];
        if (quote) {
            out.text += c;
            if (c == quote) {
                quote = 0; // a doubled quote reopens at once on the next character
            }
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out.text += c;
            continue;
        }
        if (c != '?') {
            out.text += c;
            continue;
        }
        size_t digits = i + 1;
        while (digits < sql.size() && sql[digits] >= '0' && sql[digits] <= '9') {
            ++digits;
        }
        int index = ++next;
        if (digits > i + 1) {
            std::from_chars(sql.data() + i + 1, sql.data() + digits, index);
            i = digits - 1;
        }
        out.parameters = std::max(out.parameters, index);
        out.text += '$' + std::to_string(index);
    }
    return out;
}

PostgresDatabase::PostgresDatabase(const std::string &uri)
    : m_uri(uri)
{
    m_conn = PQconnectdb(uri.c_str());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string message = errorOf(m_conn);
        PQfinish(m_conn);
        m_conn = nullptr;
        throw DatabaseError("open '" + displayName() + "': " + message);
    }
    // Quiet "relation already exists, skipping" notices; errors still come as results.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
    configureSession();
}

void PostgresDatabase::configureSession()
{
    // Our queries are many short index look-ups: compiling them (JIT, on by default when a
    // plan looks costly) took longer than running them in the report benchmark. (Straight
    // to the connection: what waits to go belongs after these.)
    const Result result(PQexec(m_conn, "SET client_min_messages = warning; SET jit = off"));
    checkResult(m_conn, result.result, "configure");
}

PostgresDatabase::~PostgresDatabase()
{
    forgetStatements();
    PQfinish(m_conn);
}

PGconn *PostgresDatabase::connection()
{
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        reconnect();
    }
    return m_conn;
}

void PostgresDatabase::reconnect()
{
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        throw DatabaseError("connection to " + displayName() + " lost: " + errorOf(m_conn));
    }
    ++m_generation;
    configureSession();
}

void PostgresDatabase::exec(std::string_view sql)
{
    flushWaiting(); // a text of several statements goes on its own
    PGconn *conn = connection();
    const Result result(PQexec(conn, std::string(sql).c_str()));
    m_changes = checkResult(conn, result.result, "exec");
}

std::string PostgresDatabase::displayName() const
{
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        // Leave out a password: everything between "://" and '@' is user[:password].
        const size_t scheme = m_uri.find("://");
        const size_t at = m_uri.find('@');
        if (scheme != std::string::npos && at != std::string::npos && at > scheme) {
            return m_uri.substr(0, scheme + 3) + m_uri.substr(at + 1);
        }
        return m_uri;
    }
    return std::string("postgresql://") + PQhost(m_conn) + ":" + PQport(m_conn) + "/" +
           PQdb(m_conn);
}

bool PostgresDatabase::inTransaction() const
{
    return m_beginWaiting || (PQtransactionStatus(m_conn) != PQTRANS_IDLE &&
                              PQtransactionStatus(m_conn) != PQTRANS_UNKNOWN);
}

void PostgresDatabase::lockExclusively(int64_t lockId)
{
    // Waited for at the server before the next statement runs, as if alone.
    runSoon("SELECT pg_advisory_xact_lock(" + std::to_string(lockId) + ")");
}

void PostgresDatabase::runSoon(std::string_view sql)
{
    runSoon(Waiting{std::string(sql), {}, {}});
}

void PostgresDatabase::runSoon(Waiting command)
{
    m_waiting.push_back(std::move(command));
    if (!inTransaction()) {
        flushWaiting(); // outside a transaction the next statement may be far off
    }
}

void PostgresDatabase::beginWrite()
{
    m_waiting.push_back({"BEGIN", {}, {}});
    m_beginWaiting = true;
}

void PostgresDatabase::rollbackWrite()
{
    const bool begun = !m_beginWaiting; // a BEGIN still waiting has nothing to undo
    m_waiting.clear();
    m_beginWaiting = false;
    if (begun) {
        Database::rollbackWrite();
    }
}

void PostgresDatabase::rollbackNested()
{
    // If this savepoint still waits, nothing of it reached the server: what waits from it on
    // is dropped, and what waited before it (an earlier write, and its error) still goes.
    // Inner savepoints it held, opened and released after it, are passed over.
    size_t released = 0;
    for (size_t i = m_waiting.size(); i-- > 0;) {
        if (m_waiting[i].sql == kReleaseSavepoint) {
            ++released;
        } else if (m_waiting[i].sql == kOpenSavepoint && released-- == 0) {
            m_waiting.resize(i);
            return;
        }
    }
    Database::rollbackNested();
}

PGresult *PostgresDatabase::execPrepared(const std::string &name,
                                         const std::vector<const char *> &values)
{
    if (m_waiting.empty()) {
        return PQexecPrepared(connection(), name.c_str(), int(values.size()), values.data(),
                              nullptr, nullptr, 0);
    }
    return sendWaiting(&name, values);
}

void PostgresDatabase::flushWaiting()
{
    if (!m_waiting.empty()) {
        sendWaiting(nullptr, {});
    }
}

PGresult *PostgresDatabase::sendWaiting(const std::string *name,
                                        const std::vector<const char *> &values)
{
    PGconn *conn = connection();
    const std::vector<Waiting> waiting = std::move(m_waiting);
    m_waiting.clear();
    m_beginWaiting = false;
    // A pipeline: every command sent, then one Sync; the server answers them in order and,
    // after an error, answers the rest "aborted" up to the Sync.
    bool sent = PQenterPipelineMode(conn) == 1;
    for (const Waiting &command : waiting) {
        if (command.prepared.empty()) {
            sent = sent && PQsendQueryParams(conn, command.sql.c_str(), 0, nullptr, nullptr,
                                             nullptr, nullptr, 0) == 1;
            continue;
        }
        std::vector<const char *> texts;
        for (const std::optional<std::string> &value : command.values) {
            texts.push_back(value ? value->c_str() : nullptr);
        }
        sent = sent && PQsendQueryPrepared(conn, command.prepared.c_str(), int(texts.size()),
                                           texts.data(), nullptr, nullptr, 0) == 1;
    }
    if (name) {
        sent = sent && PQsendQueryPrepared(conn, name->c_str(), int(values.size()), values.data(),
                                           nullptr, nullptr, 0) == 1;
    }
    sent = sent && PQpipelineSync(conn) == 1;
    // Every result is read, whatever happened, so that the connection leaves pipeline mode
    // ready for the next statement (or the rollback).
    std::string failure = sent ? "" : errorOf(conn);
    Result statement;
    const size_t commands = waiting.size() + (name ? 1 : 0);
    size_t done = 0; // commands whose results have all been read
    while (sent) {
        Result result(PQgetResult(conn));
        if (!result.result) {
            // The end of one command's results; more ends than commands: the connection
            // broke before the Sync's answer.
            if (++done > commands) {
                failure = failure.empty() ? errorOf(conn) : failure;
                break;
            }
            continue;
        }
        const ExecStatusType status = PQresultStatus(result.result);
        if (status == PGRES_PIPELINE_SYNC) {
            break;
        }
        if (done < waiting.size()) {
            if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && failure.empty()) {
                try {
                    checkResult(conn, result.result, "step '" + waiting[done].sql + "'");
                } catch (const DatabaseError &e) {
                    failure = e.what();
                }
            }
        } else if (done == waiting.size() && name) {
            statement.reset(result.result);
            result.result = nullptr;
        }
    }
    if (PQexitPipelineMode(conn) != 1) {
        // Left in pipeline mode, the connection would refuse every later statement: a new
        // one instead (if that fails, the next statement tries again: connection()).
        failure = failure.empty() ? errorOf(conn) : failure;
        try {
            reconnect();
        } catch (const DatabaseError &) {
        }
    }
    if (!failure.empty()) {
        throw DatabaseError(failure);
    }
    PGresult *out = statement.result;
    statement.result = nullptr;
    return out;
}

// Every query of a snapshot is planned for its own values: a cached statement otherwise
// settles on one generic plan after five runs, and the report then read a month of contacts
// as slowly as a quarter. A short read (a sync's) does the same, though planning is a tenth
// of its look-ups' time: with cached plans a docking was quicker, but the no-op sync and the
// fresh pull after a push of 100,000 were slower (docs/PERFORMANCE.md, the seventh stop).
void PostgresDatabase::beginReadSnapshot(ReadLength)
{
    m_waiting.push_back({"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", {}, {}});
    m_waiting.push_back({"SET LOCAL plan_cache_mode = force_custom_plan", {}, {}});
    m_beginWaiting = true;
}

void PostgresDatabase::endReadSnapshot(ReadLength)
{
    // Nothing was written; this only lets go of the snapshot, if it was taken at all.
    rollbackWrite();
}

int64_t PostgresDatabase::copyIn(const std::string &target, std::string_view data)
{
    flushWaiting(); // COPY cannot go in a pipeline
    PGconn *conn = connection();
    const std::string what = "COPY " + target;
    const Result started(PQexec(conn, (what + " FROM STDIN").c_str()));
    if (PQresultStatus(started.result) != PGRES_COPY_IN) {
        checkResult(conn, started.result, what);
        throw DatabaseError(what + ": the server did not take the rows");
    }
    // In pieces, since libpq counts a piece's bytes in an int.
    constexpr size_t kPiece = 1 << 20;
    bool sent = true;
    for (size_t at = 0; sent && at < data.size(); at += kPiece) {
        const std::string_view piece = data.substr(at, kPiece);
        sent = PQputCopyData(conn, piece.data(), int(piece.size())) == 1;
    }
    sent = PQputCopyEnd(conn, sent ? nullptr : "the rows were not all sent") == 1 && sent;
    // The COPY's own result, then nothing: every result is read, so that the connection is
    // ready for the next statement (or the rollback) whatever happened. Should the end not
    // have gone out (libpq out of memory), libpq is still copying and answers "copy in"
    // again: end it once more, with an error, and count it failed (as psql does).
    Result finished(PQgetResult(conn));
    for (int tries = 0; tries < 3 && PQresultStatus(finished.result) == PGRES_COPY_IN; ++tries) {
        sent = false;
        PQputCopyEnd(conn, "the end of the rows was not sent");
        finished.reset(PQgetResult(conn));
    }
    for (Result more(PQgetResult(conn)); more.result; more.reset(PQgetResult(conn))) {
        if (PQresultStatus(more.result) == PGRES_COPY_IN) {
            break; // still copying after all: the status tells the next statement
        }
    }
    m_changes = checkResult(conn, finished.result, what);
    if (!sent) {
        throw DatabaseError(what + ": " + errorOf(conn));
    }
    return m_changes;
}

std::unique_ptr<Statement> PostgresDatabase::compile(std::string_view sql)
{
    return std::make_unique<PostgresStatement>(*this, sql);
}

std::unique_ptr<Database> openPostgres(const std::string &uri)
{
    return std::make_unique<PostgresDatabase>(uri);
}

} // namespace ronde
