#pragma once

#include "events.h"
#include "registry.h"

#include <cstdint>
#include <string>
#include <vector>

// Pure checks of an input before it is written (R1.5, R4.1, R4.4, R4.5). Each throws
// ValidationError naming the field; none touches storage.
namespace ronde {

// A tablet's clock can be a little ahead of the moment the user typed in.
constexpr int64_t kFutureToleranceMs = 5 * 60'000;
// How far ahead of the server another device's clock may be: its records, stamps and audit
// entries beyond this are refused, and it never moves the server's clock further (docs/
// SECURITY.md). Tablets run days off; a century off is an attack or a broken clock.
constexpr int64_t kDeviceClockSkewMs = 7 * 86'400'000LL;

struct RecordingContext
{
    const Detainee &detainee;
    const User &author;
    int64_t nowMs = 0;
    int64_t futureToleranceMs = kFutureToleranceMs;
    std::vector<std::string> reviewDomains;
    // Off for an event recorded on another device, which checked it with its own registry
    // then: staff who have left since must not take their records with them.
    bool authorMustBeActive = true;
};

void validateHeader(const EventHeader &header, const RecordingContext &context);
void validate(const Contact &contact, const RecordingContext &context);
void validate(const CaseReview &review, const RecordingContext &context);
void validate(const ReintegrationPlan &plan, const RecordingContext &context);
void validate(const ProgramDecision &decision, const RecordingContext &context);
void validate(const Complaint &complaint, const RecordingContext &context);
void validate(const RegistryProposal &proposal, const RecordingContext &context);
void validate(const Questionnaire &questionnaire, const RecordingContext &context);

void validate(const Detainee &detainee);
void validate(const User &user);

} // namespace ronde
