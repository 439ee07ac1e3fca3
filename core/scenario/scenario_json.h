#pragma once

#include "policy/evaluation.h"

#include <string>
#include <string_view>

// The JSON form of one evaluation question ("why is this detainee overdue?"), as read by
// `ronde-server evaluate` and the scenario tests. Parsing checks every field and throws
// ValidationError naming it (e.g. "events[2].role"); nothing is evaluated from bad input.
namespace ronde {

struct Scenario
{
    const Profile *profile = nullptr;
    FacilityKind facility = FacilityKind::Prison;
    Detainee detainee;
    DetaineeEvents events;
    Date asOf;
};

Scenario parseScenario(std::string_view json);
std::string evaluationToJson(const Evaluation &evaluation);

} // namespace ronde
