// Database::insertRows, the way a push's rows go in on both engines: on PostgreSQL a COPY in
// its text format for many rows (for a few, or with a tail such as ON CONFLICT, one statement
// over a jsonb list, which may go with the next statement), on SQLite one statement stepped
// row by row. What comes back is what was written, byte for byte, and a failed insert leaves
// none of its rows.
#include "store_fixture.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <limits>

using namespace ronde;

namespace {

struct Scratch
{
    std::string id;
    std::optional<std::string> note;
    std::optional<int> small;
    int64_t big = 0;
    bool operator==(const Scratch &) const = default;
};

class InsertRows : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        db().exec("CREATE TABLE scratch (id TEXT PRIMARY KEY, note TEXT, small INTEGER, "
                  "big BIGINT NOT NULL)");
    }
    Database &db() { return store().database(); }

    // `room`: the rows reserved beforehand (none, too few, too many: the same rows arrive).
    int64_t insert(const std::vector<Scratch> &rows, const std::string &tail = "", size_t room = 0,
                   Database::Answer answer = Database::Answer::Now)
    {
        Rows values;
        values.reserve(room, 4, 8);
        for (const Scratch &r : rows) {
            values.row().add(r.id).add(r.note).add(r.small).add(r.big);
        }
        using T = Database::ColumnType;
        return db().insertRows("INSERT INTO scratch (id, note, small, big)",
                               {T::Text, T::Text, T::Integer, T::Integer}, values, tail, answer);
    }
    std::vector<std::string> storedIds()
    {
        std::vector<std::string> ids;
        for (const Scratch &row : stored()) {
            ids.push_back(row.id);
        }
        return ids;
    }
    Scratch row(const std::string &id) { return {id, "x", 1, 1}; }
    void later(const std::string &id) { insert({row(id)}, "", 0, Database::Answer::Later); }
    // What `work` throws, or nothing.
    static std::string errorOf(const std::function<void()> &work)
    {
        try {
            work();
        } catch (const DatabaseError &e) {
            return e.what();
        }
        return {};
    }
    // The error of a broken key on either engine ("UNIQUE constraint failed: scratch.id",
    // "duplicate key value violates unique constraint"), not what follows it.
    static bool brokeTheKey(std::string error)
    {
        std::transform(error.begin(), error.end(), error.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        return error.find("unique") != std::string::npos;
    }
    // Enough plain rows besides `rows` that the whole goes by COPY on PostgreSQL.
    static std::vector<Scratch> withFiller(std::vector<Scratch> rows)
    {
        for (size_t i = 0; rows.size() < Database::kRowsWorthACopy; ++i) {
            rows.push_back({"filler-" + std::to_string(i), "x", 1, 1});
        }
        return rows;
    }
    // By id in byte order, whatever the database's collation.
    static std::vector<Scratch> sorted(std::vector<Scratch> rows)
    {
        std::sort(rows.begin(), rows.end(),
                  [](const Scratch &a, const Scratch &b) { return a.id < b.id; });
        return rows;
    }
    std::vector<Scratch> stored()
    {
        Statement &row = db().prepare("SELECT id, note, small, big FROM scratch");
        std::vector<Scratch> out;
        while (row.step()) {
            out.push_back({row.text(0), row.optionalText(1),
                           row.isNull(2) ? std::nullopt : std::optional<int>(row.integer(2)),
                           row.int64(3)});
        }
        return sorted(out);
    }
};

INSTANTIATE_TEST_SUITE_P(, InsertRows, ::testing::ValuesIn(storeBackings()), backingName);

} // namespace

