#include "plan_form.h"

#include "model/events.h"
#include "model/problem.h"
#include "store/store.h"

bool PlanForm::save()
{
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
