#pragma once

#include "clock.h"

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace ronde {

// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then randomness. Made on the device with no
// coordination; time-ordered, so new rows land at the end of the B-tree.
class UuidGenerator
{
public:
    explicit UuidGenerator(Clock clock);
    // Reproducible ids, for generated demo data.
    UuidGenerator(Clock clock, uint64_t seed);
    // Ids from one generator sort in creation order, also within one millisecond
    // (rand_a is used as a counter, RFC 9562 method 1) and when the clock steps back.
    std::string next();

private:
    Clock m_clock;
    std::mt19937_64 m_random;
    int64_t m_lastMs = 0;
    uint16_t m_counter = 0;
};

// Canonical lower-case 8-4-4-4-12 form, any version.
bool isUuid(std::string_view text);
// The millisecond timestamp of a UUIDv7, or -1 when the text is not one.
int64_t uuidV7Milliseconds(std::string_view text);

} // namespace ronde