TEST_P(InsertRows, TextThatLooksLikeTheFormatComesBackAsWritten)
{
    // Every character COPY's text format gives a meaning (tab, line ends, the backslash and
    // what it escapes, its NULL marker), an empty text beside a NULL, and the extremes.
    const std::vector<Scratch> rows = {
        {"a", "kolom\tna kolom", 1, 0},
        {"b", "regel\nna regel\r\nen \r alleen", -1, -1},
        {"c", "C:\\map\\N \\t \\n \\\\ \\", 0, std::numeric_limits<int64_t>::max()},
        {"d", "\\N", std::nullopt, std::numeric_limits<int64_t>::min()},
        {"e", "", std::nullopt, 42},
        {"f", std::nullopt, 5, 7},
        {"g", "één 'aanhalingstekens' \"dubbel\" [1,2] {x} ,;|", 3, 8},
        {"h", std::string(100'000, 'x') + "\t\\", 2, 9},
        {"\\.", "\\.", 6, 10}, // at the start of a line and alone, COPY's end of the data
        {"j", "\\.\n\\.\n", 7, 11},
    };
    // As a few rows (a statement on PostgreSQL), and among many (a COPY there).
    for (const std::vector<Scratch> &batch : {rows, withFiller(rows)}) {
        db().exec("DELETE FROM scratch");
        EXPECT_EQ(insert(batch), int64_t(batch.size()));
        EXPECT_EQ(stored(), sorted(batch));
    }
}

TEST_P(InsertRows, RoomReservedOrNotTheSameRowsArrive)
{
    // The texts share one buffer that grows as they come: what was added before it grew is
    // read from where it is now.
    std::vector<Scratch> rows;
    for (int i = 0; i < 300; ++i) {
        rows.push_back({"r" + std::to_string(1000 + i),
                        i % 7 == 0 ? std::nullopt
                                   : std::optional<std::string>(
                                         std::string(size_t(i % 50), char('a' + i % 26))),
                        i % 3 == 0 ? std::nullopt : std::optional<int>(i), int64_t(i) * 1'000'003});
    }
    for (const size_t room : {size_t(0), size_t(2), size_t(300), size_t(5000)}) {
        db().exec("DELETE FROM scratch");
        EXPECT_EQ(insert(rows, "", room), int64_t(rows.size())) << room;
        EXPECT_EQ(stored(), sorted(rows)) << room;
        db().exec("DELETE FROM scratch");
        EXPECT_EQ(insert(rows, " ON CONFLICT (id) DO NOTHING", room), int64_t(rows.size())) << room;
        EXPECT_EQ(stored(), sorted(rows)) << room;
    }
}

TEST_P(InsertRows, ABatchOfMoreThanAMegabyteArrivesWholeWhereverItsPiecesAreCut)
{
    // COPY's data goes in pieces of 1 MiB: two texts of about 1.2 MB (in COPY's text, escapes
    // and two-byte letters throughout) are cut in the middle of an escape or a letter.
    std::string escapes, letters;
    while (escapes.size() < 1'200'000) {
        escapes += "a\\b\tc\n";
        letters += "één\\";
    }
    const std::vector<Scratch> rows = withFiller({{"a", escapes, 1, 1}, {"b", letters, 2, 2}});
    EXPECT_EQ(insert(rows), int64_t(rows.size()));
    EXPECT_EQ(stored(), sorted(rows));
}

TEST_P(InsertRows, AStatementThatIsNotAnInsertIsRefusedOnBothEngines)
{
    Rows values;
    values.row().add(std::string("a")).add(std::string("b")).add(int64_t(1)).add(int64_t(2));
    using T = Database::ColumnType;
    EXPECT_THROW(db().insertRows("insert into scratch (id, note, small, big)",
                                 {T::Text, T::Text, T::Integer, T::Integer}, values),
                 DatabaseError);
    EXPECT_TRUE(stored().empty());
}

TEST_P(InsertRows, ABatchThatBreaksAKeyLeavesNoneOfItsRowsAndTheConnectionGoesOn)
{
    ASSERT_EQ(insert({{"kept", "er al", 1, 1}}), 1);
    const std::vector<Scratch> broken = {
        {"new-1", "x", 1, 1}, {"kept", "dubbel", 2, 2}, {"new-2", "y", 3, 3}};
    // A few rows, and many (by COPY on PostgreSQL).
    for (const std::vector<Scratch> &batch : {broken, withFiller(broken)}) {
        {
            Transaction tx(db());
            EXPECT_THROW(insert(batch), DatabaseError);
            // The transaction is given up, as a push's is when its write fails.
        }
        EXPECT_EQ(stored(), (std::vector<Scratch>{{"kept", "er al", 1, 1}}));
    }
    // The next write on the same connection goes through.
    EXPECT_EQ(insert({{"next", "daarna", 4, 4}}), 1);
    EXPECT_EQ(stored().size(), 2u);
}

TEST_P(InsertRows, RowsSentLaterAreThereForTheTransactionsNextStatementAndAfterItsCommit)
{
    const std::vector<Scratch> rows = {{"a", "één", 1, 1}, {"b", std::nullopt, std::nullopt, 2}};
    {
        Transaction tx(db());
        insert(rows, "", 0, Database::Answer::Later);
        EXPECT_EQ(stored(), sorted(rows)) << "the next statement comes after them";
        tx.commit();
    }
    EXPECT_EQ(stored(), sorted(rows));
}

TEST_P(InsertRows, RowsSentLaterThatBreakAKeyFailTheCommitAtTheLatestAndLeaveNothing)
{
    ASSERT_EQ(insert({{"kept", "er al", 1, 1}}), 1);
    {
        Transaction tx(db());
        const std::string error = errorOf([&] {
            insert({{"new-1", "x", 1, 1}, {"kept", "dubbel", 2, 2}}, "", 0,
                   Database::Answer::Later);
            tx.commit();
        });
        EXPECT_TRUE(brokeTheKey(error)) << "the insert's own error: " << error;
    }
    EXPECT_EQ(stored(), (std::vector<Scratch>{{"kept", "er al", 1, 1}}));
    // The connection goes on: the next write, and a transaction, go through.
    EXPECT_EQ(insert({{"next", "daarna", 4, 4}}), 1);
    {
        Transaction tx(db());
        insert({{"last", "laatst", 5, 5}}, "", 0, Database::Answer::Later);
        tx.commit();
    }
    EXPECT_EQ(stored().size(), 3u);
}

TEST_P(InsertRows, RowsSentLaterOutsideATransactionAreWrittenAtOnce)
{
    // Nothing follows them: they must not wait for a statement that may never come.
    const std::vector<Scratch> rows = {{"a", "nu", 1, 1}};
    insert(rows, "", 0, Database::Answer::Later);
    if (GetParam() == Backing::Memory) {
        EXPECT_EQ(stored(), rows); // no second connection sees a private database
        return;
    }
    const std::unique_ptr<Database> other = Database::open(m_path.string());
    Statement &count = other->prepare("SELECT COUNT(*) FROM scratch");
    ASSERT_TRUE(count.step());
    EXPECT_EQ(count.int64(0), 1) << "seen by another connection";
}

TEST_P(InsertRows, WithATailTheRowsGoInByStatementAndCountOnlyWhatWasWritten)
{
    ASSERT_EQ(insert({{"kept", "eerst", 1, 1}}), 1);
    EXPECT_EQ(insert({{"kept", "later", 2, 2}, {"new", "tab\there", 3, 3}},
                     " ON CONFLICT (id) DO NOTHING"),
              1);
    EXPECT_EQ(stored(),
              (std::vector<Scratch>{{"kept", "eerst", 1, 1}, {"new", "tab\there", 3, 3}}));
}

TEST_P(InsertRows, NoRowsWriteNothing)
{
    EXPECT_EQ(insert({}), 0);
    EXPECT_TRUE(stored().empty());
}

TEST_P(InsertRows, SavepointsKeepOrLoseTheirRowsWhetherTheyWaitedOrWereSent)
{
    {
        Transaction outer(db());
        later("outer");
        {
            Transaction kept(db());
            later("kept");
            {
                Transaction inner(db());
                later("inner-kept");
                inner.commit();
            }
            kept.commit();
        }
        {
            // Given up with its inner one, all of it still waiting on PostgreSQL.
            Transaction dropped(db());
            later("dropped-1");
            {
                Transaction inner(db());
                later("dropped-2");
                inner.commit();
            }
        }
        {
            // Given up after a statement took it to the server.
            Transaction sent(db());
            later("sent-then-dropped");
            EXPECT_EQ(stored().size(), 4u);
        }
        outer.commit();
    }
    EXPECT_EQ(storedIds(), (std::vector<std::string>{"inner-kept", "kept", "outer"}));
}

TEST_P(InsertRows, AWriteThatFailsBeforeASavepointGivenUpStillFailsItsTransaction)
{
    ASSERT_EQ(insert({row("kept")}), 1);
    {
        Transaction outer(db());
        const std::string error = errorOf([&] {
            insert({{"new", "x", 1, 1}, {"kept", "dubbel", 2, 2}}, "", 0, Database::Answer::Later);
            {
                Transaction inner(db()); // left before any statement of its own
            }
            later("after");
            outer.commit();
        });
        EXPECT_TRUE(brokeTheKey(error)) << "the insert's own error: " << error;
    }
    EXPECT_EQ(storedIds(), (std::vector<std::string>{"kept"}));
}

TEST_P(InsertRows, TransactionsAndSnapshotsThatRanNothingLeaveTheConnectionAsItWas)
{
    {
        Transaction givenUp(db());
    }
    {
        ReadSnapshot snapshot(db());
    }
    {
        Transaction empty(db());
        empty.commit();
    }
    EXPECT_FALSE(db().inTransaction());
    EXPECT_EQ(insert({row("a")}), 1);
    EXPECT_EQ(storedIds(), (std::vector<std::string>{"a"}));
}
