#pragma once

#include <functional>
#include <map>
#include <string>
#include <utility>
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

// Calls listeners after a transaction has committed, never inside it. A repository notifies
// after its own commit; a caller that wraps several writes in one outer transaction holds
// the notices (Hold) until that one commits.
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
    void notify(const Change &change)
    {
        if (m_holds > 0) {
            m_held.push_back(change);
            return;
        }
        for (const auto &[id, listener] : m_listeners) {
            listener(change);
        }
    }

    // Keeps the notices of an outer transaction: deliver() after its commit; without it (a
    // rollback, an exception) they are dropped, for nothing they name was written.
    class Hold
    {
    public:
        explicit Hold(ChangeNotifier &notifier)
            : m_notifier(notifier)
        {
            ++m_notifier.m_holds;
        }
        Hold(const Hold &) = delete;
        Hold &operator=(const Hold &) = delete;
        ~Hold()
        {
            if (!m_done && --m_notifier.m_holds == 0) {
                m_notifier.m_held.clear();
            }
        }
        void deliver()
        {
            m_done = true;
            if (--m_notifier.m_holds == 0) {
                for (const Change &change : std::exchange(m_notifier.m_held, {})) {
                    m_notifier.notify(change);
                }
            }
        }

    private:
        ChangeNotifier &m_notifier;
        bool m_done = false;
    };

private:
    std::map<int, Listener> m_listeners;
    int m_nextId = 1;
    int m_holds = 0;
    std::vector<Change> m_held;
};

} // namespace ronde
