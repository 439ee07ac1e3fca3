#pragma once

#include "clock.h"

#include <compare>
#include <cstdint>

namespace ronde {

// A hybrid logical clock stamp: wall-clock milliseconds plus a logical counter that breaks
// ties and carries order when the wall clock stalls or steps back. Packed into one integer
// (ms << 16 | counter) so that stamps compare and index as plain numbers.
struct HlcStamp
{
    int64_t wallMs = 0;
    uint16_t logical = 0;

    int64_t packed() const { return (wallMs << 16) | logical; }
    static HlcStamp unpack(int64_t packed) { return {packed >> 16, uint16_t(packed & 0xFFFF)}; }
    friend auto operator<=>(const HlcStamp &, const HlcStamp &) = default;
};

// Orders a tablet's own timeline sanely when its clock is wrong, and absorbs the server's
// clock at each sync (DESIGN "Core"). Every stamp it hands out is greater than every stamp
// it handed out or received before.
class HybridClock
{
public:
    explicit HybridClock(Clock clock, HlcStamp last = {});

    // A stamp for a local event.
    HlcStamp now();
    // Absorb a stamp from elsewhere (the server's, at sync); returns the new local stamp.
    HlcStamp receive(HlcStamp remote);
    HlcStamp last() const { return m_last; }

private:
    HlcStamp advance(int64_t wallMs, HlcStamp floor);

    Clock m_clock;
    HlcStamp m_last;
};

} // namespace ronde
