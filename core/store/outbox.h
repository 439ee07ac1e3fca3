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

// A change the server refused: it stays on this device, with the server's reason, until
// it is sent again and accepted (docs/ARCHITECTURE.md "Refusals").
struct RefusedChange
{
    std::string eventId;
    std::string detaineeId;
    std::string eventType; // its stable name: contact, review, ...
    int64_t occurredAtMs = 0;
    std::string reason; // the server's words (Dutch)
    int64_t refusedAtMs = 0;
};

// Events written on this device that the server does not have yet, oldest first. An entry
// leaves only when the server has it (accepted, or a copy it already had); a refused one
// stays, set aside with its reason, and is not sent again until resent.
class Outbox
{
public:
    explicit Outbox(Database &db);

    // What the next sync sends: waiting, not refused.
    std::vector<OutboxEntry> pending(int limit);
    // The same, after the entry of `eventId` (read while a request that ends with it is on its
    // way); none when that entry is gone.
    std::vector<OutboxEntry> pendingAfter(const std::string &eventId, int limit);
    // How many wait to be sent (refused ones not counted).
    int64_t size();
    // Drops the entries the server has; unknown ids are ignored (idempotent).
    void acknowledge(const std::vector<std::string> &eventIds);
    // Sets an entry aside with the server's reason; it is not sent again until resent.
    void markRefused(const std::string &eventId, const std::string &reason, int64_t atMs);
    std::vector<RefusedChange> refused();
    int64_t refusedCount();
    // Puts every refused entry back in line (the office fixed the cause, or staff asked).
    // Returns how many.
    int64_t resendRefused();
    // Whether anything of this detainee still waits or was refused: such a detainee is not
    // purged, or the record would go with them.
    bool holdsAnythingOf(const std::string &detaineeId);

private:
    Database &m_db;
};

} // namespace ronde
