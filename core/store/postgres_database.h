#pragma once

#include "database.h"

typedef struct pg_conn PGconn;

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

    PGconn *m_conn = nullptr;
    std::string m_uri;
    int64_t m_changes = 0;
    int m_generation = 1;
    int m_statementCount = 0;
};

} // namespace ronde
