#pragma once

#include "database.h"

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace ronde {

// SQL with SQLite's `?` and `?N` placeholders, rewritten for PostgreSQL (`$N`); quoted text
// is left alone. `parameters` is the highest index used.
struct PostgresSql
{
    std::string text;
    int parameters = 0;
};
PostgresSql toPostgresPlaceholders(std::string_view sql);

// A connection to a PostgreSQL database through libpq. Parameters travel as text and the
// server infers their types from the statement, as SQLite's dynamic typing does.
// If the connection drops (a server restart), the next statement outside a transaction
// reconnects; one inside a transaction fails, and the transaction with it.
// Inside a transaction, what gives no rows and needs no answer at once (BEGIN, SAVEPOINT and
// RELEASE, a lock, Statement::runSoon) waits and goes with the next statement, in one
// pipeline: one round trip instead of several. A rollback before anything was sent sends
// nothing.
class PostgresDatabase final : public Database
{
public:
    explicit PostgresDatabase(const std::string &uri);
    ~PostgresDatabase() override;

    SqlDialect dialect() const override { return SqlDialect::PostgreSQL; }
    void exec(std::string_view sql) override;
    int64_t changes() const override { return m_changes; }
    std::string displayName() const override;
    bool inTransaction() const override;
    void lockExclusively(int64_t lockId) override;
    void beginReadSnapshot(ReadLength length) override;
    void endReadSnapshot(ReadLength length) override;
    void runSoon(std::string_view sql) override;
    void beginWrite() override;
    void rollbackWrite() override;
    void rollbackNested() override;

    // A statement that gives no rows, to go with the next one: its SQL (for an error's
    // message), and the name and values of the prepared statement, or none to send the SQL
    // itself.
    struct Waiting
    {
        std::string sql;
        std::string prepared;
        std::vector<std::optional<std::string>> values;
    };
    void runSoon(Waiting command);
    // Runs the prepared statement `name` together with the commands waiting to go
    // (runSoon), all in one round trip; returns its result, which the caller owns. Throws the
    // first error among them.
    PGresult *execPrepared(const std::string &name, const std::vector<const char *> &values);

    // For statements: the live connection, reconnected if it was lost, and a number that
    // changes with each new connection (prepared statements belong to one connection).
    PGconn *connection();
    int generation() const { return m_generation; }
    std::string nextStatementName() { return "ronde_" + std::to_string(++m_statementCount); }
    void setChanges(int64_t changes) { m_changes = changes; }

protected:
    std::unique_ptr<Statement> compile(std::string_view sql) override;
    int64_t copyIn(const std::string &target, std::string_view data) override;

private:
    // The settings every connection gets, a new one after a reconnect too.
    void configureSession();
    // A new connection for a lost one (or one stuck in pipeline mode).
    void reconnect();
    // Sends the waiting commands (at least one), and then the prepared statement `name` if
    // there is one, as one pipeline; returns the statement's result.
    PGresult *sendWaiting(const std::string *name, const std::vector<const char *> &values);
    // Sends the waiting commands on their own, before a statement that cannot go with them.
    void flushWaiting();

    PGconn *m_conn = nullptr;
    std::string m_uri;
    int64_t m_changes = 0;
    int m_generation = 1;
    int m_statementCount = 0;
    // Commands that give no rows and go with the next statement (BEGIN, SAVEPOINT, a lock):
    // on this server's busy dockings a statement of its own cost about 0.13 ms of the machine
    // (docs/PERFORMANCE.md, the twentieth stop).
    std::vector<Waiting> m_waiting;
    // The transaction's BEGIN is among them: nothing of it has reached the server yet.
    bool m_beginWaiting = false;
};

} // namespace ronde
