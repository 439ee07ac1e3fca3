#include "outbox.h"

#include "database.h"

namespace ronde {

Outbox::Outbox(Database &db)
    : m_db(db)
{}

namespace {

std::vector<OutboxEntry> entries(Statement &row)
{
    std::vector<OutboxEntry> result;
    while (row.step()) {
        result.push_back({row.int64(0), row.text(1)});
    }
    return result;
}

} // namespace

std::vector<OutboxEntry> Outbox::pending(int limit)
{
    Statement &row = m_db.prepare(
        "SELECT seq, event_id FROM outbox WHERE refused_reason IS NULL ORDER BY seq LIMIT ?");
    row.bind(1, limit);
    return entries(row);
}

std::vector<OutboxEntry> Outbox::pendingAfter(const std::string &eventId, int limit)
{
    Statement &row =
        m_db.prepare("SELECT seq, event_id FROM outbox WHERE refused_reason IS NULL "
                     "AND seq > (SELECT seq FROM outbox WHERE event_id = ?) ORDER BY seq LIMIT ?");
    row.bind(1, eventId).bind(2, limit);
    return entries(row);
}

int64_t Outbox::size()
{
    return m_db.scalar("SELECT COUNT(*) FROM outbox WHERE refused_reason IS NULL");
}

void Outbox::acknowledge(const std::vector<std::string> &eventIds)
{
    Transaction tx(m_db);
    for (const std::string &id : eventIds) {
        m_db.prepare("DELETE FROM outbox WHERE event_id = ?").bind(1, id).run();
    }
    tx.commit();
}

void Outbox::markRefused(const std::string &eventId, const std::string &reason, int64_t atMs)
{
    m_db.prepare("UPDATE outbox SET refused_reason = ?, refused_at = ? WHERE event_id = ?")
        .bind(1, reason)
        .bind(2, atMs)
        .bind(3, eventId)
        .run();
}

std::vector<RefusedChange> Outbox::refused()
{
    Statement &row =
        m_db.prepare("SELECT o.event_id, e.detainee_id, e.type, e.occurred_at, o.refused_reason, "
                     "o.refused_at FROM outbox o JOIN events e ON e.id = o.event_id "
                     "WHERE o.refused_reason IS NOT NULL ORDER BY o.seq");
    std::vector<RefusedChange> result;
    while (row.step()) {
        result.push_back(
            {row.text(0), row.text(1), row.text(2), row.int64(3), row.text(4), row.int64(5)});
    }
    return result;
}

int64_t Outbox::refusedCount()
{
    return m_db.scalar("SELECT COUNT(*) FROM outbox WHERE refused_reason IS NOT NULL");
}

int64_t Outbox::resendRefused()
{
    m_db.exec("UPDATE outbox SET refused_reason = NULL, refused_at = NULL "
              "WHERE refused_reason IS NOT NULL");
    return m_db.changes();
}

bool Outbox::holdsAnythingOf(const std::string &detaineeId)
{
    Statement &row = m_db.prepare("SELECT 1 FROM outbox o JOIN events e ON e.id = o.event_id "
                                  "WHERE e.detainee_id = ? LIMIT 1");
    row.bind(1, detaineeId);
    const bool found = row.step();
    row.reset();
    return found;
}

} // namespace ronde
