#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace ronde {

// What a committed write touched, so that view models refresh only what changed.
struct Change
{
    enum class Kind
    {
        Registry,
        Event,
        Everything // many rows at once (another connection's sync): read it all again
    };
    Kind kind = Kind::Event;
    std::string id;
    std::string detaineeId; // empty for registry rows that are not a detainee's
};

// Calls listeners after a transaction has committed, never inside it.
class ChangeNotifier
{
public:
    using Listener = std::function<void(const Change &)>;
    int subscribe(Listener listener)
    {
        m_listeners.emplace(m_nextId, std::move(listener));
        return m_nextId++;
    }
    void unsubscribe(int id) { m_listeners.erase(id); }
    void notify(const Change &change) const
    {
        for (const auto &[id, listener] : m_listeners) {
            listener(change);
        }
    }

private:
    std::map<int, Listener> m_listeners;
    int m_nextId = 1;
};

} // namespace ronde
