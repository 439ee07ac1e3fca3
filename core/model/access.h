#pragma once

#include "registry.h"

#include <cstdint>
#include <string>

// Who may do and see what (docs/RULES.md "Privacy", R4.5). Checked in core and on the server, not
// only in QML: the pages merely hide what these functions refuse.
namespace ronde {

// Professionals record contacts with detainees (R1.5); the office only reads.
constexpr bool canRecordContact(const User &u)
{
    return u.active && isProfessionalRole(u.role);
}
// The kinds of contact a user records from a detainee's page: the intake is the casemanager's
// (R1.1), the mentor talk the mentor's (R1.2), the D&R-plan talk is held by casemanager,
// municipality and probation (R1.3), and every professional records other contact.
constexpr bool canRecordContactKind(const User &u, ContactKind kind)
{
    if (!canRecordContact(u)) {
        return false;
    }
    switch (kind) {
    case ContactKind::Intake:
        return u.role == Role::CaseManager;
    case ContactKind::MentorTalk:
        return u.role == Role::Mentor;
    case ContactKind::PlanTalk:
        return u.role == Role::CaseManager || u.role == Role::Municipality ||
               u.role == Role::Probation;
    case ContactKind::Other:
        break;
    }
    return true;
}
// A contact is corrected by the one who recorded it, and only while they may still record
// contacts: the correction is a new contact that names the old one (DESIGN "Core"), and its
// author answers for both. The tablet offers it to nobody else; the store itself takes
// corrections from anyone it takes records from (a correction pulled from the server).
inline bool canCorrectContactBy(const User &u, const std::string &authorId)
{
    return canRecordContact(u) && u.id == authorId;
}
// The MDO: casemanager, mentor and director take part in the six-weekly review.
constexpr bool canRecordReview(const User &u)
{
    return u.active &&
           (u.role == Role::CaseManager || u.role == Role::Mentor || u.role == Role::Director);
}
// R3.2: the director sets the definitive D&R-plan; the MDO records a concept or a revision.
// (R4.5's mandate is for decisions on the programme, not for the plan.)
constexpr bool canSetDefinitivePlan(const User &u)
{
    return u.active && u.role == Role::Director;
}
// R4.5: the director decides, or an MDO member with a mandate (a mandate on anyone else, an
// external visitor, gives nothing).
constexpr bool canDecide(const User &u)
{
    return u.active && (u.role == Role::Director || (u.reviewMandate && canRecordReview(u)));
}
// A review is corrected by its author too, while they may still record reviews: a light
// chosen wrong at the MDO is mended by who recorded it, and the correction keeps the day the
// MDO met. The server checks the same author (sync/server/accepting_changes.cpp).
inline bool canCorrectReviewBy(const User &u, const std::string &authorId)
{
    return canRecordReview(u) && u.id == authorId;
}
// Facility staff propose registry corrections (a unit, a name); external visitors do not.
constexpr bool canProposeRegistryChange(const User &u)
{
    return u.active && (isInternalRole(u.role) || u.role == Role::Director);
}
// R7.1: facility staff hand a detainee the questionnaire; a visitor from outside, whose own
// contact it asks about, does not.
constexpr bool canOfferQuestionnaire(const User &u)
{
    return u.active && (isInternalRole(u.role) || u.role == Role::Director);
}
// A volunteer and a care provider see only the detainees assigned to them.
constexpr bool seesOnlyAssigned(const User &u)
{
    return u.role == Role::Volunteer || u.role == Role::CareProvider;
}
// The facility's own staff, the director included.
constexpr bool isFacilityStaff(const User &u)
{
    return isInternalRole(u.role) || u.role == Role::Director;
}
// A visitor from outside (gemeente, reclassering, care provider, volunteer): sees their own
// organisation's contacts (DOMAIN "Privacy"). Neither the facility's staff nor the office.
constexpr bool isExternalVisitor(const User &u)
{
    return isProfessionalRole(u.role) && !isInternalRole(u.role);
}
// Notes are need-to-know: facility staff share theirs; an external organisation sees only its
// own; nobody sees another organisation's.
inline bool canReadNotesOf(const User &viewer, const User &author)
{
    if (viewer.id == author.id) {
        return true;
    }
    if (viewer.role == Role::Volunteer) {
        return false; // a volunteer never sees notes written by others
    }
    if (isFacilityStaff(viewer) || isFacilityStaff(author)) {
        return isFacilityStaff(viewer) && isFacilityStaff(author);
    }
    return !viewer.organisation.empty() && viewer.organisation == author.organisation;
}
// Who met a detainee is need-to-know too: a visit by an addiction-care provider says what the
// detainee is treated for. Facility staff see every contact; an external visitor sees their
// own organisation's (DOMAIN "Privacy"), and one their role took part in (the D&R-plan talk
// the casemanager recorded with the gemeente and the reclassering, R1.3).
inline bool canSeeContactOf(const User &viewer, const User &author, RoleSet tookPart)
{
    if (viewer.id == author.id || isFacilityStaff(viewer) || tookPart.contains(viewer.role)) {
        return true;
    }
    return !isFacilityStaff(author) && !viewer.organisation.empty() &&
           viewer.organisation == author.organisation;
}
// The standing the MDO gives (traffic lights, programme, exclusions, decisions) and the
// facility's deadlines are facility business: an external visitor's work needs none of it,
// except the D&R-plan's, for who takes part in its talk (R1.3, R3.1, R3.2).
constexpr bool seesStanding(const User &u)
{
    return isFacilityStaff(u);
}

// PIN sign-in on a shared tablet: after five wrong PINs the account locks for a while.
struct SignInState
{
    int failures = 0;
    int64_t lockedUntilMs = 0;
};

constexpr int kMaxPinFailures = 5;
constexpr int64_t kPinLockMs = 5 * 60'000;

constexpr bool isLocked(const SignInState &s, int64_t nowMs)
{
    return nowMs < s.lockedUntilMs;
}

// The state after an attempt. A correct PIN resets the count; the fifth wrong one locks.
constexpr SignInState afterAttempt(SignInState s, bool correct, int64_t nowMs)
{
    if (correct) {
        return {};
    }
    s.failures += 1;
    if (s.failures >= kMaxPinFailures) {
        return {0, nowMs + kPinLockMs};
    }
    return s;
}

} // namespace ronde
