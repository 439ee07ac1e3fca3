#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ronde {

class Database;

// The central server's numbering of accepted events (`server_log`): a facility's tablets
// pull their facility's rows after their cursor. Whoever hands out numbers for a facility
// holds that facility's sequence lock until commit (Database::lockExclusively), so that a
// facility's numbers commit in the order they are given, even with several server processes
// on one PostgreSQL database: a puller that saw number n of its facility never misses a
// smaller one committed later. Facilities do not wait for each other: a tablet never reads
// another facility's rows. On a tablet the table stays empty.

// The lock of one facility's numbers: a hash of its id (a collision only makes two
// facilities wait for each other).
int64_t sequenceLockOf(const std::string &facilityId);
// Takes the sequence locks of these facilities in one order (by id), so that two writers
// never wait for each other in a circle.
void lockSequences(Database &db, std::vector<std::string> facilityIds);

struct ServerLogEntry
{
    int64_t seq = 0;
    std::string eventId;
    std::string origin; // the device that sent it; "" for what the server made itself
};

// What a request's snapshot sees of a facility's log, for what a process holds of it
// (sync/server/log_tail.h).
struct LogBound
{
    // Drawn anew each time a transfer takes entries out of the facility's log; 0 before.
    int64_t generation = 0;
    int64_t lastSeq = 0;                   // the facility's last number; 0 for none
    std::string lastEventId;               // the event numbered so
    std::optional<std::string> eventAtSeq; // the event numbered as asked, in this facility
    // The facility's registry generation (RegistryRepository::generation), read in the same
    // row: a docking reads both in its snapshot, and this is one round trip less.
    int64_t registryGeneration = 0;
};

class ServerLog
{
public:
    explicit ServerLog(Database &db);

    // Until the caller's transaction ends, no other writer hands out numbers for the
    // facilities these detainees are in now, nor for `alsoFacility` (the locks above). A
    // transfer committed while it waited is seen: the detainee's new facility is locked too.
    void holdSequenceLocksFor(const std::vector<std::string> &detaineeIds,
                              const std::string &alsoFacility);
    // Every facility's lock, in one order: for a transaction that may move many detainees
    // (a roster import), so that it never holds some and waits for others, and for one that
    // must see every facility's numbers settled (catchUpReportFacts). A facility made while
    // it waited is locked as well.
    void holdAllSequenceLocks();
    // Gives every event without a number one (demo data, imports), in HLC order, in a
    // transaction of its own, holding every facility's lock. Returns how many.
    int64_t sequenceUnlogged();
    // Numbers the events in the order given, each under the facility its detainee is in now;
    // one that has a number keeps it. Every event must be stored (an unknown id throws).
    // Call with holdSequenceLocksFor() held.
    void append(const std::vector<std::string> &eventIds, const std::string &originDevice);
    // An event and the facility its detainee is in now, as the caller read it under the locks.
    struct NewEntry
    {
        std::string eventId;
        std::string facilityId;
    };
    // Numbers events that have no number yet (stored in the caller's transaction), in the
    // order given, under the facilities given: what append() does for a push without copies,
    // with nothing to look up (one statement; on PostgreSQL sent with the next one, or a COPY
    // for many). An event with a number already breaks the transaction (the UNIQUE of
    // event_id): its commit fails, if nothing before did. Call with holdSequenceLocksFor()
    // held.
    void appendNew(const std::vector<NewEntry> &entries, const std::string &originDevice);
    // Takes these events' entries out of the facilities' logs they are in and numbers them
    // again, in this order, at the end of `facilityId`'s (a transfer, R2.4). Draws the
    // generation of the logs they leave anew (LogBound). Call with the new facility's lock held.
    void refile(const std::vector<std::string> &eventIds, const std::string &facilityId);
    // How many entries these events have (each has at most one): a check that an event was
    // numbered once, for `ronde-server loadtest`.
    int64_t countEntries(const std::vector<std::string> &eventIds);
    // A facility's entries after `afterSeq`, in order, at most `limit`.
    std::vector<ServerLogEntry> page(const std::string &facilityId, int64_t afterSeq,
                                     int64_t limit);
    // In the caller's snapshot: the facility's generation, its last number and event, and which
    // of its events has number `seq`. Three look-ups by key. In a ReadSnapshot (on PostgreSQL
    // a write transaction reads each statement in a snapshot of its own); throws outside one.
    LogBound bound(const std::string &facilityId, int64_t seq);

private:
    Database &m_db;
};

} // namespace ronde
