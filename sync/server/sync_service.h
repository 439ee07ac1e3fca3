#pragma once

#include "protocol/messages.h"
#include "store/device_repository.h"

#include <functional>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace ronde {
class Store;
}

namespace ronde::sync {

class EventCache;
class LogTail;
class RegistryCache;
struct FacilityRegistry;

// A request the server refuses as a whole, with the HTTP status it answers with and a
// message for the log and the device (Dutch).
class Refusal : public std::runtime_error
{
public:
    Refusal(int status, const std::string &message)
        : std::runtime_error(message)
        , m_status(status)
    {}
    int status() const { return m_status; }

private:
    int m_status;
};

struct SyncLimits
{
    size_t maxChangesPerRequest = 5'000;
    size_t eventsPerPage = 5'000;
    // Days a discharged detainee stays on the facility's tablets after the departure date
    // (docs/RULES.md "Privacy"; `serve --retention-days`). 0: gone at the first sync after it.
    int retentionDays = 0;
    size_t maxAuditPerRequest = 5'000;
    // Audit entries a device may add in 24 hours (by their time); the rest are dropped.
    int64_t maxAuditPerDevicePerDay = 20'000;
};

// The central server's side of sync, on its Store: enrolment, and one sync round trip.
// Every accepted event gets the next server sequence number in the same transaction as the
// event itself; pulls page through those numbers.
class SyncService
{
public:
    // With a cache (EventCache), pulled events are read through it, with a tail (LogTail)
    // the pages of the log, and with a RegistryCache the facilities' registries: the
    // server's workers share one of each.
    explicit SyncService(Store &store, SyncLimits limits = {}, EventCache *cache = nullptr,
                         LogTail *logTail = nullptr, RegistryCache *registries = nullptr);

    // For the admin: a one-time code for a new device of a facility (id or name), valid for
    // `validHours` (docs/SECURITY.md "Enrolment").
    std::string createEnrolmentCode(const std::string &facility, const std::string &deviceName,
                                    int validHours = kDefaultCodeValidHours);
    // The code can no longer be used. False when no unused code matches.
    bool withdrawEnrolmentCode(const std::string &code);
    static constexpr int kDefaultCodeValidHours = 24;
    // The device's next sync is answered with 403 "wipe".
    void revoke(const std::string &deviceId);

    // Gives every event without a server sequence number one (demo data, imports), in HLC
    // order. Returns how many. Run at start-up; cheap when there is nothing to do.
    int64_t sequenceUnloggedEvents();

    EnrolResponse enrol(const EnrolRequest &request);
    SyncResponse sync(const SyncRequest &request);

    // Where the service says what it refused and dropped, one line each (the server's log).
    // Lines hold fixed text and escaped values only (escapedForLog).
    void setLog(std::function<void(const std::string &)> log) { m_log = std::move(log); }

private:
    using Device = DeviceRecord; // as the device repository knows it
    Device authenticate(const SyncRequest &request);
    // The answer for each change, in the order sent. cursor: what the device had pulled when
    // it sent them. newHere: per change, whether this request stored it (not a copy).
    std::vector<Ack> acceptAll(const std::vector<AnyEvent> &changes, const Device &device,
                               int64_t cursor, std::vector<bool> &newHere);
    // The refusal of a change outside the device's scope (its facility, its clock, its
    // staff), noted; nothing when it may go on to the import's own checks. `sent`: the
    // authors of the request's changes by event id (what a correction replaces may be among
    // them, not stored yet).
    std::optional<Ack> refusedForScope(const AnyEvent &event, const Device &device,
                                       const std::unordered_map<std::string, std::string> &sent);
    void noteRefusal(const Device &device, const EventHeader &header, const std::string &reason);
    // The device's audit entries that may be stored: about its own facility's people and
    // detainees, in its time, within the daily cap. The rest is dropped and logged.
    std::vector<AuditEntry> admissibleAudit(const std::vector<AuditEntry> &entries,
                                            const Device &device);
    void log(const std::string &line);
    void applyPinChanges(const std::vector<PinChange> &changes, const Device &device);
    // Gives the accepted changes of a request their sequence numbers (server_log).
    void logAccepted(const std::vector<AnyEvent> &changes, const std::vector<Ack> &acks,
                     const std::vector<bool> &newHere, const Device &device);
    void flagParallelProposals(const RegistryProposal &proposal, const Device &device,
                               int64_t cursor);
    // The facility's registry as its tablets get it, with who is in scope from keptFrom.
    FacilityRegistry registryOf(const std::string &facilityId, Date keptFrom);
    // The staff's PIN hashes as this device may receive them: sealed with its key, or none.
    static void sealPinHashes(RegistrySnapshot &registry, const Device &device);

    Store &m_store;
    SyncLimits m_limits;
    EventCache *m_cache;
    LogTail *m_logTail;
    RegistryCache *m_registries;
    std::function<void(const std::string &)> m_log;
};

// A value as it may stand in a log line: control characters (a newline above all) and
// backslashes escaped, cut at 200 bytes, so that no client text can make a line of its own.
std::string escapedForLog(std::string_view value);

} // namespace ronde::sync
