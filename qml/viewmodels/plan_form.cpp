#include "plan_form.h"

#include "conversions.h"
#include "model/access.h"
#include "model/events.h"
#include "model/problem.h"
#include "store/store.h"

namespace {

bool maySetDefinitivePlan(const Session *session)
{
    const ronde::User *user = session ? session->user() : nullptr;
    return user && ronde::canSetDefinitivePlan(*user);
}

} // namespace

PlanForm::PlanForm(QObject *parent)
    : DatedForm(parent)
{
    connect(this, &DatedForm::dayChanged, this, &PlanForm::changed); // the bar is of the day
}

QStringList PlanForm::stages() const
{
    return maySetDefinitivePlan(session()) ? QStringList{"concept", "definitive", "revised"}
                                           : QStringList{"concept", "revised"};
}

QString PlanForm::bar() const
{
    if (m_stage == "definitive") {
        // R3.2: the director's. Core refuses it too (validate(ReintegrationPlan)).
        if (!maySetDefinitivePlan(session())) {
            return tr("Alleen de directeur stelt het definitieve D&R-plan vast. Heeft het MDO "
                      "vandaag een plan opgesteld, kies dan ‘Concept vastgesteld’.");
        }
        // Set once: R3.2 is met by the first definitive plan, so a second one dated before it
        // would turn a plan set late into one on time. What follows it is a revision. (Two
        // tablets may still each record one offline; the engine then takes the first.)
        const auto now = session() ? standingNow() : std::nullopt;
        const ronde::Obligation *set = now ? now->evaluation.find(ronde::Rule::R3_2) : nullptr;
        if (set && set->metOn &&
            (set->status == ronde::Status::Met || set->status == ronde::Status::MetLate)) {
            return tr("Het definitieve D&R-plan is al vastgesteld op %1. Een nieuw plan is dan "
                      "‘Herzien’.")
                .arg(writtenDay(*set->metOn));
        }
        return {};
    }
    // A revision follows the definitive plan (which alone meets R3.2), a concept comes before
    // it: before it, what the MDO sets is a new concept; after it, a revision. On the day
    // chosen, in the detainee's current stay.
    const auto standing = session() ? standingOn(fromQDate(day())) : std::nullopt;
    const ronde::Obligation *definitivePlan =
        standing ? standing->evaluation.find(ronde::Rule::R3_2) : nullptr;
    const bool planThere = definitivePlan && (definitivePlan->status == ronde::Status::Met ||
                                              definitivePlan->status == ronde::Status::MetLate);
    if (m_stage == "revised" && !planThere) {
        return tr("Er is nog geen definitief D&R-plan om te herzien; de directeur stelt het "
                  "vast. Een nieuw plan van het MDO is ‘Concept vastgesteld’.");
    }
    if (m_stage == "concept" && planThere) {
        return tr("Er is al een definitief D&R-plan; een nieuw plan van het MDO is dan "
                  "‘Herzien’.");
    }
    return {};
}

bool PlanForm::save()
{
    if (const QString why = bar(); !why.isEmpty()) {
        setErrorString(why); // nothing written
        return false;
    }
    const auto write = [this] {
        ronde::ReintegrationPlan plan;
        plan.header = headerOnDay(); // R3.1's deadlines count from the day it was set
        const auto stage = ronde::parseEnum<ronde::PlanStage>(m_stage.toStdString());
        if (!stage) {
            throw ronde::ValidationError(
                {ronde::ProblemCode::Invalid, "stage", m_stage.toStdString()});
        }
        plan.stage = *stage;
        // Core refuses anyone outside the MDO (canRecordReview), a definitive plan by anyone
        // but the director (R3.2) and a detainee not here.
        session()->store()->events().record(plan);
    };
    return attempt(
        write,
        [this] {
            m_stage.clear();
            resetDay();
            emit changed();
        },
        InputKept::Yes);
}
