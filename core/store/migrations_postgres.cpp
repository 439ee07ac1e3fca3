// The schema on PostgreSQL (a central server that several processes share), step by step.
#include "migration_steps.h"
#include "report_facts.h"

#include <array>

namespace ronde {
namespace {

// The same schema on PostgreSQL, one step per SQLite step once they part; step 3 is SQLite's
// steps 1–3 together. Differences: BIGINT for times and sequence numbers (INTEGER is 32-bit
// here), BIGSERIAL for SQLite's AUTOINCREMENT, no WITHOUT ROWID (a B-tree index does that
// job), and the immutability triggers as one PL/pgSQL function. A unit test compares the
// tables and columns of both.
constexpr std::array kPostgresMigrations{
    Migration{3, R"sql(
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
    active         INTEGER NOT NULL DEFAULT 1,
    pin_hash       TEXT NOT NULL DEFAULT ''
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
CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    detainee_id TEXT NOT NULL REFERENCES detainees(id) ON DELETE CASCADE,
    author_id   TEXT NOT NULL REFERENCES users(id),
    occurred_at BIGINT NOT NULL,
    occurred_on TEXT NOT NULL,
    recorded_at BIGINT NOT NULL,
    hlc         BIGINT NOT NULL,
    supersedes  TEXT
);
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
);
CREATE TABLE reviews (
    event_id                TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    behaviours              TEXT NOT NULL DEFAULT '',
    note                    TEXT NOT NULL DEFAULT '',
    exception_justification TEXT NOT NULL DEFAULT ''
);
CREATE TABLE review_lights (
    event_id TEXT NOT NULL REFERENCES reviews(event_id) ON DELETE CASCADE,
    domain   TEXT NOT NULL,
    light    TEXT NOT NULL,
    PRIMARY KEY (event_id, domain)
);
CREATE TABLE plans (
    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    stage    TEXT NOT NULL
);
CREATE TABLE decisions (
    event_id  TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    decision  TEXT NOT NULL,
    capacity  TEXT NOT NULL,
    review_id TEXT
);
CREATE TABLE complaints (
    event_id     TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    stage        TEXT NOT NULL,
    decision_id  TEXT,
    learned_on   TEXT,
    late_excused INTEGER NOT NULL DEFAULT 0,
    outcome      TEXT NOT NULL DEFAULT ''
);
CREATE FUNCTION ronde_events_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'events are immutable'; END $$;
CREATE TRIGGER events_immutable BEFORE UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION ronde_events_are_immutable();
CREATE TRIGGER contacts_immutable BEFORE UPDATE ON contacts
    FOR EACH ROW EXECUTE FUNCTION ronde_events_are_immutable();
CREATE TRIGGER reviews_immutable BEFORE UPDATE ON reviews
    FOR EACH ROW EXECUTE FUNCTION ronde_events_are_immutable();
CREATE TRIGGER review_lights_immutable BEFORE UPDATE ON review_lights
    FOR EACH ROW EXECUTE FUNCTION ronde_events_are_immutable();
CREATE TRIGGER plans_immutable BEFORE UPDATE ON plans
    FOR EACH ROW EXECUTE FUNCTION ronde_events_are_immutable();
CREATE TRIGGER decisions_immutable BEFORE UPDATE ON decisions
    FOR EACH ROW EXECUTE FUNCTION ronde_events_are_immutable();
CREATE TRIGGER complaints_immutable BEFORE UPDATE ON complaints
    FOR EACH ROW EXECUTE FUNCTION ronde_events_are_immutable();
CREATE TABLE outbox (
    seq      BIGSERIAL PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE REFERENCES events(id) ON DELETE CASCADE
);
CREATE TABLE device_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE sign_in_state (
    user_id      TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE server_log (
    seq         BIGSERIAL PRIMARY KEY,
    event_id    TEXT NOT NULL UNIQUE,
    facility_id TEXT NOT NULL,
    origin      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX server_log_by_facility ON server_log(facility_id, seq);
CREATE TABLE devices (
    id          TEXT PRIMARY KEY,
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    name        TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    revoked     INTEGER NOT NULL DEFAULT 0,
    enrolled_at BIGINT NOT NULL
);
CREATE TABLE enrolment_codes (
    code_hash   TEXT PRIMARY KEY,
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    name        TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    used_by     TEXT
);
)sql"},
    Migration{4, R"sql(
CREATE TABLE proposals (
    event_id   TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    value      TEXT NOT NULL,
    seen_value TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER proposals_immutable BEFORE UPDATE ON proposals
    FOR EACH ROW EXECUTE FUNCTION ronde_events_are_immutable();
CREATE TABLE parallel_updates (
    proposal_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    parallel_to TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    detected_at BIGINT NOT NULL,
    PRIMARY KEY (proposal_id, parallel_to)
);
)sql"},
    Migration{5, R"sql(
CREATE TABLE audit_log (
    seq         BIGSERIAL PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    at_ms       BIGINT NOT NULL,
    device_id   TEXT NOT NULL DEFAULT '',
    user_id     TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    detainee_id TEXT,
    subject     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_detainee ON audit_log (detainee_id, at_ms);
CREATE FUNCTION ronde_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION ronde_audit_is_append_only();
)sql"},
    Migration{6, R"sql(
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
    PRIMARY KEY (detainee_id, occurred_on, event_id) INCLUDE (type, roles, satisfaction)
);
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
-- The report reads report_facts by its text keys (ids, ISO days, kinds), which mean the same
-- in byte order. Compared byte by byte ("C") instead of by the database's locale, reading a
-- quarter of two million contacts takes a quarter less time.
ALTER TABLE report_facts
    ALTER COLUMN detainee_id TYPE TEXT COLLATE "C",
    ALTER COLUMN occurred_on TYPE TEXT COLLATE "C",
    ALTER COLUMN event_id TYPE TEXT COLLATE "C",
    ALTER COLUMN type TYPE TEXT COLLATE "C",
    ALTER COLUMN kind TYPE TEXT COLLATE "C",
    ALTER COLUMN series TYPE TEXT COLLATE "C",
    ALTER COLUMN prev_on TYPE TEXT COLLATE "C";
-- As on SQLite: only the kinds R5.4 looks up by kind.
DROP INDEX report_facts_by_kind;
CREATE INDEX report_facts_by_kind ON report_facts (detainee_id, kind, occurred_on, roles)
    WHERE kind IN ('intake', 'planTalk');
-- The rewritten table has no statistics until autovacuum comes by: analyzeReportFacts.
)sql",
              analyzeReportFacts},
    Migration{8, R"sql(
CREATE TABLE stays (
    detainee_id TEXT NOT NULL REFERENCES detainees(id) ON DELETE CASCADE,
    facility_id TEXT NOT NULL REFERENCES facilities(id),
    from_on     TEXT NOT NULL,
    to_on       TEXT,
    arrival     TEXT NOT NULL,
    departure   TEXT,
    PRIMARY KEY (detainee_id, facility_id, from_on)
);
INSERT INTO stays (detainee_id, facility_id, from_on, to_on, arrival, departure)
SELECT id, facility_id, admitted_on, discharged_on, 'admission',
       CASE WHEN discharged_on IS NULL THEN NULL ELSE 'discharge' END FROM detainees;
ALTER TABLE outbox ADD COLUMN refused_reason TEXT;
ALTER TABLE outbox ADD COLUMN refused_at BIGINT;
CREATE TABLE set_aside (
    event_id    TEXT PRIMARY KEY,
    detainee_id TEXT NOT NULL,
    type        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    at_ms       BIGINT NOT NULL
);
CREATE TABLE pin_changes (
    user_id  TEXT PRIMARY KEY,
    pin_hash TEXT NOT NULL,
    at_ms    BIGINT NOT NULL
);
CREATE TABLE refusals (
    device_id TEXT NOT NULL,
    event_id  TEXT NOT NULL,
    detainee_id TEXT NOT NULL,
    reason    TEXT NOT NULL,
    at_ms     BIGINT NOT NULL,
    PRIMARY KEY (device_id, event_id)
);
CREATE INDEX audit_log_by_device ON audit_log (device_id, at_ms);
ALTER TABLE enrolment_codes ADD COLUMN expires_at BIGINT;
ALTER TABLE enrolment_codes ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
-- As on SQLite: deletable only for a detainee no longer in the registry (a tablet's purge).
CREATE OR REPLACE FUNCTION ronde_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.detainee_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM detainees WHERE id = OLD.detainee_id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only';
END $$;
)sql"},
    Migration{9, R"sql(
-- The key the server shares with each device for sealed PIN hashes (util/pin_seal.h); empty
-- for a device enrolled before them, which gets no PIN hashes until it enrols again.
ALTER TABLE devices ADD COLUMN pin_key TEXT NOT NULL DEFAULT '';
)sql"},
    Migration{10, R"sql(
CREATE TABLE questionnaires (
    event_id  TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    completed INTEGER NOT NULL
);
CREATE TRIGGER questionnaires_immutable BEFORE UPDATE ON questionnaires
    FOR EACH ROW EXECUTE FUNCTION ronde_events_are_immutable();
CREATE TABLE questionnaire_answers (
    event_id          TEXT PRIMARY KEY REFERENCES questionnaires(event_id) ON DELETE CASCADE,
    contact_yes       INTEGER NOT NULL,
    contact_no        INTEGER NOT NULL,
    contact_dont_know INTEGER NOT NULL,
    plan_help         TEXT NOT NULL,
    help_wanted       INTEGER NOT NULL
);
CREATE TRIGGER questionnaire_answers_immutable BEFORE UPDATE ON questionnaire_answers
    FOR EACH ROW EXECUTE FUNCTION ronde_events_are_immutable();
CREATE TABLE questionnaire_ratings (
    event_id TEXT NOT NULL REFERENCES questionnaire_answers(event_id) ON DELETE CASCADE,
    role     TEXT NOT NULL,
    rating   INTEGER NOT NULL,
    PRIMARY KEY (event_id, role)
);
CREATE TRIGGER questionnaire_ratings_immutable BEFORE UPDATE ON questionnaire_ratings
    FOR EACH ROW EXECUTE FUNCTION ronde_events_are_immutable();
)sql"},
    Migration{11, R"sql(
-- Drawn anew each time a transfer takes entries out of the facility's server log: a server
-- process that holds the newest entries of a log in memory trusts them only while this is
-- unchanged (sync/server/log_tail.h).
ALTER TABLE facilities ADD COLUMN log_generation BIGINT NOT NULL DEFAULT 0;
)sql"},
    Migration{12, R"sql(
-- Drawn anew by every change of what a facility's registry snapshot holds (its name, units,
-- staff, detainees, exclusions, assignments): the server's workers keep a facility's
-- snapshot while this is unchanged (sync/server/registry_cache.h). Drawn, not counted: a
-- backup restored elsewhere must not reach a value a running server holds. Once per
-- transaction (kept in a setting of the transaction), so that an import writes the
-- facility's row once, not once per row.
ALTER TABLE facilities ADD COLUMN registry_generation BIGINT NOT NULL DEFAULT 0;
CREATE FUNCTION ronde_registry_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed JSONB[] := '{}';
    drawn BIGINT := NULLIF(current_setting('ronde.registry_drawn', true), '')::BIGINT;
BEGIN
    IF drawn IS NULL THEN
        drawn := floor(random() * 9.0e18)::BIGINT + 1;
        PERFORM set_config('ronde.registry_drawn', drawn::TEXT, true);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        changed := changed || to_jsonb(NEW);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        changed := changed || to_jsonb(OLD);
    END IF;
    -- A row names its facility, or its detainee and user, or is the facility.
    UPDATE facilities SET registry_generation = drawn
    WHERE registry_generation <> drawn AND id IN (
        SELECT COALESCE(r ->> 'facility_id', CASE WHEN TG_TABLE_NAME = 'facilities'
                                                  THEN r ->> 'id' END)
        FROM unnest(changed) r
        UNION SELECT d.facility_id FROM unnest(changed) r
              JOIN detainees d ON d.id = r ->> 'detainee_id'
        UNION SELECT u.facility_id FROM unnest(changed) r
              JOIN users u ON u.id = r ->> 'user_id');
    RETURN NULL;
END $$;
CREATE TRIGGER facilities_registry AFTER INSERT OR UPDATE OF id, name, kind, profile
    ON facilities FOR EACH ROW EXECUTE FUNCTION ronde_registry_changed();
CREATE TRIGGER units_registry AFTER INSERT OR UPDATE OR DELETE ON units
    FOR EACH ROW EXECUTE FUNCTION ronde_registry_changed();
CREATE TRIGGER users_registry AFTER INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION ronde_registry_changed();
CREATE TRIGGER detainees_registry AFTER INSERT OR UPDATE OR DELETE ON detainees
    FOR EACH ROW EXECUTE FUNCTION ronde_registry_changed();
CREATE TRIGGER exclusions_registry AFTER INSERT OR UPDATE OR DELETE ON exclusions
    FOR EACH ROW EXECUTE FUNCTION ronde_registry_changed();
CREATE TRIGGER assignments_registry AFTER INSERT OR UPDATE OR DELETE ON assignments
    FOR EACH ROW EXECUTE FUNCTION ronde_registry_changed();
)sql"},
    Migration{13, R"sql(
-- The rows a push writes keep no foreign keys on the server. Each key was a query and a row
-- lock per row on the row it names (the detainee, the author, the event), and every push of
-- a facility's tablets locked the same detainees and staff: without them a push of 100,000
-- took a quarter to two fifths less time and a day's push about half (docs/PERFORMANCE.md,
-- the ninth stop). What the keys guarded holds without them:
-- - a push stores an event only after EventRepository found its detainee and its author, in
--   the push's transaction, under the facility's lock (ProblemCode::UnknownDetainee and
--   UnknownUser refuse it otherwise);
-- - the details and report facts of an event are written in the transaction that writes it;
-- - the server deletes no detainee, user or event (only a tablet removes a detainee, on
--   SQLite, where the keys stay and its cascade takes the history along).
ALTER TABLE events DROP CONSTRAINT events_detainee_id_fkey,
    DROP CONSTRAINT events_author_id_fkey;
ALTER TABLE contacts DROP CONSTRAINT contacts_event_id_fkey;
ALTER TABLE reviews DROP CONSTRAINT reviews_event_id_fkey;
ALTER TABLE review_lights DROP CONSTRAINT review_lights_event_id_fkey;
ALTER TABLE plans DROP CONSTRAINT plans_event_id_fkey;
ALTER TABLE decisions DROP CONSTRAINT decisions_event_id_fkey;
ALTER TABLE complaints DROP CONSTRAINT complaints_event_id_fkey;
ALTER TABLE proposals DROP CONSTRAINT proposals_event_id_fkey;
ALTER TABLE parallel_updates DROP CONSTRAINT parallel_updates_proposal_id_fkey,
    DROP CONSTRAINT parallel_updates_parallel_to_fkey;
ALTER TABLE questionnaires DROP CONSTRAINT questionnaires_event_id_fkey;
ALTER TABLE questionnaire_answers DROP CONSTRAINT questionnaire_answers_event_id_fkey;
ALTER TABLE questionnaire_ratings DROP CONSTRAINT questionnaire_ratings_event_id_fkey;
ALTER TABLE report_facts DROP CONSTRAINT report_facts_detainee_id_fkey,
    DROP CONSTRAINT report_facts_event_id_fkey;
)sql"},
    Migration{14, R"sql(
-- How far report_facts is built along server_log: a push leaves its new contacts' rows to the
-- first report after it (report_facts.h, catchUpReportFacts). One row; none counts as 0.
CREATE TABLE report_facts_caught_up (seq BIGINT NOT NULL);
INSERT INTO report_facts_caught_up (seq) SELECT COALESCE(MAX(seq), 0) FROM server_log;
)sql"},
    Migration{15, R"sql(
-- DOMAIN "Privacy": a contact rated by the detainee whose rating is not held here. A tablet
-- forgets a rating once the server has it, and the server sends contacts without theirs.
-- Only a tablet (SQLite) forgets: here contacts stay immutable, ratings and all.
ALTER TABLE contacts ADD COLUMN rating_withheld INTEGER NOT NULL DEFAULT 0;
)sql"},
    Migration{16, R"sql(
-- Every text column compares byte by byte ("C"), as step 7 did for report_facts and as
-- SQLite always does. The keys are ids, ISO days and kinds, which mean the same in byte
-- order, and a push's rows put five text keys a record into their indexes: compared by the
-- database's locale (strcoll) instead, on a database made with nl_NL.UTF-8 a push of 100,000
-- took PostgreSQL a third more processor (docs/PERFORMANCE.md; hardly any more on C.UTF-8,
-- whose strcoll is cheap). All columns, names too, so that no comparison meets two
-- collations; names are ordered as on SQLite. The columns' indexes are rebuilt; the tables
-- are not rewritten. A changed column loses its statistics, so tables that hold rows are
-- counted again (an empty one stays uncounted: analyzeReportFacts says why).
-- A trigger that names its columns (step 12) holds them: it is made again after.
DROP TRIGGER facilities_registry ON facilities;
DO $$
DECLARE
    changes RECORD;
    has_rows BOOLEAN;
BEGIN
    FOR changes IN
        SELECT c.table_name,
               string_agg(format('ALTER COLUMN %I TYPE TEXT COLLATE "C"', c.column_name),
                          ', ') AS alterations
        FROM information_schema.columns c
        JOIN information_schema.tables t
            ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
            AND c.data_type = 'text' AND c.collation_name IS DISTINCT FROM 'C'
        GROUP BY c.table_name
        ORDER BY c.table_name
    LOOP
        EXECUTE format('ALTER TABLE %I %s', changes.table_name, changes.alterations);
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', changes.table_name) INTO has_rows;
        IF has_rows THEN
            EXECUTE format('ANALYZE %I', changes.table_name);
        END IF;
    END LOOP;
END
$$;
CREATE TRIGGER facilities_registry AFTER INSERT OR UPDATE OF id, name, kind, profile
    ON facilities FOR EACH ROW EXECUTE FUNCTION ronde_registry_changed();
)sql"},
    Migration{17, R"sql(
-- When a tablet last synced: as SQLite's step 17 (migrations_sqlite.cpp) says.
CREATE INDEX audit_log_syncs ON audit_log (device_id, seq) WHERE action = 'synced';
)sql"},
};
static_assert(kPostgresMigrations.back().version == kLatestSchemaVersion,
              "both engines reach the same schema version");

} // namespace

std::span<const Migration> postgresMigrations()
{
    return kPostgresMigrations;
}

} // namespace ronde
