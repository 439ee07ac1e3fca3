#include "event_cache.h"

namespace ronde::sync {

EventCache::EventCache(size_t capacity)
    : m_capacity(capacity)
{}

std::vector<AnyEvent> EventCache::byIds(const std::vector<std::string> &ids, const Read &read)
{
    std::vector<std::shared_ptr<const AnyEvent>> held(ids.size());
    std::vector<std::string> missing;
    {
        const std::lock_guard lock(m_lock);
        for (size_t i = 0; i < ids.size(); ++i) {
            if (const auto found = m_events.find(ids[i]); found != m_events.end()) {
                held[i] = found->second;
            } else {
                missing.push_back(ids[i]);
            }
        }
    }
    // Read outside the lock: the other workers go on meanwhile.
    std::unordered_map<std::string, std::shared_ptr<const AnyEvent>> fresh;
    if (!missing.empty()) {
        for (AnyEvent &event : read(missing)) {
            const std::string id = headerOf(event).id;
            fresh.emplace(id, std::make_shared<const AnyEvent>(std::move(event)));
        }
        const std::lock_guard lock(m_lock);
        for (const auto &[id, event] : fresh) {
            if (m_events.emplace(id, event).second) {
                m_order.push_back(id);
            }
        }
        while (m_events.size() > m_capacity) {
            m_events.erase(m_order.front());
            m_order.pop_front();
        }
    }
    std::vector<AnyEvent> events;
    events.reserve(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) {
        if (held[i]) {
            events.push_back(*held[i]);
        } else if (const auto found = fresh.find(ids[i]); found != fresh.end()) {
            events.push_back(*found->second);
        }
    }
    return events;
}

size_t EventCache::size()
{
    const std::lock_guard lock(m_lock);
    return m_events.size();
}

} // namespace ronde::sync
