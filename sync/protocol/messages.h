#pragma once

#include "model/events.h"
#include "model/registry.h"
#include "store/audit_log.h"
#include "store/sign_in.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

// The messages of POST /v1/sync and POST /v1/enrol (DESIGN "Sync"). Encoded by wire.h.
namespace ronde::sync {

using ronde::AnyEvent;

// The body of the 403 answer that tells a revoked device to erase its data.
constexpr const char *kWipe = "wipe";

struct EnrolRequest
{
    std::string code;       // one-time, from `ronde-server enrol`
    std::string deviceName; // for the office's list of devices
    // The tablet's public key for sealed PIN hashes (util/pin_seal.h); a device without one
    // gets no PIN hashes.
    std::string pinPublicKey;
};

struct EnrolResponse
{
    std::string deviceId;
    std::string secret; // sent with every sync (bearer over TLS)
    std::string facilityId;
    std::string pinPublicKey; // the server's, made for this device; "" when none was asked for
};

// What the server owns for a facility (registry): sent whole when it changed since the
// device's last copy. Detainees not in it have left the device's scope: the device purges them.
struct RegistrySnapshot
{
    int64_t version = 0;
    Facility facility;
    std::vector<Unit> units;
    std::vector<User> users;
    std::vector<Detainee> detainees;
    std::vector<std::pair<std::string, std::string>> assignments; // user id, detainee id
};

struct SyncRequest
{
    std::string deviceId;
    std::string secret;
    int64_t cursor = 0;          // server sequence the device has committed up to
    int64_t registryVersion = 0; // of the device's registry copy
    int64_t deviceHlc = 0;
    std::vector<AnyEvent> changes; // from the outbox, oldest first, bounded
    std::vector<AuditEntry> audit; // the device's audit entries after its audit cursor
    // PINs staff changed on the device (a PIN too short or hashed the old way must change).
    std::vector<PinChange> pinChanges;
    // The class version the device wrote (not itself on the wire): what its program can
    // read back. Before 4 it knows no questionnaire, and gets none (R7); before 5 it knows
    // no rating withheld, and gets a rated contact as one not rated (DOMAIN "Privacy").
    std::uint32_t wireVersion = 5;
};

struct Ack
{
    std::string eventId;
    bool accepted = false; // true: the server has it (new, or a copy it already had)
    std::string reason;    // why it was refused (Dutch); the device keeps the change
};

struct SyncResponse
{
    std::vector<Ack> acks;
    int64_t serverHlc = 0;
    std::optional<RegistrySnapshot> registry;
    // In this device's scope, after the cursor. Shared: the server sends the events its
    // workers hold (EventCache) without copying them for every tablet.
    std::vector<std::shared_ptr<const AnyEvent>> events;
    // Authors of those events who are not staff of the device's facility (a transferred
    // detainee's history), without PIN hashes: the tablet must know whom a record names.
    std::vector<User> authors;
    int64_t nextCursor = 0;
    bool more = false; // another page of events waits
};

} // namespace ronde::sync
