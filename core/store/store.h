#pragma once

#include "audit_log.h"
#include "change_notifier.h"
#include "database.h"
#include "database_key.h"
#include "device_repository.h"
#include "device_state.h"
#include "event_repository.h"
#include "outbox.h"
#include "proposal_repository.h"
#include "refusal_repository.h"
#include "registry_repository.h"
#include "server_log.h"
#include "set_aside_repository.h"
#include "util/clock.h"
#include "util/pin_seal.h"

#include <string>

namespace ronde {

// Whose database a Store opens. A reporting one (the server's, the office's, a test's) keeps
// the report's facts (report_facts.h) with every event. A tablet reports nothing, so it keeps
// none: they were 40 % of applying a pull (docs/PERFORMANCE.md, "National scale").
enum class StoreRole
{
    Reporting,
    Tablet
};

// One Ronde database (a tablet's or the server's): opens the SQLite file or PostgreSQL
// database, brings its schema up to date, and hands out the repositories that read and
// write it.
class Store
{
public:
    // A SQLite path (":memory:" gives a private in-memory store) or a PostgreSQL URI. A key
    // opens (or creates, or encrypts) an encrypted tablet database. A tablet's store drops
    // any report facts a file still holds from before.
    explicit Store(const std::string &location, Clock clock = systemClock(),
                   const std::optional<DatabaseKey> &key = std::nullopt,
                   StoreRole role = StoreRole::Reporting);

    RegistryRepository &registry() { return m_registry; }
    EventRepository &events() { return m_events; }
    Outbox &outbox() { return m_outbox; }
    AuditLog &audit() { return m_audit; }
    ChangeNotifier &changes() { return m_notifier; }
    // The tablet's own state and what it set aside.
    DeviceState &deviceState() { return m_deviceState; }
    SetAsideRepository &setAside() { return m_setAside; }
    // The server's: devices and codes, the sync log, refusals, parallel proposals.
    DeviceRepository &devices() { return m_devices; }
    ServerLog &serverLog() { return m_serverLog; }
    RefusalRepository &refusals() { return m_refusals; }
    ProposalRepository &proposals() { return m_proposals; }
    // A write transaction over the whole store, rolled back unless committed (Transaction).
    // Repositories join it, so that a caller's several writes commit together.
    Transaction transaction(Transaction::Nested nested = Transaction::Nested::Savepoint)
    {
        return Transaction(*m_db, nested);
    }
    // Reads that see one state of the store while others write (ReadSnapshot).
    ReadSnapshot readSnapshot(ReadLength length = ReadLength::Long)
    {
        return ReadSnapshot(*m_db, length);
    }
    // What to show a person: the file, or the PostgreSQL database without its password.
    std::string displayName() const { return m_db->displayName(); }
    // The connection itself, for the repositories and the report's queries in core/store
    // and for tests that check what was stored. Above core/store, use a repository:
    // scripts/check-sql fails on a use there.
    Database &database() { return *m_db; }
    const Clock &clock() const { return m_clock; }
    int schemaVersion() const { return m_schemaVersion; }
    // Empties every table but the audit log (migrations.h dataTables), in the caller's
    // transaction: a revoked tablet's wipe, the demo's --replace.
    void eraseEverything();
    // Gives the space of deleted rows back to the file system (SQLite: VACUUM, outside a
    // transaction), so that nothing erased lingers in free pages.
    void compact();
    // Folds the WAL into the database file (SQLite), so the file alone is complete.
    void checkpoint();
    // Counts the tables for PostgreSQL's planner after a bulk load (the demo). Until
    // autovacuum comes by, a new table's size is a guess, and 25 look-ups by key were planned
    // as a scan of every stay (docs/PERFORMANCE.md "National scale"). Nothing on SQLite,
    // whose plans never depended on statistics here.
    void analyzeAfterBulkLoad();
    // The tablet's key pair for sealed PIN hashes (util/pin_seal.h), derived from the database
    // key; none for a store without a key (the server's, or a test's).
    const std::optional<PinKeyPair> &pinKeyPair() const { return m_pinKeyPair; }

private:
    Clock m_clock;
    std::unique_ptr<Database> m_db;
    int m_schemaVersion;
    std::optional<PinKeyPair> m_pinKeyPair;
    ChangeNotifier m_notifier;
    RegistryRepository m_registry;
    AuditLog m_audit;
    EventRepository m_events;
    Outbox m_outbox;
    DeviceState m_deviceState;
    SetAsideRepository m_setAside;
    DeviceRepository m_devices;
    ServerLog m_serverLog;
    RefusalRepository m_refusals;
    ProposalRepository m_proposals;
};

} // namespace ronde
