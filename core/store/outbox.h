#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ronde {

class Database;

struct OutboxEntry
{
    int64_t seq = 0;
    std::string eventId;
};

// Events written on this device and not yet acknowledged by the server, oldest first.
class Outbox
{
public:
    explicit Outbox(Database &db);

    std::vector<OutboxEntry> pending(int limit);
    int64_t size();
    // Drops the entries the server acknowledged; unknown ids are ignored (idempotent).
    void acknowledge(const std::vector<std::string> &eventIds);

private:
    Database &m_db;
};

} // namespace ronde
