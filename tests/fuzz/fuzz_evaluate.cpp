// Fuzz target: the `evaluate` JSON (core/scenario): any text is either a scenario, which the
// policy engine evaluates and writes back as JSON, or refused as a ValidationError naming a
// field.
#include "model/problem.h"
#include "scenario/scenario_json.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view json(reinterpret_cast<const char *>(data), size);
    try {
        const ronde::Scenario s = ronde::parseScenario(json);
        const ronde::Evaluation evaluation =
            ronde::evaluate(*s.profile, s.facility, s.detainee, s.events, s.asOf);
        (void)ronde::evaluationToJson(evaluation);
    } catch (const ronde::ValidationError &) {
    }
    return 0;
}
