// The server's cache of events read for pulls (sync/server/event_cache.h): it gives what the
// database would, in the order asked, and reads only what it does not hold.
#include "server/event_cache.h"

#include <atomic>
#include <gtest/gtest.h>
#include <set>
#include <thread>

using namespace ronde;
using namespace ronde::sync;

namespace {

// A database of events a, b, c, …: `read` answers for the ids it knows, in the order asked,
// and remembers what it was asked.
struct FakeDatabase
{
    std::vector<std::vector<std::string>> asked;
    std::set<std::string> unknown = {"x"};

    std::vector<AnyEvent> read(const std::vector<std::string> &ids)
    {
        asked.push_back(ids);
        std::vector<AnyEvent> events;
        for (const std::string &id : ids) {
            if (!unknown.contains(id)) {
                Contact c;
                c.header.id = id;
                c.notes = "over " + id;
                if (id.starts_with("long")) {
                    c.notes += std::string(EventCache::kLargestHeld, '.'); // a long note
                }
                events.emplace_back(c);
            }
        }
        return events;
    }
    EventCache::Read reader()
    {
        return [this](const std::vector<std::string> &ids) { return read(ids); };
    }
};

std::vector<std::string> idsOf(const std::vector<EventCache::Shared> &events)
{
    std::vector<std::string> ids;
    for (const EventCache::Shared &shared : events) {
        const AnyEvent &e = *shared;
        ids.push_back(headerOf(e).id);
        EXPECT_TRUE(std::get<Contact>(e).notes.starts_with("over " + ids.back()))
            << "the event itself";
    }
    return ids;
}

using Ids = std::vector<std::string>;

} // namespace

TEST(EventCache, ReadsOnlyWhatItDoesNotHoldAndKeepsTheOrderAsked)
{
    EventCache cache;
    FakeDatabase db;
    EXPECT_EQ(idsOf(cache.byIds({"a", "b", "c"}, db.reader())), (Ids{"a", "b", "c"}));
    EXPECT_EQ(idsOf(cache.byIds({"d", "c", "a"}, db.reader())), (Ids{"d", "c", "a"}));
    ASSERT_EQ(db.asked.size(), 2u);
    EXPECT_EQ(db.asked[1], (Ids{"d"}));
    EXPECT_EQ(idsOf(cache.byIds({"b", "d"}, db.reader())), (Ids{"b", "d"}));
    EXPECT_EQ(db.asked.size(), 2u) << "all held: no read";
}

TEST(EventCache, LeavesOutWhatTheDatabaseDoesNotKnowAndAsksForItAgain)
{
    EventCache cache;
    FakeDatabase db;
    EXPECT_EQ(idsOf(cache.byIds({"a", "x", "b"}, db.reader())), (Ids{"a", "b"}));
    EXPECT_EQ(idsOf(cache.byIds({"x", "a"}, db.reader())), (Ids{"a"}));
    ASSERT_EQ(db.asked.size(), 2u);
    EXPECT_EQ(db.asked[1], (Ids{"x"})) << "an unknown id is not remembered as unknown";
}

TEST(EventCache, HoldsNoMoreThanItsCapacityAndLetsTheOldestGoFirst)
{
    EventCache cache(3);
    FakeDatabase db;
    cache.byIds({"a", "b"}, db.reader());
    cache.byIds({"c", "d", "e"}, db.reader());
    EXPECT_EQ(cache.size(), 3u);
    EXPECT_EQ(idsOf(cache.byIds({"e", "a"}, db.reader())), (Ids{"e", "a"}));
    ASSERT_EQ(db.asked.size(), 3u);
    EXPECT_EQ(db.asked[2], (Ids{"a"})) << "a went first";
    EXPECT_EQ(cache.size(), 3u);
}

// Many events with long notes must not fill the server's memory: the cache also counts what
// its events take, and holds no event larger than kLargestHeld.
TEST(EventCache, HoldsNoMoreThanItsBytesAndNoEventWithALongNote)
{
    FakeDatabase db;
    const size_t one = approximateBytes(db.read({"a"}).front());
    EventCache cache(100, 3 * one);
    cache.byIds({"a", "b", "c", "d"}, db.reader());
    EXPECT_EQ(cache.size(), 3u) << "four would take more than the budget";
    EXPECT_LE(cache.bytes(), 3 * one);

    EXPECT_EQ(idsOf(cache.byIds({"long1", "c"}, db.reader())), (Ids{"long1", "c"}));
    EXPECT_EQ(idsOf(cache.byIds({"long1"}, db.reader())), (Ids{"long1"}));
    EXPECT_EQ(db.asked.back(), (Ids{"long1"})) << "a long note is read each time";
    EXPECT_EQ(cache.size(), 3u);
}

// The workers share one cache: many threads at once get every event they ask for.
TEST(EventCache, ServesWorkersAtOnce)
{
    EventCache cache(50);
    std::vector<std::thread> workers;
    std::atomic<int> wrong = 0;
    for (int w = 0; w < 4; ++w) {
        workers.emplace_back([&, w] {
            FakeDatabase db;
            for (int round = 0; round < 200; ++round) {
                Ids ids;
                for (int i = 0; i < 20; ++i) {
                    ids.push_back("e" + std::to_string((round * 7 + i * (w + 1)) % 120));
                }
                std::vector<std::string> got;
                for (const EventCache::Shared &e : cache.byIds(ids, db.reader())) {
                    got.push_back(headerOf(*e).id);
                }
                wrong += got == ids ? 0 : 1;
            }
        });
    }
    for (std::thread &t : workers) {
        t.join();
    }
    EXPECT_EQ(wrong, 0);
    EXPECT_LE(cache.size(), 50u);
}
