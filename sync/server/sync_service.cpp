#include "sync_service.h"

#include "event_cache.h"
#include "log_tail.h"
#include "model/problem.h"
#include "model/validation.h"
#include "registry_cache.h"
#include "store/server_log.h"
#include "store/store.h"
#include "util/local_time.h"
#include "util/pin_seal.h"
#include "util/secrets.h"
#include "util/text.h"
#include "util/uuid.h"

#include <set>
#include <unordered_map>

namespace ronde::sync {
namespace {

// A tablet sends the PINs changed on it since its last sync: a few.
constexpr size_t kMostPinChangesPerRequest = 100;

// Cheap and stable: FNV-1a over the encoded snapshot. Equal registry, equal version.
int64_t fingerprint(const RegistrySnapshot &s)
{
    uint64_t h = 1469598103934665603ull;
    auto mix = [&h](std::string_view text) {
        for (unsigned char c : text) {
            h = (h ^ c) * 1099511628211ull;
        }
        h = (h ^ 0xFF) * 1099511628211ull;
    };
    mix(s.facility.id);
    mix(s.facility.name);
    mix(s.facility.profile);
    for (const Unit &u : s.units) {
        mix(u.id);
        mix(u.name);
    }
    for (const User &u : s.users) {
        mix(u.id);
        mix(u.name);
        mix(nameOf(u.role));
        mix(u.organisation);
        mix(u.pinHash);
        mix(u.active ? "1" : "0");
        mix(u.reviewMandate ? "1" : "0");
    }
    for (const Detainee &d : s.detainees) {
        mix(d.id);
        mix(d.unitId);
        mix(d.number);
        mix(d.name);
        mix(d.admittedOn.iso());
        mix(d.dischargedOn ? d.dischargedOn->iso() : "");
        mix(d.selfReporter ? "1" : "0");
        mix(d.transferredFromPlus ? "1" : "0");
        for (const Exclusion &e : d.exclusions) {
            mix(nameOf(e.ground));
            mix(e.from.iso());
            mix(e.to ? e.to->iso() : "");
        }
    }
    for (const auto &[user, detainee] : s.assignments) {
        mix(user);
        mix(detainee);
    }
    return int64_t(h & 0x7FFFFFFFFFFFFFFFull);
}

// The contacts a push stored new, as byIds reads them back: a contact goes in with every field
// as it came (EventRepository::importContacts), and is read without its rating's value
// (DOMAIN "Privacy"). A copy of one stored before is left out, as it may differ from what the
// server has, and so is a correction, which takes the rating of what it corrects from the
// database (storedRating). None of a push larger than a few
// days' work: a tablet back after weeks away sends thousands at once, which would push out
// of the cache what the facility's tablets pull at shift change (as a tablet catching up
// alone reads past it).
constexpr size_t kMostHeldOfAPush = 1'000;
std::vector<EventCache::Shared> storedNewContacts(const std::vector<AnyEvent> &changes,
                                                  const std::vector<Ack> &acks,
                                                  const std::vector<bool> &newHere)
{
    std::vector<EventCache::Shared> stored;
    if (changes.size() > kMostHeldOfAPush) {
        return stored;
    }
    for (size_t i = 0; i < changes.size(); ++i) {
        const auto *contact = std::get_if<Contact>(&changes[i]);
        if (acks[i].accepted && newHere[i] && contact && !contact->header.supersedes) {
            Contact held = *contact;
            held.ratingWithheld = held.satisfaction.has_value(); // as read back
            held.satisfaction.reset();
            stored.push_back(std::make_shared<const AnyEvent>(std::move(held)));
        }
    }
    return stored;
}

// The name `devices` shows: the office's, given with the code, where the tablet is meant to
// be, and the tablet's own (its host name by default) beside it, so that both can be found.
std::string deviceNameOf(const std::string &office, const std::string &tablet)
{
    if (tablet.empty() || tablet == office) {
        return office;
    }
    size_t cut = std::min<size_t>(tablet.size(), 60);
    while (cut > 0 && cut < tablet.size() && (uint8_t(tablet[cut]) & 0xC0) == 0x80) {
        --cut; // not inside a character
    }
    return office + " (" + tablet.substr(0, cut) + ")";
}

} // namespace

std::string escapedForLog(std::string_view value)
{
    constexpr size_t kMostBytes = 200;
    static const char *const hex = "0123456789abcdef";
    const std::string_view cut = value.substr(0, kMostBytes);
    const auto at = [&cut](size_t i) {
        return i < cut.size() ? static_cast<unsigned char>(cut[i]) : 0u;
    };
    std::string out;
    for (size_t i = 0; i < cut.size(); ++i) {
        const unsigned c = at(i);
        // What ends a line or steers a terminal: C0 and DEL, and in UTF-8 the C1 controls
        // (U+0080–U+009F: NEL, CSI …) and U+2028/U+2029.
        unsigned code = 0;
        size_t length = 1;
        if (c < 0x20 || c == 0x7F) {
            code = c;
        } else if (c == 0xC2 && at(i + 1) >= 0x80 && at(i + 1) <= 0x9F) {
            code = at(i + 1);
            length = 2;
        } else if (c == 0xE2 && at(i + 1) == 0x80 && (at(i + 2) == 0xA8 || at(i + 2) == 0xA9)) {
            code = 0x2000 + at(i + 2) - 0x80; // 0x2028, 0x2029
            length = 3;
        } else if (c == '\\') {
            out += "\\\\";
            continue;
        } else {
            out += char(c);
            continue;
        }
        out += code > 0xFF ? "\\u" : "\\x";
        for (int shift = code > 0xFF ? 12 : 4; shift >= 0; shift -= 4) {
            out += hex[(code >> shift) & 0xF];
        }
        i += length - 1;
    }
    if (value.size() > kMostBytes) {
        out += "…";
    }
    return out;
}

SyncService::SyncService(Store &store, SyncLimits limits, EventCache *cache, LogTail *logTail,
                         RegistryCache *registries)
    : m_store(store)
    , m_limits(limits)
    , m_cache(cache)
    , m_logTail(logTail)
    , m_registries(registries)
{}

std::string SyncService::createEnrolmentCode(const std::string &facility,
                                             const std::string &deviceName, int validHours)
{
    const auto found = m_store.registry().findFacility(facility);
    if (!found) {
        throw ValidationError({ProblemCode::UnknownFacility, "facility", facility});
    }
    const std::string facilityId = found->id;
    if (deviceName.empty()) {
        throw ValidationError({ProblemCode::Missing, "name", {}});
    }
    if (validHours < 1 || validHours > 24 * 30) {
        throw ValidationError({ProblemCode::Invalid, "valid-hours", std::to_string(validHours)});
    }
    // 12 hex digits in three groups: easy to type on a tablet, 48 bits, used once.
    const std::string raw = randomHex(6);
    const std::string code = raw.substr(0, 4) + "-" + raw.substr(4, 4) + "-" + raw.substr(8, 4);
    const int64_t now = m_store.clock()();
    m_store.devices().addCode(sha256Hex(code), facilityId, deviceName, now,
                              now + int64_t(validHours) * 3'600'000);
    return code;
}

bool SyncService::withdrawEnrolmentCode(const std::string &code)
{
    return m_store.devices().withdrawCode(sha256Hex(code));
}

void SyncService::revoke(const std::string &deviceId)
{
    if (!m_store.devices().revoke(deviceId)) {
        throw ValidationError({ProblemCode::UnknownDevice, "device", deviceId});
    }
}

int64_t SyncService::sequenceUnloggedEvents()
{
    return m_store.serverLog().sequenceUnlogged();
}

EnrolResponse SyncService::enrol(const EnrolRequest &request)
{
    Transaction tx = m_store.transaction();
    const std::string codeHash = sha256Hex(request.code);
    const std::optional<EnrolmentCode> code = m_store.devices().code(codeHash);
    if (!code) {
        throw Refusal(401, "onbekende aanmeldcode");
    }
    const std::string facilityId = code->facilityId;
    const std::string name = deviceNameOf(code->deviceName, request.deviceName);
    if (code->used) {
        throw Refusal(401, "aanmeldcode is al gebruikt");
    }
    if (code->withdrawn) {
        throw Refusal(401, "aanmeldcode is ingetrokken");
    }
    if (code->expiresAtMs < m_store.clock()()) {
        throw Refusal(401, "aanmeldcode is verlopen; vraag een nieuwe aan");
    }
    EnrolResponse response;
    response.deviceId = "dev-" + randomHex(8);
    response.secret = randomHex(32);
    response.facilityId = facilityId;
    // A key for sealed PIN hashes, agreed with the device's public key; a device that sends
    // none (an app from before) gets no PIN hashes.
    std::string pinKey;
    if (!request.pinPublicKey.empty()) {
        const PinKeyPair own = newPinKeyPair();
        const std::optional<std::string> shared = serverSharedPinKey(own, request.pinPublicKey);
        if (!shared) {
            throw Refusal(400, "ongeldige sleutel van het apparaat");
        }
        pinKey = *shared;
        response.pinPublicKey = own.publicHex;
    }
    m_store.devices().add({response.deviceId,
                           facilityId,
                           name,
                           sha256Hex(response.secret),
                           false,
                           m_store.clock()(),
                           pinKey,
                           {}});
    m_store.devices().markCodeUsed(codeHash, response.deviceId);
    tx.commit();
    return response;
}

SyncService::Device SyncService::authenticate(const SyncRequest &request)
{
    const std::optional<DeviceRecord> known = m_store.devices().device(request.deviceId);
    if (!known) {
        throw Refusal(401, "onbekend apparaat");
    }
    if (!sameSecret(known->secretHash, sha256Hex(request.secret))) {
        throw Refusal(401, "onjuist apparaatgeheim");
    }
    if (known->revoked) {
        throw Refusal(403, kWipe);
    }
    return *known;
}

void SyncService::log(const std::string &line)
{
    if (m_log) {
        m_log(line);
    }
}

std::vector<AuditEntry> SyncService::admissibleAudit(const std::vector<AuditEntry> &entries,
                                                     const Device &device)
{
    const int64_t now = m_store.clock()();
    // The cap counts what staff did (the server's own entry for each sync does not count);
    // a request may carry a hundred entries of the device itself, no more.
    constexpr int kMostSyncEntriesPerRequest = 100;
    int syncEntries = 0;
    int64_t recent = 0; // counted only when the request brings staff entries (not a no-op)
    if (std::any_of(entries.begin(), entries.end(), [](const AuditEntry &e) {
            return e.action != AuditAction::Synced && e.action != AuditAction::SetAside;
        })) {
        recent = m_store.audit().staffEntriesOf(device.id, now - kMsPerDay);
    }
    // Entries stored already (sent again: the tablet could not store the answer to their
    // request) count once, in `recent`: counted again they could push the new entries of
    // this request over the cap, and be lost. Looked up only near the cap.
    std::set<std::string> stored;
    if (recent + int64_t(entries.size()) > m_limits.maxAuditPerDevicePerDay) {
        std::vector<std::string> ids;
        for (const AuditEntry &e : entries) {
            ids.push_back(e.id);
        }
        stored = m_store.audit().storedOf(ids);
    }
    std::vector<AuditEntry> admitted;
    size_t dropped = 0;
    std::string firstReason;
    for (const AuditEntry &e : entries) {
        if (stored.contains(e.id)) {
            continue; // the server has it
        }
        const char *reason = nullptr;
        // Staff open files and record; the device itself syncs and sets aside what it could
        // not store.
        const bool byStaff = e.action != AuditAction::Synced && e.action != AuditAction::SetAside;
        const std::optional<User> &user =
            e.userId.empty() ? std::optional<User>() : m_store.events().cachedUser(e.userId);
        bool ownDetainee = !e.detaineeId;
        if (e.detaineeId) {
            for (const Stay &stay : m_store.events().cachedStays(*e.detaineeId)) {
                ownDetainee = ownDetainee || stay.facilityId == device.facilityId;
            }
        }
        if (!isUuid(e.id) || e.subject.size() > 200 || !isValidUtf8(e.subject) ||
            hasControlCharacter(e.subject)) {
            reason = "ongeldige auditregel";
        } else if (byStaff ? !user || user->facilityId != device.facilityId : !e.userId.empty()) {
            reason = "auditregel over iemand buiten de inrichting van dit apparaat";
        } else if (!ownDetainee) {
            reason = "auditregel over een gedetineerde buiten de inrichting van dit apparaat";
        } else if (e.atMs > now + kDeviceClockSkewMs || e.atMs < device.enrolledAtMs - kMsPerDay) {
            reason = "auditregel met een tijd buiten de levensduur van dit apparaat";
        } else if (byStaff && e.atMs > now - kMsPerDay &&
                   recent >= m_limits.maxAuditPerDevicePerDay) {
            reason = "meer auditregels dan een apparaat per dag mag sturen";
        } else if (!byStaff && ++syncEntries > kMostSyncEntriesPerRequest) {
            reason = "meer regels van het apparaat zelf dan een verzoek mag bevatten";
        }
        if (reason) {
            ++dropped;
            if (firstReason.empty()) {
                firstReason = reason;
            }
            continue;
        }
        recent += byStaff && e.atMs > now - kMsPerDay ? 1 : 0;
        admitted.push_back(e);
    }
    if (dropped > 0) {
        log("apparaat " + escapedForLog(device.id) + ": " + std::to_string(dropped) +
            " auditregel(s) niet bewaard (" + firstReason + ")");
    }
    return admitted;
}

void SyncService::applyPinChanges(const std::vector<PinChange> &changes, const Device &device)
{
    // A device changes the PINs of its own facility's staff only, and only to an Argon2id hash
    // of ours (it checked the old PIN at sign-in; docs/SECURITY.md "PINs").
    size_t dropped = 0;
    // The hash comes sealed with the device's key (util/pin_seal.h): one taken from another
    // device's sync, or sealed for another user, does not open.
    for (const PinChange &c : changes) {
        const std::optional<User> &user = m_store.events().cachedUser(c.userId);
        const std::optional<std::string> hash =
            device.pinKey.empty()
                ? std::nullopt
                : openPinHash(device.pinKey, PinSealedFor::Server, c.userId, c.pinHash);
        if (!user || user->facilityId != device.facilityId || !user->active || !hash ||
            !isOurPinHash(*hash)) {
            ++dropped;
            continue;
        }
        m_store.registry().setPinHash(c.userId, *hash);
    }
    if (dropped > 0) {
        log("apparaat " + escapedForLog(device.id) + ": " + std::to_string(dropped) +
            " pincodewijziging(en) niet overgenomen");
    }
    if (!changes.empty()) {
        m_store.events().forgetCachedRegistry();
    }
}

void SyncService::sealPinHashes(RegistrySnapshot &registry, const Device &device)
{
    // The version was taken over the plain hashes: a fresh nonce in every seal must not make
    // the registry look changed at every sync.
    for (User &u : registry.users) {
        if (u.pinHash.empty()) {
            continue;
        }
        u.pinHash = device.pinKey.empty()
                        ? std::string()
                        : sealPinHash(device.pinKey, PinSealedFor::Tablet, u.id, u.pinHash);
    }
}

FacilityRegistry SyncService::registryOf(const std::string &facilityId, Date keptFrom)
{
    FacilityRegistry registry;
    RegistrySnapshot &s = registry.snapshot;
    s.facility = m_store.registry().facility(facilityId).value_or(Facility{});
    s.units = m_store.registry().units(facilityId);
    s.users = m_store.registry().users(facilityId);
    for (const User &u : s.users) {
        registry.staff.insert(u.id);
    }
    // In scope: who is still in the facility, or left it less than the retention period ago
    // (R0.5; docs/RULES.md "Privacy": tablets purge the rest, the server keeps the records).
    for (Detainee &d : m_store.registry().detainees(facilityId)) {
        if (!d.dischargedOn || *d.dischargedOn >= keptFrom) {
            registry.present.insert(d.id);
            s.detainees.push_back(std::move(d));
        }
    }
    for (auto &[userId, detaineeId] : m_store.registry().assignmentsOf(facilityId)) {
        if (registry.present.contains(detaineeId)) {
            s.assignments.emplace_back(std::move(userId), std::move(detaineeId));
        }
    }
    s.version = fingerprint(s);
    return registry;
}

SyncResponse SyncService::sync(const SyncRequest &request)
{
    const Device device = authenticate(request);
    if (request.changes.size() > m_limits.maxChangesPerRequest) {
        throw Refusal(413, "te veel wijzigingen in één verzoek");
    }
    if (request.audit.size() > m_limits.maxAuditPerRequest) {
        throw Refusal(413, "te veel auditregels in één verzoek");
    }
    if (request.pinChanges.size() > kMostPinChangesPerRequest) {
        throw Refusal(413, "te veel pincodewijzigingen in één verzoek");
    }
    SyncResponse response;
    // Another process (an import, `user add`, a second server on PostgreSQL) may have
    // changed the registry since the last request.
    m_store.events().forgetCachedRegistry();
    // A sync that brings nothing writes nothing: no transaction, so no wait for the disk.
    const bool brings =
        !request.changes.empty() || !request.pinChanges.empty() || !request.audit.empty();
    if (brings) {
        Transaction batch = m_store.transaction();
        // Sequence numbers are committed in the order they are handed out, per facility, even
        // with several server processes on one PostgreSQL database: a puller that has seen
        // number n never misses a smaller one committed later (store/server_log.h).
        std::vector<std::string> detainees;
        for (const AnyEvent &event : request.changes) {
            detainees.push_back(headerOf(event).detaineeId);
        }
        if (!detainees.empty()) {
            m_store.serverLog().holdSequenceLocksFor(detainees, device.facilityId);
        }
        // The checks below look up every detainee named: all at once, and only now that the
        // locks are held (a transfer that committed meanwhile is seen).
        for (const AuditEntry &entry : request.audit) {
            if (entry.detaineeId) {
                detainees.push_back(*entry.detaineeId);
            }
        }
        m_store.events().rememberDetainees(detainees);
        std::vector<bool> newHere;
        response.acks = acceptAll(request.changes, device, request.cursor, newHere);
        logAccepted(request.changes, response.acks, newHere, device);
        applyPinChanges(request.pinChanges, device);
        // What the device's users did, stamped with this device whatever the entries say.
        m_store.audit().importFrom(device.id, admissibleAudit(request.audit, device));
        // Every sync, with its device, in the server's own audit log: in the same commit,
        // so a sync costs no extra write to disk.
        m_store.audit().record(AuditAction::Synced, {}, std::nullopt,
                               std::to_string(request.changes.size()) + " ontvangen", device.id);
        batch.commit();
        // The facility's other tablets pull these next: held now, they are not read back from
        // the database for each worker (docs/PERFORMANCE.md, the twenty-third stop).
        if (m_cache) {
            m_cache->hold(storedNewContacts(request.changes, response.acks, newHere));
        }
    }
    // A device clock beyond the bound does not move the server's clock, which every other
    // device takes over at its next sync.
    const HlcStamp deviceClock = HlcStamp::unpack(request.deviceHlc);
    response.serverHlc = deviceClock.wallMs > m_store.clock()() + kDeviceClockSkewMs
                             ? m_store.events().clock().now().packed()
                             : m_store.events().clock().receive(deviceClock).packed();

    {
        // The registry and the page of events read as one state: a transfer committed between
        // them would otherwise file a detainee's history on a page the device then skips.
        ReadSnapshot consistent = m_store.readSnapshot(ReadLength::Short);
        const Date keptFrom =
            amsterdamFromUtc(m_store.clock()()).date.plusDays(-m_limits.retentionDays);
        // The next page of this facility's events after the device's cursor.
        const int64_t pageSize = int64_t(m_limits.eventsPerPage) + 1;
        LogTail::Seen seen;
        LogTail::Page page = m_logTail ? m_logTail->page(m_store.serverLog(), device.facilityId,
                                                         request.cursor, pageSize, &seen)
                                       : LogTail::shared(m_store.serverLog().page(
                                             device.facilityId, request.cursor, pageSize));

        const auto build = [&] { return registryOf(device.facilityId, keptFrom); };
        // The generation read in this snapshot, like anything built from it: with the log's
        // bound, when the log's tail read one.
        const RegistryCache::Shared registry =
            m_registries
                ? m_registries->get(device.facilityId,
                                    m_logTail ? seen.registryGeneration.value()
                                              : m_store.registry().generation(device.facilityId),
                                    keptFrom, build)
                : std::make_shared<const FacilityRegistry>(build());
        const auto &present = registry->present;
        const auto &staff = registry->staff;
        if (registry->snapshot.version != request.registryVersion) {
            RegistrySnapshot sent = registry->snapshot;
            sealPinHashes(sent, device);
            response.registry = std::move(sent);
        }
        response.more = page.size() > m_limits.eventsPerPage;
        if (response.more) {
            page.pop_back();
        }
        response.nextCursor = page.empty() ? request.cursor : page.back()->seq;
        std::vector<std::string> wanted;
        wanted.reserve(page.size());
        for (const LogTail::Entry &entry : page) {
            if (entry->origin != device.id) { // the device sent it; the cursor still moves past it
                wanted.push_back(entry->eventId);
            }
        }
        std::set<std::string> foreignAuthors;
        const auto read = [this](const std::vector<std::string> &ids) {
            return m_store.events().byIds(ids);
        };
        std::vector<EventCache::Shared> events;
        // The cache is for what a facility's tablets pull together at shift change: a page
        // the log's tail held part of already (more than the one entry a tablet's own page
        // before read ahead to tell that more follow, which is always held). A tablet
        // catching up alone on an old stretch reads it past the cache: held, it pushed out
        // what the others pull, and holding it and letting it go cost a fresh pull of 100k a
        // third of a second of the worker (docs/PERFORMANCE.md, the thirteenth stop).
        if (m_cache && (!m_logTail || seen.held > 1)) {
            events = m_cache->byIds(wanted, read);
        } else {
            for (AnyEvent &event : read(wanted)) {
                events.push_back(std::make_shared<const AnyEvent>(std::move(event)));
            }
        }
        for (EventCache::Shared &event : events) {
            const EventHeader &header = headerOf(*event);
            // A program from before the questionnaire could not read the answer at all (its
            // decoder knows six kinds of event): it gets none, and its cursor moves on.
            if (request.wireVersion < 4 && std::holds_alternative<Questionnaire>(*event)) {
                continue;
            }
            if (present.contains(header.detaineeId)) {
                if (!staff.contains(header.authorId)) {
                    foreignAuthors.insert(header.authorId);
                }
                // R7.3: a detainee's answers never go to a tablet, only the offer (R7.4): not
                // read here (byIds leaves them), and dropped should they ever be.
                const auto *questionnaire = std::get_if<Questionnaire>(event.get());
                if (questionnaire && questionnaire->answers) {
                    Questionnaire offer = *questionnaire;
                    offer.answers.reset();
                    event = std::make_shared<const AnyEvent>(std::move(offer));
                }
                // DOMAIN "Privacy": nor does a contact's rating (byIds leaves it out too). A
                // program from before the mark gets the contact as one not rated.
                const auto *contact = std::get_if<Contact>(event.get());
                if (contact && (contact->satisfaction ||
                                (contact->ratingWithheld && request.wireVersion < 5))) {
                    Contact without = *contact;
                    without.satisfaction.reset();
                    without.ratingWithheld = request.wireVersion >= 5;
                    event = std::make_shared<const AnyEvent>(std::move(without));
                }
                response.events.push_back(std::move(event));
            }
        }
        // Whom those events name and the tablet cannot know from its registry (a transferred
        // detainee's history, staff of the facility before): without what signs them in.
        for (const std::string &id : foreignAuthors) {
            if (auto author = m_store.registry().user(id)) {
                author->pinHash.clear();
                response.authors.push_back(std::move(*author));
            }
        }
    }
    // What left the server is in its audit log too: a sync that pulled records is a read of
    // them. One that neither brought nor took anything leaves no row (and needs no write).
    if (!brings && (!response.events.empty() || response.registry)) {
        m_store.audit().record(AuditAction::Synced, {}, std::nullopt,
                               std::to_string(response.events.size()) + " verzonden", device.id);
    }
    return response;
}

} // namespace ronde::sync
