#pragma once

// A page of a pull with every kind of event and every part of an answer, fixed, for the test
// that pins the bytes of SyncResponse (test_wire.cpp). The events are apart from the rest so
// that the program that wrote the pinned bytes (where a page held its events by value) built
// the same page as the one today (which holds them shared). The other wire tests take their
// event headers from here too.
#include "protocol/messages.h"

namespace ronde::sync::wire_sample {

inline EventHeader header(const char *id)
{
    EventHeader h;
    h.id = id;
    h.detaineeId = "det-1";
    h.authorId = "mentor-1";
    h.occurredAtMs = 1'795'305'600'000;
    h.recordedAtMs = 1'795'305'700'000;
    h.hlc = 123'456'789;
    return h;
}

inline std::vector<AnyEvent> events()
{
    Contact talk;
    talk.header = header("c-1");
    talk.roles = {Role::Mentor};
    talk.kind = ContactKind::MentorTalk;
    talk.topics = {Topic::Work, Topic::Housing};
    talk.notes = "Gesprek over werk — één afspraak";
    talk.satisfaction = 4;
    Contact correction = talk;
    correction.header = header("c-2");
    correction.header.supersedes = "c-1";
    correction.roles = {Role::CaseManager, Role::Probation};
    correction.kind = ContactKind::PlanTalk;
    correction.satisfaction.reset();
    CaseReview review;
    review.header = header("r-1");
    review.lights = {{"safety", Light::Orange}, {"care", Light::Green}};
    review.behaviours = {"Houdt zich aan afspraken"};
    review.note = "MDO";
    ProgramDecision decision;
    decision.header = header("d-1");
    decision.decision = DecisionKind::Revoke;
    decision.reviewId = "r-1";
    Complaint complaint;
    complaint.header = header("k-1");
    complaint.learnedOn = *Date::fromCivil(2026, 2, 21);
    complaint.outcome = "gegrond";
    RegistryProposal proposal;
    proposal.header = header("x-1");
    proposal.value = "unit-2";
    proposal.seenValue = "unit-1";
    Questionnaire answered;
    answered.header = header("q-1");
    answered.completed = true;
    QuestionnaireAnswers answers;
    answers.contactYes = {Role::Mentor};
    answers.contactNo = {Role::Volunteer};
    answers.satisfaction = {{Role::Mentor, 5}};
    answers.planHelp = Answer::Yes;
    answers.helpWanted = {Topic::Housing};
    answered.answers = answers;
    Questionnaire declined;
    declined.header = header("q-2");
    return {talk,     review,    ReintegrationPlan{header("p-1"), PlanStage::Revised},
            decision, complaint, proposal,
            answered, declined,  correction};
}

// The rest of the answer: acks, a registry, authors.
inline SyncResponse frame()
{
    SyncResponse page;
    page.acks = {{"mine-1", true, ""}, {"mine-2", false, "Buiten het verblijf"}};
    page.serverHlc = 987'654'321;
    RegistrySnapshot registry;
    registry.version = 12;
    registry.facility = {"fac-1", "PI Zwolle", FacilityKind::Prison, "dbt-2020"};
    registry.units = {{"unit-1", "fac-1", "Afdeling A"}};
    registry.users = {{"mentor-1", "fac-1", "Mentor Een", Role::Mentor, {}, true, true, "pin"}};
    Detainee detainee;
    detainee.id = "det-1";
    detainee.facilityId = "fac-1";
    detainee.unitId = "unit-1";
    detainee.number = "0042";
    detainee.name = "J. de Vries";
    detainee.admittedOn = *Date::fromCivil(2026, 1, 5);
    detainee.exclusions = {{ExclusionGround::Isd, *Date::fromCivil(2026, 3, 1), std::nullopt}};
    registry.detainees = {detainee};
    registry.assignments = {{"mentor-1", "det-1"}};
    page.registry = registry;
    page.authors = {{"mentor-9", "fac-2", "Mentor Elders", Role::Mentor, {}, false, false, ""}};
    page.nextCursor = 4'242;
    page.more = true;
    return page;
}

} // namespace ronde::sync::wire_sample
