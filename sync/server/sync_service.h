#pragma once

#include "protocol/messages.h"

#include <stdexcept>
#include <string>
#include <unordered_map>

namespace ronde {
class Store;
}

namespace ronde::sync {

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
    // (DOMAIN "Privacy"; `serve --retention-days`). 0: gone at the first sync after it.
    int retentionDays = 0;
};

// The central server's side of sync, on its Store: enrolment, and one sync round trip.
// Every accepted event gets the next server sequence number in the same transaction as the
// event itself; pulls page through those numbers.
class SyncService
{
public:
    explicit SyncService(Store &store, SyncLimits limits = {});

    // For the admin: a one-time code for a new device of a facility (id or name).
    std::string createEnrolmentCode(const std::string &facility, const std::string &deviceName);
    // The device's next sync is answered with 403 "wipe".
    void revoke(const std::string &deviceId);

    // Gives every event without a server sequence number one (demo data, imports), in HLC
    // order. Returns how many. Run at start-up; cheap when there is nothing to do.
    int64_t sequenceUnloggedEvents();

    EnrolResponse enrol(const EnrolRequest &request);
    SyncResponse sync(const SyncRequest &request);

private:
    struct Device
    {
        std::string id;
        std::string facilityId;
    };
    Device authenticate(const SyncRequest &request);
    // cursor: what the device had pulled when it sent the event.
    Ack accept(const AnyEvent &event, const Device &device, int64_t cursor);
    void noteRefusal(const Device &device, const EventHeader &header, const std::string &reason);
    // Gives the accepted events of a request their sequence numbers (server_log).
    void logAccepted(const std::vector<std::string> &eventIds, const Device &device);
    void flagParallelProposals(const RegistryProposal &proposal, const Device &device,
                               int64_t cursor);
    RegistrySnapshot snapshotOf(const std::string &facilityId);

    Store &m_store;
    SyncLimits m_limits;
};

} // namespace ronde::sync
