#include "wire.h"

#include <algorithm>
#include <cereal/archives/portable_binary.hpp>
#include <cereal/types/utility.hpp>
#include <cereal/types/variant.hpp>
#include <cstring>
#include <istream>
#include <map>
#include <optional>
#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

// Strings, vectors and maps are read element by element (strings in chunks) instead of sized
// up front, as cereal's own do: a garbled or hostile length must not allocate gigabytes
// before the missing bytes are noticed. What is allocated is bounded by what was received.
// The bytes on the wire are the same as cereal's: a size, then the elements.
namespace cereal {

template <class Archive> void save(Archive &ar, const std::string &text)
{
    ar(make_size_tag(static_cast<size_type>(text.size())));
    ar(binary_data(text.data(), text.size()));
}

template <class Archive> void load(Archive &ar, std::string &text)
{
    size_type size = 0;
    ar(make_size_tag(size));
    text.clear();
    char chunk[4096];
    while (size > 0) {
        const size_t n = size_t(std::min<size_type>(size, sizeof chunk));
        ar(binary_data(chunk, n));
        text.append(chunk, n);
        size -= n;
    }
}

template <class Archive, class T, class A> void save(Archive &ar, const std::vector<T, A> &items)
{
    ar(make_size_tag(static_cast<size_type>(items.size())));
    for (const T &item : items) {
        ar(item);
    }
}

template <class Archive, class T, class A> void load(Archive &ar, std::vector<T, A> &items)
{
    size_type size = 0;
    ar(make_size_tag(size));
    items.clear();
    for (size_type i = 0; i < size; ++i) {
        T item{};
        ar(item);
        items.push_back(std::move(item));
    }
}

template <class Archive, class K, class V, class C, class A>
void save(Archive &ar, const std::map<K, V, C, A> &entries)
{
    ar(make_size_tag(static_cast<size_type>(entries.size())));
    for (const auto &[key, value] : entries) {
        ar(key, value);
    }
}

template <class Archive, class K, class V, class C, class A>
void load(Archive &ar, std::map<K, V, C, A> &entries)
{
    size_type size = 0;
    ar(make_size_tag(size));
    entries.clear();
    // The protocol's maps are small (a review's domains, a questionnaire's six ratings); a
    // map node costs several times its bytes on the wire.
    if (size > 64) {
        throw Exception("a map of more than 64 entries");
    }
    for (size_type i = 0; i < size; ++i) {
        K key{};
        V value{};
        ar(key, value);
        entries.emplace(std::move(key), std::move(value));
    }
}

// A bool is one byte, 0 or 1. cereal would copy any byte into the bool, and a bool holding
// 54 is undefined behaviour (found by fuzzing: tests/fuzz/regressions/wire).
inline void load(PortableBinaryInputArchive &ar, bool &value)
{
    std::uint8_t byte = 0;
    ar(byte);
    if (byte > 1) {
        throw Exception("a bool that is neither 0 nor 1");
    }
    value = byte == 1;
}

// std::optional as cereal writes it (a "nullopt" bool, then the value), read through the
// checked bool above.
template <class Archive, class T> void save(Archive &ar, const std::optional<T> &optional)
{
    ar(!optional.has_value());
    if (optional) {
        ar(*optional);
    }
}

template <class Archive, class T> void load(Archive &ar, std::optional<T> &optional)
{
    bool empty = true;
    ar(empty);
    if (empty) {
        optional.reset();
    } else {
        optional.emplace();
        ar(*optional);
    }
}

namespace detail {
template <std::size_t... Kind>
void makeKind(ronde::AnyEvent &event, std::size_t kind, std::index_sequence<Kind...>)
{
    ((kind == Kind ? void(event.emplace<Kind>()) : void()), ...);
}
} // namespace detail

// A record as cereal writes a variant (its kind as an int32, then the record), read into the
// record `event` holds when that is of the same kind: its text reuses that memory (the events
// of a page read one by one into one, ronde::sync::decode with `each`). That leaves nothing of
// the record before, as every record's serialize below reads every field. (A field read only
// from some class version on would need to be cleared here first.)
template <class Archive> void load(Archive &ar, ronde::AnyEvent &event)
{
    std::int32_t kind = 0;
    ar(CEREAL_NVP_("index", kind));
    if (kind < 0 || kind >= std::int32_t(std::variant_size_v<ronde::AnyEvent>)) {
        throw Exception("Invalid 'index' selector when deserializing std::variant");
    }
    if (event.index() != std::size_t(kind)) {
        detail::makeKind(event, std::size_t(kind),
                         std::make_index_sequence<std::variant_size_v<ronde::AnyEvent>>());
    }
    std::visit([&ar](auto &record) { ar(CEREAL_NVP_("data", record)); }, event);
}

} // namespace cereal

