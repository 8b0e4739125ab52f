#include "schema.h"

#include "connection.h"
#include "transaction.h"

#include "store/logging.h"

#include "core/observation.h"
#include "core/safetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <functional>
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

// Version 3: the values each disaggregation dimension takes, so an import can check a breakdown
// against the catalogue (a JSON object: dimension → list of values).
const char *const kVersion3[] = {
    "ALTER TABLE indicator ADD COLUMN dimension_values TEXT NOT NULL DEFAULT ''",
};

// Version 4: each indicator's valid range (NULL: unbounded), so an import quarantines an impossible
// value. A cache upgraded to it keeps its indicators unbounded until its catalogue is written again:
// a range guessed here could refuse genuine figures (a balance that is negative).
const char *const kVersion4[] = {
    "ALTER TABLE indicator ADD COLUMN valid_min REAL",
    "ALTER TABLE indicator ADD COLUMN valid_max REAL",
};

// Version 5: a source is its name, the format and the file or URL it was read from, so each
// observation's provenance says where it came from. The one-column table is rebuilt (SQLite cannot
// change a UNIQUE constraint in place); ids are kept, so observations keep their source.
const char *const kVersion5[] = {
    "CREATE TABLE source_v5(id INTEGER PRIMARY KEY, name TEXT NOT NULL, format TEXT NOT NULL DEFAULT '',"
    " location TEXT NOT NULL DEFAULT '', UNIQUE(name, format, location))",
    "INSERT INTO source_v5(id, name) SELECT id, name FROM source",
    "DROP TABLE source",
    "ALTER TABLE source_v5 RENAME TO source",
};

// Version 6: the cache as the store of a sync client and of a hub.
// - Every change to an observation takes the next feed position (observation.feed), so a hub
//   answers "the changes since N" from an index; a removal leaves a tombstone in the feed. The
//   positions handed out so far are counted apart (feed_counter), as a position is never reused
//   even when the row that had it is gone. The rows already held are numbered by fillFeed().
// - The revision trigger fires only when the figure changes, not for its feed position.
// - A source also names the ETag of the HTTP response it was read from; the table is rebuilt for
//   its UNIQUE constraint, keeping the ids.
// - Sync cursors (per endpoint and resource) and runs, the dimensions of disaggregation with their
//   names, and report-status records with their own feed.
const char *const kVersion6[] = {
    "ALTER TABLE observation ADD COLUMN feed INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX observation_feed ON observation(feed)",
    "DROP TRIGGER observation_keep_revision",
    "CREATE TRIGGER observation_keep_revision BEFORE UPDATE OF value, status, source_id, retrieved_at, revision"
    " ON observation BEGIN"
    " INSERT INTO observation_history VALUES(old.indicator_id, old.unit_id, old.disagg_id, old.value_kind,"
    " old.period_kind, old.period, old.value, old.status, old.source_id, old.retrieved_at, old.revision,"
    " new.retrieved_at); END",
    "CREATE TABLE observation_removed("
    " feed INTEGER PRIMARY KEY, indicator_id INTEGER NOT NULL, unit_id INTEGER NOT NULL, disagg_id INTEGER NOT NULL,"
    " value_kind INTEGER NOT NULL, period_kind INTEGER NOT NULL, period INTEGER NOT NULL,"
    " revision INTEGER NOT NULL, source_id INTEGER NOT NULL, removed_at INTEGER NOT NULL,"
    " UNIQUE(indicator_id, unit_id, disagg_id, value_kind, period_kind, period))",
    "CREATE TABLE feed_counter(feed TEXT PRIMARY KEY, position INTEGER NOT NULL) WITHOUT ROWID",
    "INSERT INTO feed_counter VALUES('observation', 0), ('report_status', 0)",
    "CREATE TABLE source_v6(id INTEGER PRIMARY KEY, name TEXT NOT NULL, format TEXT NOT NULL DEFAULT '',"
    " location TEXT NOT NULL DEFAULT '', etag TEXT NOT NULL DEFAULT '', UNIQUE(name, format, location, etag))",
    "INSERT INTO source_v6(id, name, format, location) SELECT id, name, format, location FROM source",
    "DROP TABLE source",
    "ALTER TABLE source_v6 RENAME TO source",
    "CREATE TABLE sync_cursor(endpoint TEXT NOT NULL, resource TEXT NOT NULL, since INTEGER NOT NULL,"
    " etag TEXT NOT NULL, last_modified TEXT NOT NULL, PRIMARY KEY(endpoint, resource)) WITHOUT ROWID",
    "CREATE TABLE sync_run("
    " id INTEGER PRIMARY KEY, endpoint TEXT NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER NOT NULL,"
    " outcome INTEGER NOT NULL, error TEXT NOT NULL, written INTEGER NOT NULL, unchanged INTEGER NOT NULL,"
    " removed INTEGER NOT NULL, quarantined INTEGER NOT NULL, requests INTEGER NOT NULL, bytes INTEGER NOT NULL)",
    "CREATE INDEX sync_run_endpoint ON sync_run(endpoint, outcome, id)",
    // Runs are pruned; the total pulled is kept apart so pruning does not lower it.
    "CREATE TABLE sync_endpoint(endpoint TEXT PRIMARY KEY, observations_pulled INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE dimension(code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE dimension_value(dimension TEXT NOT NULL REFERENCES dimension(code), code TEXT NOT NULL,"
    " name TEXT NOT NULL, parent TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY(dimension, code)) WITHOUT ROWID",
    "CREATE TABLE report_status("
    " indicator TEXT NOT NULL, unit TEXT NOT NULL, period_kind INTEGER NOT NULL, period INTEGER NOT NULL,"
    " state INTEGER NOT NULL, due_date TEXT NOT NULL, reported_at INTEGER, revision INTEGER NOT NULL,"
    " note TEXT NOT NULL, feed INTEGER NOT NULL, PRIMARY KEY(indicator, unit, period_kind, period)) WITHOUT ROWID",
    "CREATE INDEX report_status_feed ON report_status(feed)",
};

