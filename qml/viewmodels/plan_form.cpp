#include "plan_form.h"

#include "model/events.h"
#include "model/problem.h"
#include "store/store.h"

QString PlanForm::bar() const
{
    if (m_stage != "revised") {
        return {};
    }
    // A plan is there once the concept deadline is met (R3.1: by a plan of any stage).
    const auto standing = standingNow();
    const ronde::Obligation *conceptPlan =
        standing ? standing->evaluation.find(ronde::Rule::R3_1) : nullptr;
    const bool planThere = conceptPlan && (conceptPlan->status == ronde::Status::Met ||
                                           conceptPlan->status == ronde::Status::MetLate);
    return planThere ? QString()
                     : tr("Er is nog geen D&R-plan om te herzien: kies ‘Concept vastgesteld’ of "
                          "‘Definitief vastgesteld’.");
}

bool PlanForm::save()
{
    if (const QString why = bar(); !why.isEmpty()) {
        setErrorString(why); // nothing written
        return false;
    }
    return attempt([this] {
        ronde::ReintegrationPlan plan;
        plan.header = headerNow();
        const auto stage = ronde::parseEnum<ronde::PlanStage>(m_stage.toStdString());
        if (!stage) {
            throw ronde::ValidationError(
                {ronde::ProblemCode::Invalid, "stage", m_stage.toStdString()});
        }
        plan.stage = *stage;
        // Core refuses anyone outside the MDO (canRecordReview) and a detainee not here.
        session()->store()->events().record(plan);
        m_stage.clear();
        emit changed();
    });
}