// How each type travels. Enums go as their integer; dates as days since 1970.
namespace ronde {

template <class Archive> void save(Archive &ar, const Date &d, std::uint32_t)
{
    ar(d.daysSinceEpoch());
}
template <class Archive> void load(Archive &ar, Date &d, std::uint32_t)
{
    int32_t days = 0;
    ar(days);
    d = Date::fromDays(days);
}

template <class Archive, typename E> void serializeFlags(Archive &ar, FlagSet<E> &flags)
{
    uint32_t bits = flags.bits();
    ar(bits);
    flags = FlagSet<E>::fromBits(bits);
}

template <class Archive> void serialize(Archive &ar, EventHeader &h, std::uint32_t)
{
    ar(h.id, h.detaineeId, h.authorId, h.occurredAtMs, h.recordedAtMs, h.hlc, h.supersedes);
}
// A rating withheld (DOMAIN "Privacy") goes as a rating of 0, in the field a rating has
// always had: a new field would need a new class version, which an older program could not
// read. An older program gets no 0 (SyncService leaves the mark out for it).
constexpr int kRatingWithheldOnWire = 0;
template <class Archive> void save(Archive &ar, const Contact &c, std::uint32_t)
{
    ar(c.header);
    uint32_t roles = c.roles.bits();
    uint32_t topics = c.topics.bits();
    ar(roles, c.kind, c.mode, topics, c.notes);
    std::optional<int> rating = c.satisfaction;
    if (!rating && c.ratingWithheld) {
        rating = kRatingWithheldOnWire;
    }
    ar(rating);
}
template <class Archive> void load(Archive &ar, Contact &c, std::uint32_t)
{
    ar(c.header);
    serializeFlags(ar, c.roles);
    ar(c.kind, c.mode);
    serializeFlags(ar, c.topics);
    ar(c.notes, c.satisfaction);
    c.ratingWithheld = c.satisfaction == kRatingWithheldOnWire;
    if (c.ratingWithheld) {
        c.satisfaction.reset();
    }
}
template <class Archive> void serialize(Archive &ar, CaseReview &r, std::uint32_t)
{
    ar(r.header, r.lights, r.behaviours, r.note, r.exceptionJustification);
}
template <class Archive> void serialize(Archive &ar, ReintegrationPlan &p, std::uint32_t)
{
    ar(p.header, p.stage);
}
template <class Archive> void serialize(Archive &ar, ProgramDecision &d, std::uint32_t)
{
    ar(d.header, d.decision, d.capacity, d.reviewId);
}
template <class Archive> void serialize(Archive &ar, Complaint &c, std::uint32_t)
{
    ar(c.header, c.stage, c.decisionId, c.learnedOn, c.lateExcused, c.outcome);
}
template <class Archive> void serialize(Archive &ar, RegistryProposal &p, std::uint32_t)
{
    ar(p.header, p.field, p.value, p.seenValue);
}
template <class Archive> void serialize(Archive &ar, QuestionnaireAnswers &a, std::uint32_t)
{
    serializeFlags(ar, a.contactYes);
    serializeFlags(ar, a.contactNo);
    serializeFlags(ar, a.contactDontKnow);
    ar(a.satisfaction, a.planHelp);
    serializeFlags(ar, a.helpWanted);
}
template <class Archive> void serialize(Archive &ar, Questionnaire &q, std::uint32_t)
{
    ar(q.header, q.completed, q.answers);
}
template <class Archive> void serialize(Archive &ar, Facility &f, std::uint32_t)
{
    ar(f.id, f.name, f.kind, f.profile);
}
template <class Archive> void serialize(Archive &ar, Unit &u, std::uint32_t)
{
    ar(u.id, u.facilityId, u.name);
}
template <class Archive> void serialize(Archive &ar, User &u, std::uint32_t)
{
    ar(u.id, u.facilityId, u.name, u.role, u.organisation, u.reviewMandate, u.active, u.pinHash);
}
template <class Archive> void serialize(Archive &ar, Exclusion &e, std::uint32_t)
{
    ar(e.ground, e.from, e.to);
}
template <class Archive> void serialize(Archive &ar, Detainee &d, std::uint32_t)
{
    ar(d.id, d.facilityId, d.unitId, d.number, d.name, d.admittedOn, d.dischargedOn, d.selfReporter,
       d.transferredFromPlus, d.exclusions);
}

template <class Archive> void save(Archive &ar, const AuditEntry &e, std::uint32_t)
{
    ar(e.id, e.atMs, e.userId, std::string(auditActionName(e.action)), e.detaineeId, e.subject);
}
template <class Archive> void load(Archive &ar, AuditEntry &e, std::uint32_t)
{
    std::string action;
    ar(e.id, e.atMs, e.userId, action, e.detaineeId, e.subject);
    const auto known = auditActionFromName(action);
    if (!known) {
        throw cereal::Exception("unknown audit action '" + action + "'");
    }
    e.action = *known; // the device it came from is set by the server, not sent
}

template <class Archive> void serialize(Archive &ar, PinChange &c, std::uint32_t)
{
    ar(c.userId, c.pinHash, c.atMs);
}

namespace sync {
template <class Archive> void serialize(Archive &ar, EnrolRequest &m, std::uint32_t version)
{
    ar(m.code, m.deviceName);
    if (version >= 2) { // version 1 (before sealed PIN hashes) carries none
        ar(m.pinPublicKey);
    }
}
template <class Archive> void serialize(Archive &ar, EnrolResponse &m, std::uint32_t version)
{
    ar(m.deviceId, m.secret, m.facilityId);
    if (version >= 2) {
        ar(m.pinPublicKey);
    }
}
template <class Archive> void serialize(Archive &ar, RegistrySnapshot &m, std::uint32_t)
{
    ar(m.version, m.facility, m.units, m.users, m.detainees, m.assignments);
}
template <class Archive> void serialize(Archive &ar, SyncRequest &m, std::uint32_t version)
{
    ar(m.deviceId, m.secret, m.cursor, m.registryVersion, m.deviceHlc, m.changes);
    if (version >= 2) { // version 1 (before the audit log) carries none
        ar(m.audit);
    }
    if (version >= 3) { // nor does version 2 carry PIN changes
        ar(m.pinChanges);
    }
    m.wireVersion = version; // 4: the device reads questionnaires; 5: a rating withheld
}
template <class Archive> void serialize(Archive &ar, Ack &m, std::uint32_t)
{
    ar(m.eventId, m.accepted, m.reason);
}
// The events go as a vector of them would (a size, then each).
template <class Archive> void save(Archive &ar, const SyncResponse &m, std::uint32_t version)
{
    ar(m.acks, m.serverHlc, m.registry);
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(m.events.size())));
    for (const auto &event : m.events) {
        ar(*event);
    }
    ar(m.nextCursor, m.more);
    if (version >= 2) { // version 1 (before transfers carried history) names no authors
        ar(m.authors);
    }
}
// `take` gets each event as read; what it leaves in the event is read into for the next.
template <class Archive, class Take>
void loadResponse(Archive &ar, SyncResponse &m, std::uint32_t version, const Take &take)
{
    ar(m.acks, m.serverHlc, m.registry);
    cereal::size_type count = 0;
    ar(cereal::make_size_tag(count));
    m.events.clear();
    AnyEvent event;
    for (cereal::size_type i = 0; i < count; ++i) { // one by one: see the vectors above
        ar(event);
        take(event);
    }
    ar(m.nextCursor, m.more);
    if (version >= 2) {
        ar(m.authors);
    }
}
template <class Archive> void load(Archive &ar, SyncResponse &m, std::uint32_t version)
{
    loadResponse(ar, m, version, [&m](AnyEvent &event) {
        m.events.push_back(std::make_shared<const AnyEvent>(std::move(event)));
    });
}
// A response read with its events handed over one by one (decode with `each`).
struct EachEventOf
{
    SyncResponse &message;
    const std::function<void(const AnyEvent &)> &each;
};
template <class Archive> void load(Archive &ar, EachEventOf &m, std::uint32_t version)
{
    loadResponse(ar, m.message, version, m.each);
}
} // namespace sync

} // namespace ronde

