#include "questionnaire.h"

#include "evaluation.h"

#include <algorithm>

namespace ronde {

QuestionnaireTiming questionnaireTiming(Date admittedOn, std::optional<Date> dischargedOn,
                                        const std::vector<Questionnaire> &offers, Date today)
{
    QuestionnaireTiming timing;
    for (const Questionnaire &q : offers) {
        const Date day = eventDay(q.header);
        if (day > today) {
            continue; // a clock ahead (or a hostile device) must not block everyone else
        }
        timing.lastOffered = timing.lastOffered ? std::max(*timing.lastOffered, day) : day;
        if (q.completed) {
            timing.lastCompleted =
                timing.lastCompleted ? std::max(*timing.lastCompleted, day) : day;
        }
    }
    timing.from = admittedOn.plusDays(kQuestionnaireFirstAfterDays);
    if (timing.lastOffered) {
        timing.from =
            std::max(timing.from, timing.lastOffered->plusDays(kQuestionnaireIntervalDays));
    }
    const bool present = !dischargedOn || *dischargedOn > today;
    timing.mayAskNow = present && today >= timing.from;
    return timing;
}

} // namespace ronde
