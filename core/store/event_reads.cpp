// Reading events back: one type, a detainee's or a facility's, by id, or what the policy
// engine and the rounds list take (EventRepository's reads; the writes are in
// event_repository.cpp).
#include "database.h"
#include "event_repository.h"
#include "util/local_time.h"

#include <sstream>
#include <unordered_map>

namespace ronde {
namespace {

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

// Header columns, shared by every per-type query; the body columns follow from index 7.
constexpr const char *kHeaderColumns =
    "e.id, e.detainee_id, e.author_id, e.occurred_at, e.recorded_at, e.hlc, e.supersedes";
constexpr int kBody = 7;

EventHeader headerFromRow(const Statement &row)
{
    return {row.text(0),  row.text(1),  row.text(2),        row.int64(3),
            row.int64(4), row.int64(5), row.optionalText(6)};
}

// Which events a read covers: one detainee's, or every detainee's of a facility.
std::string scopeClause(EventRepository::Scope scope, const Database &db)
{
    switch (scope) {
    case EventRepository::Scope::Detainee:
        return "e.detainee_id = ?1";
    case EventRepository::Scope::Facility:
        return "e.detainee_id IN (SELECT id FROM detainees WHERE facility_id = ?1)";
    case EventRepository::Scope::EventList:
        return db.inJsonArray("e.id", 1);
    case EventRepository::Scope::Event:
        break;
    }
    return "e.id = ?1";
}

// The current events of one type in a scope: events no later event supersedes. One
// detainee's come oldest first; a facility's come unordered, because sorting 200k rows would
// cost more than the whole evaluation, which does not depend on the order.
std::string currentEventsOf(EventType type, const char *table, const char *bodyColumns,
                            EventRepository::Scope scope, const Database &db)
{
    const bool one =
        scope == EventRepository::Scope::Event || scope == EventRepository::Scope::EventList;
    return std::string("SELECT ") + kHeaderColumns + ", " + bodyColumns + " FROM events e JOIN " +
           table + " b ON b.event_id = e.id WHERE " + scopeClause(scope, db) + " AND e.type = '" +
           std::string(nameOf(type)) + "'" +
           (one ? ""
                : " AND NOT EXISTS (SELECT 1 FROM events later WHERE later.supersedes = e.id)") +
           (scope == EventRepository::Scope::Detainee ? " ORDER BY e.occurred_at, e.hlc" : "");
}

// Per event type: its body table, the body columns, and how a row becomes the event.
template <typename Event> struct EventTable;

template <> struct EventTable<Contact>
{
    static constexpr const char *table = "contacts";
    static constexpr const char *columns =
        "b.roles, b.kind, b.mode, b.topics, b.notes, b.satisfaction, b.rating_withheld";
    static Contact fromRow(const Statement &row)
    {
        Contact c;
        c.header = headerFromRow(row);
        c.roles = RoleSet::fromBits(uint32_t(row.int64(kBody)));
        c.kind = enumColumn<ContactKind>(row, kBody + 1);
        c.mode = enumColumn<ContactMode>(row, kBody + 2);
        c.topics = TopicSet::fromBits(uint32_t(row.int64(kBody + 3)));
        c.notes = row.text(kBody + 4);
        if (!row.isNull(kBody + 5)) {
            c.satisfaction = row.integer(kBody + 5);
        }
        c.ratingWithheld = row.int64(kBody + 6) != 0;
        return c;
    }
};

template <> struct EventTable<CaseReview>
{
    static constexpr const char *table = "reviews";
    static constexpr const char *columns = "b.behaviours, b.note, b.exception_justification";
    static CaseReview fromRow(const Statement &row)
    {
        CaseReview r;
        r.header = headerFromRow(row);
        r.behaviours = splitLines(row.text(kBody));
        r.note = row.text(kBody + 1);
        r.exceptionJustification = row.text(kBody + 2);
        return r; // lights are read separately, in one query for the scope
    }
};

template <> struct EventTable<ReintegrationPlan>
{
    static constexpr const char *table = "plans";
    static constexpr const char *columns = "b.stage";
    static ReintegrationPlan fromRow(const Statement &row)
    {
        return {headerFromRow(row), enumColumn<PlanStage>(row, kBody)};
    }
};

template <> struct EventTable<ProgramDecision>
{
    static constexpr const char *table = "decisions";
    static constexpr const char *columns = "b.decision, b.capacity, b.review_id";
    static ProgramDecision fromRow(const Statement &row)
    {
        return {headerFromRow(row), enumColumn<DecisionKind>(row, kBody),
                enumColumn<DecisionCapacity>(row, kBody + 1), row.optionalText(kBody + 2)};
    }
};

template <> struct EventTable<Complaint>
{
    static constexpr const char *table = "complaints";
    static constexpr const char *columns =
        "b.stage, b.decision_id, b.learned_on, b.late_excused, b.outcome";
    static Complaint fromRow(const Statement &row)
    {
        Complaint c;
        c.header = headerFromRow(row);
        c.stage = enumColumn<ComplaintStage>(row, kBody);
        c.decisionId = row.optionalText(kBody + 1);
        if (!row.isNull(kBody + 2)) {
            c.learnedOn = Date::parseIso(row.text(kBody + 2));
        }
        c.lateExcused = row.int64(kBody + 3) != 0;
        c.outcome = row.text(kBody + 4);
        return c;
    }
};

template <> struct EventTable<RegistryProposal>
{
    static constexpr const char *table = "proposals";
    static constexpr const char *columns = "b.field, b.value, b.seen_value";
    static RegistryProposal fromRow(const Statement &row)
    {
        return {headerFromRow(row), enumColumn<ProposalField>(row, kBody), row.text(kBody + 1),
                row.text(kBody + 2)};
    }
};

// The offer only: whether it was completed. The answers are read apart (readAnswers), and
// only where they are to leave the database (a sync's batch, the server's checks).
template <> struct EventTable<Questionnaire>
{
    static constexpr const char *table = "questionnaires";
    static constexpr const char *columns = "b.completed";
    static Questionnaire fromRow(const Statement &row)
    {
        return {headerFromRow(row), row.int64(kBody) != 0, std::nullopt};
    }
};

} // namespace

template <typename Event>
std::vector<Event> EventRepository::readRows(Scope scope, const std::string &key)
{
    // Built per call (a microsecond): the text depends on the engine; prepare() caches the rest.
    Statement &row = m_db.prepare(currentEventsOf(Event::type, EventTable<Event>::table,
                                                  EventTable<Event>::columns, scope, m_db));
    row.bind(1, key);
    std::vector<Event> result;
    while (row.step()) {
        result.push_back(EventTable<Event>::fromRow(row));
    }
    return result;
}

void EventRepository::readAnswers(std::vector<Questionnaire> &questionnaires, Scope scope,
                                  const std::string &key)
{
    std::unordered_map<std::string, Questionnaire *> byId;
    for (Questionnaire &q : questionnaires) {
        byId.emplace(q.header.id, &q);
    }
    Statement &answer = m_db.prepare(
        "SELECT a.event_id, a.contact_yes, a.contact_no, a.contact_dont_know, a.plan_help, "
        "a.help_wanted FROM questionnaire_answers a JOIN events e ON e.id = a.event_id WHERE " +
        scopeClause(scope, m_db));
    answer.bind(1, key);
    while (answer.step()) {
        if (const auto found = byId.find(answer.text(0)); found != byId.end()) {
            QuestionnaireAnswers &a = found->second->answers.emplace();
            a.contactYes = RoleSet::fromBits(uint32_t(answer.int64(1)));
            a.contactNo = RoleSet::fromBits(uint32_t(answer.int64(2)));
            a.contactDontKnow = RoleSet::fromBits(uint32_t(answer.int64(3)));
            a.planHelp = enumColumn<Answer>(answer, 4);
            a.helpWanted = TopicSet::fromBits(uint32_t(answer.int64(5)));
        }
    }
    Statement &rating =
        m_db.prepare("SELECT r.event_id, r.role, r.rating FROM questionnaire_ratings r "
                     "JOIN events e ON e.id = r.event_id WHERE " +
                     scopeClause(scope, m_db));
    rating.bind(1, key);
    while (rating.step()) {
        if (const auto found = byId.find(rating.text(0));
            found != byId.end() && found->second->answers) {
            found->second->answers->satisfaction[enumColumn<Role>(rating, 1)] =
                int(rating.int64(2));
        }
    }
}

template <typename Event>
std::vector<Event> EventRepository::read(Scope scope, const std::string &key, Answers answers)
{
    std::vector<Event> result = readRows<Event>(scope, key);
    if constexpr (std::is_same_v<Event, Questionnaire>) {
        if (!result.empty() && answers == Answers::Included) {
            readAnswers(result, scope, key);
        }
    }
    if constexpr (std::is_same_v<Event, Contact>) {
        if (answers == Answers::Left) { // rated, and no more than that (DOMAIN "Privacy")
            for (Contact &c : result) {
                c.ratingWithheld = c.rated();
                c.satisfaction.reset();
            }
        }
    }
    if constexpr (std::is_same_v<Event, CaseReview>) {
        if (result.empty()) {
            return result; // no lights to read
        }
        std::unordered_map<std::string, CaseReview *> byId;
        for (CaseReview &r : result) {
            byId.emplace(r.header.id, &r);
        }
        Statement &light =
            m_db.prepare("SELECT l.event_id, l.domain, l.light FROM review_lights l "
                         "JOIN events e ON e.id = l.event_id WHERE e.type = 'review' AND " +
                         scopeClause(scope, m_db));
        light.bind(1, key);
        while (light.step()) {
            if (const auto found = byId.find(light.text(0)); found != byId.end()) {
                found->second->lights[light.text(1)] = enumColumn<Light>(light, 2);
            }
        }
    }
    return result;
}

std::vector<Contact> EventRepository::contacts(const std::string &detaineeId)
{
    return read<Contact>(Scope::Detainee, detaineeId);
}

std::vector<CaseReview> EventRepository::reviews(const std::string &detaineeId)
{
    return read<CaseReview>(Scope::Detainee, detaineeId);
}

std::vector<ReintegrationPlan> EventRepository::plans(const std::string &detaineeId)
{
    return read<ReintegrationPlan>(Scope::Detainee, detaineeId);
}

std::vector<ProgramDecision> EventRepository::decisions(const std::string &detaineeId)
{
    return read<ProgramDecision>(Scope::Detainee, detaineeId);
}

std::vector<Complaint> EventRepository::complaints(const std::string &detaineeId)
{
    return read<Complaint>(Scope::Detainee, detaineeId);
}

std::vector<RegistryProposal> EventRepository::proposals(const std::string &detaineeId)
{
    return read<RegistryProposal>(Scope::Detainee, detaineeId);
}

std::vector<Questionnaire> EventRepository::questionnaireOffers(const std::string &detaineeId)
{
    return readRows<Questionnaire>(Scope::Detainee, detaineeId);
}

std::optional<EventRepository::EventAuthor>
EventRepository::authorOfEvent(const std::string &eventId)
{
    Statement &row = m_db.prepare("SELECT e.author_id, u.facility_id FROM events e JOIN users u "
                                  "ON u.id = e.author_id WHERE e.id = ?");
    row.bind(1, eventId);
    std::optional<EventAuthor> author;
    if (row.step()) {
        author = EventAuthor{row.text(0), row.text(1)};
    }
    row.reset();
    return author;
}

std::optional<AnyEvent> EventRepository::byId(const std::string &id)
{
    Statement &row = m_db.prepare("SELECT type FROM events WHERE id = ?");
    row.bind(1, id);
    if (!row.step()) {
        return std::nullopt;
    }
    const EventType type = enumColumn<EventType>(row, 0);
    row.reset();
    auto first = [&]<typename Event>() -> std::optional<AnyEvent> {
        auto found = read<Event>(Scope::Event, id);
        return found.empty() ? std::nullopt : std::optional<AnyEvent>(std::move(found.front()));
    };
    switch (type) {
    case EventType::Contact:
        return first.operator()<Contact>();
    case EventType::Review:
        return first.operator()<CaseReview>();
    case EventType::Plan:
        return first.operator()<ReintegrationPlan>();
    case EventType::Decision:
        return first.operator()<ProgramDecision>();
    case EventType::Complaint:
        return first.operator()<Complaint>();
    case EventType::Proposal:
        return first.operator()<RegistryProposal>();
    case EventType::Questionnaire:
        return first.operator()<Questionnaire>();
    }
    return std::nullopt;
}

namespace {

// Events found with their place in the list asked for, in that order.
std::vector<AnyEvent> inOrder(std::vector<std::pair<size_t, AnyEvent>> found)
{
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<AnyEvent> events;
    events.reserve(found.size());
    for (auto &[at, event] : found) {
        events.push_back(std::move(event));
    }
    return events;
}

} // namespace

std::vector<AnyEvent> EventRepository::byIds(const std::vector<std::string> &ids, Answers answers)
{
    // Stored ids are UUIDs (checked on import); anything else is left out.
    std::vector<std::string> wanted;
    std::unordered_map<std::string, size_t> position;
    for (const std::string &id : ids) {
        if (isUuid(id) && position.emplace(id, position.size()).second) {
            wanted.push_back(id);
        }
    }
    if (wanted.empty()) {
        return {}; // a sync with nothing new to pull asks for none: no query per type
    }
    // Contacts first, asked for every id: a page is nearly all contacts, and then needs no
    // second query (on PostgreSQL the types' look-up was a third of reading a page). The
    // others by the type of each id left, so that each type's query asks for its own ids
    // only: asking all seven types for every id cost an index probe and a row read per id
    // per type (PostgreSQL: a page of 5,000 took 70 ms).
    std::vector<std::pair<size_t, AnyEvent>> found;
    std::vector<bool> isFound(wanted.size(), false);
    for (Contact &c : read<Contact>(Scope::EventList, jsonTextArray(wanted), answers)) {
        const size_t at = position.at(c.header.id);
        isFound[at] = true;
        found.emplace_back(at, std::move(c));
    }
    std::vector<std::string> rest;
    for (size_t i = 0; i < wanted.size(); ++i) {
        if (!isFound[i]) {
            rest.push_back(wanted[i]);
        }
    }
    if (rest.empty()) {
        return inOrder(std::move(found));
    }
    std::unordered_map<std::string, std::vector<std::string>> idsOfType;
    Statement &types =
        m_db.prepare("SELECT e.type, e.id FROM events e WHERE " + m_db.inJsonArray("e.id", 1));
    types.bind(1, jsonTextArray(rest));
    while (types.step()) {
        idsOfType[types.text(0)].push_back(types.text(1));
    }
    types.reset();
    auto collect = [&]<typename Event>() {
        const auto ofType = idsOfType.find(std::string(nameOf(Event::type)));
        if (ofType == idsOfType.end()) {
            return;
        }
        for (Event &e : read<Event>(Scope::EventList, jsonTextArray(ofType->second), answers)) {
            const size_t at = position.at(e.header.id);
            found.emplace_back(at, std::move(e));
        }
    };
    collect.operator()<CaseReview>();
    collect.operator()<ReintegrationPlan>();
    collect.operator()<ProgramDecision>();
    collect.operator()<Complaint>();
    collect.operator()<RegistryProposal>();
    collect.operator()<Questionnaire>();
    return inOrder(std::move(found));
}

std::unordered_map<std::string, DetaineeEvents>
EventRepository::allOfFacility(const std::string &facilityId)
{
    std::unordered_map<std::string, DetaineeEvents> result;
    // Contacts: only the index (detainee, type, moment) and the body's kind and roles are
    // read, and rows come detainee by detainee, so one look-up in the map serves many.
    Statement &contact = m_db.prepare(
        "SELECT e.detainee_id, e.occurred_at, b.kind, b.roles FROM events e JOIN contacts b ON "
        "b.event_id = e.id WHERE e.detainee_id IN (SELECT id FROM detainees WHERE facility_id = "
        "?1) AND e.type = 'contact' AND b.kind <> 'other' AND NOT EXISTS (SELECT 1 FROM events "
        "later WHERE later.supersedes = e.id)");
    contact.bind(1, facilityId);
    std::string currentId;
    std::vector<Contact> *current = nullptr;
    while (contact.step()) {
        if (!current || contact.view(0) != currentId) {
            currentId = contact.text(0);
            current = &result[currentId].contacts;
        }
        Contact &c = current->emplace_back();
        c.header.detaineeId = currentId;
        c.header.occurredAtMs = contact.int64(1);
        c.kind = enumColumn<ContactKind>(contact, 2);
        c.roles = RoleSet::fromBits(uint32_t(contact.int64(3)));
    }
    contact.reset();
    for (CaseReview &r : read<CaseReview>(Scope::Facility, facilityId)) {
        result[r.header.detaineeId].reviews.push_back(std::move(r));
    }
    for (ReintegrationPlan &p : read<ReintegrationPlan>(Scope::Facility, facilityId)) {
        result[p.header.detaineeId].plans.push_back(std::move(p));
    }
    for (ProgramDecision &d : read<ProgramDecision>(Scope::Facility, facilityId)) {
        result[d.header.detaineeId].decisions.push_back(std::move(d));
    }
    for (Complaint &c : read<Complaint>(Scope::Facility, facilityId)) {
        result[c.header.detaineeId].complaints.push_back(std::move(c));
    }
    for (Questionnaire &q : readRows<Questionnaire>(Scope::Facility, facilityId)) {
        result[q.header.detaineeId].questionnaires.push_back(std::move(q));
    }
    return result;
}

DetaineeEvents EventRepository::allOf(const std::string &detaineeId)
{
    return {contacts(detaineeId),  reviews(detaineeId),    plans(detaineeId),
            decisions(detaineeId), complaints(detaineeId), questionnaireOffers(detaineeId)};
}

void EventRepository::forgetDeliveredAnswers(const std::vector<std::string> &delivered,
                                             Delivered scope)
{
    // A tablet's (SQLite): their ratings go with them (ON DELETE CASCADE). The server keeps
    // every answer, and on PostgreSQL has no such cascade since schema 13.
    m_db.prepare("DELETE FROM questionnaire_answers WHERE event_id NOT IN "
                 "(SELECT event_id FROM outbox)")
        .run();
    // A contact's rating by the ids delivered: the contacts outnumber everything else, and
    // only those just delivered can hold one (pulled contacts come without).
    const std::string forget = "UPDATE contacts SET satisfaction = NULL, rating_withheld = 1 "
                               "WHERE satisfaction IS NOT NULL AND ";
    if (scope == Delivered::AllBeforeThese) {
        m_db.prepare(forget + "event_id NOT IN (SELECT event_id FROM outbox)").run();
    } else if (!delivered.empty()) {
        m_db.prepare(forget + m_db.inJsonArray("event_id", 1))
            .bind(1, jsonTextArray(delivered))
            .run();
    }
}

std::optional<Date> EventRepository::lastContactDay(const std::string &detaineeId)
{
    Statement &row = m_db.prepare(
        "SELECT MAX(occurred_on) FROM events WHERE detainee_id = ? AND type = 'contact'");
    row.bind(1, detaineeId);
    std::optional<Date> day;
    if (row.step() && !row.isNull(0)) {
        day = Date::parseIso(row.text(0));
    }
    row.reset();
    return day;
}

std::map<std::string, Date> EventRepository::lastContactDays(const std::string &facilityId)
{
    // Per detainee the latest moment, one seek each in the index events_by_detainee
    // (detainee, type, moment), so no event row is read: a facility holds 100,000 of them.
    // That moment's day in Amsterdam is the latest day (R0.3).
    Statement &row = m_db.prepare(
        "SELECT d.id, (SELECT MAX(e.occurred_at) FROM events e WHERE e.detainee_id = d.id "
        "AND e.type = 'contact') FROM detainees d WHERE d.facility_id = ?");
    row.bind(1, facilityId);
    std::map<std::string, Date> result;
    while (row.step()) {
        if (!row.isNull(1)) {
            result.emplace(row.text(0), amsterdamFromUtc(row.int64(1)).date);
        }
    }
    return result;
}

int64_t EventRepository::count()
{
    return m_db.scalar("SELECT COUNT(*) FROM events");
}

} // namespace ronde