CEREAL_CLASS_VERSION(ronde::Date, 1)
CEREAL_CLASS_VERSION(ronde::EventHeader, 1)
CEREAL_CLASS_VERSION(ronde::Contact, 1)
CEREAL_CLASS_VERSION(ronde::CaseReview, 1)
CEREAL_CLASS_VERSION(ronde::ReintegrationPlan, 1)
CEREAL_CLASS_VERSION(ronde::ProgramDecision, 1)
CEREAL_CLASS_VERSION(ronde::Complaint, 1)
CEREAL_CLASS_VERSION(ronde::RegistryProposal, 1)
CEREAL_CLASS_VERSION(ronde::QuestionnaireAnswers, 1)
CEREAL_CLASS_VERSION(ronde::Questionnaire, 1)
CEREAL_CLASS_VERSION(ronde::Facility, 1)
CEREAL_CLASS_VERSION(ronde::Unit, 1)
CEREAL_CLASS_VERSION(ronde::User, 1)
CEREAL_CLASS_VERSION(ronde::Exclusion, 1)
CEREAL_CLASS_VERSION(ronde::Detainee, 1)
CEREAL_CLASS_VERSION(ronde::sync::EnrolRequest, 2)
CEREAL_CLASS_VERSION(ronde::sync::EnrolResponse, 2)
CEREAL_CLASS_VERSION(ronde::sync::RegistrySnapshot, 1)
CEREAL_CLASS_VERSION(ronde::AuditEntry, 1)
CEREAL_CLASS_VERSION(ronde::sync::SyncRequest, 5)
CEREAL_CLASS_VERSION(ronde::PinChange, 1)
CEREAL_CLASS_VERSION(ronde::sync::Ack, 1)
CEREAL_CLASS_VERSION(ronde::sync::SyncResponse, 2)

