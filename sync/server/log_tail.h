#pragma once

#include "store/server_log.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace ronde::sync {

// The newest entries of each facility's server log, shared by the workers of one process.
// At shift change every tablet of a facility pulls the same few thousand entries after its
// cursor; read from PostgreSQL for each tablet, they were half of its work in a docking
// (docs/PERFORMANCE.md, "National scale").
//
// What it holds of a facility is a run without gaps: every entry of that facility numbered
// after `after`, up to the last one held, as committed snapshots saw them. A request takes
// from it only
// - what its own snapshot sees: up to the facility's last number there (LogBound::lastSeq).
//   A facility's numbers commit in their order (store/server_log.h), so a snapshot that sees
//   number n sees every entry of the facility before it;
// - while nothing was taken out of the facility's log since it was read (LogBound::generation,
//   drawn anew by a transfer in the transaction that files a detainee's entries again, in
//   whichever process it ran);
// - and while the entry it checks (the run's last, or the snapshot's last) is still the one
//   numbered so (a backup restored under a running server numbers from where it was).
// The caller reads in one snapshot (ReadSnapshot): the bound and the page read from the
// database must see the same log.
// What a request reads from the database after the run, it adds to it. Thread-safe; the
// database is read without the lock held.
class LogTail
{
public:
    explicit LogTail(size_t entriesPerFacility = kDefaultEntries);
    // A docking pulls a few thousand; twice a full page of the protocol.
    static constexpr size_t kDefaultEntries = 10'000;

    // Entries are shared, not copied: a page of 5,000 copied out of the run (two ids each)
    // was 7 % of the workers' processor in a docking, and under the lock the others wait for.
    using Entry = std::shared_ptr<const ServerLogEntry>;
    using Page = std::vector<Entry>;
    static Page shared(std::vector<ServerLogEntry> entries);

    // What page() saw on the way, for the caller.
    struct Seen
    {
        // How many of the page's entries (the first ones) were held already. For a tablet
        // catching up alone that is at most one: the entry its page before read ahead.
        size_t held = 0;
        // The facility's registry generation in the caller's snapshot (LogBound): always
        // read, but 0 is a generation too, so one not read must not pass for it.
        std::optional<int64_t> registryGeneration;
    };
    // What `log.page(facilityId, afterSeq, limit)` gives, in the caller's snapshot.
    Page page(ServerLog &log, const std::string &facilityId, int64_t afterSeq, int64_t limit,
              Seen *seen = nullptr);

    // How many entries it holds of a facility (for tests).
    size_t held(const std::string &facilityId);

private:
    struct Run
    {
        int64_t generation = 0;
        int64_t after = 0; // the run holds every entry of the facility after this number
        std::deque<Entry> entries;
        int64_t last() const { return entries.empty() ? after : entries.back()->seq; }
    };
    struct Check
    {
        std::optional<int64_t> usableUpTo; // the run serves the request up to this number
        bool runInvalid = false;           // the run is no longer true: to be read again
    };
    // What of the run a request with this bound may take.
    static Check checked(const Run &run, const LogBound &bound);
    // Keeps what a request read from the database after `readAfter`, when it continues the
    // run or the run is of no use any more.
    void remember(const std::string &facilityId, const LogBound &bound, int64_t anchor,
                  int64_t readAfter, const Page &read, bool runInvalid);

    std::mutex m_lock;
    size_t m_capacity;
    std::unordered_map<std::string, Run> m_runs;
};

} // namespace ronde::sync
