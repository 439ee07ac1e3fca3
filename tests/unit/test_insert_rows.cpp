// Database::insertRows, the way a push's rows go in on both engines: on PostgreSQL a COPY in
// its text format (or, with a tail such as ON CONFLICT, one statement over a jsonb list), on
// SQLite one statement stepped row by row. What comes back is what was written, byte for
// byte, and a failed insert leaves none of its rows.
#include "store_fixture.h"

#include <algorithm>
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
    int64_t insert(const std::vector<Scratch> &rows, const std::string &tail = "", size_t room = 0)
    {
        Rows values;
        values.reserve(room, 4, 8);
        for (const Scratch &r : rows) {
            values.row().add(r.id).add(r.note).add(r.small).add(r.big);
        }
        using T = Database::ColumnType;
        return db().insertRows("INSERT INTO scratch (id, note, small, big)",
                               {T::Text, T::Text, T::Integer, T::Integer}, values, tail);
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
    EXPECT_EQ(insert(rows), int64_t(rows.size()));
    EXPECT_EQ(stored(), sorted(rows));
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
    const std::vector<Scratch> rows = {{"a", escapes, 1, 1}, {"b", letters, 2, 2}};
    EXPECT_EQ(insert(rows), 2);
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
    {
        Transaction tx(db());
        EXPECT_THROW(insert({{"new-1", "x", 1, 1}, {"kept", "dubbel", 2, 2}, {"new-2", "y", 3, 3}}),
                     DatabaseError);
        // The transaction is given up, as a push's is when its write fails.
    }
    EXPECT_EQ(stored(), (std::vector<Scratch>{{"kept", "er al", 1, 1}}));
    // The next write on the same connection goes through.
    EXPECT_EQ(insert({{"next", "daarna", 4, 4}}), 1);
    EXPECT_EQ(stored().size(), 2u);
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
