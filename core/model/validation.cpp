#include "validation.h"

#include "access.h"
#include "problem.h"
#include "util/local_time.h"
#include "util/text.h"

#include <algorithm>

namespace ronde {
namespace {

[[noreturn]] void refuse(ProblemCode code, std::string field, std::string value = {})
{
    throw ValidationError(Problem{code, std::move(field), std::move(value)});
}

void requireNonEmpty(const std::string &value, const char *field)
{
    if (value.empty()) {
        refuse(ProblemCode::Missing, field);
    }
}

// Free text is UTF-8 without NUL: PostgreSQL stores nothing else (and cut a bound text at a
// NUL), and a pushed batch must refuse the one record, not fail as a whole on it.
void requireStorableText(const std::string &value, const char *field)
{
    if (!isValidUtf8(value) || value.find('\0') != std::string::npos) {
        refuse(ProblemCode::Invalid, field);
    }
}

// A value of an enum off the wire can be any number; the database keeps its name, and a
// value without one would go in as '' and fail every read of the record after, each pull of
// its page included (a hostile or newer device). Refused here, the record alone is refused.
template <typename E> void requireNamed(E value, const char *field)
{
    if (nameOf(value).empty()) {
        refuse(ProblemCode::Invalid, field, std::to_string(int(value)));
    }
}

// Whether a set off the wire holds only bits that name a value of E (its values run from 0).
template <typename E> bool onlyNamedBits(FlagSet<E> flags)
{
    const uint32_t named = (1u << EnumNames<E>::table.size()) - 1;
    return (flags.bits() & ~named) == 0;
}

// The author as the permission checks see them: for a record made on another device, as
// that device saw them then (active), so that someone who has left since keeps the records
// made before, reviews and decisions as well as contacts (model/access.h).
User authorWhenRecorded(const RecordingContext &context)
{
    User author = context.author;
    if (!context.authorMustBeActive) {
        author.active = true;
    }
    return author;
}

} // namespace

void validateHeader(const EventHeader &header, const RecordingContext &context)
{
    requireNonEmpty(header.detaineeId, "detaineeId");
    requireNonEmpty(header.authorId, "authorId");
    if (context.authorMustBeActive && !context.author.active) {
        refuse(ProblemCode::InactiveUser, "authorId", context.author.name);
    }
    // R1.5: not before admission, not after discharge, not in the future beyond tolerance.
    const Date day = amsterdamFromUtc(header.occurredAtMs).date;
    if (day < context.detainee.admittedOn) {
        refuse(ProblemCode::BeforeAdmission, "occurredAt", day.iso());
    }
    if (context.detainee.dischargedOn && day > *context.detainee.dischargedOn) {
        refuse(ProblemCode::AfterDischarge, "occurredAt", day.iso());
    }
    if (header.occurredAtMs > context.nowMs + context.futureToleranceMs) {
        refuse(ProblemCode::InFuture, "occurredAt", day.iso());
    }
}

void validate(const Contact &contact, const RecordingContext &context)
{
    validateHeader(contact.header, context);
    const Role authorRole = context.author.role;
    if (!isProfessionalRole(authorRole)) {
        refuse(ProblemCode::NotAProfessionalRole, "authorId", std::string(nameOf(authorRole)));
    }
    if (contact.roles.empty()) {
        refuse(contact.kind == ContactKind::PlanTalk ? ProblemCode::PlanTalkWithoutRole
                                                     : ProblemCode::Missing,
               "roles");
    }
    for (const auto &[role, name] : EnumNames<Role>::table) {
        if (contact.roles.contains(role) && !isProfessionalRole(role)) {
            refuse(ProblemCode::UnknownRole, "roles", std::string(name));
        }
    }
    if (!onlyNamedBits(contact.roles)) {
        refuse(ProblemCode::UnknownRole, "roles", std::to_string(contact.roles.bits()));
    }
    if (!contact.roles.contains(authorRole)) {
        refuse(ProblemCode::AuthorRoleNotInContact, "roles", std::string(nameOf(authorRole)));
    }
    requireNamed(contact.kind, "kind");
    requireNamed(contact.mode, "mode");
    // Topics are kept as their bits, in PostgreSQL's 32-bit INTEGER: none beyond the known.
    if (!onlyNamedBits(contact.topics)) {
        refuse(ProblemCode::Invalid, "topics", std::to_string(contact.topics.bits()));
    }
    if (contact.satisfaction && (*contact.satisfaction < 1 || *contact.satisfaction > 5)) {
        refuse(ProblemCode::SatisfactionOutOfRange, "satisfaction",
               std::to_string(*contact.satisfaction));
    }
    // R5.5, DOMAIN "Privacy": a device holds a rating until the server has it, so a new
    // contact comes with its rating or none; only a correction may be rated without the
    // value (it keeps the one of what it corrects). Refused, it stays on the device, seen.
    if (contact.ratingWithheld && !contact.satisfaction && !contact.header.supersedes) {
        refuse(ProblemCode::SatisfactionOutOfRange, "satisfaction", "0");
    }
    requireStorableText(contact.notes, "notes");
}

void validate(const CaseReview &review, const RecordingContext &context)
{
    validateHeader(review.header, context);
    if (!canRecordReview(authorWhenRecorded(context))) {
        refuse(ProblemCode::NotPermitted, "review", std::string(nameOf(context.author.role)));
    }
    // R4.1: a light for every domain of the profile, and no others.
    for (const std::string &domain : context.reviewDomains) {
        if (!review.lights.contains(domain)) {
            refuse(ProblemCode::Missing, "lights." + domain);
        }
    }
    for (const auto &[domain, light] : review.lights) {
        requireNamed(light, "lights");
        if (std::find(context.reviewDomains.begin(), context.reviewDomains.end(), domain) ==
            context.reviewDomains.end()) {
            refuse(ProblemCode::Invalid, "lights", domain);
        }
    }
    requireStorableText(review.note, "note");
    requireStorableText(review.exceptionJustification, "exceptionJustification");
    for (const std::string &behaviour : review.behaviours) {
        requireStorableText(behaviour, "behaviours");
    }
}

void validate(const ReintegrationPlan &plan, const RecordingContext &context)
{
    validateHeader(plan.header, context);
    const User author = authorWhenRecorded(context);
    if (!canRecordReview(author)) {
        refuse(ProblemCode::NotPermitted, "plan", std::string(nameOf(author.role)));
    }
    requireNamed(plan.stage, "stage");
    if (plan.stage == PlanStage::Definitive && !canSetDefinitivePlan(author)) {
        refuse(ProblemCode::NotPermitted, "stage", std::string(nameOf(author.role)));
    }
}

void validate(const ProgramDecision &decision, const RecordingContext &context)
{
    validateHeader(decision.header, context);
    requireNamed(decision.decision, "decision");
    requireNamed(decision.capacity, "capacity");
    // R4.5: the director decides, or the MDO when mandated.
    const User author = authorWhenRecorded(context);
    const bool mayDecide =
        canDecide(author) &&
        ((decision.capacity == DecisionCapacity::Director && author.role == Role::Director) ||
         (decision.capacity == DecisionCapacity::MandatedReview && author.reviewMandate));
    if (!mayDecide) {
        refuse(ProblemCode::NotPermitted, "decision", std::string(nameOf(author.role)));
    }
}

void validate(const Complaint &complaint, const RecordingContext &context)
{
    validateHeader(complaint.header, context);
    requireNamed(complaint.stage, "stage");
    if (complaint.stage == ComplaintStage::Lodged && complaint.decisionId && !complaint.learnedOn) {
        refuse(ProblemCode::Missing, "learnedOn");
    }
    requireStorableText(complaint.outcome, "outcome");
}

void validate(const RegistryProposal &proposal, const RecordingContext &context)
{
    validateHeader(proposal.header, context);
    if (!canProposeRegistryChange(authorWhenRecorded(context))) {
        refuse(ProblemCode::NotPermitted, "proposal", std::string(nameOf(context.author.role)));
    }
    requireNamed(proposal.field, "field");
    requireNonEmpty(proposal.value, "value");
    requireStorableText(proposal.value, "value");
    requireStorableText(proposal.seenValue, "seenValue");
    if (proposal.value.size() > 200) {
        refuse(ProblemCode::Invalid, "value", proposal.value.substr(0, 40));
    }
    if (proposal.field == ProposalField::SelfReporter && proposal.value != "ja" &&
        proposal.value != "nee") {
        refuse(ProblemCode::Invalid, "value", proposal.value);
    }
}

void validate(const Questionnaire &questionnaire, const RecordingContext &context)
{
    validateHeader(questionnaire.header, context);
    if (!canOfferQuestionnaire(authorWhenRecorded(context))) {
        refuse(ProblemCode::NotPermitted, "questionnaire",
               std::string(nameOf(context.author.role)));
    }
    if (questionnaire.header.supersedes) { // the detainee's answers are not corrected by staff
        refuse(ProblemCode::Invalid, "supersedes", *questionnaire.header.supersedes);
    }
    // R7.2: declined or stopped halfway is the offer alone.
    if (!questionnaire.completed) {
        if (questionnaire.answers) {
            refuse(ProblemCode::Invalid, "answers", "not completed");
        }
        return;
    }
    if (!questionnaire.answers) {
        refuse(ProblemCode::Missing, "answers");
    }
    const QuestionnaireAnswers &a = *questionnaire.answers;
    // R7.1: one answer for each of the six professionals, and no other roles.
    for (const Role role : kProfessionalRoles) {
        const int given = int(a.contactYes.contains(role)) + int(a.contactNo.contains(role)) +
                          int(a.contactDontKnow.contains(role));
        if (given != 1) {
            refuse(ProblemCode::Invalid, "contact." + std::string(nameOf(role)),
                   std::to_string(given));
        }
    }
    // Nothing but the six: no director, office or bit beyond the roles (a hostile device).
    const uint32_t six = flagsOf(kProfessionalRoles).bits();
    const uint32_t all = a.contactYes.bits() | a.contactNo.bits() | a.contactDontKnow.bits();
    if ((all & ~six) != 0) {
        refuse(ProblemCode::NotAProfessionalRole, "contact", std::to_string(all & ~six));
    }
    if (nameOf(a.planHelp).empty()) {
        refuse(ProblemCode::Invalid, "planHelp", std::to_string(int(a.planHelp)));
    }
    for (const auto &[role, rating] : a.satisfaction) {
        if (nameOf(role).empty() || !a.contactYes.contains(role)) { // a role off the wire
            refuse(ProblemCode::Invalid, "satisfaction." + std::string(nameOf(role)));
        }
        if (rating < 1 || rating > 5) {
            refuse(ProblemCode::SatisfactionOutOfRange, "satisfaction", std::to_string(rating));
        }
    }
    if ((a.helpWanted.bits() & ~flagsOf(kHelpTopics).bits()) != 0) {
        refuse(ProblemCode::Invalid, "helpWanted", std::to_string(a.helpWanted.bits()));
    }
}

void validate(const Detainee &detainee)
{
    requireNonEmpty(detainee.id, "id");
    requireNonEmpty(detainee.facilityId, "facilityId");
    requireNonEmpty(detainee.number, "number");
    requireNonEmpty(detainee.name, "name");
    if (detainee.dischargedOn && *detainee.dischargedOn < detainee.admittedOn) {
        refuse(ProblemCode::DischargeBeforeAdmission, "dischargedOn", detainee.dischargedOn->iso());
    }
    for (const Exclusion &e : detainee.exclusions) {
        if (e.to && *e.to < e.from) {
            refuse(ProblemCode::Invalid, "exclusions.to", e.to->iso());
        }
    }
}

void validate(const User &user)
{
    requireNonEmpty(user.id, "id");
    requireNonEmpty(user.name, "name");
}

} // namespace ronde
