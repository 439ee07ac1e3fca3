#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace ronde::sync {

// Slows down guessing (docs/SECURITY.md "Enrolment"): after `maxFailures` wrong attempts
// from one source within `windowMs`, that source is refused without a check until the window
// that began with its first failure has passed. Pure: the caller passes the time.
class AttemptThrottle
{
public:
    AttemptThrottle(int maxFailures, int64_t windowMs)
        : m_maxFailures(maxFailures)
        , m_windowMs(windowMs)
    {}

    // Whether `source` may try now.
    bool allows(const std::string &source, int64_t nowMs)
    {
        forgetBefore(nowMs);
        const auto found = m_failures.find(source);
        return found == m_failures.end() || found->second.count < m_maxFailures;
    }
    void failed(const std::string &source, int64_t nowMs)
    {
        forgetBefore(nowMs);
        Failures &f = m_failures[source];
        if (f.count == 0) {
            f.firstMs = nowMs;
        }
        ++f.count;
    }

private:
    struct Failures
    {
        int count = 0;
        int64_t firstMs = 0;
    };
    // Old windows go, so that a flood from many addresses cannot grow the map for ever.
    void forgetBefore(int64_t nowMs)
    {
        std::erase_if(m_failures, [&](const auto &entry) {
            return nowMs - entry.second.firstMs >= m_windowMs;
        });
    }

    int m_maxFailures;
    int64_t m_windowMs;
    std::map<std::string, Failures> m_failures;
};

} // namespace ronde::sync
