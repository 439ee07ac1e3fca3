#include "database.h"

#include "sqlite_database.h"

namespace ronde {

void Statement::run()
{
    while (step()) {
    }
    reset();
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return text(column);
}

bool Database::isPostgresUri(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

std::unique_ptr<Database> Database::open(const std::string &location,
                                         const std::optional<DatabaseKey> &key)
{
    if (isPostgresUri(location)) {
        if (key) {
            throw DatabaseError("a database key is for a tablet's SQLite file, not PostgreSQL");
        }
        return openPostgres(location);
    }
    return std::make_unique<SqliteDatabase>(location, key);
}

Statement &Database::prepare(std::string_view sql)
{
    auto found = m_statements.find(std::string(sql));
    if (found == m_statements.end()) {
        found = m_statements.emplace(std::string(sql), compile(sql)).first;
    } else {
        found->second->reset();
    }
    return *found->second;
}

int64_t Database::scalar(std::string_view sql)
{
    Statement &row = prepare(sql);
    const int64_t value = row.step() ? row.int64(0) : 0;
    row.reset();
    return value;
}

std::string Database::inJsonArray(const std::string &column, int parameter) const
{
    const std::string placeholder = "?" + std::to_string(parameter);
    // PostgreSQL: as an array, so that the look-up always goes through the column's index.
    // Joined to a set-returning function instead, the planner (which guesses 100 elements)
    // at times walked all of events by its key to meet the list: 25–50 ms for a page of a
    // pull with 100k events, where the index takes 2 ms.
    return dialect() == SqlDialect::PostgreSQL
               ? column + " = ANY (ARRAY(SELECT json_array_elements_text(CAST(" + placeholder +
                     " AS json))))"
               : column + " IN (SELECT value FROM json_each(" + placeholder + "))";
}

std::string Database::jsonArrayRows(int parameter) const
{
    const std::string placeholder = "?" + std::to_string(parameter);
    return dialect() == SqlDialect::PostgreSQL
               ? "json_array_elements_text(CAST(" + placeholder +
                     " AS json)) WITH ORDINALITY AS j(value, position)"
               : "(SELECT value, key AS position FROM json_each(" + placeholder + ")) AS j";
}

namespace {

void appendJsonString(std::string &json, std::string_view text)
{
    json += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            json += '\\';
            json += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static const char *hex = "0123456789abcdef";
            json += "\\u00";
            json += hex[(c >> 4) & 0xF];
            json += hex[c & 0xF];
        } else {
            json += c;
        }
    }
    json += '"';
}

} // namespace

std::string Database::copyText(const Rows &rows, size_t width)
{
    std::string text;
    text.reserve(rows.m_values.size() * 16);
    for (size_t i = 0; i < rows.m_values.size(); ++i) {
        const Rows::Value &value = rows.m_values[i];
        if (value.kind == Rows::Value::Kind::Text) {
            // The text format's escapes: a backslash, and what would end a field or a row.
            for (const char c : rows.textOf(value)) {
                switch (c) {
                case '\\':
                    text += "\\\\";
                    break;
                case '\t':
                    text += "\\t";
                    break;
                case '\n':
                    text += "\\n";
                    break;
                case '\r':
                    text += "\\r";
                    break;
                default:
                    text += c;
                }
            }
        } else if (value.kind == Rows::Value::Kind::Number) {
            text += std::to_string(value.number);
        } else {
            text += "\\N";
        }
        text += (i + 1) % width == 0 ? '\n' : '\t';
    }
    return text;
}

int64_t Database::copyIn(const std::string &target, std::string_view)
{
    throw DatabaseError("COPY " + target + ": not on " + displayName());
}

int64_t lockNamed(std::string_view name)
{
    uint64_t hash = 0xcbf29ce484222325ULL; // FNV-1a, 64 bits
    for (const char c : name) {
        hash = (hash ^ uint8_t(c)) * 0x100000001b3ULL;
    }
    return int64_t(hash);
}

std::string jsonTextArray(const std::vector<std::string> &texts)
{
    std::string json = "[";
    for (const std::string &text : texts) {
        if (json.size() > 1) {
            json += ',';
        }
        appendJsonString(json, text);
    }
    return json + "]";
}

