#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ronde {

class Database;

// The central server's numbering of accepted events (`server_log`): a facility's tablets
// pull their facility's rows after their cursor. Whoever hands out numbers holds this lock
// until commit (Database::lockExclusively), so that numbers commit in the order they are
// given, even with several server processes on one PostgreSQL database: a puller that saw
// number n never misses a smaller one committed later. On a tablet the table stays empty.
constexpr int64_t kServerSequenceLock = 0x73657175656e6365; // "sequence"

struct ServerLogEntry
{
    int64_t seq = 0;
    std::string eventId;
    std::string origin; // the device that sent it; "" for what the server made itself
};

class ServerLog
{
public:
    explicit ServerLog(Database &db);

    // Until the caller's transaction ends, no other writer hands out numbers (the lock above).
    void holdSequenceLock();
    // Gives every event without a number one (demo data, imports), in HLC order, in a
    // transaction of its own. Returns how many.
    int64_t sequenceUnlogged();
    // Numbers the events in the order given, each under the facility its detainee is in now;
    // one that has a number keeps it. Call with kServerSequenceLock held.
    void append(const std::vector<std::string> &eventIds, const std::string &originDevice);
    // A facility's entries after `afterSeq`, in order, at most `limit`.
    std::vector<ServerLogEntry> page(const std::string &facilityId, int64_t afterSeq,
                                     int64_t limit);

private:
    Database &m_db;
};

} // namespace ronde
