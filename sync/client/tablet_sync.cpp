#include "tablet_sync.h"

#include "model/problem.h"
#include "store/sign_in.h"
#include "store/store.h"
#include "util/text.h"

#include <algorithm>
#include <iterator>
#include <set>

namespace ronde::sync {

TabletSync::TabletSync(Store &store)
    : m_store(store)
{}

std::string TabletSync::state(const std::string &key)
{
    return m_store.deviceState().value(key);
}

void TabletSync::setState(const std::string &key, const std::string &value)
{
    m_store.deviceState().set(key, value);
}

std::optional<Enrolment> TabletSync::enrolment()
{
    Enrolment e{state("server_url"),  state("device_id"),          state("device_secret"),
                state("facility_id"), state("server_certificate"), state(kServerPinKeyState)};
    if (e.deviceId.empty()) {
        return std::nullopt;
    }
    return e;
}

EnrolRequest TabletSync::enrolRequest(const std::string &code, const std::string &deviceName)
{
    EnrolRequest request{code, deviceName, {}};
    if (const auto &pair = m_store.pinKeyPair()) {
        request.pinPublicKey = pair->publicHex;
    }
    return request;
}

void TabletSync::saveEnrolment(const Enrolment &e)
{
    Transaction tx = m_store.transaction();
    setState("server_url", e.serverUrl);
    setState("device_id", e.deviceId);
    setState("device_secret", e.secret);
    setState("facility_id", e.facilityId);
    setState("server_certificate", e.serverCertificatePem);
    SignInService(m_store).resealFor(e.serverPinKey);
    setState(kServerPinKeyState, e.serverPinKey);
    setState("cursor", "0");
    setState("registry_version", "0");
    tx.commit();
}

int64_t TabletSync::lastSuccessMs()
{
    const std::string at = state("last_sync_ok");
    return at.empty() ? 0 : std::stoll(at);
}

void TabletSync::noteSuccess()
{
    setState("last_sync_ok", std::to_string(m_store.clock()()));
}

void TabletSync::wipe()
{
    Transaction tx = m_store.transaction();
    m_store.eraseEverything();
    tx.commit();
    // The data is gone once committed; giving the free pages back is best effort (another
    // connection to the file, or a full disk, can refuse it) and must not hide the wipe.
    try {
        m_store.compact();
    } catch (const std::exception &) {
    }
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

bool TabletSync::finished(const SyncRequest &request, const SyncResponse &response, size_t maxAudit)
{
    return !response.more && pending() == 0 && request.audit.size() < maxAudit;
}

int64_t TabletSync::refused()
{
    return m_store.outbox().refusedCount();
}

void TabletSync::setAside(const EventHeader &header, const std::string &type,
                          const std::string &reason)
{
    if (m_store.setAside().add({header.id, header.detaineeId, type, reason, m_store.clock()()})) {
        // the office hears of it once, through the audit log
        m_store.audit().record(AuditAction::SetAside, {}, header.detaineeId,
                               type + " " + header.id + ": " +
                                   std::string(utf8Prefix(reason, 120)));
    }
}

std::vector<SetAsideEvent> TabletSync::setAsideEvents()
{
    return m_store.setAside().all();
}

SyncRequest TabletSync::nextRequest(size_t maxChanges, size_t maxAudit)
{
    Sendable sendable;
    sendable.changes = changesOf(m_store.outbox().pending(int(maxChanges)));
    return requestWith(std::move(sendable), maxAudit);
}

std::vector<AnyEvent> TabletSync::changesOf(const std::vector<OutboxEntry> &entries)
{
    std::vector<std::string> ids;
    for (const OutboxEntry &entry : entries) {
        ids.push_back(entry.eventId);
    }
    // The only read that takes a questionnaire's answers: to the server (R7.3).
    return m_store.events().byIds(ids, EventRepository::Answers::Included);
}

int64_t TabletSync::auditCursor()
{
    const std::string value = state("audit_cursor");
    return value.empty() ? 0 : std::stoll(value);
}

std::optional<std::vector<AuditEntry>> TabletSync::auditAfter(const std::vector<AuditEntry> &listed,
                                                              size_t limit)
{
    int64_t after = auditCursor();
    if (!listed.empty()) {
        const auto seq = m_store.audit().seqOf(listed.back().id);
        if (!seq) {
            return std::nullopt;
        }
        after = *seq;
    }
    std::vector<AuditEntry> entries;
    for (auto &[seq, entry] : m_store.audit().after(after, int(limit))) {
        entries.push_back(std::move(entry));
    }
    return entries;
}

TabletSync::Sendable TabletSync::sendableAfter(const SyncRequest &sent, size_t maxChanges,
                                               size_t maxAudit)
{
    Sendable sendable;
    if (!sent.changes.empty()) {
        sendable.changes = changesOf(
            m_store.outbox().pendingAfter(headerOf(sent.changes.back()).id, int(maxChanges)));
    }
    // After the audit entries `sent` carries; when it carries none, after the last one
    // delivered (no other request is on its way: the answers before it are applied). So the
    // entries the rounds before wrote (their "Synced") go too.
    auto audit = auditAfter(sent.audit, maxAudit);
    if (!audit) {
        return {};
    }
    sendable.audit = std::move(*audit);
    return sendable;
}

SyncRequest TabletSync::addressed()
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
    return request;
}

SyncRequest TabletSync::requestWith(Sendable sendable, size_t maxAudit)
{
    // Audit entries written since `sendable` was read (this sync's own, after a round) go too.
    if (sendable.audit.size() < maxAudit) {
        if (auto more = auditAfter(sendable.audit, maxAudit - sendable.audit.size())) {
            std::move(more->begin(), more->end(), std::back_inserter(sendable.audit));
        }
    }
    SyncRequest request = addressed();
    request.changes = std::move(sendable.changes);
    request.audit = std::move(sendable.audit);
    request.pinChanges = SignInService(m_store).sendablePinChanges();
    return request;
}

bool TabletSync::canAskAhead(const SyncRequest &request, const SyncResponse &response)
{
    return response.more && request.changes.empty() && request.audit.empty() &&
           request.pinChanges.empty() && response.acks.empty() && !response.registry;
}

bool TabletSync::canPushAhead(const SyncRequest &request, const SyncResponse &response,
                              const Sendable &next)
{
    return !next.changes.empty() && !request.changes.empty() &&
           response.acks.size() == request.changes.size() && !response.registry;
}

SyncRequest TabletSync::requestAfter(const SyncResponse &response, Sendable sendable)
{
    // Its answer may be thrown away (storing the one before failed). Then what it sent goes
    // again with a next sync: records the server answers as copies, audit entries it keeps
    // and counts once (SyncService::admissibleAudit). A PIN change is never sent ahead: sent
    // again later it would overwrite one made at the office since. Audit entries written
    // since `sendable` was read go in the rounds after.
    SyncRequest request = addressed();
    request.cursor = std::max(request.cursor, response.nextCursor); // as apply() will store it
    request.changes = std::move(sendable.changes);
    request.audit = std::move(sendable.audit);
    return request;
}

std::vector<std::string> TabletSync::applyRegistry(const RegistrySnapshot &registry)
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
    // recorded about them (docs/RULES.md "Privacy"; the server keeps the records). Not while the
    // outbox still holds a record of theirs, waiting or refused: it would go with them.
    std::vector<std::string> purged;
    bool kept = false;
    for (const Detainee &d : r.detainees(registry.facility.id)) {
        if (inScope.contains(d.id)) {
            continue;
        }
        if (m_store.outbox().holdsAnythingOf(d.id)) {
            kept = true;
        } else {
            r.remove(d.id);
            purged.push_back(d.id);
        }
    }
    r.clearAssignments();
    for (const auto &[user, detainee] : registry.assignments) {
        r.assign(user, detainee);
    }
    // A detainee kept for the outbox is purged once it is empty: until then the device
    // claims no registry version, so the server sends the snapshot again at every sync.
    setState("registry_version", kept ? "0" : std::to_string(registry.version));
    setState("registry_applied", std::to_string(registry.version));
    return purged;
}

