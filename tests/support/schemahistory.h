#pragma once

namespace dh::test {

// SQL that takes a cache of schema 7 back to schema 6 (no tasks), as a cache written by an earlier
// build was. Run it before undoSchema6 to go further back.
inline constexpr char undoSchema7[] =
    "DROP TABLE task; DROP TABLE task_history; DROP TABLE task_cooperator; DROP TABLE task_span;"
    "DROP TABLE task_reminder; DROP TABLE task_tombstone; DELETE FROM feed_counter WHERE feed = 'task';"
    "PRAGMA user_version = 6;";

// SQL that takes a cache of schema 6 back to schema 5, as a cache written by an earlier build was,
// so a test can check an upgrade from it (run it with sqlite3_exec on a closed cache).
inline constexpr char undoSchema6[] =
    "DROP INDEX observation_feed;"
    "ALTER TABLE observation DROP COLUMN feed;"
    "DROP TRIGGER observation_keep_revision;"
    "CREATE TRIGGER observation_keep_revision BEFORE UPDATE ON observation BEGIN"
    " INSERT INTO observation_history VALUES(old.indicator_id, old.unit_id, old.disagg_id, old.value_kind,"
    " old.period_kind, old.period, old.value, old.status, old.source_id, old.retrieved_at, old.revision,"
    " new.retrieved_at); END;"
    "DROP TABLE observation_removed; DROP TABLE feed_counter; DROP TABLE sync_cursor; DROP TABLE sync_run;"
    "DROP TABLE sync_endpoint; DROP TABLE dimension_value; DROP TABLE dimension; DROP TABLE report_status;"
    "CREATE TABLE source_v5(id INTEGER PRIMARY KEY, name TEXT NOT NULL, format TEXT NOT NULL DEFAULT '',"
    " location TEXT NOT NULL DEFAULT '', UNIQUE(name, format, location));"
    "INSERT INTO source_v5(id, name, format, location) SELECT id, name, format, location FROM source;"
    "DROP TABLE source; ALTER TABLE source_v5 RENAME TO source;"
    "PRAGMA user_version = 5;";

} // namespace dh::test
