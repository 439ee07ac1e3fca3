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
// It is asked only for ids a page read from the server's log in the request's own snapshot.
// Bounded: when full, the events held longest go first. Thread-safe.
class EventCache
{
public:
    explicit EventCache(size_t capacity = kDefaultCapacity);
    static constexpr size_t kDefaultCapacity = 50'000;

    // Reads the events of `ids` from the database, in that order, as `read` does (unknown ids
    // left out), asking `read` only for those not held here; those it reads are held.
    using Read = std::function<std::vector<AnyEvent>(const std::vector<std::string> &ids)>;
    std::vector<AnyEvent> byIds(const std::vector<std::string> &ids, const Read &read);

    size_t size();

private:
    std::mutex m_lock;
    size_t m_capacity;
    std::unordered_map<std::string, std::shared_ptr<const AnyEvent>> m_events;
    std::deque<std::string> m_order; // oldest first
};

} // namespace ronde::sync
