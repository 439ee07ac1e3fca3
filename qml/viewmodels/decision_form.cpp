#include "decision_form.h"

#include "conversions.h"
#include "model/events.h"
#include "model/problem.h"
#include "policy/evaluation.h"
#include "store/store.h"

bool DecisionForm::save()
{
    return attempt([this] {
        ronde::ProgramDecision d;
        d.header = headerNow();
        const auto kind = ronde::parseEnum<ronde::DecisionKind>(m_decision.toStdString());
        if (!kind) {
            throw ronde::ValidationError(
                {ronde::ProblemCode::Invalid, "decision", m_decision.toStdString()});
        }
        d.decision = *kind;
        const ronde::User &user = *session()->user();
        d.capacity = user.role == ronde::Role::Director ? ronde::DecisionCapacity::Director
                                                        : ronde::DecisionCapacity::MandatedReview;
        ronde::Store &store = *session()->store();
        store.events().record(d); // refuses anyone who may not decide (R4.5)
        const auto detainee = store.registry().detainee(detaineeId().toStdString());
        const auto facility = store.registry().facility(detainee->facilityId);
        const ronde::Profile *profile = facility ? ronde::findProfile(facility->profile) : nullptr;
        const ronde::Date day = ronde::eventDay(d.header);
        const ronde::Date lodgeBy =
            day.plusDays((profile ? *profile : ronde::defaultProfile()).complaintDays);
        m_complaintDeadline = toQDate(lodgeBy);
        emit outcomeChanged();
    });
}
