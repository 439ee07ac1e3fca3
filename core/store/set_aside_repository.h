#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ronde {

class Database;

// An event pulled from the server that this tablet could not store (docs/ARCHITECTURE.md
// "Refusals"): kept by id with the reason, shown, and reported to the office.
struct SetAsideEvent
{
    std::string eventId;
    std::string detaineeId;
    std::string type; // its stable name: contact, review, ...
    std::string reason;
    int64_t atMs = 0;
};

// The tablet's table set_aside.
class SetAsideRepository
{
public:
    explicit SetAsideRepository(Database &db);
    // True when it was not set aside before.
    bool add(const SetAsideEvent &event);
    // Oldest first.
    std::vector<SetAsideEvent> all();

private:
    Database &m_db;
};

} // namespace ronde
