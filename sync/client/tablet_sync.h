#pragma once

#include "protocol/messages.h"
#include "store/outbox.h"
#include "store/set_aside_repository.h"

#include <optional>
#include <string>

namespace ronde {
class Store;
}

namespace ronde::sync {

// What a tablet remembers about its link with the server (device_state table).
struct Enrolment
{
    std::string serverUrl;
    std::string deviceId;
    std::string secret;
    std::string facilityId;
    std::string serverCertificatePem; // pinned at enrolment; empty: the system's trust store
    std::string serverPinKey;         // the server's public key for sealed PIN hashes
};

// An event pulled from the server that this tablet could not store (store/set_aside_repository.h).
using SetAsideEvent = ronde::SetAsideEvent;

// The tablet's side of one sync round trip, on its Store, with no network in it: the
// request from the outbox, and applying the answer — all of it in one transaction, so that a
// cut anywhere loses nothing: what was not committed is simply sent or pulled again.
class TabletSync
{
public:
    explicit TabletSync(Store &store);

    std::optional<Enrolment> enrolment();
    // What the tablet sends to enrol: the code, its name, and its public PIN key.
    EnrolRequest enrolRequest(const std::string &code, const std::string &deviceName);
    void saveEnrolment(const Enrolment &enrolment);
    // Erases everything of this device (a revoked device, `403 wipe`).
    void wipe();
    // When a sync last did everything (the store's clock), for "Laatst gesynchroniseerd";
    // 0 before the first. Noted by whoever ran the sync: the app's window and `--sync-once`.
    int64_t lastSuccessMs();
    void noteSuccess();

    // Audit entries a request carries at most (the server's default limit).
    static constexpr size_t kAuditPerRequest = 5'000;
    SyncRequest nextRequest(size_t maxChanges, size_t maxAudit = kAuditPerRequest);
    // What a request sends from the outbox and the audit log: the part of a request that takes
    // time to read (5,000 records: ~25 ms).
    struct Sendable
    {
        std::vector<AnyEvent> changes;
        std::vector<AuditEntry> audit;
        bool empty() const { return changes.empty() && audit.empty(); }
    };
    // What the request after `sent` will send, read while the server stores `sent`: the
    // records and audit entries after those it carries (which stay here until its answer is
    // applied; when it carries no audit entries, those after the last delivered). Nothing
    // when they are gone already.
    Sendable sendableAfter(const SyncRequest &sent, size_t maxChanges,
                           size_t maxAudit = kAuditPerRequest);
    // A request that sends `sendable` and the audit entries written since, up to `maxAudit`,
    // with the rest (cursor, registry version, clock, PINs) as they are now.
    SyncRequest requestWith(Sendable sendable, size_t maxAudit = kAuditPerRequest);
    // Whether the request after `request` may be built and sent before `response` is applied,
    // so that the server reads the next page while this tablet stores this one: only in a
    // round that only pulled and has more to pull. A round that sent records, audit entries
    // or PINs has them still waiting here until applied (the next request would carry them
    // again), and a new registry changes what the next request claims.
    static bool canAskAhead(const SyncRequest &request, const SyncResponse &response);
    // Whether the next push may go before `response` is applied, so that the server stores
    // it while this tablet stores this answer: what was read ahead (`next`: the records and
    // audit entries after those of `request`), which stays here until that push's own answer
    // is applied. Only when `next` has records, `response` answered every record of `request`
    // (none waits behind those pushed ahead) and brings no registry (which changes what the
    // next request claims).
    static bool canPushAhead(const SyncRequest &request, const SyncResponse &response,
                             const Sendable &next);
    // That next request, from where `response` leaves off: it sends `sendable` (nothing when
    // it only pulls) and no PIN changes, which a request sent again would set once more over
    // one made at the office since.
    SyncRequest requestAfter(const SyncResponse &response, Sendable sendable = {});
    // Applies the answer to `request`. Returns how many events were pulled.
    size_t apply(const SyncRequest &request, const SyncResponse &response);
    // After apply(): whether the sync is complete, with nothing left to pull, the outbox
    // empty and the audit log delivered (a full batch of entries, `maxAudit` as asked of
    // nextRequest: more may wait). A sync says "klaar" only then.
    bool finished(const SyncRequest &request, const SyncResponse &response,
                  size_t maxAudit = kAuditPerRequest);

    int64_t cursor();
    // Changes waiting to be sent; changes the server refused (kept, with its reason).
    int64_t pending();
    int64_t refused();
    std::vector<SetAsideEvent> setAsideEvents();

private:
    std::string state(const std::string &key);
    int64_t auditCursor();
    // The outbox's records of `entries`, as they go to the server.
    std::vector<AnyEvent> changesOf(const std::vector<OutboxEntry> &entries);
    // Up to `limit` audit entries after the last of `listed` (after the audit cursor when
    // `listed` is empty); none at all when that last one is gone.
    std::optional<std::vector<AuditEntry>> auditAfter(const std::vector<AuditEntry> &listed,
                                                      size_t limit);
    // A request with only who sends it, its cursor, its registry version and its clock.
    SyncRequest addressed();
    void setState(const std::string &key, const std::string &value);
    void setAside(const EventHeader &header, const std::string &type, const std::string &reason);
    // Returns the detainees it purged.
    std::vector<std::string> applyRegistry(const RegistrySnapshot &registry);

    Store &m_store;
};

} // namespace ronde::sync