size_t TabletSync::apply(const SyncRequest &request, const SyncResponse &response)
{
    Transaction tx = m_store.transaction();
    Outbox &outbox = m_store.outbox();
    // A registry that changed may be the office's fix for what the server refused before:
    // those changes go again in the next round (once; refused again, they wait again).
    if (response.registry &&
        std::to_string(response.registry->version) != state("registry_applied")) {
        outbox.resendRefused();
    }
    // Only what the server has (accepted, or a copy it already had) leaves the outbox. A
    // refusal stays, set aside with its reason, shown until it is resolved; anything unacked
    // is sent again.
    std::vector<std::string> arrived;
    for (const Ack &ack : response.acks) {
        if (ack.accepted) {
            arrived.push_back(ack.eventId);
        } else {
            outbox.markRefused(ack.eventId, ack.reason, m_store.clock()());
        }
    }
    outbox.acknowledge(arrived);
    // R7.3, DOMAIN "Privacy": the server has the detainee's answers now. A tablet from before
    // it forgot ratings forgets those it still holds too, once.
    const bool before = state("ratings_forgotten").empty();
    if (!arrived.empty() || before) {
        m_store.events().forgetDeliveredAnswers(arrived,
                                                before ? EventRepository::Delivered::AllBeforeThese
                                                       : EventRepository::Delivered::These);
        if (before) {
            setState("ratings_forgotten", "1");
        }
    }
    // Authors of pulled events who are not staff here (a transferred detainee's history):
    // known by name for the timeline, never able to sign in on this tablet.
    for (User author : response.authors) {
        if (!m_store.registry().user(author.id)) {
            author.facilityId.clear();
            author.pinHash.clear();
            author.active = false;
            m_store.registry().upsert(author);
        }
    }
    std::vector<std::string> purged;
    if (response.registry) {
        purged = applyRegistry(*response.registry);
    }
    // The server has the PINs changed here; one changed since this request still waits, and
    // stays in force here over what the snapshot said.
    SignInService signIn(m_store);
    signIn.pinChangesSent(request.pinChanges);
    for (const PinChange &waiting : request.pinChanges.empty() && !response.registry
                                        ? std::vector<PinChange>()
                                        : signIn.pendingPinChanges()) {
        signIn.keepInForce(waiting);
    }
    // The server checked them when they came in (EventRepository::ImportedFrom). Should this
    // tablet still be unable to store one, it is set aside, shown and reported, and the sync
    // goes on: one event never stops a tablet (import refuses before it writes). The page's
    // contacts (nearly all of it) go in together, a few statements for all; the rest after
    // them, one by one, in the order pulled.
    std::vector<Contact> contacts;
    for (const auto &event : response.events) {
        if (const auto *contact = std::get_if<Contact>(event.get())) {
            contacts.push_back(*contact);
        }
    }
    const EventRepository::BatchImport batch =
        m_store.events().importContacts(contacts, EventRepository::ImportedFrom::Server);
    for (size_t i = 0; i < contacts.size(); ++i) {
        if (batch.refusals[i]) {
            setAside(contacts[i].header, std::string(nameOf(Contact::type)), *batch.refusals[i]);
        }
    }
    size_t pulled = batch.added;
    for (const auto &shared : response.events) {
        const AnyEvent &event = *shared;
        if (std::holds_alternative<Contact>(event)) {
            continue;
        }
        try {
            pulled += std::visit(
                [&](const auto &e) {
                    return m_store.events().import(e, EventRepository::ImportedFrom::Server) ? 1
                                                                                             : 0;
                },
                event);
        } catch (const ValidationError &e) {
            const std::string type = std::visit(
                [](const auto &pulledEvent) {
                    return std::string(nameOf(std::decay_t<decltype(pulledEvent)>::type));
                },
                event);
            setAside(headerOf(event), type, e.what());
        }
    }
    m_store.events().clock().receive(HlcStamp::unpack(response.serverHlc));
    // The cursor moves only together with what it covers.
    setState("cursor", std::to_string(std::max(request.cursor, response.nextCursor)));
    int64_t auditSentUpTo = auditCursor();
    std::set<std::string> gone(purged.begin(), purged.end());
    if (!request.audit.empty()) { // the server has them: move the audit cursor past them
        if (const auto seq = m_store.audit().seqOf(request.audit.back().id)) {
            auditSentUpTo = *seq;
            setState("audit_cursor", std::to_string(auditSentUpTo));
        }
        // Entries about a detainee purged earlier, made before the purge and sent only now
        // (each detainee looked up once: a day's push sends hundreds of entries).
        std::set<std::string> named;
        for (const AuditEntry &entry : request.audit) {
            if (entry.detaineeId) {
                named.insert(*entry.detaineeId);
            }
        }
        for (const std::string &detaineeId : named) {
            if (!m_store.registry().hasDetainee(detaineeId)) {
                gone.insert(detaineeId);
            }
        }
    }
    // A purged detainee's audit entries go too, once the server has them (docs/RULES.md
    // "Privacy"); later ones wait until they are sent.
    for (const std::string &detaineeId : gone) {
        m_store.audit().removeSentOf(detaineeId, auditSentUpTo);
    }
    // A sync that moved records, PINs or the registry is in the tablet's audit log, and so
    // reaches the server's with the next sync. One that only delivered audit entries, or
    // nothing, adds none: otherwise every sync would carry the last one's entry, and no sync
    // would ever be empty for the server (which then writes nothing; SyncService::sync).
    const bool moved = !request.changes.empty() || !request.pinChanges.empty() || pulled > 0 ||
                       response.registry.has_value();
    if (!response.more && moved) {
        m_store.audit().record(AuditAction::Synced, {}, std::nullopt,
                               std::to_string(request.changes.size()) + " verstuurd, " +
                                   std::to_string(pulled) + " opgehaald",
                               request.deviceId);
    }
    tx.commit();
    return pulled;
}

} // namespace ronde::sync
