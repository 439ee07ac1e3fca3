#include "server_log.h"

#include "database.h"

namespace ronde {

ServerLog::ServerLog(Database &db)
    : m_db(db)
{}

void ServerLog::holdSequenceLock()
{
    m_db.lockExclusively(kServerSequenceLock);
}

int64_t ServerLog::sequenceUnlogged()
{
    Transaction tx(m_db);
    holdSequenceLock();
    m_db.exec("INSERT INTO server_log (event_id, facility_id) "
              "SELECT e.id, d.facility_id FROM events e JOIN detainees d ON d.id = e.detainee_id "
              "WHERE NOT EXISTS (SELECT 1 FROM server_log l WHERE l.event_id = e.id) "
              "ORDER BY e.hlc");
    const int64_t added = m_db.changes();
    tx.commit();
    return added;
}

void ServerLog::append(const std::vector<std::string> &eventIds, const std::string &originDevice)
{
    // One statement for the whole batch: on PostgreSQL a statement per event was a round
    // trip each.
    m_db.prepare("INSERT INTO server_log (event_id, facility_id, origin) SELECT j.value, "
                 "d.facility_id, ?2 FROM " +
                 m_db.jsonArrayRows(1) +
                 " JOIN events e ON e.id = j.value JOIN detainees d ON d.id = e.detainee_id "
                 "WHERE true ORDER BY j.position ON CONFLICT DO NOTHING")
        .bind(1, jsonTextArray(eventIds))
        .bind(2, originDevice)
        .run();
}

std::vector<ServerLogEntry> ServerLog::page(const std::string &facilityId, int64_t afterSeq,
                                            int64_t limit)
{
    Statement &row = m_db.prepare("SELECT seq, event_id, origin FROM server_log WHERE "
                                  "facility_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    row.bind(1, facilityId).bind(2, afterSeq).bind(3, limit);
    std::vector<ServerLogEntry> entries;
    while (row.step()) {
        entries.push_back({row.int64(0), row.text(1), row.text(2)});
    }
    return entries;
}

} // namespace ronde
