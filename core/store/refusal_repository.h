#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ronde {

class Database;

// One line of `ronde-server refusals`: a change the server refused from a device, or an event
// a device could not store (what it reported in its audit log).
struct RefusalReport
{
    int64_t atMs = 0;
    std::string deviceId;
    std::string deviceName;
    std::string detaineeNumber; // "" when the detainee is unknown
    std::string detaineeName;
    std::string eventId; // for a refusal; "" for a set-aside event (it is in `reason`)
    std::string reason;
};

// The changes the server refused, per device (table refusals): which device holds which
// refused change and why, for the office. Nothing of the change itself is kept.
class RefusalRepository
{
public:
    explicit RefusalRepository(Database &db);

    void note(const std::string &deviceId, const std::string &eventId,
              const std::string &detaineeId, const std::string &reason, int64_t atMs);
    // These were accepted now: they leave the list.
    void clear(const std::string &deviceId, const std::vector<std::string> &eventIds);
    // Empty filters mean all; ordered by device name, then time.
    std::vector<RefusalReport> refused(const std::string &deviceId, const std::string &facilityId);
    std::vector<RefusalReport> setAside(const std::string &deviceId, const std::string &facilityId);

private:
    Database &m_db;
};

} // namespace ronde
