// The schema on SQLite (tablets; the server by default), step by step.
#include "migration_steps.h"
#include "report_facts.h"

#include <array>

namespace ronde {
namespace {

// Every schema change of Ronde, in order. Never edit a step that has shipped: add one.
constexpr std::array kMigrations{
    Migration{1, R"sql(
CREATE TABLE facilities (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    profile TEXT NOT NULL
);
CREATE TABLE units (
    id          TEXT PRIMARY KEY,
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    name        TEXT NOT NULL
);
CREATE TABLE users (
    id             TEXT PRIMARY KEY,
    facility_id    TEXT REFERENCES facilities(id),
    name           TEXT NOT NULL,
    role           TEXT NOT NULL,
    organisation   TEXT NOT NULL DEFAULT '',
    review_mandate INTEGER NOT NULL DEFAULT 0,
    active         INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE detainees (
    id                    TEXT PRIMARY KEY,
    facility_id           TEXT NOT NULL REFERENCES facilities(id),
    unit_id               TEXT REFERENCES units(id),
    number                TEXT NOT NULL,
    name                  TEXT NOT NULL,
    admitted_on           TEXT NOT NULL,
    discharged_on         TEXT,
    self_reporter         INTEGER NOT NULL DEFAULT 0,
    transferred_from_plus INTEGER NOT NULL DEFAULT 0,
    UNIQUE (facility_id, number)
);
CREATE INDEX detainees_by_unit ON detainees(unit_id);
CREATE TABLE exclusions (
    detainee_id TEXT NOT NULL REFERENCES detainees(id) ON DELETE CASCADE,
    ground      TEXT NOT NULL,
    from_on     TEXT NOT NULL,
    to_on       TEXT,
    PRIMARY KEY (detainee_id, ground, from_on)
);
CREATE TABLE assignments (
    user_id     TEXT NOT NULL REFERENCES users(id),
    detainee_id TEXT NOT NULL REFERENCES detainees(id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, detainee_id)
);

-- Events: one header row each, plus one body row in the table of its type. WITHOUT ROWID:
-- rows are stored in their (time-ordered UUIDv7) key, so a lookup is one B-tree descent
-- instead of an index seek plus a table seek; reading a facility is twice as fast.
CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    detainee_id TEXT NOT NULL REFERENCES detainees(id) ON DELETE CASCADE,
    author_id   TEXT NOT NULL REFERENCES users(id),
    occurred_at INTEGER NOT NULL,
    occurred_on TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    hlc         INTEGER NOT NULL,
    supersedes  TEXT
) WITHOUT ROWID;
-- Reads are per detainee and type (a detainee's contacts; a facility's plans).
CREATE INDEX events_by_detainee ON events(detainee_id, type, occurred_at);
CREATE INDEX events_by_supersedes ON events(supersedes) WHERE supersedes IS NOT NULL;
CREATE TABLE contacts (
    event_id     TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    roles        INTEGER NOT NULL CHECK (roles > 0),
    kind         TEXT NOT NULL,
    mode         TEXT NOT NULL,
    topics       INTEGER NOT NULL DEFAULT 0,
    notes        TEXT NOT NULL DEFAULT '',
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5)
) WITHOUT ROWID;
CREATE TABLE reviews (
    event_id                TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    behaviours              TEXT NOT NULL DEFAULT '',
    note                    TEXT NOT NULL DEFAULT '',
    exception_justification TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE review_lights (
    event_id TEXT NOT NULL REFERENCES reviews(event_id) ON DELETE CASCADE,
    domain   TEXT NOT NULL,
    light    TEXT NOT NULL,
    PRIMARY KEY (event_id, domain)
) WITHOUT ROWID;
CREATE TABLE plans (
    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    stage    TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE decisions (
    event_id  TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    decision  TEXT NOT NULL,
    capacity  TEXT NOT NULL,
    review_id TEXT
) WITHOUT ROWID;
CREATE TABLE complaints (
    event_id     TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    stage        TEXT NOT NULL,
    decision_id  TEXT,
    learned_on   TEXT,
    late_excused INTEGER NOT NULL DEFAULT 0,
    outcome      TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Events are immutable: a correction is a new event (DESIGN "Core"). Deleting stays
-- possible, for purging a detainee who left the facility (docs/RULES.md "Privacy").
CREATE TRIGGER events_immutable BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
CREATE TRIGGER contacts_immutable BEFORE UPDATE ON contacts
BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
CREATE TRIGGER reviews_immutable BEFORE UPDATE ON reviews
BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
CREATE TRIGGER review_lights_immutable BEFORE UPDATE ON review_lights
BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
CREATE TRIGGER plans_immutable BEFORE UPDATE ON plans
BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
CREATE TRIGGER decisions_immutable BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
CREATE TRIGGER complaints_immutable BEFORE UPDATE ON complaints
BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;

-- What sync will send: one row per event written on this device, in the same transaction.
CREATE TABLE outbox (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE REFERENCES events(id) ON DELETE CASCADE
);

-- Small facts about this database: the last HLC stamp handed out, the sync cursor, ...
CREATE TABLE device_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql"},
    Migration{2, R"sql(
-- PIN sign-in on the tablet (util/pin.h) and its lockout (model/access.h).
ALTER TABLE users ADD COLUMN pin_hash TEXT NOT NULL DEFAULT '';
CREATE TABLE sign_in_state (
    user_id      TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NOT NULL DEFAULT 0
);
)sql"},
    Migration{3, R"sql(
-- The central server's side of sync (unused on tablets). Every accepted event gets the next
-- sequence number; cursors are these numbers, never device clocks (DESIGN "Sync").
CREATE TABLE server_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    TEXT NOT NULL UNIQUE,
    facility_id TEXT NOT NULL,
    origin      TEXT NOT NULL DEFAULT '' -- the device that sent it (it needs no copy back)
);
CREATE INDEX server_log_by_facility ON server_log(facility_id, seq);
CREATE TABLE devices (
    id          TEXT PRIMARY KEY,
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    name        TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    revoked     INTEGER NOT NULL DEFAULT 0,
    enrolled_at INTEGER NOT NULL
);
CREATE TABLE enrolment_codes (
    code_hash   TEXT PRIMARY KEY,
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    name        TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    used_by     TEXT
);
)sql"},
    Migration{4, R"sql(
-- A tablet's proposed registry change (RegistryProposal), kept like any event; and, on the
-- server, the pairs of proposals for one detainee and field made without seeing each other.
CREATE TABLE proposals (
    event_id   TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    value      TEXT NOT NULL,
    seen_value TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TRIGGER proposals_immutable BEFORE UPDATE ON proposals
BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
CREATE TABLE parallel_updates (
    proposal_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    parallel_to TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    detected_at INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, parallel_to)
) WITHOUT ROWID;
)sql"},
    Migration{5, R"sql(
-- The audit log (docs/SECURITY.md): who opened which detainee, who wrote what, every sync
-- and its device. Append-only: no row changes or leaves, here or on the server. `seq` is
-- this database's order (a tablet sends what is after its cursor); `id` is the entry's own
-- UUIDv7, the same on tablet and server, so a resent entry is stored once.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    at_ms       INTEGER NOT NULL,
    device_id   TEXT NOT NULL DEFAULT '',
    user_id     TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    detainee_id TEXT,
    subject     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_detainee ON audit_log (detainee_id, at_ms);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql"},
    Migration{6, R"sql(
-- What the office report reads (core/store/report_facts.h): one narrow row per current
-- contact, review and plan, stored by detainee and day, so that a national report reads
-- index ranges instead of joining two million events to their bodies and corrections.
-- `kind` is the contact's kind or the plan's stage (their names differ), '' for a review.
-- The indexes cover what the report looks up per detainee, so it never reads the table.
-- Only gaps of more than a week are indexed: every interval of R1.2 and R3.3 is longer, and
-- a planner given a shorter one would read the series index instead, slower but right.
CREATE TABLE report_facts (
    detainee_id  TEXT NOT NULL REFERENCES detainees(id) ON DELETE CASCADE,
    occurred_on  TEXT NOT NULL,
    event_id     TEXT NOT NULL UNIQUE REFERENCES events(id) ON DELETE CASCADE,
    type         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    roles        INTEGER NOT NULL,
    topics       INTEGER NOT NULL,
    satisfaction INTEGER,
    plan_help    INTEGER NOT NULL,
    series       TEXT,
    prev_on      TEXT,
    gap_days     INTEGER,
    PRIMARY KEY (detainee_id, occurred_on, event_id)
) WITHOUT ROWID;
CREATE INDEX report_facts_by_kind ON report_facts (detainee_id, kind, occurred_on, roles);
CREATE INDEX report_facts_plan_help ON report_facts (detainee_id, occurred_on)
    WHERE plan_help = 1;
CREATE INDEX report_facts_plans ON report_facts (detainee_id, occurred_on, kind)
    WHERE type = 'plan';
CREATE INDEX report_facts_by_series ON report_facts (detainee_id, series, occurred_on,
    event_id) WHERE series IS NOT NULL;
CREATE INDEX report_facts_by_gap ON report_facts (detainee_id, series, gap_days, occurred_on,
    prev_on) WHERE gap_days > 7;
)sql",
              fillReportFacts},
    Migration{7, R"sql(
-- R5.4 looks up only intakes and plan talks by kind; the other kinds (two million mentor
-- talks and other contacts in a national database) made the index fifteen times larger and
-- its look-ups slower. A query names the condition word for word (kOneOffKinds).
DROP INDEX report_facts_by_kind;
CREATE INDEX report_facts_by_kind ON report_facts (detainee_id, kind, occurred_on, roles)
    WHERE kind IN ('intake', 'planTalk');
)sql",
              analyzeReportFacts},
    Migration{8, R"sql(
-- A detainee's stays (docs/ARCHITECTURE.md "Stays"): in which facility, from which day to
-- which (both included; open while there), and how each began and ended. The server judges
-- an event by the stay it happened in, not by where the detainee is now. Every detainee
-- already known has the one stay their registry row describes.
CREATE TABLE stays (
    detainee_id TEXT NOT NULL REFERENCES detainees(id) ON DELETE CASCADE,
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    from_on     TEXT NOT NULL,
    to_on       TEXT,
    arrival     TEXT NOT NULL,  -- admission | transfer
    departure   TEXT,           -- transfer | discharge, once it ended
    PRIMARY KEY (detainee_id, facility_id, from_on)
);
INSERT INTO stays (detainee_id, facility_id, from_on, to_on, arrival, departure)
SELECT id, facility_id, admitted_on, discharged_on, 'admission',
       CASE WHEN discharged_on IS NULL THEN NULL ELSE 'discharge' END FROM detainees;
-- A change the server refused stays in the tablet's outbox with the server's reason, and is
-- not sent again until the registry changes (the office fixed the cause) or staff resend it.
ALTER TABLE outbox ADD COLUMN refused_reason TEXT;
ALTER TABLE outbox ADD COLUMN refused_at INTEGER;
-- A tablet's list of events it pulled and could not store (docs/ARCHITECTURE.md
-- "Refusals"): shown on the Synchronisatie page, and reported to the office through the
-- audit log. The sync goes on past them.
CREATE TABLE set_aside (
    event_id    TEXT PRIMARY KEY,
    detainee_id TEXT NOT NULL,
    type        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    at_ms       INTEGER NOT NULL
);
-- A PIN changed on a tablet (a PIN of four digits, or hashed the old way, must be changed at
-- sign-in): in force there at once, sent with the next sync, and gone once the server has it.
CREATE TABLE pin_changes (
    user_id  TEXT PRIMARY KEY,
    pin_hash TEXT NOT NULL,
    at_ms    INTEGER NOT NULL
);
-- The server's list of changes it refused, per device, for the office; a change accepted
-- later leaves it.
CREATE TABLE refusals (
    device_id TEXT NOT NULL,
    event_id  TEXT NOT NULL,
    detainee_id TEXT NOT NULL,
    reason    TEXT NOT NULL,
    at_ms     INTEGER NOT NULL,
    PRIMARY KEY (device_id, event_id)
);
-- The server counts a device's recent audit entries (a cap per device and day).
CREATE INDEX audit_log_by_device ON audit_log (device_id, at_ms);
-- An enrolment code expires (NULL: made before codes expired; taken as a day after it was
-- made) and can be withdrawn.
ALTER TABLE enrolment_codes ADD COLUMN expires_at INTEGER;
ALTER TABLE enrolment_codes ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
-- The audit log stays append-only, except on a tablet for a detainee who left its scope: the
-- purge takes their entries too, once the server has them (docs/RULES.md "Privacy"). The server
-- never deletes a detainee, so there it is append-only as before.
DROP TRIGGER audit_log_no_delete;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.detainee_id IS NULL OR EXISTS (SELECT 1 FROM detainees WHERE id = OLD.detainee_id)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql"},
    Migration{9, R"sql(
-- The key the server shares with each device for sealed PIN hashes (util/pin_seal.h); empty
-- for a device enrolled before them, which gets no PIN hashes until it enrols again.
ALTER TABLE devices ADD COLUMN pin_key TEXT NOT NULL DEFAULT '';
)sql"},
    Migration{10, R"sql(
-- R7: the detainee's own questionnaire. The offer (whether it was completed) is what staff
-- may know; the answers are the detainee's: only the office's report reads them, and a
-- tablet deletes them as soon as the server has them (docs/ARCHITECTURE.md "Questionnaire").
CREATE TABLE questionnaires (
    event_id  TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    completed INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER questionnaires_immutable BEFORE UPDATE ON questionnaires
BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
-- Roles as bit sets, like contacts.roles: each of the six professionals in one of the three.
CREATE TABLE questionnaire_answers (
    event_id          TEXT PRIMARY KEY REFERENCES questionnaires(event_id) ON DELETE CASCADE,
    contact_yes       INTEGER NOT NULL,
    contact_no        INTEGER NOT NULL,
    contact_dont_know INTEGER NOT NULL,
    plan_help         TEXT NOT NULL,
    help_wanted       INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER questionnaire_answers_immutable BEFORE UPDATE ON questionnaire_answers
BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
CREATE TABLE questionnaire_ratings (
    event_id TEXT NOT NULL REFERENCES questionnaire_answers(event_id) ON DELETE CASCADE,
    role     TEXT NOT NULL,
    rating   INTEGER NOT NULL,
    PRIMARY KEY (event_id, role)
) WITHOUT ROWID;
CREATE TRIGGER questionnaire_ratings_immutable BEFORE UPDATE ON questionnaire_ratings
BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
)sql"},
    Migration{11, R"sql(
-- Drawn anew each time a transfer takes entries out of the facility's server log: a server
-- process that holds the newest entries of a log in memory trusts them only while this is
-- unchanged (sync/server/log_tail.h).
ALTER TABLE facilities ADD COLUMN log_generation INTEGER NOT NULL DEFAULT 0;
)sql"},
    Migration{12, R"sql(
-- Drawn anew by every change of what a facility's registry snapshot holds (its name, units,
-- staff, detainees, exclusions, assignments): the server's workers keep a facility's
-- snapshot while this is unchanged (sync/server/registry_cache.h). Random, not counted: a
-- database emptied and filled again (`demo --replace`) must not reach an old value.
ALTER TABLE facilities ADD COLUMN registry_generation INTEGER NOT NULL DEFAULT 0;
CREATE TRIGGER facilities_insert_registry AFTER INSERT ON facilities
BEGIN UPDATE facilities SET registry_generation = random() WHERE id = NEW.id; END;
CREATE TRIGGER facilities_update_registry AFTER UPDATE OF id, name, kind, profile ON facilities
BEGIN UPDATE facilities SET registry_generation = random() WHERE id = NEW.id; END;
CREATE TRIGGER units_insert_registry AFTER INSERT ON units
BEGIN UPDATE facilities SET registry_generation = random() WHERE id = NEW.facility_id; END;
CREATE TRIGGER units_update_registry AFTER UPDATE ON units
BEGIN UPDATE facilities SET registry_generation = random() WHERE id = NEW.facility_id OR id = OLD.facility_id; END;
CREATE TRIGGER units_delete_registry AFTER DELETE ON units
BEGIN UPDATE facilities SET registry_generation = random() WHERE id = OLD.facility_id; END;
CREATE TRIGGER users_insert_registry AFTER INSERT ON users
BEGIN UPDATE facilities SET registry_generation = random() WHERE id = NEW.facility_id; END;
CREATE TRIGGER users_update_registry AFTER UPDATE ON users
BEGIN UPDATE facilities SET registry_generation = random() WHERE id = NEW.facility_id OR id = OLD.facility_id; END;
CREATE TRIGGER users_delete_registry AFTER DELETE ON users
BEGIN UPDATE facilities SET registry_generation = random() WHERE id = OLD.facility_id; END;
CREATE TRIGGER detainees_insert_registry AFTER INSERT ON detainees
BEGIN UPDATE facilities SET registry_generation = random() WHERE id = NEW.facility_id; END;
CREATE TRIGGER detainees_update_registry AFTER UPDATE ON detainees
BEGIN UPDATE facilities SET registry_generation = random() WHERE id = NEW.facility_id OR id = OLD.facility_id; END;
CREATE TRIGGER detainees_delete_registry AFTER DELETE ON detainees
BEGIN UPDATE facilities SET registry_generation = random() WHERE id = OLD.facility_id; END;
CREATE TRIGGER exclusions_insert_registry AFTER INSERT ON exclusions
BEGIN UPDATE facilities SET registry_generation = random() WHERE id IN (SELECT facility_id FROM detainees WHERE id = NEW.detainee_id); END;
CREATE TRIGGER exclusions_update_registry AFTER UPDATE ON exclusions
BEGIN UPDATE facilities SET registry_generation = random() WHERE id IN (SELECT facility_id FROM detainees WHERE id = NEW.detainee_id UNION SELECT facility_id FROM detainees WHERE id = OLD.detainee_id); END;
CREATE TRIGGER exclusions_delete_registry AFTER DELETE ON exclusions
BEGIN UPDATE facilities SET registry_generation = random() WHERE id IN (SELECT facility_id FROM detainees WHERE id = OLD.detainee_id); END;
CREATE TRIGGER assignments_insert_registry AFTER INSERT ON assignments
BEGIN UPDATE facilities SET registry_generation = random() WHERE id IN (SELECT facility_id FROM detainees WHERE id = NEW.detainee_id UNION SELECT facility_id FROM users WHERE id = NEW.user_id); END;
CREATE TRIGGER assignments_update_registry AFTER UPDATE ON assignments
BEGIN UPDATE facilities SET registry_generation = random() WHERE id IN (SELECT facility_id FROM detainees WHERE id = NEW.detainee_id UNION SELECT facility_id FROM users WHERE id = NEW.user_id UNION SELECT facility_id FROM detainees WHERE id = OLD.detainee_id UNION SELECT facility_id FROM users WHERE id = OLD.user_id); END;
CREATE TRIGGER assignments_delete_registry AFTER DELETE ON assignments
BEGIN UPDATE facilities SET registry_generation = random() WHERE id IN (SELECT facility_id FROM detainees WHERE id = OLD.detainee_id UNION SELECT facility_id FROM users WHERE id = OLD.user_id); END;
)sql"},
    Migration{13, R"sql(
-- Nothing here: on PostgreSQL this step drops the foreign keys of the rows a push writes.
-- SQLite checks a key with a look-up and no row lock, and a tablet needs its cascades.
SELECT 1;
)sql"},
    Migration{14, R"sql(
-- How far report_facts is built along server_log: a push leaves its new contacts' rows to the
-- first report after it (report_facts.h, catchUpReportFacts). One row; none counts as 0.
CREATE TABLE report_facts_caught_up (seq INTEGER NOT NULL);
INSERT INTO report_facts_caught_up (seq) SELECT COALESCE(MAX(seq), 0) FROM server_log;
)sql"},
    Migration{15, R"sql(
-- DOMAIN "Privacy": a contact rated by the detainee whose rating is not held here. A tablet
-- forgets a rating once the server has it, and the server sends contacts without theirs.
ALTER TABLE contacts ADD COLUMN rating_withheld INTEGER NOT NULL DEFAULT 0;
-- A contact is still immutable but for that one change: its rating forgotten, and marked.
DROP TRIGGER contacts_immutable;
CREATE TRIGGER contacts_immutable BEFORE UPDATE ON contacts
WHEN NOT (OLD.satisfaction IS NOT NULL AND NEW.satisfaction IS NULL
    AND NEW.rating_withheld = 1 AND NEW.event_id = OLD.event_id AND NEW.roles = OLD.roles
    AND NEW.kind = OLD.kind AND NEW.mode = OLD.mode AND NEW.topics = OLD.topics
    AND NEW.notes = OLD.notes)
BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
)sql"},
    Migration{16, R"sql(
-- Nothing here: on PostgreSQL this step makes every text column compare byte by byte, which
-- SQLite's columns (BINARY) always did.
SELECT 1;
)sql"},
    Migration{17, R"sql(
-- When a tablet last synced (`ronde-server devices`): the server's own entry of its newest
-- sync is the device's last 'synced' entry written, since the server writes it after what
-- the sync brought; the time the tablet gave its own entries is not taken. Only sync
-- entries are held here (one or two a sync), so a push's other entries cost nothing more.
CREATE INDEX audit_log_syncs ON audit_log (device_id, seq) WHERE action = 'synced';
)sql"},
};
static_assert(kMigrations.back().version == kLatestSchemaVersion);

} // namespace

std::span<const Migration> sqliteMigrations()
{
    return kMigrations;
}

} // namespace ronde
