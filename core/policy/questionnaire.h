#pragma once

#include "model/events.h"
#include "util/date.h"

#include <optional>
#include <vector>

// R7.4: when a detainee may be handed the questionnaire. Pure, like the rest of policy.
namespace ronde {

constexpr int kQuestionnaireFirstAfterDays = 14; // not in the first two weeks
constexpr int kQuestionnaireIntervalDays = 28;   // at most once per four weeks

struct QuestionnaireTiming
{
    bool mayAskNow = false;
    Date from;                         // the first day it may be offered (again)
    std::optional<Date> lastOffered;   // completed or not: an offer counts (R7.2)
    std::optional<Date> lastCompleted; // what staff may know: offered, and filled in on …
};

// `offers` are the detainee's questionnaires in any order; only their days and whether they
// were completed count, and none dated after `today`. A detainee who has left (dischargedOn up to
// `today`) may not be asked.
QuestionnaireTiming questionnaireTiming(Date admittedOn, std::optional<Date> dischargedOn,
                                        const std::vector<Questionnaire> &offers, Date today);

} // namespace ronde
