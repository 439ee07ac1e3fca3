#pragma once

#include "database.h"
#include "util/clock.h"
#include "util/uuid.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ronde {

// What the audit log records (docs/SECURITY.md "Audit").
enum class AuditAction
{
    OpenedDetainee, // a staff member opened a detainee's page
    Recorded,       // a staff member wrote an event (subject: its type and id)
    Synced,         // a device synced (subject: what went each way)
    SetAside        // a device could not store an event it pulled (subject: its id and why)
};
std::string_view auditActionName(AuditAction action);
std::optional<AuditAction> auditActionFromName(std::string_view name);

struct AuditEntry
{
    std::string id; // UUIDv7, made where it happened; the same on tablet and server
    int64_t atMs = 0;
    std::string deviceId; // on the server: the device it came from (or synced)
    std::string userId;
    AuditAction action = AuditAction::Recorded;
    std::optional<std::string> detaineeId;
    std::string subject;
};

// The append-only audit log of one database (table audit_log; the schema refuses any change
// or deletion). A tablet records what its users do and sends it with its next sync; the
// server keeps what every device sent, stamped with that device, and its own sync entries.
class AuditLog
{
public:
    AuditLog(Database &db, Clock clock);

    // Adds an entry made here; fills in its id and time. Joins the caller's transaction.
    AuditEntry record(AuditAction action, const std::string &userId,
                      const std::optional<std::string> &detaineeId, const std::string &subject,
                      const std::string &deviceId = {});
    // Stores entries made elsewhere, as sent by `deviceId` (which overrides what they say).
    // Idempotent on the entry id. Returns how many were new.
    size_t importFrom(const std::string &deviceId, const std::vector<AuditEntry> &entries);

    // A tablet's unsent entries, after its cursor (the highest seq sent), oldest first.
    std::vector<std::pair<int64_t, AuditEntry>> after(int64_t seq, int limit);
    // Everything about one detainee, oldest first.
    std::vector<AuditEntry> forDetainee(const std::string &detaineeId);
    int64_t count();
    // On the server: a device's entries by staff (not its syncs) dated after `sinceMs`.
    int64_t staffEntriesOf(const std::string &deviceId, int64_t sinceMs);
    // On the server: when a device last synced, by the server's own entry of its newest sync
    // (a sync that moved nothing leaves none, so it is not seen); nullopt before its first.
    std::optional<int64_t> lastSyncOf(const std::string &deviceId);
    // Which of `entryIds` are stored already.
    std::set<std::string> storedOf(const std::vector<std::string> &entryIds);
    // On a tablet: the sequence number of an entry; nullopt when there is none.
    std::optional<int64_t> seqOf(const std::string &entryId);
    // On a tablet: a purged detainee's entries up to `upToSeq` (the ones the server has). The
    // schema allows it only for a detainee no longer in the registry.
    void removeSentOf(const std::string &detaineeId, int64_t upToSeq);

private:
    size_t write(const std::string &deviceId, const std::vector<AuditEntry> &entries,
                 Database::Answer answer);

    Database &m_db;
    Clock m_clock;
    UuidGenerator m_ids;
};

} // namespace ronde
