#pragma once

#include <span>

namespace ronde {

class Database;

// One numbered schema step (migrations.cpp applies them). Never edit a step that has
// shipped: add one, on both engines.
struct Migration
{
    int version;
    const char *sql;
    // Code run after the SQL, in its transaction, when the step needs it: filling what the
    // SQL created from rows already there, or counting them for the planner.
    void (*fill)(Database &) = nullptr;
};

constexpr int kLatestSchemaVersion = 17;

std::span<const Migration> sqliteMigrations();   // migrations_sqlite.cpp
std::span<const Migration> postgresMigrations(); // migrations_postgres.cpp

} // namespace ronde
