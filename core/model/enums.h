#pragma once

#include "enum_names.h"

#include <array>
#include <cstdint>
#include <utility>

// The domain vocabulary of the glossary of docs/RULES.md.
namespace ronde {

enum class FacilityKind
{
    Prison,
    RemandCentre,
    PsychiatricCentre,
    Other
};

// The six professional roles of seed 000, plus the people who decide (director) and the
// central office, who only read.
enum class Role
{
    CaseManager,
    Mentor,
    Municipality,
    Probation,
    CareProvider,
    Volunteer,
    Director,
    Office
};

enum class ContactKind
{
    Intake,
    MentorTalk,
    PlanTalk,
    Other
};
enum class ContactMode
{
    InPerson,
    Phone,
    Video,
    Letter
};
enum class Topic
{
    Work,
    Housing,
    Finances,
    Care,
    Documents,
    ReintegrationPlan,
    Other
};
enum class Light
{
    Green,
    Orange,
    Red
};
enum class PlanStage
{
    Concept,
    Definitive,
    Revised
};
enum class DecisionKind
{
    Promote,
    Demote,
    NotYet,
    Revoke
};
enum class DecisionCapacity
{
    Director,
    MandatedReview
};
enum class ExclusionGround
{
    Isd,
    PreIsd,
    CrimeInDetention,
    Jmc,
    Ppc,
    ControlGroup
};
enum class ComplaintStage
{
    Lodged,
    Ruling,
    Appeal,
    SuspensionRequest
};
// The registry fields a tablet may propose a change to (the server's registry decides).
enum class ProposalField
{
    Unit,
    Name,
    SelfReporter
};
// The rules the policy engine reports on (docs/RULES.md), by their numbers: the obligations
// (R1.1–R1.3, R3.1–R3.3) and the decisions due (R4.3, R4.6, R6.6).
enum class Rule
{
    R1_1,
    R1_2,
    R1_3,
    R3_1,
    R3_2,
    R3_3,
    R4_3,
    R4_6,
    R6_6
};
// R0.4: a rule that recurs (every two weeks, every six weeks) rather than falls due once.
constexpr bool isRecurring(Rule rule)
{
    return rule == Rule::R1_2 || rule == Rule::R3_3;
}
enum class EventType
{
    Contact,
    Review,
    Plan,
    Decision,
    Complaint,
    Proposal,
    Questionnaire
};
// R7.1: a detainee's answer to "did you have contact with …?" and "did someone help you
// with your D&R-plan?".
enum class Answer
{
    Yes,
    No,
    DontKnow
};

// A small set of flags over an enum with fewer than 32 values; stored as one integer so that
// SQL can test membership with `&` on SQLite and PostgreSQL alike.
template <typename E> class FlagSet
{
public:
    constexpr FlagSet() = default;
    constexpr FlagSet(std::initializer_list<E> values)
    {
        for (E v : values) {
            insert(v);
        }
    }
    static constexpr FlagSet fromBits(uint32_t bits)
    {
        FlagSet s;
        s.m_bits = bits;
        return s;
    }
    constexpr void insert(E v) { m_bits |= bit(v); }
    constexpr bool contains(E v) const { return (m_bits & bit(v)) != 0; }
    constexpr bool empty() const { return m_bits == 0; }
    constexpr uint32_t bits() const { return m_bits; }
    static constexpr uint32_t bit(E v) { return 1u << static_cast<uint32_t>(v); }
    friend constexpr bool operator==(FlagSet, FlagSet) = default;

private:
    uint32_t m_bits = 0;
};

using RoleSet = FlagSet<Role>;
using TopicSet = FlagSet<Topic>;

// Roles that may be in contact with a detainee (seed 000); internal ones are staff of the
// facility, the rest visit from outside (R5.1).
constexpr bool isProfessionalRole(Role r)
{
    return r != Role::Director && r != Role::Office;
}
constexpr bool isInternalRole(Role r)
{
    return r == Role::CaseManager || r == Role::Mentor;
}
// The six professionals, in seed 000's order: the report's roles and the questionnaire's.
inline constexpr std::array kProfessionalRoles{Role::CaseManager,  Role::Mentor,
                                               Role::Municipality, Role::Probation,
                                               Role::CareProvider, Role::Volunteer};
// R7.1: what a detainee may want help with ("Waarbij wilt u hulp?").
inline constexpr std::array kHelpTopics{Topic::Work, Topic::Housing, Topic::Finances, Topic::Care,
                                        Topic::Documents};
// A list of values as one set, e.g. to test bits against all six professionals at once.
template <typename E, size_t N> constexpr FlagSet<E> flagsOf(const std::array<E, N> &values)
{
    FlagSet<E> set;
    for (E value : values) {
        set.insert(value);
    }
    return set;
}

using namespace std::string_view_literals;

template <> struct EnumNames<FacilityKind>
{
    static constexpr std::array table{
        std::pair{FacilityKind::Prison, "prison"sv},
        std::pair{FacilityKind::RemandCentre, "remand"sv},
        std::pair{FacilityKind::PsychiatricCentre, "psychiatric"sv},
        std::pair{FacilityKind::Other, "other"sv},
    };
};

template <> struct EnumNames<Role>
{
    static constexpr std::array table{
        std::pair{Role::CaseManager, "caseManager"sv},   std::pair{Role::Mentor, "mentor"sv},
        std::pair{Role::Municipality, "municipality"sv}, std::pair{Role::Probation, "probation"sv},
        std::pair{Role::CareProvider, "careProvider"sv}, std::pair{Role::Volunteer, "volunteer"sv},
        std::pair{Role::Director, "director"sv},         std::pair{Role::Office, "office"sv},
    };
};

template <> struct EnumNames<ContactKind>
{
    static constexpr std::array table{
        std::pair{ContactKind::Intake, "intake"sv},
        std::pair{ContactKind::MentorTalk, "mentorTalk"sv},
        std::pair{ContactKind::PlanTalk, "planTalk"sv},
        std::pair{ContactKind::Other, "other"sv},
    };
};

template <> struct EnumNames<ContactMode>
{
    static constexpr std::array table{
        std::pair{ContactMode::InPerson, "inPerson"sv},
        std::pair{ContactMode::Phone, "phone"sv},
        std::pair{ContactMode::Video, "video"sv},
        std::pair{ContactMode::Letter, "letter"sv},
    };
};

template <> struct EnumNames<Topic>
{
    static constexpr std::array table{
        std::pair{Topic::Work, "work"sv},
        std::pair{Topic::Housing, "housing"sv},
        std::pair{Topic::Finances, "finances"sv},
        std::pair{Topic::Care, "care"sv},
        std::pair{Topic::Documents, "documents"sv},
        std::pair{Topic::ReintegrationPlan, "reintegrationPlan"sv},
        std::pair{Topic::Other, "other"sv},
    };
};

template <> struct EnumNames<Light>
{
    static constexpr std::array table{
        std::pair{Light::Green, "green"sv},
        std::pair{Light::Orange, "orange"sv},
        std::pair{Light::Red, "red"sv},
    };
};

template <> struct EnumNames<PlanStage>
{
    static constexpr std::array table{
        std::pair{PlanStage::Concept, "concept"sv},
        std::pair{PlanStage::Definitive, "definitive"sv},
        std::pair{PlanStage::Revised, "revised"sv},
    };
};

template <> struct EnumNames<DecisionKind>
{
    static constexpr std::array table{
        std::pair{DecisionKind::Promote, "promote"sv},
        std::pair{DecisionKind::Demote, "demote"sv},
        std::pair{DecisionKind::NotYet, "notYet"sv},
        std::pair{DecisionKind::Revoke, "revoke"sv},
    };
};

template <> struct EnumNames<DecisionCapacity>
{
    static constexpr std::array table{
        std::pair{DecisionCapacity::Director, "director"sv},
        std::pair{DecisionCapacity::MandatedReview, "mandatedReview"sv},
    };
};

template <> struct EnumNames<ExclusionGround>
{
    static constexpr std::array table{
        std::pair{ExclusionGround::Isd, "isd"sv},
        std::pair{ExclusionGround::PreIsd, "preIsd"sv},
        std::pair{ExclusionGround::CrimeInDetention, "crimeInDetention"sv},
        std::pair{ExclusionGround::Jmc, "jmc"sv},
        std::pair{ExclusionGround::Ppc, "ppc"sv},
        std::pair{ExclusionGround::ControlGroup, "controlGroup"sv},
    };
};

template <> struct EnumNames<ComplaintStage>
{
    static constexpr std::array table{
        std::pair{ComplaintStage::Lodged, "lodged"sv},
        std::pair{ComplaintStage::Ruling, "ruling"sv},
        std::pair{ComplaintStage::Appeal, "appeal"sv},
        std::pair{ComplaintStage::SuspensionRequest, "suspensionRequest"sv},
    };
};

template <> struct EnumNames<EventType>
{
    static constexpr std::array table{
        std::pair{EventType::Contact, "contact"sv},
        std::pair{EventType::Review, "review"sv},
        std::pair{EventType::Plan, "plan"sv},
        std::pair{EventType::Decision, "decision"sv},
        std::pair{EventType::Complaint, "complaint"sv},
        std::pair{EventType::Proposal, "proposal"sv},
        std::pair{EventType::Questionnaire, "questionnaire"sv},
    };
};

template <> struct EnumNames<Answer>
{
    static constexpr std::array table{
        std::pair{Answer::Yes, "yes"sv},
        std::pair{Answer::No, "no"sv},
        std::pair{Answer::DontKnow, "dontKnow"sv},
    };
};

template <> struct EnumNames<ProposalField>
{
    static constexpr std::array table{
        std::pair{ProposalField::Unit, "unit"sv},
        std::pair{ProposalField::Name, "name"sv},
        std::pair{ProposalField::SelfReporter, "selfReporter"sv},
    };
};

template <> struct EnumNames<Rule>
{
    static constexpr std::array table{
        std::pair{Rule::R1_1, "R1.1"sv}, std::pair{Rule::R1_2, "R1.2"sv},
        std::pair{Rule::R1_3, "R1.3"sv}, std::pair{Rule::R3_1, "R3.1"sv},
        std::pair{Rule::R3_2, "R3.2"sv}, std::pair{Rule::R3_3, "R3.3"sv},
        std::pair{Rule::R4_3, "R4.3"sv}, std::pair{Rule::R4_6, "R4.6"sv},
        std::pair{Rule::R6_6, "R6.6"sv},
    };
};
// The six obligations, in the order the rules list them (R0.2).
inline constexpr std::array kObligationRules{Rule::R1_1, Rule::R1_2, Rule::R1_3,
                                             Rule::R3_1, Rule::R3_2, Rule::R3_3};

} // namespace ronde
