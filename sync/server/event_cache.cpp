#include "event_cache.h"

namespace ronde::sync {
namespace {

// The text an event carries: what can make one event large (a long note).
size_t textBytes(const Contact &c)
{
    return c.notes.size();
}
size_t textBytes(const CaseReview &r)
{
    size_t bytes = r.note.size() + r.exceptionJustification.size();
    for (const std::string &behaviour : r.behaviours) {
        bytes += behaviour.size();
    }
    for (const auto &[domain, light] : r.lights) {
        bytes += domain.size() + sizeof(light) + 64; // a map node
    }
    return bytes;
}
size_t textBytes(const Complaint &c)
{
    return c.outcome.size();
}
size_t textBytes(const RegistryProposal &p)
{
    return p.value.size() + p.seenValue.size();
}
size_t textBytes(const ReintegrationPlan &)
{
    return 0;
}
size_t textBytes(const ProgramDecision &)
{
    return 0;
}
// Held without its answers (byIds leaves them out).
size_t textBytes(const Questionnaire &)
{
    return 0;
}

} // namespace

size_t approximateBytes(const AnyEvent &event)
{
    const EventHeader &h = headerOf(event);
    return sizeof(AnyEvent) + 128 + h.id.size() + h.detaineeId.size() + h.authorId.size() +
           h.supersedes.value_or("").size() +
           std::visit([](const auto &e) { return textBytes(e); }, event);
}

EventCache::EventCache(size_t capacity, size_t bytes)
    : m_capacity(capacity)
    , m_byteBudget(bytes)
{}

std::vector<EventCache::Shared> EventCache::byIds(const std::vector<std::string> &ids,
                                                  const Read &read)
{
    std::vector<Shared> held(ids.size());
    std::vector<std::string> missing;
    {
        const std::lock_guard lock(m_lock);
        for (size_t i = 0; i < ids.size(); ++i) {
            if (const auto found = m_events.find(ids[i]); found != m_events.end()) {
                held[i] = found->second.event;
            } else {
                missing.push_back(ids[i]);
            }
        }
    }
    // Read outside the lock: the other workers go on meanwhile.
    std::unordered_map<std::string, Shared> fresh;
    if (!missing.empty()) {
        for (AnyEvent &event : read(missing)) {
            const std::string id = headerOf(event).id;
            fresh.emplace(id, std::make_shared<const AnyEvent>(std::move(event)));
        }
        const std::lock_guard lock(m_lock);
        for (const auto &[id, event] : fresh) {
            holdLocked(id, event);
        }
        trimLocked();
    }
    std::vector<Shared> events;
    events.reserve(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) {
        if (held[i]) {
            events.push_back(std::move(held[i]));
        } else if (const auto found = fresh.find(ids[i]); found != fresh.end()) {
            events.push_back(found->second);
        }
    }
    return events;
}

void EventCache::hold(const std::vector<Shared> &events)
{
    const std::lock_guard lock(m_lock);
    for (const Shared &event : events) {
        holdLocked(headerOf(*event).id, event);
    }
    trimLocked();
}

void EventCache::holdLocked(const std::string &id, const Shared &event)
{
    const size_t bytes = approximateBytes(*event);
    if (bytes <= kLargestHeld && m_events.emplace(id, Held{event, bytes}).second) {
        m_order.push_back(id);
        m_bytes += bytes;
    }
}

void EventCache::trimLocked()
{
    while (!m_order.empty() && (m_events.size() > m_capacity || m_bytes > m_byteBudget)) {
        const auto oldest = m_events.find(m_order.front());
        m_bytes -= oldest->second.bytes;
        m_events.erase(oldest);
        m_order.pop_front();
    }
}

size_t EventCache::size()
{
    const std::lock_guard lock(m_lock);
    return m_events.size();
}

size_t EventCache::bytes()
{
    const std::lock_guard lock(m_lock);
    return m_bytes;
}

} // namespace ronde::sync
