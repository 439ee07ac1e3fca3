#pragma once

#include "enums.h"
#include "util/date.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

// Events: written once by one author, never edited in place. A correction or withdrawal is
// a new event that names the one it supersedes (DESIGN "Core").
namespace ronde {

struct EventHeader
{
    std::string id; // UUIDv7, made on the device
    std::string detaineeId;
    std::string authorId;
    int64_t occurredAtMs = 0; // when it happened (UTC); the date policy counts is its local day
    int64_t recordedAtMs = 0; // device wall clock at recording: data, not ordering
    int64_t hlc = 0;          // packed HlcStamp: the device's order
    std::optional<std::string> supersedes;
};

// R1.5
struct Contact
{
    static constexpr EventType type = EventType::Contact;
    EventHeader header;
    RoleSet roles; // who took part; a joint plan talk has several (R1.3)
    ContactKind kind = ContactKind::Other;
    ContactMode mode = ContactMode::InPerson;
    TopicSet topics;
    std::string notes;
    std::optional<int> satisfaction; // 1–5, the detainee's rating (R5.5)
    // Rated, but the value is not held here. DOMAIN "Privacy": a rating is shown to nobody on
    // a tablet, so a tablet holds it only until the server has it, and the server sends
    // contacts without it. A correction keeps the rating of the contact it corrects: the
    // rating is of the talk, and the store carries it over (core/store/stored_rating.h).
    bool ratingWithheld = false;

    // Whether the detainee was asked and answered, whether or not the value is held here.
    bool rated() const { return satisfaction.has_value() || ratingWithheld; }
};

// R3.3, R4.1: a light per domain of the profile ("safety", "care", "reintegration").
struct CaseReview
{
    static constexpr EventType type = EventType::Review;
    EventHeader header;
    std::map<std::string, Light> lights;
    std::vector<std::string> behaviours;
    std::string note;
    std::string exceptionJustification; // R4.4: promotion proposed despite orange
};

struct ReintegrationPlan
{
    static constexpr EventType type = EventType::Plan;
    EventHeader header;
    PlanStage stage = PlanStage::Concept;
};

// R4.5
struct ProgramDecision
{
    static constexpr EventType type = EventType::Decision;
    EventHeader header;
    DecisionKind decision = DecisionKind::NotYet;
    DecisionCapacity capacity = DecisionCapacity::Director;
    std::optional<std::string> reviewId;
};

// R6.1–R6.3: tracked, never decided here.
struct Complaint
{
    static constexpr EventType type = EventType::Complaint;
    EventHeader header;
    ComplaintStage stage = ComplaintStage::Lodged;
    std::optional<std::string> decisionId; // empty: against no decision being taken
    std::optional<Date> learnedOn;         // when the detainee learned of the decision
    bool lateExcused = false;
    std::string outcome;
};

// A tablet's proposal to change the registry (DESIGN "Sync": the registry is the server's).
// Kept as an event like any other; the office decides. Two proposals for the same detainee
// and field made without seeing each other are flagged on the server as a parallel update.
struct RegistryProposal
{
    static constexpr EventType type = EventType::Proposal;
    EventHeader header;
    ProposalField field = ProposalField::Unit;
    std::string value;     // the proposed value: a unit id, a name, "ja"/"nee"
    std::string seenValue; // what the tablet showed when it was proposed
};

// R7.1–R7.3: the detainee's own questionnaire, handed over by a staff member (the author).
// The answers are the detainee's: no tablet shows them, the server sends a tablet only the
// offer, and the tablet that took them forgets them once the server has them.
struct QuestionnaireAnswers
{
    RoleSet contactYes, contactNo, contactDontKnow; // each of the six professionals in one
    std::map<Role, int> satisfaction;               // 1–5, only where the answer was yes
    Answer planHelp = Answer::DontKnow;             // "Heeft iemand u geholpen met uw D&R-plan?"
    TopicSet helpWanted;                            // a subset of kHelpTopics

    friend bool operator==(const QuestionnaireAnswers &, const QuestionnaireAnswers &) = default;
};

struct Questionnaire
{
    static constexpr EventType type = EventType::Questionnaire;
    EventHeader header;
    bool completed = false; // R7.2: declined or stopped is an offer only, with no answers
    std::optional<QuestionnaireAnswers> answers; // completed, where they may be held
};

// Any one event, e.g. in a sync batch. New kinds go at the end: the wire keeps the index.
using AnyEvent = std::variant<Contact, CaseReview, ReintegrationPlan, ProgramDecision, Complaint,
                              RegistryProposal, Questionnaire>;

inline const EventHeader &headerOf(const AnyEvent &event)
{
    return std::visit([](const auto &e) -> const EventHeader & { return e.header; }, event);
}

} // namespace ronde
