#include "hlc.h"

#include <algorithm>

namespace ronde {

HybridClock::HybridClock(Clock clock, HlcStamp last)
    : m_clock(std::move(clock))
    , m_last(last)
{}

HlcStamp HybridClock::advance(int64_t wallMs, HlcStamp floor)
{
    if (wallMs > floor.wallMs) {
        m_last = {wallMs, 0};
    } else if (floor.logical == 0xFFFF) {
        // Counter exhausted: move the wall part on by one millisecond rather than wrap.
        m_last = {floor.wallMs + 1, 0};
    } else {
        m_last = {floor.wallMs, uint16_t(floor.logical + 1)};
    }
    return m_last;
}

HlcStamp HybridClock::now()
{
    return advance(m_clock(), m_last);
}

HlcStamp HybridClock::receive(HlcStamp remote)
{
    return advance(m_clock(), std::max(m_last, remote));
}

} // namespace ronde
