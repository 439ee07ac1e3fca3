#include "log_tail.h"

#include <algorithm>

namespace ronde::sync {

LogTail::LogTail(size_t entriesPerFacility)
    : m_capacity(std::max<size_t>(entriesPerFacility, 1))
{}

LogTail::Page LogTail::shared(std::vector<ServerLogEntry> entries)
{
    Page page;
    page.reserve(entries.size());
    for (ServerLogEntry &entry : entries) {
        page.push_back(std::make_shared<const ServerLogEntry>(std::move(entry)));
    }
    return page;
}

size_t LogTail::held(const std::string &facilityId)
{
    std::lock_guard guard(m_lock);
    const auto found = m_runs.find(facilityId);
    return found == m_runs.end() ? 0 : found->second.entries.size();
}

LogTail::Check LogTail::checked(const Run &run, const LogBound &bound)
{
    if (bound.generation != run.generation) {
        // Entries were taken out since the run was read, or before and the snapshot is older:
        // the run goes, and is read again as the request's snapshot sees the log.
        return {std::nullopt, true};
    }
    if (run.entries.empty()) {
        return {run.after, false};
    }
    const ServerLogEntry &last = *run.entries.back();
    if (last.seq <= bound.lastSeq) {
        // A snapshot that sees the facility's last number sees every one before it: the
        // run's last entry must be there, and then so is all of the run.
        const bool holds = bound.eventAtSeq == last.eventId;
        return {holds ? std::optional(last.seq) : std::nullopt, !holds};
    }
    // The run goes further than this snapshot sees (a worker with a later one added to it):
    // usable up to the snapshot's last entry, when the run holds that one.
    if (bound.lastSeq <= run.after) {
        return {std::nullopt, false};
    }
    const auto entry = std::lower_bound(run.entries.begin(), run.entries.end(), bound.lastSeq,
                                        [](const Entry &e, int64_t seq) { return e->seq < seq; });
    const bool holds = (*entry)->seq == bound.lastSeq && (*entry)->eventId == bound.lastEventId;
    return {holds ? std::optional(bound.lastSeq) : std::nullopt, !holds};
}

LogTail::Page LogTail::page(ServerLog &log, const std::string &facilityId, int64_t afterSeq,
                            int64_t limit, Seen *seen)
{
    // The run's last number, looked up in the caller's snapshot with the facility's bound.
    int64_t anchor = 0;
    {
        std::lock_guard guard(m_lock);
        if (const auto found = m_runs.find(facilityId); found != m_runs.end()) {
            anchor = found->second.last();
        }
    }
    const LogBound bound = log.bound(facilityId, anchor);

    Page page;
    int64_t readAfter = afterSeq;
    bool runInvalid = false;
    {
        std::lock_guard guard(m_lock);
        const auto found = m_runs.find(facilityId);
        // Checked against the bound only while it is the run the bound was read for.
        if (found != m_runs.end() && found->second.last() == anchor) {
            const Run &run = found->second;
            const Check check = checked(run, bound);
            runInvalid = check.runInvalid;
            if (check.usableUpTo && run.after <= afterSeq) {
                auto entry =
                    std::upper_bound(run.entries.begin(), run.entries.end(), afterSeq,
                                     [](int64_t seq, const Entry &e) { return seq < e->seq; });
                for (; entry != run.entries.end() && (*entry)->seq <= *check.usableUpTo &&
                       int64_t(page.size()) < limit;
                     ++entry) {
                    page.push_back(*entry);
                }
                readAfter = std::max(afterSeq, *check.usableUpTo);
            }
        }
    }
    if (seen) {
        *seen = {page.size(), bound.registryGeneration};
    }
    if (int64_t(page.size()) >= limit || readAfter >= bound.lastSeq) {
        return page;
    }
    const Page read = shared(log.page(facilityId, readAfter, limit - int64_t(page.size())));
    page.insert(page.end(), read.begin(), read.end());
    remember(facilityId, bound, anchor, readAfter, read, runInvalid);
    return page;
}

void LogTail::remember(const std::string &facilityId, const LogBound &bound, int64_t anchor,
                       int64_t readAfter, const Page &read, bool runInvalid)
{
    std::lock_guard guard(m_lock);
    const auto [found, isNew] = m_runs.try_emplace(facilityId);
    Run &run = found->second;
    if (!isNew && run.last() != anchor) {
        return; // another request changed the run meanwhile
    }
    if (!isNew && !runInvalid && run.generation == bound.generation && run.last() == readAfter) {
        run.entries.insert(run.entries.end(), read.begin(), read.end()); // it goes on
    } else if (isNew || runInvalid || readAfter > run.last()) {
        // A first run, one no longer true, or one a tablet nearer the end has passed.
        run = Run{bound.generation, readAfter, {read.begin(), read.end()}};
    } else {
        return; // a tablet further behind: the run stays for those near the end
    }
    while (run.entries.size() > m_capacity) {
        run.after = run.entries.front()->seq;
        run.entries.pop_front();
    }
}

} // namespace ronde::sync
