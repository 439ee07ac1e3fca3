#pragma once

#include <cstdint>
#include <functional>

namespace ronde {

// Milliseconds since the Unix epoch, UTC. Injected everywhere a wall clock is read so that
// tests can run a tablet whose clock is wrong (they often are).
using Clock = std::function<int64_t()>;

Clock systemClock();

constexpr int64_t kMsPerMinute = 60'000;
constexpr int64_t kMsPerDay = 86'400'000;

} // namespace ronde
