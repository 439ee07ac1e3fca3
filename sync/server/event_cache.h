#pragma once

#include "model/events.h"

#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace ronde::sync {

// The events the server's workers read last, decoded, shared by the workers of one process.
// At shift change every tablet of a facility pulls the same few thousand events that the
// others pushed just before; read from the database for each tablet, they were most of the
// server's work (docs/PERFORMANCE.md, "National scale"). An event never changes once stored
// (the schema refuses updates) and the server deletes none, so a copy held here is the event.
// It is asked only for ids a page read from the server's log in the request's own snapshot,
// and only for a page the log's tail held part of already (SyncService::sync). It is also
// given a push's new contacts once they are committed, as stored, so that the facility's
// other tablets pull them without reading them back.
// (`demo --replace` empties a database under a running server: its cache then holds events
// no page names, until they go.) Bounded by count and by size: when full, the events held
// longest go first, and an event larger than kLargestHeld (a long note) is read each time.
// Thread-safe; two workers that miss the same events at once both read them.
class EventCache
{
public:
    explicit EventCache(size_t capacity = kDefaultCapacity, size_t bytes = kDefaultBytes);
    static constexpr size_t kDefaultCapacity = 50'000;
    static constexpr size_t kDefaultBytes = size_t(64) << 20;
    static constexpr size_t kLargestHeld = size_t(64) << 10;

    // Reads the events of `ids` from the database, in that order, as `read` does (unknown ids
    // left out), asking `read` only for those not held here; those it reads are held. What it
    // gives is shared with the cache, not copied (a page of 5,000 for each of 200 tablets).
    using Read = std::function<std::vector<AnyEvent>(const std::vector<std::string> &ids)>;
    using Shared = std::shared_ptr<const AnyEvent>;
    std::vector<Shared> byIds(const std::vector<std::string> &ids, const Read &read);

    // Holds events just committed, exactly as the database now has them (events it holds
    // already stay as they are). The caller must give only what its own transaction stored
    // new: a copy sent again may differ from the stored event, and is not it.
    void hold(const std::vector<Shared> &events);

    size_t size();
    // What the events held take, about: their text and the fixed part of each.
    size_t bytes();

private:
    // Both under the lock. Holds `event` unless it is held already or too large.
    void holdLocked(const std::string &id, const Shared &event);
    // Lets the events held longest go while over either bound.
    void trimLocked();

    struct Held
    {
        Shared event;
        size_t bytes;
    };
    std::mutex m_lock;
    size_t m_capacity;
    size_t m_byteBudget;
    size_t m_bytes = 0;
    std::unordered_map<std::string, Held> m_events;
    std::deque<std::string> m_order; // oldest first
};

// About what one event takes in memory: its fixed part and its text.
size_t approximateBytes(const AnyEvent &event);

} // namespace ronde::sync
