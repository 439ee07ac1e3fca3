#include "outbox.h"

#include "database.h"

namespace ronde {

Outbox::Outbox(Database &db)
    : m_db(db)
{}

std::vector<OutboxEntry> Outbox::pending(int limit)
{
    Statement &row = m_db.prepare("SELECT seq, event_id FROM outbox ORDER BY seq LIMIT ?");
    row.bind(1, limit);
    std::vector<OutboxEntry> result;
    while (row.step()) {
        result.push_back({row.int64(0), row.text(1)});
    }
    return result;
}

int64_t Outbox::size()
{
    return m_db.scalar("SELECT COUNT(*) FROM outbox");
}

void Outbox::acknowledge(const std::vector<std::string> &eventIds)
{
    Transaction tx(m_db);
    for (const std::string &id : eventIds) {
        m_db.prepare("DELETE FROM outbox WHERE event_id = ?").bind(1, id).run();
    }
    tx.commit();
}

} // namespace ronde
