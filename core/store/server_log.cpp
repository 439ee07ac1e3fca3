#include "server_log.h"

#include "database.h"
#include "report_facts.h"

#include <algorithm>
#include <iterator>
#include <limits>
#include <random>
#include <set>
#include <stdexcept>

namespace ronde {

ServerLog::ServerLog(Database &db)
    : m_db(db)
{}

int64_t sequenceLockOf(const std::string &facilityId)
{
    return lockNamed("sequence:" + facilityId);
}

namespace {

// Sorted, each once.
std::vector<std::string> eachOnce(std::vector<std::string> texts)
{
    std::sort(texts.begin(), texts.end());
    texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
    return texts;
}

} // namespace

void lockSequences(Database &db, std::vector<std::string> facilityIds)
{
    for (const std::string &facilityId : eachOnce(std::move(facilityIds))) {
        db.lockExclusively(sequenceLockOf(facilityId));
    }
}

void ServerLog::holdSequenceLocksFor(const std::vector<std::string> &detaineeIds,
                                     const std::string &alsoFacility)
{
    // Each detainee once: a push of 5,000 names its 60 detainees again and again, and
    // PostgreSQL took 7 ms to read the whole list (once before and once after the locks).
    const std::string list = jsonTextArray(eachOnce(detaineeIds));
    const auto facilitiesNow = [&] {
        std::vector<std::string> facilities{alsoFacility};
        Statement &row = m_db.prepare("SELECT DISTINCT facility_id FROM detainees WHERE " +
                                      m_db.inJsonArray("id", 1));
        row.bind(1, list);
        while (row.step()) {
            facilities.push_back(row.text(0));
        }
        row.reset();
        std::sort(facilities.begin(), facilities.end());
        return facilities;
    };
    // A transfer holds both its facilities' locks; one that committed while this waited may
    // have moved a detainee to a facility not locked yet. Lock that one too, and look again
    // until nothing is missing (out of order, which PostgreSQL resolves, if ever, by failing
    // one of the two: the tablet retries).
    std::vector<std::string> held;
    for (std::vector<std::string> now = facilitiesNow();; now = facilitiesNow()) {
        std::vector<std::string> missing;
        std::set_difference(now.begin(), now.end(), held.begin(), held.end(),
                            std::back_inserter(missing));
        if (missing.empty()) {
            return;
        }
        lockSequences(m_db, missing);
        held.insert(held.end(), missing.begin(), missing.end());
        std::sort(held.begin(), held.end());
    }
}

void ServerLog::holdAllSequenceLocks()
{
    // A facility created while this waited is locked too: its first push may be numbering
    // already. Looked at again until none is missing, as holdSequenceLocksFor() does.
    std::set<std::string> held;
    for (;;) {
        std::vector<std::string> missing;
        Statement &row = m_db.prepare("SELECT id FROM facilities");
        while (row.step()) {
            if (!held.contains(row.text(0))) {
                missing.push_back(row.text(0));
            }
        }
        row.reset();
        if (missing.empty()) {
            return;
        }
        lockSequences(m_db, missing);
        held.insert(missing.begin(), missing.end());
    }
}

int64_t ServerLog::sequenceUnlogged()
{
    Transaction tx(m_db);
    holdAllSequenceLocks();
    const int64_t lastBefore = reportFactsProgress(m_db).lastNumbered;
    m_db.exec("INSERT INTO server_log (event_id, facility_id) "
              "SELECT e.id, d.facility_id FROM events e JOIN detainees d ON d.id = e.detainee_id "
              "WHERE NOT EXISTS (SELECT 1 FROM server_log l WHERE l.event_id = e.id) "
              "ORDER BY e.hlc");
    const int64_t added = m_db.changes();
    // Only a push leaves rows for later, and a push numbers what it stores: these have theirs.
    passOverNumberedWithRows(m_db, lastBefore);
    tx.commit();
    return added;
}

void ServerLog::append(const std::vector<std::string> &eventIds, const std::string &originDevice)
{
    // One statement for the whole batch: on PostgreSQL a statement per event was a round
    // trip each. The events' facilities are read once for the batch, the events through
    // their key (inJsonArray): joined to the list itself, PostgreSQL (which guesses a list of
    // 100) scanned all events of a small database, and a look-up per event joined the
    // detainees anew for each (a third of a push of 100k). The events are stored (a push's
    // accepted ones); one that is not has no facility, and the NOT NULL of the column stops
    // the transaction rather than leave it unnumbered.
    m_db.prepare("INSERT INTO server_log (event_id, facility_id, origin) "
                 "SELECT j.value, f.facility_id, ?2 FROM " +
                 m_db.jsonArrayRows(1) +
                 " LEFT JOIN (SELECT e.id, d.facility_id FROM events e "
                 "JOIN detainees d ON d.id = e.detainee_id WHERE " +
                 m_db.inJsonArray("e.id", 1) +
                 ") AS f ON f.id = j.value WHERE true ORDER BY j.position ON CONFLICT DO NOTHING")
        .bind(1, jsonTextArray(eventIds))
        .bind(2, originDevice)
        .run();
}

void ServerLog::appendNew(const std::vector<NewEntry> &entries, const std::string &originDevice)
{
    Rows rows;
    rows.reserve(entries.size(), 3, 36 + 16 + 36);
    for (const NewEntry &entry : entries) {
        rows.row().add(entry.eventId).add(entry.facilityId).add(originDevice);
    }
    using T = Database::ColumnType;
    m_db.insertRows("INSERT INTO server_log (event_id, facility_id, origin)",
                    {T::Text, T::Text, T::Text}, rows, "", Database::Answer::Later);
}

void ServerLog::refile(const std::vector<std::string> &eventIds, const std::string &facilityId)
{
    const std::string list = jsonTextArray(eventIds);
    // What a server process holds of the logs entries are taken out of is no longer true
    // (LogBound::generation), in this transaction, whichever process holds it. Drawn, not
    // counted: a backup restored under a running server counts from where it was.
    std::random_device random;
    const int64_t generation =
        std::uniform_int_distribution<int64_t>(1, std::numeric_limits<int64_t>::max())(random);
    m_db.prepare("UPDATE facilities SET log_generation = ?2 WHERE id IN "
                 "(SELECT facility_id FROM server_log WHERE " +
                 m_db.inJsonArray("event_id", 1) + ")")
        .bind(1, list)
        .bind(2, generation)
        .run();
    m_db.prepare("DELETE FROM server_log WHERE " + m_db.inJsonArray("event_id", 1))
        .bind(1, list)
        .run();
    m_db.prepare("INSERT INTO server_log (event_id, facility_id, origin) SELECT j.value, ?2, '' "
                 "FROM " +
                 m_db.jsonArrayRows(1) + " WHERE true ORDER BY j.position")
        .bind(1, list)
        .bind(2, facilityId)
        .run();
}

int64_t ServerLog::countEntries(const std::vector<std::string> &eventIds)
{
    Statement &row =
        m_db.prepare("SELECT COUNT(*) FROM server_log WHERE " + m_db.inJsonArray("event_id", 1));
    row.bind(1, jsonTextArray(eventIds));
    const int64_t count = row.step() ? row.int64(0) : 0;
    row.reset();
    return count;
}

std::vector<ServerLogEntry> ServerLog::page(const std::string &facilityId, int64_t afterSeq,
                                            int64_t limit)
{
    Statement &row = m_db.prepare("SELECT seq, event_id, origin FROM server_log WHERE "
                                  "facility_id = ? AND seq > ? ORDER BY seq LIMIT ?");
    row.bind(1, facilityId).bind(2, afterSeq).bind(3, limit);
    std::vector<ServerLogEntry> entries;
    while (row.step()) {
        entries.push_back({row.int64(0), row.text(1), row.text(2)});
    }
    return entries;
}

LogBound ServerLog::bound(const std::string &facilityId, int64_t seq)
{
    // The bound and the page it vouches for must see one state of the log (LogTail).
    if (!m_db.inTransaction()) {
        throw std::logic_error("ServerLog::bound is read in a ReadSnapshot");
    }
    // The facility's last entry is read once, for its number and its event.
    Statement &row = m_db.prepare(
        "SELECT f.log_generation, last.seq, last.event_id, "
        "(SELECT event_id FROM server_log WHERE seq = ?2 AND facility_id = ?1), "
        "f.registry_generation "
        "FROM facilities f LEFT JOIN (SELECT seq, event_id FROM server_log "
        "WHERE facility_id = ?1 ORDER BY seq DESC LIMIT 1) AS last ON true WHERE f.id = ?1");
    row.bind(1, facilityId).bind(2, seq);
    LogBound bound;
    if (row.step()) {
        bound.generation = row.isNull(0) ? 0 : row.int64(0);
        bound.lastSeq = row.isNull(1) ? 0 : row.int64(1);
        bound.lastEventId = row.isNull(2) ? std::string() : row.text(2);
        if (!row.isNull(3)) {
            bound.eventAtSeq = row.text(3);
        }
        bound.registryGeneration = row.int64(4);
    }
    row.reset();
    return bound;
}

} // namespace ronde