// Version 7: tasks assigned by the Government (issue 14). Days are Julian day numbers. A task keeps
// what decides its state at any date: when its assignment day, current deadline and confirmed
// completion tell the whole story (spans = 0), the state at day D follows from comparing D with
// days kept per task — done (confirmed completion), ontime_done (the same when on time),
// standing_done (the same for a standing task; 0 for one with a deadline), overdue_from — where a
// day that never comes is 99999999, so each state is counted by a comparison; else (a moved
// deadline, a reopening) its runs of days of each state are in task_span. The 2025 unit
// that takes the task over (successor, from handover) and the assignee's level are resolved on
// writing, so the rankings group without the registry. search holds the folded document number and
// summary. Each changed task takes the next position of the task feed, and so does a removed one,
// whose id stays in task_tombstone at that position so a hub can tell its clients (a task added
// again drops it).
const char *const kVersion7[] = {
    "CREATE TABLE task("
    " id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
    " doc_number TEXT NOT NULL, doc_date INTEGER NOT NULL, doc_type INTEGER NOT NULL, signer TEXT NOT NULL,"
    " summary TEXT NOT NULL, field TEXT NOT NULL, assignee TEXT NOT NULL, responsible TEXT NOT NULL,"
    " deadline INTEGER, initial_deadline INTEGER, synthetic INTEGER NOT NULL,"
    " level INTEGER NOT NULL, successor TEXT NOT NULL, handover INTEGER,"
    " assigned INTEGER NOT NULL, done INTEGER NOT NULL, ontime_done INTEGER NOT NULL, standing_done INTEGER NOT NULL,"
    " overdue_from INTEGER NOT NULL, spans INTEGER NOT NULL,"
    " search TEXT NOT NULL, digest TEXT NOT NULL, feed INTEGER NOT NULL)",
    "CREATE INDEX task_feed ON task(feed)",
    "CREATE INDEX task_assignee ON task(assignee)",
    "CREATE INDEX task_successor ON task(successor)",
    "CREATE INDEX task_order ON task(deadline IS NULL, deadline, code)",
    // Covers the four-state counts: one pass over the index, grouped in its order.
    "CREATE INDEX task_count ON task(level, spans, assignee, successor, handover, assigned, done, ontime_done,"
    " standing_done, overdue_from)",
    "CREATE TABLE task_history("
    " task_id INTEGER NOT NULL, seq INTEGER NOT NULL, at INTEGER NOT NULL, day INTEGER NOT NULL, kind INTEGER NOT NULL,"
    " reported_by TEXT NOT NULL, new_deadline INTEGER, document TEXT NOT NULL, note TEXT NOT NULL,"
    " PRIMARY KEY(task_id, seq)) WITHOUT ROWID",
    "CREATE INDEX task_history_day ON task_history(kind, day)",
    "CREATE TABLE task_cooperator(task_id INTEGER NOT NULL, seq INTEGER NOT NULL, unit TEXT NOT NULL,"
    " PRIMARY KEY(task_id, seq)) WITHOUT ROWID",
    "CREATE TABLE task_span(task_id INTEGER NOT NULL, from_day INTEGER NOT NULL, state INTEGER NOT NULL,"
    " PRIMARY KEY(task_id, from_day)) WITHOUT ROWID",
    "CREATE TABLE task_reminder(key TEXT NOT NULL, rule TEXT NOT NULL, occasion TEXT NOT NULL,"
    " PRIMARY KEY(key, rule, occasion)) WITHOUT ROWID",
    "CREATE TABLE task_tombstone(code TEXT PRIMARY KEY, feed INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE INDEX task_tombstone_feed ON task_tombstone(feed)",
    "INSERT INTO feed_counter VALUES('task', 0)",
};