namespace ronde::sync {
namespace {

// The archive writes straight into the sink's buffer (a page of 5,000 events is about
// 1.5 MB; through an ostringstream it was copied twice more).
class SinkBuffer : public std::streambuf
{
public:
    SinkBuffer(ByteSink &sink, size_t room)
        : m_sink(sink)
    {
        grow(room);
    }
    // Cuts the sink's buffer to what was written.
    void finish() { m_sink.resize(m_used); }

protected:
    std::streamsize xsputn(const char *bytes, std::streamsize n) override
    {
        const size_t count = size_t(n);
        if (m_used + count > m_size) {
            grow(std::max(m_size * 2, m_used + count));
        }
        std::memcpy(m_data + m_used, bytes, count);
        m_used += count;
        return n;
    }
    int_type overflow(int_type c) override
    {
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            const char byte = traits_type::to_char_type(c);
            xsputn(&byte, 1);
        }
        return traits_type::not_eof(c);
    }

private:
    void grow(size_t size)
    {
        m_data = m_sink.resize(size);
        m_size = size;
    }

    ByteSink &m_sink;
    char *m_data = nullptr;
    size_t m_size = 0;
    size_t m_used = 0;
};

class StringSink : public ByteSink
{
public:
    explicit StringSink(std::string &out)
        : m_out(out)
    {}
    char *resize(size_t size) override
    {
        m_out.resize(size);
        return m_out.data();
    }

private:
    std::string &m_out;
};

// Reads the bytes where they are, without a copy.
class ViewBuffer : public std::streambuf
{
public:
    explicit ViewBuffer(std::string_view bytes)
    {
        char *begin = const_cast<char *>(bytes.data()); // only read: no put area
        setg(begin, begin, begin + bytes.size());
    }
};

// Room for the message up front, so that a page of events is not copied as it grows (nor
// its new memory faulted in again at each step). Events of about 300 bytes fit; a longer one
// makes the text grow as it would have.
template <typename Message> size_t roomFor(const Message &)
{
    return 1024;
}
template <> size_t roomFor(const SyncResponse &message)
{
    return 4096 + message.events.size() * 512;
}

template <typename Message> void encodeMessage(const Message &message, ByteSink &out)
{
    SinkBuffer buffer(out, roomFor(message));
    const char envelope[] = {char(kMagic >> 24),          char((kMagic >> 16) & 0xFF),
                             char((kMagic >> 8) & 0xFF),  char(kMagic & 0xFF),
                             char(kProtocolVersion >> 8), char(kProtocolVersion & 0xFF)};
    buffer.sputn(envelope, sizeof envelope);
    std::ostream body(&buffer);
    {
        cereal::PortableBinaryOutputArchive archive(body);
        archive(message);
    }
    buffer.finish();
}

template <typename Message> std::string encodeMessage(const Message &message)
{
    std::string out;
    StringSink sink(out);
    encodeMessage(message, sink);
    return out;
}

template <typename Message> void decodeMessage(std::string_view bytes, Message &message)
{
    if (bytes.size() > kMaxBodyBytes) {
        throw WireError("bericht te groot");
    }
    if (bytes.size() < 6) {
        throw WireError("bericht te kort");
    }
    uint32_t magic = 0;
    for (int i = 0; i < 4; ++i) {
        magic = (magic << 8) | uint8_t(bytes[size_t(i)]);
    }
    if (magic != kMagic) {
        throw WireError("geen Ronde-bericht (verkeerd begin)");
    }
    const uint16_t version = uint16_t((uint8_t(bytes[4]) << 8) | uint8_t(bytes[5]));
    if (version > kProtocolVersion) {
        throw FutureVersion(version);
    }
    if (version == 0) {
        throw WireError("protocolversie 0 bestaat niet");
    }
    ViewBuffer buffer(bytes.substr(6));
    std::istream body(&buffer);
    try {
        cereal::PortableBinaryInputArchive archive(body);
        archive(message);
    } catch (const std::exception &e) {
        // cereal throws on a truncated or garbled body.
        throw WireError(std::string("bericht is niet te lezen: ") + e.what());
    }
    if (body.peek() != std::char_traits<char>::eof()) {
        throw WireError("onbekende bytes na het bericht");
    }
}

} // namespace

