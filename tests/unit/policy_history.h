#pragma once

// A detainee's history for the policy tests (test_policy.cpp, test_policy_programme.cpp),
// written the way the rules in docs/RULES.md are stated: dates and who took part.
#include "policy/evaluation.h"
#include "util/local_time.h"

#include <gtest/gtest.h>

namespace ronde::policy_tests {

inline Date day(const char *iso)
{
    return Date::parseIso(iso).value();
}

// A detainee's history, written the way the rules are stated: dates and who took part.
class History
{
public:
    explicit History(const char *admitted, FacilityKind facility = FacilityKind::Prison)
        : m_facility(facility)
    {
        m_detainee.id = "d";
        m_detainee.admittedOn = day(admitted);
    }

    History &contact(Date on, ContactKind kind, RoleSet roles, int minuteOfDay = 10 * 60)
    {
        Contact c;
        c.header.occurredAtMs = utcFromAmsterdam({on, minuteOfDay});
        c.kind = kind;
        c.roles = roles;
        m_events.contacts.push_back(c);
        return *this;
    }
    History &intake(Date on) { return contact(on, ContactKind::Intake, {Role::CaseManager}); }
    History &mentorTalk(Date on) { return contact(on, ContactKind::MentorTalk, {Role::Mentor}); }
    History &planTalk(Date on, RoleSet roles) { return contact(on, ContactKind::PlanTalk, roles); }
    History &plan(Date on, PlanStage stage)
    {
        ReintegrationPlan p;
        p.header.occurredAtMs = utcFromAmsterdam({on, 11 * 60});
        p.stage = stage;
        m_events.plans.push_back(p);
        return *this;
    }
    History &review(Date on, Light light, std::string justification = {})
    {
        CaseReview r;
        r.header.occurredAtMs = utcFromAmsterdam({on, 9 * 60});
        for (const std::string &domain : m_profile->reviewDomains) {
            r.lights[domain] = Light::Green;
        }
        r.lights[m_profile->reviewDomains.front()] = light;
        r.exceptionJustification = std::move(justification);
        m_events.reviews.push_back(r);
        return *this;
    }
    History &decision(Date on, DecisionKind kind, int minuteOfDay = 15 * 60)
    {
        ProgramDecision d;
        d.header.occurredAtMs = utcFromAmsterdam({on, minuteOfDay});
        d.decision = kind;
        m_events.decisions.push_back(d);
        return *this;
    }
    History &discharged(Date on)
    {
        m_detainee.dischargedOn = on;
        return *this;
    }
    History &selfReporter()
    {
        m_detainee.selfReporter = true;
        return *this;
    }
    History &transferredFromPlus()
    {
        m_detainee.transferredFromPlus = true;
        return *this;
    }
    History &excluded(Date from, std::optional<Date> to = std::nullopt)
    {
        m_detainee.exclusions.push_back({ExclusionGround::Isd, from, to});
        return *this;
    }
    History &profile(const char *name)
    {
        m_profile = findProfile(name);
        return *this;
    }

    Date admitted() const { return m_detainee.admittedOn; }
    Date at(int days) const { return m_detainee.admittedOn.plusDays(days); }
    Evaluation asOf(Date date) const
    {
        return evaluate(*m_profile, m_facility, m_detainee, m_events, date);
    }

private:
    FacilityKind m_facility;
    Detainee m_detainee;
    DetaineeEvents m_events;
    const Profile *m_profile = &defaultProfile();
};

// A copy, so that it outlives the evaluation it came from.
inline Obligation rule(const Evaluation &e, const char *id)
{
    const Obligation *o = e.find(id);
    EXPECT_NE(o, nullptr) << id;
    return o ? *o : Obligation{};
}

} // namespace ronde::policy_tests
