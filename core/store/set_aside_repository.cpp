#include "set_aside_repository.h"

#include "database.h"

namespace ronde {

SetAsideRepository::SetAsideRepository(Database &db)
    : m_db(db)
{}

bool SetAsideRepository::add(const SetAsideEvent &event)
{
    m_db.prepare("INSERT INTO set_aside (event_id, detainee_id, type, reason, at_ms) "
                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING")
        .bind(1, event.eventId)
        .bind(2, event.detaineeId)
        .bind(3, event.type)
        .bind(4, event.reason)
        .bind(5, event.atMs)
        .run();
    return m_db.changes() > 0;
}

std::vector<SetAsideEvent> SetAsideRepository::all()
{
    Statement &row = m_db.prepare(
        "SELECT event_id, detainee_id, type, reason, at_ms FROM set_aside ORDER BY at_ms");
    std::vector<SetAsideEvent> result;
    while (row.step()) {
        result.push_back({row.text(0), row.text(1), row.text(2), row.text(3), row.int64(4)});
    }
    return result;
}

} // namespace ronde
