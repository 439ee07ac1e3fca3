// Fuzz target: a sync request as the server sees it from an enrolled device (docs/SECURITY.md
// "What an enrolled device cannot do"). The input chooses, byte by byte, events and audit
// entries with authors, users and detainees of the device's own facility, of another one, or
// unknown, with times from 2020 to a century ahead, and ids and texts of any bytes. Whatever
// it sends, the server stores nothing that breaks the boundary: no event by another
// facility's staff, no audit entry about another facility or outside the device's lifetime,
// and its clock never moves past the bound.
#include "demo/demo.h"
#include "model/problem.h"
#include "model/validation.h"
#include "server/sync_service.h"
#include "store/store.h"
#include "util/local_time.h"
#include "util/pin_seal.h"
#include "util/secrets.h"
#include "util/uuid.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace ronde;

// Reads the input as a sequence of choices; past its end every choice is 0.
class Choices
{
public:
    Choices(const uint8_t *data, size_t size)
        : m_data(data)
        , m_size(size)
    {}
    uint8_t byte() { return m_at < m_size ? m_data[m_at++] : 0; }
    size_t pick(size_t n) { return n == 0 ? 0 : byte() % n; }
    std::string text(size_t most)
    {
        std::string out;
        for (size_t n = pick(most + 1); n > 0; --n) {
            out += char(byte());
        }
        return out;
    }
    bool more() const { return m_at < m_size; }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

const int64_t kNow = utcFromAmsterdam({*Date::fromCivil(2026, 6, 1), 12 * 60});

struct World
{
    std::unique_ptr<Store> store;
    std::unique_ptr<sync::SyncService> service;
    sync::EnrolResponse device;
    std::string ownFacility;
    std::vector<std::string> users;     // own staff first, then another facility's
    std::vector<std::string> detainees; // own first, then another facility's
    std::string pinKey;                 // what the device shares with the server
    std::string newHash;                // an Argon2id hash of ours, made once (it is slow)
};

World &world()
{
    static World w = [] {
        World made;
        made.store = std::make_unique<Store>(":memory:", [] { return kNow; });
        DemoOptions options;
        options.facilities = 2;
        options.detaineesPerFacility = 3;
        options.today = *Date::fromCivil(2026, 6, 1);
        made.ownFacility = generateDemo(*made.store, options).firstFacilityId;
        made.service = std::make_unique<sync::SyncService>(*made.store);
        const PinKeyPair tablet = tabletPinKeyPair(DatabaseKey::generate().hex());
        made.device =
            made.service->enrol({made.service->createEnrolmentCode(made.ownFacility, "fuzz"),
                                 "fuzz", tablet.publicHex});
        made.pinKey = *tabletSharedPinKey(tablet, made.device.pinPublicKey);
        made.newHash = hashPin("246813");
        for (const Facility &f : made.store->registry().facilities()) {
            for (const User &u : made.store->registry().users(f.id)) {
                made.users.push_back(u.id);
            }
            for (const Detainee &d : made.store->registry().detainees(f.id)) {
                made.detainees.push_back(d.id);
            }
        }
        made.users.push_back("user-unknown");
        made.detainees.push_back("detainee-unknown");
        return made;
    }();
    return w;
}

int64_t timeFrom(Choices &in)
{
    constexpr int64_t kDay = 86'400'000;
    switch (in.pick(6)) {
    case 0:
        return kNow - int64_t(in.byte()) * 60'000;
    case 1:
        return kNow - int64_t(in.byte()) * kDay;
    case 2:
        return utcFromAmsterdam({*Date::fromCivil(2020, 3, 1), 10 * 60});
    case 3:
        return kNow + int64_t(in.byte()) * kDay;
    case 4:
        return kNow + 100LL * 365 * kDay;
    default:
        return int64_t(in.byte()) << (in.byte() % 40);
    }
}

std::map<std::string, std::string> pinHashes(Store &store)
{
    std::map<std::string, std::string> out;
    Statement &row = store.database().prepare("SELECT id, pin_hash FROM users");
    while (row.step()) {
        out[row.text(0)] = row.text(1);
    }
    return out;
}

std::string idFrom(Choices &in, UuidGenerator &ids)
{
    return in.pick(4) == 0 ? in.text(40) : ids.next();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    World &w = world();
    Choices in(data, size);
    UuidGenerator ids([] { return kNow; });
    sync::SyncRequest request;
    request.deviceId = w.device.deviceId;
    request.secret = w.device.secret;
    request.cursor = int64_t(in.byte());
    request.deviceHlc = HlcStamp{timeFrom(in), 0}.packed();
    for (size_t n = in.pick(8); n > 0 && in.more(); --n) {
        EventHeader header;
        header.id = idFrom(in, ids);
        header.detaineeId = w.detainees[in.pick(w.detainees.size())];
        header.authorId = w.users[in.pick(w.users.size())];
        header.occurredAtMs = timeFrom(in);
        header.recordedAtMs = header.occurredAtMs;
        header.hlc = HlcStamp{timeFrom(in), 0}.packed();
        if (const size_t kind = in.pick(3); kind == 2) {
            // R7: any answers, any flags and roles, as a hostile device could send them.
            Questionnaire q;
            q.header = header;
            q.completed = in.pick(2) == 0;
            if (in.pick(3) != 0) {
                QuestionnaireAnswers &a = q.answers.emplace();
                a.contactYes = RoleSet::fromBits(uint32_t(in.byte()) << (in.pick(3) * 8));
                a.contactNo = RoleSet::fromBits(uint32_t(in.byte()));
                a.contactDontKnow = RoleSet::fromBits(uint32_t(in.byte()));
                for (size_t r = in.pick(4); r > 0; --r) {
                    a.satisfaction[Role(in.pick(12))] = int(in.pick(8));
                }
                a.planHelp = Answer(in.pick(4));
                a.helpWanted = TopicSet::fromBits(uint32_t(in.byte()));
            }
            request.changes.push_back(q);
        } else if (kind == 0) {
            Contact c;
            c.header = header;
            c.roles = {in.pick(2) == 0 ? Role::Mentor : Role::CaseManager};
            // Mostly a mentor's talk or an intake; now and then any number off the wire.
            c.kind = in.pick(2) == 0 ? ContactKind::MentorTalk : ContactKind(in.pick(6));
            c.mode = ContactMode(in.pick(6));
            c.topics = TopicSet::fromBits(uint32_t(in.byte()) << (in.pick(4) * 8));
            c.notes = in.text(64);
            request.changes.push_back(c);
        } else {
            ProgramDecision d;
            d.header = header;
            d.decision = DecisionKind(in.pick(6));
            d.capacity =
                in.pick(2) == 0 ? DecisionCapacity::Director : DecisionCapacity::MandatedReview;
            request.changes.push_back(d);
        }
    }
    for (size_t n = in.pick(8); n > 0 && in.more(); --n) {
        AuditEntry e;
        e.id = idFrom(in, ids);
        e.atMs = timeFrom(in);
        e.userId = in.pick(5) == 0 ? std::string() : w.users[in.pick(w.users.size())];
        e.action = AuditAction(in.pick(4));
        if (in.pick(3) != 0) {
            e.detaineeId = w.detainees[in.pick(w.detainees.size())];
        }
        e.subject = in.text(250);
        request.audit.push_back(e);
    }

    // PIN changes: sealed right, sealed for someone else, with a wrong key, the other way,
    // plain, or junk.
    std::set<std::string> sealedRight;
    for (size_t n = in.pick(4); n > 0 && in.more(); --n) {
        const std::string user = w.users[in.pick(w.users.size())];
        const std::string other = w.users[in.pick(w.users.size())];
        std::string hash;
        switch (in.pick(6)) {
        case 0:
            hash = sealPinHash(w.pinKey, PinSealedFor::Server, user, w.newHash);
            sealedRight.insert(user);
            break;
        case 1:
            hash = sealPinHash(w.pinKey, PinSealedFor::Server, other, w.newHash);
            if (other == user) {
                sealedRight.insert(user);
            }
            break;
        case 2:
            hash =
                sealPinHash(DatabaseKey::generate().hex(), PinSealedFor::Server, user, w.newHash);
            break;
        case 5: // a hash the server sealed for the tablet, sent back as a change
            hash = sealPinHash(w.pinKey, PinSealedFor::Tablet, user, w.newHash);
            break;
        case 3:
            hash = w.newHash;
            break;
        default:
            hash = std::string(kSealedPinPrefix) + in.text(120);
        }
        request.pinChanges.push_back({user, hash, timeFrom(in)});
    }
    const std::map<std::string, std::string> hashesBefore = pinHashes(*w.store);

    try {
        (void)w.service->sync(request);
    } catch (const sync::Refusal &) {
        // refused as a whole (too many entries): nothing stored
    }
    Database &db = w.store->database();
    if (db.inTransaction()) {
        std::abort();
    }
    // The boundary held: every event and audit entry from this device is its own facility's.
    if (db.scalar("SELECT COUNT(*) FROM server_log l JOIN events e ON e.id = l.event_id "
                  "JOIN users u ON u.id = e.author_id WHERE l.origin = '" +
                  w.device.deviceId + "' AND u.facility_id <> '" + w.ownFacility + "'") != 0) {
        std::abort(); // an event by another facility's staff
    }
    if (db.scalar("SELECT COUNT(*) FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                  "WHERE a.device_id = '" +
                  w.device.deviceId +
                  "' AND ((a.user_id <> '' AND (u.id IS NULL OR u.facility_id <> '" +
                  w.ownFacility +
                  "')) OR (a.detainee_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
                  "FROM stays s WHERE s.detainee_id = a.detainee_id AND s.facility_id = '" +
                  w.ownFacility + "')) OR a.at_ms > " + std::to_string(kNow + kDeviceClockSkewMs) +
                  ")") != 0) {
        std::abort(); // an audit entry beyond the device's facility or time
    }
    for (const auto &[user, hash] : pinHashes(*w.store)) {
        if (hash == hashesBefore.at(user)) {
            continue;
        }
        const auto owner = w.store->registry().user(user);
        if (!sealedRight.contains(user) || hash != w.newHash || !owner ||
            owner->facilityId != w.ownFacility) {
            std::abort(); // a PIN changed by what the device could not seal for that user
        }
    }
    if (w.store->events().clock().last().wallMs > kNow + kDeviceClockSkewMs) {
        std::abort(); // the device moved the server's clock past the bound
    }
    // Whatever was stored reads back: a value stored that cannot be read would fail every
    // pull of its page, for every tablet of the facility.
    std::vector<std::string> sent;
    for (const AnyEvent &event : request.changes) {
        sent.push_back(headerOf(event).id);
    }
    try {
        (void)w.store->events().byIds(sent);
    } catch (const DatabaseError &) {
        std::abort(); // an event stored that does not read back
    }
    return 0;
}
