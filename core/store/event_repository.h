#pragma once

#include "audit_log.h"
#include "model/events.h"
#include "model/registry.h"
#include "policy/evaluation.h"
#include "util/clock.h"
#include "util/date.h"
#include "util/hlc.h"
#include "util/uuid.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ronde {

class Database;
class ChangeNotifier;
class RegistryRepository;

// Contacts, reviews, plans, decisions, complaints, proposals and questionnaires. Append-only.
class EventRepository
{
public:
    // Whether every write also keeps the report's facts (report_facts.h): a tablet's store
    // does not (StoreRole).
    enum class ReportFacts
    {
        Kept,
        NotKept
    };
    EventRepository(Database &db, RegistryRepository &registry, ChangeNotifier &notifier,
                    AuditLog &audit, Clock clock, ReportFacts reportFacts = ReportFacts::Kept);

    // Records an event written on this device: validates it against the detainee and author,
    // gives it an id and an HLC stamp, and writes it with its outbox row and its audit entry
    // (the author wrote it) in one transaction.
    // Throws ValidationError (and writes nothing) on bad input. Returns the stored event.
    template <typename Event> Event record(Event event);

    // Who vouches for an imported event. A device: the server checks it against the rules
    // for recording (R1.5 and the rest), as far as they do not depend on the moment it was
    // recorded. The server: it checked the event when it came in, and a tablet that pulls it
    // takes it as it is, even when its copy of the registry has moved on since (a mentor who
    // left, a corrected date of admission); it only needs to know the detainee and author.
    enum class ImportedFrom
    {
        Device,
        Server
    };
    // Stores an event made elsewhere (pushed or pulled by sync, or demo history) exactly as
    // it is: same id, same stamp, no outbox row. Idempotent: returns false when the id is
    // present. Throws ValidationError (and writes nothing) when it is refused.
    template <typename Event>
    bool import(const Event &event, ImportedFrom from = ImportedFrom::Device);

    // Imports contacts (pushed to the server, or pulled by a tablet) as import() does, but
    // with a few statements for all of them: each is checked on its own first (a copy
    // already here is no news; a refused one is left out, with its words), then the new ones
    // go in with one INSERT per table, their report facts included (addContactFacts) unless
    // left for later (NewFacts).
    // Contacts that correct another (`supersedes`) go through import(): what they replace may
    // be in the same batch.
    struct BatchImport
    {
        // Per contact: nothing when it is stored (new or a copy), or why it was refused.
        std::vector<std::optional<std::string>> refusals;
        // Per contact: stored by this call, not a copy of one stored before.
        std::vector<bool> newHere;
        size_t added = 0; // how many are new here
    };
    // When the new contacts of a batch get their report facts. Now: in the batch's
    // transaction. Later: the caller numbers every contact it stored in server_log in this
    // same transaction (a push), and catchUpReportFacts() builds their rows later (the
    // server, once pushes calm down). Corrections get theirs now either way.
    enum class NewFacts
    {
        Now,
        Later
    };
    BatchImport importContacts(const std::vector<Contact> &contacts,
                               ImportedFrom from = ImportedFrom::Device,
                               NewFacts facts = NewFacts::Now);

    // The detainee's events of one type, oldest first, leaving out events that a later one
    // supersedes (a correction replaces what it names).
    std::vector<Contact> contacts(const std::string &detaineeId);
    std::vector<CaseReview> reviews(const std::string &detaineeId);
    std::vector<ReintegrationPlan> plans(const std::string &detaineeId);
    std::vector<ProgramDecision> decisions(const std::string &detaineeId);
    std::vector<Complaint> complaints(const std::string &detaineeId);
    std::vector<RegistryProposal> proposals(const std::string &detaineeId);
    // R7.3: the questionnaires offered to the detainee, without their answers: what staff
    // may know (offered, completed, when). Only a sync's batch (byIds) and the report read
    // the answers.
    std::vector<Questionnaire> questionnaireOffers(const std::string &detaineeId);
    // R7.3 and DOMAIN "Privacy": a tablet holds a detainee's answers only until the server
    // has them: deletes the answers of every questionnaire no longer in the outbox, and the
    // rating of each contact delivered (called after a sync's acks, in their transaction).
    // AllBeforeThese also forgets the rating of every contact no longer in the outbox: once,
    // for what a tablet stored before it forgot ratings (a scan of all its contacts).
    enum class Delivered
    {
        These,
        AllBeforeThese
    };
    void forgetDeliveredAnswers(const std::vector<std::string> &delivered,
                                Delivered scope = Delivered::These);
    // R7.4 for one detainee today: whether it may be offered now, and from when. Asked before
    // the tablet is handed over; a questionnaire once answered is stored whatever another
    // tablet offered meanwhile (the answers are the detainee's).
    QuestionnaireTiming questionnaireTimingOf(const std::string &detaineeId, Date today);
    // Who wrote an event, and the facility they are staff of; nullopt when there is no such
    // event.
    struct EventAuthor
    {
        std::string userId;
        std::string facilityId;
    };
    std::optional<EventAuthor> authorOfEvent(const std::string &eventId);

    // All five, as the policy engine takes them.
    DetaineeEvents allOf(const std::string &detaineeId);
    // The same for every detainee of a facility, in one query per event type, for the policy
    // engine only (FacilityEvaluations); each detainee's events come in no particular order.
    // Contacts, nearly all of a facility's events, carry only what a rule counts: the
    // detainee, the moment, the kind and the roles (no id, author, stamps or notes), and those
    // of kind "other", which no rule counts, are left out: read whole, 200k events took twice
    // the start-up budget (docs/PERFORMANCE.md).
    std::unordered_map<std::string, DetaineeEvents> allOfFacility(const std::string &facilityId);

