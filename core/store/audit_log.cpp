#include "audit_log.h"

#include <array>

namespace ronde {
namespace {

constexpr std::array<std::pair<AuditAction, std::string_view>, 4> kActionNames{{
    {AuditAction::OpenedDetainee, "opened"},
    {AuditAction::Recorded, "recorded"},
    {AuditAction::Synced, "synced"},
    {AuditAction::SetAside, "setAside"},
}};

constexpr const char *kColumns = "id, at_ms, device_id, user_id, action, detainee_id, subject";

AuditEntry entryFrom(const Statement &row, int first)
{
    AuditEntry e;
    e.id = row.text(first);
    e.atMs = row.int64(first + 1);
    e.deviceId = row.text(first + 2);
    e.userId = row.text(first + 3);
    e.action = auditActionFromName(row.view(first + 4)).value_or(AuditAction::Recorded);
    e.detaineeId = row.optionalText(first + 5);
    e.subject = row.text(first + 6);
    return e;
}

} // namespace

std::string_view auditActionName(AuditAction action)
{
    for (const auto &[a, name] : kActionNames) {
        if (a == action) {
            return name;
        }
    }
    return "recorded";
}

std::optional<AuditAction> auditActionFromName(std::string_view name)
{
    for (const auto &[a, n] : kActionNames) {
        if (n == name) {
            return a;
        }
    }
    return std::nullopt;
}

AuditLog::AuditLog(Database &db, Clock clock)
    : m_db(db)
    , m_clock(clock)
    , m_ids(std::move(clock))
{}

AuditEntry AuditLog::record(AuditAction action, const std::string &userId,
                            const std::optional<std::string> &detaineeId,
                            const std::string &subject, const std::string &deviceId)
{
    AuditEntry e{m_ids.next(), m_clock(), deviceId, userId, action, detaineeId, subject};
    write(deviceId, {e}, Database::Answer::Later); // nobody asks whether it was new
    return e;
}

size_t AuditLog::importFrom(const std::string &deviceId, const std::vector<AuditEntry> &entries)
{
    return write(deviceId, entries, Database::Answer::Now);
}

size_t AuditLog::write(const std::string &deviceId, const std::vector<AuditEntry> &entries,
                       Database::Answer answer)
{
    if (entries.empty()) {
        return 0; // most syncs bring none: no statement at all
    }
    // All in one statement on PostgreSQL: a sync brings one entry for about every event, and
    // there each statement is a round trip (Database::insertRows).
    Rows rows;
    rows.reserve(entries.size(), 7, 200);
    for (const AuditEntry &e : entries) {
        rows.row()
            .add(e.id)
            .add(e.atMs)
            .add(deviceId)
            .add(e.userId)
            .add(auditActionName(e.action))
            .add(e.detaineeId)
            .add(e.subject);
    }
    using T = Database::ColumnType;
    // Inside a sync's transaction a failure ends that whole transaction, so a savepoint of
    // its own would only cost two round trips on PostgreSQL.
    Transaction tx(m_db, Transaction::Nested::JoinOuter);
    const int64_t added =
        m_db.insertRows(std::string("INSERT INTO audit_log (") + kColumns + ")",
                        {T::Text, T::Integer, T::Text, T::Text, T::Text, T::Text, T::Text}, rows,
                        " ON CONFLICT (id) DO NOTHING", answer);
    tx.commit();
    return size_t(added);
}

std::vector<std::pair<int64_t, AuditEntry>> AuditLog::after(int64_t seq, int limit)
{
    Statement &row = m_db.prepare(std::string("SELECT seq, ") + kColumns +
                                  " FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?");
    row.bind(1, seq).bind(2, limit);
    std::vector<std::pair<int64_t, AuditEntry>> entries;
    while (row.step()) {
        entries.emplace_back(row.int64(0), entryFrom(row, 1));
    }
    row.reset();
    return entries;
}

std::vector<AuditEntry> AuditLog::forDetainee(const std::string &detaineeId)
{
    Statement &row = m_db.prepare(std::string("SELECT ") + kColumns +
                                  " FROM audit_log WHERE detainee_id = ? ORDER BY at_ms, seq");
    row.bind(1, detaineeId);
    std::vector<AuditEntry> entries;
    while (row.step()) {
        entries.push_back(entryFrom(row, 0));
    }
    row.reset();
    return entries;
}

int64_t AuditLog::count()
{
    return m_db.scalar("SELECT COUNT(*) FROM audit_log");
}

int64_t AuditLog::staffEntriesOf(const std::string &deviceId, int64_t sinceMs)
{
    Statement &row = m_db.prepare("SELECT COUNT(*) FROM audit_log WHERE device_id = ? AND "
                                  "at_ms > ? AND action <> 'synced'");
    row.bind(1, deviceId).bind(2, sinceMs);
    row.step();
    const int64_t count = row.int64(0);
    row.reset();
    return count;
}

std::optional<int64_t> AuditLog::lastSyncOf(const std::string &deviceId)
{
    // The last one written is the server's own, at the server's time (migration 17 says
    // why): a tablet's clock running days ahead, which the server still takes, does not
    // make it look synced later than it did. The condition is the index's own, word for
    // word, so that SQLite uses it.
    Statement &row = m_db.prepare("SELECT at_ms FROM audit_log WHERE device_id = ? AND "
                                  "action = 'synced' ORDER BY seq DESC LIMIT 1");
    row.bind(1, deviceId);
    std::optional<int64_t> at;
    if (row.step()) {
        at = row.int64(0);
    }
    row.reset();
    return at;
}

std::set<std::string> AuditLog::storedOf(const std::vector<std::string> &entryIds)
{
    Statement &row = m_db.prepare("SELECT id FROM audit_log WHERE " + m_db.inJsonArray("id", 1));
    row.bind(1, jsonTextArray(entryIds));
    std::set<std::string> stored;
    while (row.step()) {
        stored.insert(row.text(0));
    }
    return stored;
}

std::optional<int64_t> AuditLog::seqOf(const std::string &entryId)
{
    Statement &row = m_db.prepare("SELECT seq FROM audit_log WHERE id = ?");
    row.bind(1, entryId);
    std::optional<int64_t> seq;
    if (row.step()) {
        seq = row.int64(0);
    }
    row.reset();
    return seq;
}

void AuditLog::removeSentOf(const std::string &detaineeId, int64_t upToSeq)
{
    m_db.prepare("DELETE FROM audit_log WHERE detainee_id = ? AND seq <= ?")
        .bind(1, detaineeId)
        .bind(2, upToSeq)
        .run();
}

} // namespace ronde
