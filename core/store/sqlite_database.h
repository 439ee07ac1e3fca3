#pragma once

#include "database.h"

struct sqlite3;

namespace ronde {

// A SQLite file: WAL, synchronous=FULL (a recorded contact survives power loss), foreign
// keys on.
class SqliteDatabase final : public Database
{
public:
    explicit SqliteDatabase(const std::string &path);
    ~SqliteDatabase() override;

    SqlDialect dialect() const override { return SqlDialect::SQLite; }
    void exec(std::string_view sql) override;
    int64_t changes() const override;
    std::string displayName() const override { return m_path; }
    bool inTransaction() const override;
    void lockExclusively(int64_t) override {}

protected:
    std::unique_ptr<Statement> compile(std::string_view sql) override;

private:
    sqlite3 *m_db = nullptr;
    std::string m_path;
};

} // namespace ronde
