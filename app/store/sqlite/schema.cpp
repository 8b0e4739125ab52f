#include "schema.h"

#include "connection.h"
#include "transaction.h"

#include "store/logging.h"

#include <QCoreApplication>

#include <vector>

namespace dh::sqlite::schema {

namespace {

// Version 1: catalogue, units, observations keyed by their natural key, revision history, quarantine.
const char *const kVersion1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE indicator("
    " id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
    " name_vi TEXT NOT NULL, name_en TEXT NOT NULL, unit_vi TEXT NOT NULL, unit_en TEXT NOT NULL,"
    " periodicity INTEGER NOT NULL, kind INTEGER NOT NULL, aggregation INTEGER NOT NULL,"
    " weight_code TEXT NOT NULL DEFAULT '', numerator_code TEXT NOT NULL DEFAULT '',"
    " denominator_code TEXT NOT NULL DEFAULT '', ratio_factor REAL NOT NULL DEFAULT 1,"
    " polarity INTEGER NOT NULL, dimensions TEXT NOT NULL DEFAULT '', field INTEGER NOT NULL,"
    " source_agency TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', method TEXT NOT NULL DEFAULT '',"
    " origin INTEGER NOT NULL, stored_as INTEGER NOT NULL, decimals INTEGER NOT NULL DEFAULT 1)",
    "CREATE TABLE unit("
    " id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, level INTEGER NOT NULL,"
    " parent_id INTEGER REFERENCES unit(id), valid_from TEXT, valid_to TEXT)",
    "CREATE INDEX unit_children ON unit(parent_id, level)",
    "CREATE TABLE disaggregation(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE)",
    "INSERT INTO disaggregation(id, key) VALUES (0, '')",
    "CREATE TABLE source(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    // The primary key serves "the series of X for unit U"; observation_cross serves "all units for X
    // at period P". WITHOUT ROWID keeps the table clustered on its natural key.
    "CREATE TABLE observation("
    " indicator_id INTEGER NOT NULL, unit_id INTEGER NOT NULL, disagg_id INTEGER NOT NULL,"
    " value_kind INTEGER NOT NULL, period_kind INTEGER NOT NULL, period INTEGER NOT NULL,"
    " value REAL NOT NULL, status INTEGER NOT NULL, source_id INTEGER NOT NULL,"
    " retrieved_at INTEGER NOT NULL, revision INTEGER NOT NULL,"
    " PRIMARY KEY(indicator_id, unit_id, disagg_id, value_kind, period_kind, period)) WITHOUT ROWID",
    "CREATE INDEX observation_cross ON observation(indicator_id, period_kind, period, disagg_id, value_kind, unit_id)",
    "CREATE TABLE observation_history("
    " indicator_id INTEGER NOT NULL, unit_id INTEGER NOT NULL, disagg_id INTEGER NOT NULL,"
    " value_kind INTEGER NOT NULL, period_kind INTEGER NOT NULL, period INTEGER NOT NULL,"
    " value REAL NOT NULL, status INTEGER NOT NULL, source_id INTEGER NOT NULL,"
    " retrieved_at INTEGER NOT NULL, revision INTEGER NOT NULL, superseded_at INTEGER NOT NULL)",
    "CREATE INDEX observation_history_key ON observation_history(indicator_id, unit_id, period_kind, period)",
    // A revised figure replaces the current one; the trigger keeps what it replaced.
    "CREATE TRIGGER observation_keep_revision BEFORE UPDATE ON observation BEGIN"
    " INSERT INTO observation_history VALUES(old.indicator_id, old.unit_id, old.disagg_id, old.value_kind,"
    " old.period_kind, old.period, old.value, old.status, old.source_id, old.retrieved_at, old.revision,"
    " new.retrieved_at); END",
    "CREATE TABLE quarantine("
    " id INTEGER PRIMARY KEY, received_at INTEGER NOT NULL, source TEXT NOT NULL,"
    " line INTEGER NOT NULL DEFAULT 0, record TEXT NOT NULL, reason TEXT NOT NULL)",
};

// Version 2: import runs, so `info` and the data-quality views can say what came in when.
const char *const kVersion2[] = {
    "CREATE TABLE import_run("
    " id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, source TEXT NOT NULL, mode TEXT NOT NULL,"
    " written INTEGER NOT NULL, unchanged INTEGER NOT NULL, quarantined INTEGER NOT NULL, committed INTEGER NOT NULL)",
    "ALTER TABLE quarantine ADD COLUMN run_id INTEGER REFERENCES import_run(id)",
};

template<size_t N>
std::vector<const char *> steps(const char *const (&list)[N])
{
    return {list, list + N};
}

Result<void> runStep(Connection &connection, int toVersion, const std::vector<const char *> &statements)
{
    Transaction transaction(connection);
    if (auto r = transaction.begin(); !r)
        return r;
    for (const char *sql : statements) {
        if (auto r = connection.exec(sql); !r) {
            return Error::storage(QCoreApplication::translate("Cache", "Upgrading the cache to schema %1 failed: %2")
                                      .arg(toVersion).arg(r.error().message));
        }
    }
    if (auto r = connection.exec(QByteArray("PRAGMA user_version = " + QByteArray::number(toVersion))); !r)
        return r;
    if (auto r = transaction.commit(); !r)
        return r;
    qCInfo(lcStore) << "cache schema now at version" << toVersion;
    return {};
}

} // namespace

Result<void> migrate(Connection &connection)
{
    const std::vector<std::vector<const char *>> ladder = {steps(kVersion1), steps(kVersion2)};
    static_assert(currentVersion == 2, "add the new step to the ladder");

    const auto version = connection.schemaVersion();
    if (!version)
        return version.error();
    for (int v = *version; v < currentVersion; ++v) {
        if (auto r = runStep(connection, v + 1, ladder.at(size_t(v))); !r)
            return r;
    }
    return {};
}

} // namespace dh::sqlite::schema