void Rows::reserve(size_t rows, size_t valuesPerRow, size_t textBytesPerRow)
{
    m_values.reserve(rows * valuesPerRow);
    m_texts.reserve(rows * textBytesPerRow);
}

Rows &Rows::row()
{
    ++m_rows;
    return *this;
}

Rows &Rows::add(std::string_view text)
{
    // Neither engine takes a value near this size; the engines' binding takes an int.
    if (text.size() > size_t(INT32_MAX)) {
        throw DatabaseError("insertRows: a text of 2 GB or more");
    }
    const auto offset = int64_t(m_texts.size());
    m_texts.append(text); // first: should it fail, no value points past the buffer
    m_values.push_back({offset, uint32_t(text.size()), Value::Kind::Text});
    return *this;
}

Rows &Rows::add(int64_t number)
{
    m_values.push_back({number, 0, Value::Kind::Number});
    return *this;
}

Rows &Rows::add(const std::optional<std::string> &text)
{
    if (text) {
        return add(std::string_view(*text));
    }
    m_values.push_back({}); // NULL
    return *this;
}

Rows &Rows::add(const std::optional<int> &number)
{
    if (number) {
        return add(int64_t(*number));
    }
    m_values.push_back({}); // NULL
    return *this;
}

int64_t Database::insertRows(const std::string &insertInto, const std::vector<ColumnType> &columns,
                             const Rows &rows, const std::string &tail, Answer answer)
{
    if (rows.empty()) {
        return 0;
    }
    const size_t width = columns.size();
    if (rows.m_values.size() != rows.m_rows * width) {
        throw DatabaseError("insertRows: every row needs " + std::to_string(width) + " values");
    }
    // PostgreSQL's COPY (below) takes its target from these words. Refused on both engines
    // alike, so that the tests on SQLite find a caller that writes them otherwise.
    constexpr std::string_view kInsertInto = "INSERT INTO ";
    if (!insertInto.starts_with(kInsertInto)) {
        throw DatabaseError("insertRows: '" + insertInto + "' does not begin with INSERT INTO");
    }
    if (dialect() == SqlDialect::SQLite) {
        std::string values;
        for (size_t i = 1; i <= width; ++i) {
            values += (i == 1 ? " VALUES (?" : ", ?") + std::to_string(i);
        }
        Statement &insert = prepare(insertInto + values + ")" + tail);
        int64_t written = 0;
        for (size_t r = 0; r < rows.m_rows; ++r) {
            for (size_t c = 0; c < width; ++c) {
                const int index = int(c + 1);
                const Rows::Value &value = rows.m_values[r * width + c];
                switch (value.kind) {
                case Rows::Value::Kind::Null:
                    insert.bindNull(index);
                    break;
                case Rows::Value::Kind::Number:
                    insert.bind(index, value.number);
                    break;
                case Rows::Value::Kind::Text:
                    insert.bind(index, rows.textOf(value));
                    break;
                }
            }
            insert.run();
            written += changes();
        }
        return written;
    }
    // COPY takes two round trips (the statement, then the rows), a statement with the rows
    // as one parameter one: a docking's few rows go the one way, a large push's the other,
    // where COPY's cheaper rows outweigh a round trip (docs/PERFORMANCE.md, the twentieth
    // stop).
    if (tail.empty() && rows.m_rows >= kRowsWorthACopy) {
        return copyIn(insertInto.substr(kInsertInto.size()), copyText(rows, width));
    }
    std::string json = "[";
    std::string select;
    for (size_t r = 0; r < rows.m_rows; ++r) {
        json += r == 0 ? "[" : ",[";
        for (size_t c = 0; c < width; ++c) {
            json += c == 0 ? "" : ",";
            const Rows::Value &value = rows.m_values[r * width + c];
            if (value.kind == Rows::Value::Kind::Text) {
                appendJsonString(json, rows.textOf(value));
            } else if (value.kind == Rows::Value::Kind::Number) {
                json += std::to_string(value.number);
            } else {
                json += "null";
            }
        }
        json += "]";
    }
    json += "]";
    for (size_t c = 0; c < width; ++c) {
        std::string column = "(j.value ->> " + std::to_string(c) + ")";
        if (columns[c] == ColumnType::Integer) {
            column = "CAST(" + column + " AS BIGINT)";
        }
        select += (c == 0 ? " SELECT " : ", ") + column;
    }
    // jsonb, parsed once for the whole list: each row as json text was parsed again for
    // every column (a push's 5,000 contacts: 195 ms to insert, 125 ms as jsonb).
    Statement &insert = prepare(
        insertInto + select +
        " FROM jsonb_array_elements(CAST(?1 AS jsonb)) WITH ORDINALITY AS j(value, position)"
        " ORDER BY j.position" +
        tail);
    insert.bind(1, json);
    if (answer == Answer::Later) {
        insert.runSoon();
        return 0;
    }
    insert.run();
    return changes();
}

