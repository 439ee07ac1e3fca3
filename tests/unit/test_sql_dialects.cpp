// Repositories write SQL with SQLite's placeholders; on PostgreSQL they become $N.
#include "store/postgres_database.h"

#include <gtest/gtest.h>

using namespace ronde;

TEST(PostgresPlaceholders, NumbersPlainPlaceholdersInOrder)
{
    const PostgresSql sql = toPostgresPlaceholders("SELECT a FROM t WHERE b = ? AND c = ?");
    EXPECT_EQ(sql.text, "SELECT a FROM t WHERE b = $1 AND c = $2");
    EXPECT_EQ(sql.parameters, 2);
}

TEST(PostgresPlaceholders, KeepsNumberedPlaceholdersAndCountsTheHighest)
{
    const PostgresSql sql = toPostgresPlaceholders("WHERE f = ?1 AND (?2 = '' OR u = ?2)");
    EXPECT_EQ(sql.text, "WHERE f = $1 AND ($2 = '' OR u = $2)");
    EXPECT_EQ(sql.parameters, 2);
}

TEST(PostgresPlaceholders, LeavesQuestionMarksInQuotedTextAlone)
{
    const PostgresSql sql =
        toPostgresPlaceholders("SELECT 'wat?', \"k?\" FROM t WHERE n = 'it''s?' AND x = ?");
    EXPECT_EQ(sql.text, "SELECT 'wat?', \"k?\" FROM t WHERE n = 'it''s?' AND x = $1");
    EXPECT_EQ(sql.parameters, 1);
}

TEST(PostgresPlaceholders, NoPlaceholdersNoParameters)
{
    EXPECT_EQ(toPostgresPlaceholders("SELECT COUNT(*) FROM events").parameters, 0);
}
