#include "tablet_sync.h"

#include "store/store.h"

#include <set>

namespace ronde::sync {

TabletSync::TabletSync(Store &store)
    : m_store(store)
{}

std::string TabletSync::state(const std::string &key)
{
    Statement &row = m_store.database().prepare("SELECT value FROM device_state WHERE key = ?");
    row.bind(1, key);
    std::string value = row.step() ? row.text(0) : std::string();
    row.reset();
    return value;
}

void TabletSync::setState(const std::string &key, const std::string &value)
{
    m_store.database()
        .prepare("INSERT INTO device_state (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

std::optional<Enrolment> TabletSync::enrolment()
{
    Enrolment e{state("server_url"), state("device_id"), state("device_secret"),
                state("facility_id"), state("server_certificate")};
    if (e.deviceId.empty()) {
        return std::nullopt;
    }
    return e;
}

void TabletSync::saveEnrolment(const Enrolment &e)
{
    Transaction tx(m_store.database());
    setState("server_url", e.serverUrl);
    setState("device_id", e.deviceId);
    setState("device_secret", e.secret);
    setState("facility_id", e.facilityId);
    setState("server_certificate", e.serverCertificatePem);
    setState("cursor", "0");
    setState("registry_version", "0");
    tx.commit();
}

void TabletSync::wipe()
{
    Transaction tx(m_store.database());
    for (const char *table :
         {"outbox", "report_facts", "complaints", "decisions", "plans", "review_lights", "reviews",
          "contacts", "events", "assignments", "exclusions", "detainees", "sign_in_state", "users",
          "units", "facilities", "device_state"}) {
        m_store.database().exec(std::string("DELETE FROM ") + table);
    }
    tx.commit();
    m_store.database().exec("VACUUM");
}

int64_t TabletSync::cursor()
{
    const std::string value = state("cursor");
    return value.empty() ? 0 : std::stoll(value);
}

int64_t TabletSync::pending()
{
    return m_store.outbox().size();
}

SyncRequest TabletSync::nextRequest(size_t maxChanges)
{
    SyncRequest request;
    if (const auto e = enrolment()) {
        request.deviceId = e->deviceId;
        request.secret = e->secret;
    }
    request.cursor = cursor();
    const std::string version = state("registry_version");
    request.registryVersion = version.empty() ? 0 : std::stoll(version);
    request.deviceHlc = m_store.events().clock().now().packed();
    std::vector<std::string> ids;
    for (const OutboxEntry &entry : m_store.outbox().pending(int(maxChanges))) {
        ids.push_back(entry.eventId);
    }
    request.changes = m_store.events().byIds(ids);
    const std::string sent = state("audit_cursor");
    for (auto &[seq, entry] : m_store.audit().after(sent.empty() ? 0 : std::stoll(sent), 1'000)) {
        request.audit.push_back(std::move(entry));
    }
    return request;
}

void TabletSync::applyRegistry(const RegistrySnapshot &registry)
{
    RegistryRepository &r = m_store.registry();
    r.upsert(registry.facility);
    for (const Unit &u : registry.units) {
        r.upsert(u);
    }
    for (const User &u : registry.users) {
        r.upsert(u);
    }
    std::set<std::string> inScope;
    for (const Detainee &d : registry.detainees) {
        r.upsert(d);
        inScope.insert(d.id);
    }
    // Who is not in the snapshot has left this device's scope: purge them with everything
    // recorded about them (DOMAIN "Privacy"; the server keeps the records).
    for (const Detainee &d : r.detainees(registry.facility.id)) {
        if (!inScope.contains(d.id)) {
            r.remove(d.id);
        }
    }
    m_store.database().exec("DELETE FROM assignments");
    for (const auto &[user, detainee] : registry.assignments) {
        r.assign(user, detainee);
    }
    setState("registry_version", std::to_string(registry.version));
}

size_t TabletSync::apply(const SyncRequest &request, const SyncResponse &response)
{
    Transaction tx(m_store.database());
    // Acked (accepted or refused for good) leaves the outbox; anything unacked is sent again.
    std::vector<std::string> done;
    for (const Ack &ack : response.acks) {
        done.push_back(ack.eventId);
    }
    m_store.outbox().acknowledge(done);
    if (response.registry) {
        applyRegistry(*response.registry);
    }
    size_t pulled = 0;
    for (const AnyEvent &event : response.events) {
        // The server checked it when it came in (EventRepository::ImportedFrom).
        pulled += std::visit(
            [&](const auto &e) {
                return m_store.events().import(e, EventRepository::ImportedFrom::Server) ? 1 : 0;
            },
            event);
    }
    m_store.events().clock().receive(HlcStamp::unpack(response.serverHlc));
    // The cursor moves only together with what it covers.
    setState("cursor", std::to_string(std::max(request.cursor, response.nextCursor)));
    if (!request.audit.empty()) { // the server has them: move the audit cursor past them
        Statement &seq = m_store.database().prepare("SELECT seq FROM audit_log WHERE id = ?");
        seq.bind(1, request.audit.back().id);
        if (seq.step()) {
            setState("audit_cursor", std::to_string(seq.int64(0)));
        }
        seq.reset();
    }
    if (!response.more) {
        m_store.audit().record(AuditAction::Synced, {}, std::nullopt,
                               std::to_string(request.changes.size()) + " verstuurd, " +
                                   std::to_string(pulled) + " opgehaald",
                               request.deviceId);
    }
    tx.commit();
    return pulled;
}

} // namespace ronde::sync