    // One event by id, superseded or not (sync sends everything; a tablet applies
    // corrections itself). Nothing when the id is unknown.
    std::optional<AnyEvent> byId(const std::string &id);
    // Many at once (a sync page, an outbox batch), in the order asked; unknown ids are
    // left out. The contacts in one query; for any ids left, their types, then one query per
    // other type found. The detainee's answers, a questionnaire's (R7.3) and a contact's
    // rating (R5.5, DOMAIN "Privacy"), come only when asked for: the tablet's outbox batch to
    // the server asks, nothing else; left out, a rated contact is ratingWithheld.
    enum class Answers
    {
        Left,
        Included
    };
    std::vector<AnyEvent> byIds(const std::vector<std::string> &ids,
                                Answers answers = Answers::Left);

    enum class Scope
    {
        Detainee,
        Facility,
        Event,
        EventList // ?1 is a JSON array of ids
    };

    // Day of the latest contact of one detainee, if any.
    std::optional<Date> lastContactDay(const std::string &detaineeId);
    // Day of the latest contact per detainee of a facility, for the rounds list.
    std::map<std::string, Date> lastContactDays(const std::string &facilityId);
    int64_t count();

    HybridClock &clock() { return m_hlc; }
    // Drops what validation remembers of the registry, for a long-running process whose
    // database other processes also write (the server).
    void forgetCachedRegistry() { m_cache = {}; }
    // The detainee's stays, remembered like the rest of the registry (the server asks for
    // them for every event a device sends).
    const std::vector<Stay> &cachedStays(const std::string &detaineeId);
    const std::optional<User> &cachedUser(const std::string &id);
    // The detainee as remembered: where they are now, for the server once it holds the
    // sequence locks (ServerLog).
    const std::optional<Detainee> &cachedDetainee(const std::string &id);
    // Looks up the detainees (with their exclusions and stays) that are not remembered yet, in
    // three queries for all: a push names a few dozen detainees, and asked one by one on
    // PostgreSQL each was three round trips.
    void rememberDetainees(const std::vector<std::string> &ids);

private:
    template <typename Event>
    std::vector<Event> read(Scope scope, const std::string &key, Answers answers = Answers::Left);
    // The rows of the event and body tables only (a review without its lights, a
    // questionnaire without its answers).
    template <typename Event> std::vector<Event> readRows(Scope scope, const std::string &key);
    void readAnswers(std::vector<Questionnaire> &questionnaires, Scope scope,
                     const std::string &key);

    enum class RecordedOn
    {
        ThisDevice,
        AnotherDevice
    };
    template <typename Event> void checkSupersedes(const Event &event, RecordedOn where);
    // A record another one names (`field`), when stored: refused unless it is of `type` and of
    // the referrer's detainee; none when it is not stored.
    struct StoredRecord
    {
        std::string detaineeId;
        std::string type;
        std::string occurredOn; // ISO day, Amsterdam
    };
    std::optional<StoredRecord> storedRecord(const std::string &id, const EventHeader &referrer,
                                             EventType type, const char *field);
    // What a record rests on (R4.5: a decision's review; R6.1: a complaint's decision): when
    // named and stored, a record of `basisType` of the same detainee, held on its day or
    // before. Recorded here, it must be stored.
    void checkBasis(const EventHeader &header, const std::optional<std::string> &basisId,
                    EventType basisType, const char *field, RecordedOn where);
    template <typename Event> void validateAgainstRegistry(const Event &event, RecordedOn where);
    // The detainee and author of a header, refused when the registry does not know them.
    std::pair<const Detainee &, const User &> knownPeople(const EventHeader &header);
    bool isStored(const std::string &eventId);
    // Adds the header; with IfNew::Yes an event already stored is left as it is, and false
    // says so.
    enum class IfNew
    {
        No,
        Yes
    };
    bool insertHeader(const EventHeader &header, EventType type, IfNew ifNew = IfNew::No);
    void insertBody(const Contact &contact, ImportedFrom from = ImportedFrom::Device);
    void insertBody(const CaseReview &review);
    void insertBody(const ReintegrationPlan &plan);
    void insertBody(const ProgramDecision &decision);
    void insertBody(const Complaint &complaint);
    void insertBody(const RegistryProposal &proposal);
    void insertBody(const Questionnaire &questionnaire);

    // Validation looks up the detainee, the author and the facility's profile for every
    // event; a bulk import (sync, demo) asks for the same few again and again. Cleared on any
    // registry change notice.
    struct RegistryCache
    {
        std::unordered_map<std::string, std::optional<Detainee>> detainees;
        std::unordered_map<std::string, std::optional<User>> users;
        std::unordered_map<std::string, std::vector<std::string>> reviewDomains;
        std::unordered_map<std::string, std::vector<Stay>> stays;
    };
    const std::vector<std::string> &cachedReviewDomains(const std::string &facilityId);

    Database &m_db;
    RegistryRepository &m_registry;
    ChangeNotifier &m_notifier;
    AuditLog &m_audit;
    ReportFacts m_reportFacts;
    RegistryCache m_cache;
    Clock m_clock;
    HybridClock m_hlc;
    UuidGenerator m_ids;
};

} // namespace ronde
