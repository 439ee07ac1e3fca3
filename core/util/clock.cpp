#include "clock.h"

#include <chrono>

namespace ronde {

Clock systemClock()
{
    return [] {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    };
}

} // namespace ronde
