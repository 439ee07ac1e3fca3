#include "util/hlc.h"
#include "util/uuid.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

using namespace ronde;

namespace {
constexpr int64_t kDay = 86'400'000;
constexpr int64_t kNov2026 = 1'795'305'600'000; // 2026-11-22T00:00Z
} // namespace

TEST(Uuid, IsAWellFormedVersion7WithItsTimestamp)
{
    UuidGenerator ids([] { return kNov2026; });
    const std::string id = ids.next();
    EXPECT_TRUE(isUuid(id)) << id;
    EXPECT_EQ(id[14], '7');
    EXPECT_NE(std::string("89ab").find(id[19]), std::string::npos) << "RFC 9562 variant";
    EXPECT_EQ(uuidV7Milliseconds(id), kNov2026);
}

TEST(Uuid, SortsInCreationOrderWithinOneMillisecond)
{
    UuidGenerator ids([] { return kNov2026; });
    std::vector<std::string> made;
    for (int i = 0; i < 10'000; ++i) {
        made.push_back(ids.next());
    }
    EXPECT_TRUE(std::is_sorted(made.begin(), made.end()));
    EXPECT_EQ(std::set<std::string>(made.begin(), made.end()).size(), made.size());
}

TEST(Uuid, StaysOrderedWhenTheClockStepsBack)
{
    int64_t now = kNov2026;
    UuidGenerator ids([&] { return now; });
    const std::string before = ids.next();
    now -= kDay;
    const std::string after = ids.next();
    EXPECT_LT(before, after);
}

TEST(Uuid, RejectsMalformedText)
{
    EXPECT_FALSE(isUuid("not-a-uuid"));
    EXPECT_FALSE(isUuid("0190B5D2-7C4E-7ABC-8DEF-0123456789AB")); // upper case is not canonical
    EXPECT_EQ(uuidV7Milliseconds("01234567-89ab-4def-8123-456789abcdef"), -1); // version 4
}

TEST(Hlc, StampsIncreaseWhenTheClockJumpsBack)
{
    int64_t now = kNov2026;
    HybridClock clock([&] { return now; });
    const HlcStamp a = clock.now();
    now -= 3 * kDay; // someone set the tablet's clock back
    const HlcStamp b = clock.now();
    const HlcStamp c = clock.now();
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    EXPECT_EQ(b.wallMs, a.wallMs) << "wall part holds until real time catches up";
    now = kNov2026 + 1000;
    EXPECT_EQ(clock.now().wallMs, kNov2026 + 1000);
}

TEST(Hlc, AClockDaysAheadIsAbsorbedByItsPeers)
{
    int64_t tabletNow = kNov2026 + 3 * kDay; // tablet clock three days fast
    int64_t serverNow = kNov2026;
    HybridClock tablet([&] { return tabletNow; });
    HybridClock server([&] { return serverNow; });
    const HlcStamp fromTablet = tablet.now();
    const HlcStamp atServer = server.receive(fromTablet);
    EXPECT_GT(atServer, fromTablet) << "the server orders after what it received";
    EXPECT_GT(server.now(), atServer);
    // Once the tablet's clock is corrected, its next stamps still follow its earlier ones.
    tabletNow = kNov2026;
    EXPECT_GT(tablet.now(), fromTablet);
}

TEST(Hlc, MergingARemoteStampMovesPastBoth)
{
    int64_t now = kNov2026;
    HybridClock local([&] { return now; });
    local.now();
    const HlcStamp remote{kNov2026 + 500, 7};
    const HlcStamp merged = local.receive(remote);
    EXPECT_EQ(merged.wallMs, remote.wallMs);
    EXPECT_EQ(merged.logical, 8);
    const HlcStamp older{kNov2026 - kDay, 3};
    EXPECT_GT(local.receive(older), merged) << "an old remote stamp never moves us back";
}

TEST(Hlc, CounterOverflowMovesTheWallPartOn)
{
    HybridClock clock([] { return kNov2026; }, HlcStamp{kNov2026, 0xFFFF});
    const HlcStamp next = clock.now();
    EXPECT_EQ(next.wallMs, kNov2026 + 1);
    EXPECT_EQ(next.logical, 0);
}

TEST(Hlc, PacksIntoOrderedIntegers)
{
    const HlcStamp a{kNov2026, 5};
    const HlcStamp b{kNov2026, 6};
    const HlcStamp c{kNov2026 + 1, 0};
    EXPECT_LT(a.packed(), b.packed());
    EXPECT_LT(b.packed(), c.packed());
    EXPECT_EQ(HlcStamp::unpack(b.packed()), b);
}
