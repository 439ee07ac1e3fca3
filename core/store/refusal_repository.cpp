#include "refusal_repository.h"

#include "database.h"

namespace ronde {

RefusalRepository::RefusalRepository(Database &db)
    : m_db(db)
{}

void RefusalRepository::note(const std::string &deviceId, const std::string &eventId,
                             const std::string &detaineeId, const std::string &reason, int64_t atMs)
{
    m_db.prepare("INSERT INTO refusals (device_id, event_id, detainee_id, reason, at_ms) "
                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (device_id, event_id) DO UPDATE SET "
                 "reason = excluded.reason, at_ms = excluded.at_ms")
        .bind(1, deviceId)
        .bind(2, eventId)
        .bind(3, detaineeId)
        .bind(4, reason)
        .bind(5, atMs)
        .run();
}

void RefusalRepository::clear(const std::string &deviceId, const std::vector<std::string> &eventIds)
{
    if (eventIds.empty()) {
        return;
    }
    m_db.prepare("DELETE FROM refusals WHERE device_id = ?2 AND " + m_db.inJsonArray("event_id", 1))
        .bind(1, jsonTextArray(eventIds))
        .bind(2, deviceId)
        .runSoon(); // a push's: it goes with the push's next statement
}

namespace {

std::vector<RefusalReport> reports(Statement &row, const std::string &deviceId,
                                   const std::string &facilityId, bool withEventId)
{
    row.bind(1, deviceId).bind(2, deviceId).bind(3, facilityId).bind(4, facilityId);
    std::vector<RefusalReport> result;
    while (row.step()) {
        result.push_back({row.int64(0), row.text(1), row.text(2), row.text(3), row.text(4),
                          withEventId ? row.text(5) : std::string(), row.text(6)});
    }
    return result;
}

} // namespace

std::vector<RefusalReport> RefusalRepository::refused(const std::string &deviceId,
                                                      const std::string &facilityId)
{
    return reports(m_db.prepare("SELECT r.at_ms, v.id, v.name, COALESCE(d.number, ''), "
                                "COALESCE(d.name, ''), r.event_id, r.reason FROM refusals r "
                                "JOIN devices v ON v.id = r.device_id "
                                "LEFT JOIN detainees d ON d.id = r.detainee_id "
                                "WHERE (? = '' OR v.id = ?) AND (? = '' OR v.facility_id = ?) "
                                "ORDER BY v.name, r.at_ms"),
                   deviceId, facilityId, true);
}

std::vector<RefusalReport> RefusalRepository::setAside(const std::string &deviceId,
                                                       const std::string &facilityId)
{
    return reports(m_db.prepare("SELECT a.at_ms, v.id, v.name, COALESCE(d.number, ''), "
                                "COALESCE(d.name, ''), '', a.subject FROM audit_log a "
                                "JOIN devices v ON v.id = a.device_id "
                                "LEFT JOIN detainees d ON d.id = a.detainee_id "
                                "WHERE a.action = 'setAside' AND (? = '' OR v.id = ?) "
                                "AND (? = '' OR v.facility_id = ?) ORDER BY v.name, a.at_ms"),
                   deviceId, facilityId, false);
}

} // namespace ronde