std::string Database::plusDays(const std::string &day, int days) const
{
    const std::string n = std::to_string(days);
    return dialect() == SqlDialect::PostgreSQL
               ? "to_char(CAST(" + day + " AS date) + " + n + ", 'YYYY-MM-DD')"
               : "date(" + day + ", '" + (days < 0 ? "" : "+") + n + " days')";
}

std::string Database::plusMonthsClamped(const std::string &day, int months) const
{
    const std::string n = std::to_string(months);
    if (dialect() == SqlDialect::PostgreSQL) {
        // PostgreSQL's month interval clamps to the month's end already.
        return "to_char(CAST(" + day + " AS date) + interval '" + n + " months', 'YYYY-MM-DD')";
    }
    // SQLite rolls 31 January + 1 month over into March; take the last day of the target
    // month when that comes first.
    return "MIN(date(" + day + ", '+" + n + " months'), date(" + day + ", 'start of month', '+" +
           std::to_string(months + 1) + " months', '-1 day'))";
}

std::string Database::daysBetween(const std::string &later, const std::string &earlier) const
{
    return dialect() == SqlDialect::PostgreSQL
               ? "(CAST(" + later + " AS date) - CAST(" + earlier + " AS date))"
               : "CAST(julianday(" + later + ") - julianday(" + earlier + ") AS INTEGER)";
}

void Database::runSoon(std::string_view sql)
{
    prepare(sql).run();
}

void Database::rollbackNested()
{
    try {
        exec(std::string("ROLLBACK TO nested; ") + std::string(kReleaseSavepoint));
    } catch (const DatabaseError &) {
        // The whole transaction is gone already (see rollbackWrite); nothing more to undo.
    }
}

void Database::beginWrite()
{
    prepare("BEGIN").run();
}

void Database::commitWrite()
{
    prepare("COMMIT").run();
}

void Database::rollbackWrite()
{
    try {
        exec("ROLLBACK");
    } catch (const DatabaseError &) {
        // Already rolled back by the engine (e.g. after SQLITE_FULL, or a lost connection);
        // nothing more to undo.
    }
}

Transaction::Transaction(Database &db, Nested nested)
    : m_db(db)
    , m_nested(db.inTransaction())
    , m_joined(m_nested && nested == Nested::JoinOuter)
{
    if (m_joined) {
        return;
    }
    if (m_nested) {
        // Cached statements: a bulk load opens a savepoint per record.
        m_db.runSoon(Database::kOpenSavepoint);
    } else {
        m_db.beginWrite();
    }
}

Transaction::~Transaction()
{
    if (m_done || m_joined) {
        return;
    }
    if (!m_nested) {
        m_db.rollbackWrite();
        return;
    }
    m_db.rollbackNested();
}

void Transaction::commit()
{
    if (m_nested) {
        if (!m_joined) {
            m_db.runSoon(Database::kReleaseSavepoint);
        }
    } else {
        m_db.commitWrite();
    }
    m_done = true;
}

ReadSnapshot::ReadSnapshot(Database &db, ReadLength length)
    : m_db(db)
    , m_length(length)
{
    if (db.inTransaction()) {
        return;
    }
    db.beginReadSnapshot(length);
    m_open = true;
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_open) {
        return;
    }
    try {
        m_db.endReadSnapshot(m_length);
    } catch (const DatabaseError &) {
        // The connection is gone, and with it the transaction.
    }
}

} // namespace ronde
