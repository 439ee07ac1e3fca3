#include "event_repository.h"

#include "change_notifier.h"
#include "database.h"
#include "model/problem.h"
#include "model/validation.h"
#include "policy/profile.h"
#include "registry_repository.h"
#include "report_facts.h"
#include "stored_rating.h"
#include "util/local_time.h"

#include <algorithm>
#include <limits>
#include <set>
#include <sstream>
#include <type_traits>
#include <unordered_map>

namespace ronde {
namespace {

[[noreturn]] void refuse(ProblemCode code, std::string field, std::string value)
{
    throw ValidationError(Problem{code, std::move(field), std::move(value)});
}

HlcStamp latestStamp(Database &db)
{
    return HlcStamp::unpack(db.scalar("SELECT MAX(hlc) FROM events"));
}

// Behaviours are few and short; one per line keeps them readable in the database.
std::string joinLines(const std::vector<std::string> &lines)
{
    std::string text;
    for (const std::string &line : lines) {
        text += line;
        text += '\n';
    }
    return text;
}

} // namespace

EventRepository::EventRepository(Database &db, RegistryRepository &registry,
                                 ChangeNotifier &notifier, AuditLog &audit, Clock clock,
                                 ReportFacts reportFacts)
    : m_db(db)
    , m_registry(registry)
    , m_notifier(notifier)
    , m_audit(audit)
    , m_reportFacts(reportFacts)
    , m_clock(clock)
    , m_hlc(clock, latestStamp(db))
    , m_ids(clock)
{
    m_notifier.subscribe([this](const Change &change) {
        if (change.kind == Change::Kind::Registry) {
            m_cache = {};
        }
    });
}

const std::optional<Detainee> &EventRepository::cachedDetainee(const std::string &id)
{
    auto found = m_cache.detainees.find(id);
    if (found == m_cache.detainees.end()) {
        found = m_cache.detainees.emplace(id, m_registry.detainee(id)).first;
    }
    return found->second;
}

const std::vector<Stay> &EventRepository::cachedStays(const std::string &detaineeId)
{
    auto found = m_cache.stays.find(detaineeId);
    if (found == m_cache.stays.end()) {
        found = m_cache.stays.emplace(detaineeId, m_registry.stays(detaineeId)).first;
    }
    return found->second;
}

void EventRepository::rememberDetainees(const std::vector<std::string> &ids)
{
    std::vector<std::string> unknown;
    for (const std::string &id : ids) {
        if (!m_cache.detainees.contains(id) || !m_cache.stays.contains(id)) {
            unknown.push_back(id);
        }
    }
    std::sort(unknown.begin(), unknown.end());
    unknown.erase(std::unique(unknown.begin(), unknown.end()), unknown.end());
    if (unknown.empty()) {
        return;
    }
    std::map<std::string, std::vector<Stay>> stays = m_registry.staysOf(unknown);
    for (const std::string &id : unknown) {
        m_cache.detainees[id] = std::nullopt; // until found below
        m_cache.stays[id] = std::move(stays[id]);
    }
    for (Detainee &d : m_registry.detaineesById(unknown)) {
        m_cache.detainees[d.id] = std::move(d);
    }
}

const std::optional<User> &EventRepository::cachedUser(const std::string &id)
{
    auto found = m_cache.users.find(id);
    if (found == m_cache.users.end()) {
        found = m_cache.users.emplace(id, m_registry.user(id)).first;
    }
    return found->second;
}

const std::vector<std::string> &EventRepository::cachedReviewDomains(const std::string &facilityId)
{
    auto found = m_cache.reviewDomains.find(facilityId);
    if (found == m_cache.reviewDomains.end()) {
        const auto facility = m_registry.facility(facilityId);
        const Profile *profile = facility ? findProfile(facility->profile) : nullptr;
        found = m_cache.reviewDomains
                    .emplace(facilityId, (profile ? *profile : defaultProfile()).reviewDomains)
                    .first;
    }
    return found->second;
}

std::pair<const Detainee &, const User &> EventRepository::knownPeople(const EventHeader &header)
{
    const auto &detainee = cachedDetainee(header.detaineeId);
    if (!detainee) {
        refuse(ProblemCode::UnknownDetainee, "detaineeId", header.detaineeId);
    }
    const auto &author = cachedUser(header.authorId);
    if (!author) {
        refuse(ProblemCode::UnknownUser, "authorId", header.authorId);
    }
    return {*detainee, *author};
}

template <typename Event>
void EventRepository::validateAgainstRegistry(const Event &event, RecordedOn where)
{
    const auto [current, author] = knownPeople(event.header);
    std::optional<Detainee> during; // the detainee as registered in the stay of the event
    if (where == RecordedOn::AnotherDevice) {
        // Recorded elsewhere, perhaps before a transfer: R1.5 holds for the stay the event
        // happened in, not for the one the detainee is in now (the server checks that it
        // was a stay in the sending device's facility).
        const Date day = amsterdamFromUtc(event.header.occurredAtMs).date;
        for (const Stay &stay : cachedStays(current.id)) {
            if (stay.contains(day)) {
                during = current;
                during->facilityId = stay.facilityId; // its profile's review domains
                during->admittedOn = stay.from;
                during->dischargedOn = stay.to;
                break;
            }
        }
    }
    const Detainee &detainee = during ? *during : current;
    RecordingContext context{detainee, author, m_clock(), kFutureToleranceMs,
                             cachedReviewDomains(detainee.facilityId)};
    if (where == RecordedOn::AnotherDevice) {
        // That device checked "not in the future" against its own clock and the author's
        // account against its own registry: a tablet whose clock runs days ahead, or a
        // mentor who has left since, must not lose records here. (The server bounds how far
        // ahead a device's clock may be: SyncService, kDeviceClockSkewMs.)
        context.futureToleranceMs = std::numeric_limits<int32_t>::max() * int64_t(1000);
        context.authorMustBeActive = false;
    }
    validate(event, context);
    checkSupersedes(event, where);
    if constexpr (std::is_same_v<Event, ProgramDecision>) {
        checkBasis(event.header, event.reviewId, EventType::Review, "reviewId", where);
    } else if constexpr (std::is_same_v<Event, Complaint>) {
        checkBasis(event.header, event.decisionId, EventType::Decision, "decisionId", where);
    }
}

std::optional<EventRepository::StoredRecord>
EventRepository::storedRecord(const std::string &id, const EventHeader &referrer, EventType type,
                              const char *field)
{
    Statement &row = m_db.prepare("SELECT detainee_id, type, occurred_on FROM events WHERE id = ?");
    row.bind(1, id);
    if (!row.step()) {
        row.reset();
        return std::nullopt;
    }
    StoredRecord stored{row.text(0), row.text(1), row.text(2)};
    row.reset();
    if (stored.detaineeId != referrer.detaineeId) {
        refuse(ProblemCode::WrongDetainee, field, id);
    }
    if (stored.type != nameOf(type)) {
        refuse(ProblemCode::WrongEventType, field, id);
    }
    return stored;
}

void EventRepository::checkBasis(const EventHeader &header,
                                 const std::optional<std::string> &basisId, EventType basisType,
                                 const char *field, RecordedOn where)
{
    if (!basisId) {
        return; // none: a revocation after an incident, a complaint against no decision
    }
    const auto basis = storedRecord(*basisId, header, basisType, field);
    if (!basis) {
        // Recorded here, it names what this device holds. From another device it may name a
        // review this one refused (its author left the MDO meanwhile): the decision is still
        // the director's act, with a complaint deadline, and must not be stuck behind it.
        if (where == RecordedOn::ThisDevice) {
            refuse(ProblemCode::UnknownEvent, field, *basisId);
        }
        return;
    }
    // ISO days compare as text.
    if (basis->occurredOn > amsterdamFromUtc(header.occurredAtMs).date.iso()) {
        refuse(ProblemCode::BasisAfterRecord, field, *basisId);
    }
}

template <typename Event>
void EventRepository::checkSupersedes(const Event &event, RecordedOn where)
{
    if (!event.header.supersedes) {
        return;
    }
    const std::string &target = *event.header.supersedes;
    if (!storedRecord(target, event.header, Event::type, "supersedes")) {
        refuse(ProblemCode::UnknownEvent, "supersedes", target);
    }
    // Recorded here, a correction replaces a record that is still current: two corrections
    // of one record would both count (a sync can bring another while the form is open).
    // From elsewhere both are kept as they came: each device corrected what it had.
    if (where == RecordedOn::ThisDevice) {
        Statement &later = m_db.prepare("SELECT 1 FROM events WHERE supersedes = ?");
        later.bind(1, target);
        const bool corrected = later.step();
        later.reset();
        if (corrected) {
            refuse(ProblemCode::AlreadyCorrected, "supersedes", target);
        }
    }
}

template <typename Event> Event EventRepository::record(Event event)
{
    Transaction tx(m_db);
    validateAgainstRegistry(event, RecordedOn::ThisDevice);
    event.header.id = m_ids.next();
    event.header.recordedAtMs = m_clock();
    event.header.hlc = m_hlc.now().packed();
    insertHeader(event.header, Event::type);
    insertBody(event);
    if (m_reportFacts == ReportFacts::Kept) {
        updateReportFacts(m_db, event.header.id, event.header.supersedes);
    }
    m_db.prepare("INSERT INTO outbox (event_id) VALUES (?)").bind(1, event.header.id).run();
    m_audit.record(AuditAction::Recorded, event.header.authorId, event.header.detaineeId,
                   std::string(nameOf(Event::type)) + " " + event.header.id);
    tx.commit();
    m_notifier.notify({Change::Kind::Event, event.header.id, event.header.detaineeId});
    return event;
}

template <typename Event> bool EventRepository::import(const Event &event, ImportedFrom from)
{
    if (!isUuid(event.header.id)) {
        refuse(ProblemCode::Invalid, "id", event.header.id);
    }
    // Everything is checked before anything is written, so that inside a bulk import (a sync
    // brings thousands of events a request) no savepoint is needed per event: on PostgreSQL
    // each statement is a round trip.
    Transaction tx(m_db, Transaction::Nested::JoinOuter);
    try {
        if (from == ImportedFrom::Server) {
            knownPeople(event.header); // what the rows refer to
        } else {
            validateAgainstRegistry(event, RecordedOn::AnotherDevice);
        }
    } catch (const ValidationError &) {
        if (isStored(event.header.id)) {
            return false; // a copy is no news, whatever the registry says now
        }
        throw;
    }
    // One statement both writes the header and tells a copy already here.
    if (!insertHeader(event.header, Event::type, IfNew::Yes)) {
        return false;
    }
    if constexpr (std::is_same_v<Event, Contact>) {
        insertBody(event, from); // what a tablet holds of a rating depends on it
    } else {
        insertBody(event);
    }
    if (m_reportFacts == ReportFacts::Kept) {
        updateReportFacts(m_db, event.header.id, event.header.supersedes);
    }
    m_hlc.receive(HlcStamp::unpack(event.header.hlc));
    tx.commit();
    m_notifier.notify({Change::Kind::Event, event.header.id, event.header.detaineeId});
    return true;
}

EventRepository::BatchImport EventRepository::importContacts(const std::vector<Contact> &contacts,
                                                             ImportedFrom from, NewFacts facts)
{
    BatchImport result;
    std::vector<std::optional<std::string>> &refusals = result.refusals;
    refusals.resize(contacts.size());
    result.newHere.resize(contacts.size());
    Transaction tx(m_db, Transaction::Nested::JoinOuter);
    std::vector<std::string> ids;
    for (const Contact &c : contacts) {
        ids.push_back(c.header.id);
    }
    std::set<std::string> present;
    Statement &stored = m_db.prepare("SELECT id FROM events WHERE " + m_db.inJsonArray("id", 1));
    stored.bind(1, jsonTextArray(ids));
    while (stored.step()) {
        present.insert(stored.text(0));
    }
    stored.reset();

    std::vector<const Contact *> fresh;
    std::vector<size_t> corrections;
    for (size_t i = 0; i < contacts.size(); ++i) {
        const Contact &c = contacts[i];
        if (c.header.supersedes) {
            corrections.push_back(i);
            continue;
        }
        if (!isUuid(c.header.id)) {
            refusals[i] = ValidationError({ProblemCode::Invalid, "id", c.header.id}).what();
            continue;
        }
        if (!present.insert(c.header.id).second) {
            continue; // a copy (or sent twice): no news
        }
        try {
            if (from == ImportedFrom::Server) {
                knownPeople(c.header); // as import(): what the rows refer to
            } else {
                validateAgainstRegistry(c, RecordedOn::AnotherDevice);
            }
            fresh.push_back(&c);
            result.newHere[i] = true;
        } catch (const ValidationError &e) {
            present.erase(c.header.id);
            refusals[i] = e.what();
        }
    }

    if (!fresh.empty()) {
        Rows headers;
        Rows bodies;
        headers.reserve(fresh.size(), 8, 140);
        bodies.reserve(fresh.size(), 8, 300);
        std::vector<StoredContact> asStored;
        asStored.reserve(fresh.size());
        for (const Contact *c : fresh) {
            const EventHeader &h = c->header;
            headers.row()
                .add(h.id)
                .add(nameOf(Contact::type))
                .add(h.detaineeId)
                .add(h.authorId)
                .add(h.occurredAtMs)
                .add(amsterdamFromUtc(h.occurredAtMs).date.iso())
                .add(h.recordedAtMs)
                .add(h.hlc);
            bodies.row()
                .add(h.id)
                .add(int64_t(c->roles.bits()))
                .add(nameOf(c->kind))
                .add(nameOf(c->mode))
                .add(int64_t(c->topics.bits()))
                .add(c->notes);
            const StoredRating rating = storedRating(m_db, *c, from);
            bodies.add(rating.value).add(int64_t(rating.withheld ? 1 : 0));
            asStored.push_back({c, rating.value});
        }
        using T = Database::ColumnType;
        m_db.insertRows(
            "INSERT INTO events (id, type, detainee_id, author_id, occurred_at, "
            "occurred_on, recorded_at, hlc)",
            {T::Text, T::Text, T::Text, T::Text, T::Integer, T::Text, T::Integer, T::Integer},
            headers, "", Database::Answer::Later);
        m_db.insertRows(
            "INSERT INTO contacts (event_id, roles, kind, mode, topics, notes, satisfaction, "
            "rating_withheld)",
            {T::Text, T::Integer, T::Text, T::Text, T::Integer, T::Text, T::Integer, T::Integer},
            bodies, "", Database::Answer::Later);
        for (const Contact *c : fresh) {
            m_hlc.receive(HlcStamp::unpack(c->header.hlc));
        }
        if (m_reportFacts == ReportFacts::Kept && facts == NewFacts::Now) {
            addContactFacts(m_db, asStored);
        }
    }
    result.added = fresh.size();
    for (const size_t i : corrections) {
        try {
            result.newHere[i] = import(contacts[i], from);
            result.added += result.newHere[i] ? 1 : 0;
        } catch (const ValidationError &e) {
            refusals[i] = e.what();
        }
    }
    tx.commit();
    for (const Contact *c : fresh) {
        m_notifier.notify({Change::Kind::Event, c->header.id, c->header.detaineeId});
    }
    return result;
}

bool EventRepository::isStored(const std::string &id)
{
    Statement &row = m_db.prepare("SELECT 1 FROM events WHERE id = ?");
    row.bind(1, id);
    const bool found = row.step();
    row.reset();
    return found;
}

bool EventRepository::insertHeader(const EventHeader &header, EventType type, IfNew ifNew)
{
    const std::string insert =
        "INSERT INTO events (id, type, detainee_id, author_id, occurred_at, occurred_on, "
        "recorded_at, hlc, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    m_db.prepare(ifNew == IfNew::Yes ? insert + " ON CONFLICT (id) DO NOTHING" : insert)
        .bind(1, header.id)
        .bind(2, nameOf(type))
        .bind(3, header.detaineeId)
        .bind(4, header.authorId)
        .bind(5, header.occurredAtMs)
        .bind(6, amsterdamFromUtc(header.occurredAtMs).date.iso())
        .bind(7, header.recordedAtMs)
        .bind(8, header.hlc)
        .bind(9, header.supersedes)
        .run();
    return m_db.changes() > 0;
}

void EventRepository::insertBody(const Contact &contact, ImportedFrom from)
{
    const StoredRating rating = storedRating(m_db, contact, from);
    m_db.prepare("INSERT INTO contacts (event_id, roles, kind, mode, topics, notes, satisfaction, "
                 "rating_withheld) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, contact.header.id)
        .bind(2, int64_t(contact.roles.bits()))
        .bind(3, nameOf(contact.kind))
        .bind(4, nameOf(contact.mode))
        .bind(5, int64_t(contact.topics.bits()))
        .bind(6, contact.notes)
        .bind(7, rating.value)
        .bind(8, int64_t(rating.withheld ? 1 : 0))
        .run();
}

void EventRepository::insertBody(const CaseReview &review)
{
    m_db.prepare("INSERT INTO reviews (event_id, behaviours, note, exception_justification) "
                 "VALUES (?, ?, ?, ?)")
        .bind(1, review.header.id)
        .bind(2, joinLines(review.behaviours))
        .bind(3, review.note)
        .bind(4, review.exceptionJustification)
        .run();
    for (const auto &[domain, light] : review.lights) {
        m_db.prepare("INSERT INTO review_lights (event_id, domain, light) VALUES (?, ?, ?)")
            .bind(1, review.header.id)
            .bind(2, domain)
            .bind(3, nameOf(light))
            .run();
    }
}

void EventRepository::insertBody(const ReintegrationPlan &plan)
{
    m_db.prepare("INSERT INTO plans (event_id, stage) VALUES (?, ?)")
        .bind(1, plan.header.id)
        .bind(2, nameOf(plan.stage))
        .run();
}

void EventRepository::insertBody(const ProgramDecision &decision)
{
    m_db.prepare("INSERT INTO decisions (event_id, decision, capacity, review_id) "
                 "VALUES (?, ?, ?, ?)")
        .bind(1, decision.header.id)
        .bind(2, nameOf(decision.decision))
        .bind(3, nameOf(decision.capacity))
        .bind(4, decision.reviewId)
        .run();
}

void EventRepository::insertBody(const Complaint &complaint)
{
    m_db.prepare("INSERT INTO complaints (event_id, stage, decision_id, learned_on, "
                 "late_excused, outcome) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, complaint.header.id)
        .bind(2, nameOf(complaint.stage))
        .bind(3, complaint.decisionId)
        .bind(4, complaint.learnedOn ? std::optional(complaint.learnedOn->iso()) : std::nullopt)
        .bind(5, complaint.lateExcused)
        .bind(6, complaint.outcome)
        .run();
}

void EventRepository::insertBody(const RegistryProposal &proposal)
{
    m_db.prepare("INSERT INTO proposals (event_id, field, value, seen_value) VALUES (?, ?, ?, ?)")
        .bind(1, proposal.header.id)
        .bind(2, nameOf(proposal.field))
        .bind(3, proposal.value)
        .bind(4, proposal.seenValue)
        .run();
}

void EventRepository::insertBody(const Questionnaire &questionnaire)
{
    const std::string &id = questionnaire.header.id;
    m_db.prepare("INSERT INTO questionnaires (event_id, completed) VALUES (?, ?)")
        .bind(1, id)
        .bind(2, questionnaire.completed)
        .run();
    if (!questionnaire.answers) {
        return; // an offer only, or a copy whose answers this database may not hold
    }
    const QuestionnaireAnswers &a = *questionnaire.answers;
    m_db.prepare("INSERT INTO questionnaire_answers (event_id, contact_yes, contact_no, "
                 "contact_dont_know, plan_help, help_wanted) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(1, id)
        .bind(2, int64_t(a.contactYes.bits()))
        .bind(3, int64_t(a.contactNo.bits()))
        .bind(4, int64_t(a.contactDontKnow.bits()))
        .bind(5, nameOf(a.planHelp))
        .bind(6, int64_t(a.helpWanted.bits()))
        .run();
    for (const auto &[role, rating] : a.satisfaction) {
        m_db.prepare("INSERT INTO questionnaire_ratings (event_id, role, rating) VALUES (?, ?, ?)")
            .bind(1, id)
            .bind(2, nameOf(role))
            .bind(3, int64_t(rating))
            .run();
    }
}

QuestionnaireTiming EventRepository::questionnaireTimingOf(const std::string &detaineeId,
                                                           Date today)
{
    const std::optional<Detainee> &detainee = cachedDetainee(detaineeId);
    if (!detainee) {
        refuse(ProblemCode::UnknownDetainee, "detaineeId", detaineeId);
    }
    return questionnaireTiming(detainee->admittedOn, detainee->dischargedOn,
                               questionnaireOffers(detaineeId), today);
}

template Contact EventRepository::record(Contact);
template CaseReview EventRepository::record(CaseReview);
template ReintegrationPlan EventRepository::record(ReintegrationPlan);
template ProgramDecision EventRepository::record(ProgramDecision);
template Complaint EventRepository::record(Complaint);
template RegistryProposal EventRepository::record(RegistryProposal);
template Questionnaire EventRepository::record(Questionnaire);
template bool EventRepository::import(const Contact &, ImportedFrom);
template bool EventRepository::import(const CaseReview &, ImportedFrom);
template bool EventRepository::import(const ReintegrationPlan &, ImportedFrom);
template bool EventRepository::import(const ProgramDecision &, ImportedFrom);
template bool EventRepository::import(const Complaint &, ImportedFrom);
template bool EventRepository::import(const RegistryProposal &, ImportedFrom);
template bool EventRepository::import(const Questionnaire &, ImportedFrom);

} // namespace ronde