// The observations already held take feed positions in the order they were retrieved, so a hub
// serving an upgraded cache hands them out oldest first; the counter starts after the last.
Result<void> fillFeed(Connection &connection)
{
    if (auto r = connection.exec(
            "UPDATE observation SET feed = numbered.n FROM (SELECT indicator_id, unit_id, disagg_id, value_kind, period_kind,"
            " period, row_number() OVER (ORDER BY retrieved_at, indicator_id, unit_id, disagg_id, value_kind, period_kind,"
            " period) AS n FROM observation) AS numbered WHERE observation.indicator_id = numbered.indicator_id"
            " AND observation.unit_id = numbered.unit_id AND observation.disagg_id = numbered.disagg_id"
            " AND observation.value_kind = numbered.value_kind AND observation.period_kind = numbered.period_kind"
            " AND observation.period = numbered.period");
        !r)
        return r;
    return connection.exec("UPDATE feed_counter SET position = (SELECT coalesce(max(feed), 0) FROM observation)"
                           " WHERE feed = 'observation'");
}

// A cache of version 2 lists its indicators' dimensions but not their values: they are taken from
// the breakdowns it already holds, leaving out what the import would now refuse, so the breakdowns
// it has stay importable.
Result<void> fillDimensionValues(Connection &connection)
{
    auto dims = connection.prepare("SELECT id, dimensions FROM indicator WHERE dimensions <> ''");
    if (!dims)
        return dims.error();
    QHash<int, QStringList> dimensionsOf;
    if (auto r = dims->forEachRow([&] { dimensionsOf.insert(dims->columnInt(0), dims->columnText(1).split(u';', Qt::SkipEmptyParts)); }); !r)
        return r;
    if (dimensionsOf.isEmpty())
        return {};
    auto keys = connection.prepare("SELECT DISTINCT o.indicator_id, d.key FROM observation o"
                                   " JOIN disaggregation d ON d.id = o.disagg_id WHERE o.disagg_id <> 0");
    if (!keys)
        return keys.error();
    QHash<int, QMap<QString, QSet<QString>>> seen;
    const auto read = keys->forEachRow([&] {
        const int id = keys->columnInt(0);
        const auto it = dimensionsOf.constFind(id);
        if (it == dimensionsOf.cend())
            return;
        for (const auto &[dimension, value] : DisaggregationKey::parts(keys->columnText(1))) {
            if (it->contains(dimension) && !SafeText::hasControl(value) && !SafeText::startsLikeFormula(value))
                seen[id][dimension].insert(value);
        }
    });
    if (!read)
        return read;
    auto update = connection.prepare("UPDATE indicator SET dimension_values = ?2 WHERE id = ?1");
    if (!update)
        return update.error();
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        QJsonObject values;
        for (auto d = it->cbegin(); d != it->cend(); ++d) {
            QStringList sorted(d->cbegin(), d->cend());
            sorted.sort();
            values.insert(d.key(), QJsonArray::fromStringList(sorted));
        }
        update->reset();
        update->bind(1, it.key()).bind(2, QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)));
        if (auto r = update->run(); !r)
            return r;
    }
    return {};
}

struct Step
{
    std::vector<const char *> statements;
    std::function<Result<void>(Connection &)> fill;
};

template<size_t N>
Step step(const char *const (&list)[N], std::function<Result<void>(Connection &)> fill = {})
{
    return {{list, list + N}, std::move(fill)};
}

Result<void> runStep(Connection &connection, int toVersion, const Step &step)
{
    Transaction transaction(connection);
    if (auto r = transaction.begin(); !r)
        return r;
    auto failed = [toVersion](const Error &error) {
        return Error::storage(QCoreApplication::translate("Cache", "Upgrading the cache to schema %1 failed: %2")
                                  .arg(toVersion).arg(error.message));
    };
    for (const char *sql : step.statements) {
        if (auto r = connection.exec(sql); !r)
            return failed(r.error());
    }
    if (step.fill) {
        if (auto r = step.fill(connection); !r)
            return failed(r.error());
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
    const std::vector<Step> ladder = {step(kVersion1), step(kVersion2), step(kVersion3, fillDimensionValues), step(kVersion4), step(kVersion5),
                                      step(kVersion6, fillFeed), step(kVersion7)};
    static_assert(currentVersion == 7, "add the new step to the ladder");

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