FutureVersion::FutureVersion(uint16_t version)
    : WireError("protocolversie " + std::to_string(version) + " is nieuwer dan dit programma (" +
                std::to_string(kProtocolVersion) + ")")
    , m_version(version)
{}

std::string encode(const EnrolRequest &m)
{
    return encodeMessage(m);
}
std::string encode(const EnrolResponse &m)
{
    return encodeMessage(m);
}
std::string encode(const SyncRequest &m)
{
    return encodeMessage(m);
}
std::string encode(const SyncResponse &m)
{
    return encodeMessage(m);
}
void encode(const EnrolResponse &m, ByteSink &out)
{
    encodeMessage(m, out);
}
void encode(const SyncResponse &m, ByteSink &out)
{
    encodeMessage(m, out);
}
void decode(std::string_view b, EnrolRequest &m)
{
    decodeMessage(b, m);
}
void decode(std::string_view b, EnrolResponse &m)
{
    decodeMessage(b, m);
}
void decode(std::string_view b, SyncRequest &m)
{
    decodeMessage(b, m);
}
void decode(std::string_view b, SyncResponse &m)
{
    decodeMessage(b, m);
}
void decode(std::string_view b, SyncResponse &m, const std::function<void(const AnyEvent &)> &each)
{
    EachEventOf reading{m, each};
    decodeMessage(b, reading);
}

} // namespace ronde::sync
