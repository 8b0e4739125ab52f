#pragma once

#include "core/indicator.h"
#include "core/observation.h"
#include "core/result.h"
#include "core/unitregistry.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace dh {

class Clock;
class ObservationWriter;

// One value of a series as read back from the cache.
struct SeriesPoint
{
    Period period;
    double value = 0.0;
    ObservationStatus status = ObservationStatus::Final;
    int revision = 0;
    QDateTime retrievedAt;
};

// One unit's value in a cross-section.
struct UnitValue
{
    QString unit;
    double value = 0.0;
    ObservationStatus status = ObservationStatus::Final;
    QDateTime retrievedAt;
};

struct SeriesQuery
{
    QString indicator;
    QString unit;
    QString disaggregation;            // canonical; empty = total
    ValueKind valueKind = ValueKind::InPeriod;
    Period::Kind periodKind = Period::Kind::Month;
    std::optional<Period> from;        // inclusive; open when unset
    std::optional<Period> to;
};

struct QuarantineRecord
{
    QDateTime receivedAt;
    QString source;
    qint64 line = 0;
    QString record;
    QString reason;
};

struct CacheSummary
{
    int schemaVersion = 0;
    qint64 observations = 0;
    qint64 indicators = 0;
    qint64 unitsWithData = 0;
    qint64 quarantined = 0;
    qint64 revisionsKept = 0;
    QDate firstDate;   // start of the earliest period held
    QDate lastDate;    // end of the latest period held
    bool synthetic = false;
    QString dataset;   // meta "dataset": what the cache holds, e.g. the sample's description
    bool counted = false; // the counts and the date range are filled in (summary(), not quickSummary())
};

// The local cache (DESIGN.md §3): one SQLite file in WAL mode with a versioned schema. It holds the
// catalogue, the units of the registry, observations by natural key with their revision history, and
// the quarantine of rejected input. It is the only code that speaks SQL. One Cache is one connection:
// use it from one thread; open another Cache on the same file for another thread. Writers it hands
// out must be destroyed before it.
class Cache
{
public:
    enum class OpenMode { ReadWrite, ReadOnly };

    // Opens or creates the cache file. A file that is not a SQLite database, is corrupt, or was
    // written by a newer schema is refused with a clear message and left untouched.
    static Result<std::unique_ptr<Cache>> open(const QString &path, const UnitRegistry &registry,
                                               OpenMode mode = OpenMode::ReadWrite,
                                               const Clock *clock = nullptr);
    ~Cache();
    Q_DISABLE_COPY_MOVE(Cache)

    QString path() const { return m_path; }
    const UnitRegistry &registry() const { return m_registry; }
    const Clock &clock() const { return *m_clock; }
    int schemaVersion() const;

    // Free-form metadata; "synthetic" = "1" marks the bundled sample.
    Result<void> setMeta(const QString &key, const QString &value);
    QString meta(const QString &key) const;
    bool isSynthetic() const { return meta(QStringLiteral("synthetic")) == u"1"; }

    // The catalogue. Upserting keeps ids stable, so observations stay attached.
    Result<void> upsertIndicators(const QList<Indicator> &indicators);
    QList<Indicator> indicators() const;
    std::optional<Indicator> indicator(const QString &code) const;

    // Starts a batch import (one transaction); see ObservationWriter for the modes.
    std::unique_ptr<ObservationWriter> writer(const QString &source);

    Result<QList<SeriesPoint>> series(const SeriesQuery &query) const;
    // The values of the given units for one period (one query, whatever the number of units).
    Result<QList<UnitValue>> crossSection(const QString &indicator, const Period &period, const QStringList &units,
                                          const QString &disaggregation = QString(),
                                          ValueKind valueKind = ValueKind::InPeriod) const;
    // The disaggregation keys an indicator has for a unit.
    QStringList disaggregations(const QString &indicator, const QString &unit) const;
    // Units that hold at least one observation of the indicator.
    QStringList unitsWithData(const QString &indicator) const;
    // The latest period with a value of the indicator for the unit, if any.
    std::optional<Period> latestPeriod(const QString &indicator, const QString &unit, Period::Kind kind,
                                       ValueKind valueKind = ValueKind::InPeriod) const;

    // The units of the cache's unit table whose parent is `code` (children in the hierarchy).
    QStringList children(const QString &code) const;

    Result<void> addQuarantine(const QList<QuarantineRecord> &records, qint64 runId = 0);
    QList<QuarantineRecord> quarantine(int limit = 1000) const;
    // Superseded values of one observation key, oldest first.
    QList<SeriesPoint> revisions(const QString &indicator, const QString &unit, const Period &period,
                                 const QString &disaggregation = QString(),
                                 ValueKind valueKind = ValueKind::InPeriod) const;

    Result<CacheSummary> summary() const;
    // What costs no query per indicator and no scan: schema, synthetic flag, dataset and the number
    // of indicators. For the first paint; summary() follows.
    Result<CacheSummary> quickSummary() const;
    // Reads every page (SQLite's quick_check): damage beyond the header shows only here or in a
    // query that happens to touch it. Seconds on millions of rows; run it off the GUI thread.
    Result<void> checkIntegrity() const;
    // Folds the write-ahead log into the main file, so the file alone is the whole cache.
    Result<void> checkpoint();

    // Streams every observation, ordered by indicator, unit, disaggregation, kind and period; stops
    // when the callback returns false.
    Result<void> forEachObservation(const QString &indicatorFilter,
                                    const std::function<bool(const Observation &)> &callback) const;

    // Internal ids, for the writer and the benchmark's reference import.
    int indicatorId(const QString &code) const { return m_indicatorIds.value(code, -1); }
    int unitId(const QString &code) const { return m_unitIds.value(code, -1); }
    Result<int> disaggregationId(const QString &canonicalKey);
    Result<int> sourceId(const QString &name);
    sqlite3 *handle() const { return m_handle; }
    QSqlDatabase &database() { return m_db; }

private:
    friend class ObservationWriter;
    Cache(QString path, const UnitRegistry &registry, const Clock *clock);
    Result<void> initialise(OpenMode mode);
    Result<void> syncUnits();
    void loadIds();
    Result<void> addDateRange(CacheSummary &s) const;
    QString unitCode(int id) const { return m_unitCodes.value(id); }

    QString m_path;
    QString m_connection;
    UnitRegistry m_registry;
    const Clock *m_clock;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    QHash<QString, int> m_indicatorIds;
    QHash<QString, int> m_unitIds;
    QHash<int, QString> m_unitCodes;
    QHash<int, QString> m_indicatorCodes;
    QHash<QString, Indicator> m_indicators;
    QHash<QString, int> m_disaggIds;
    QHash<int, QString> m_disaggKeys;
    QHash<QString, int> m_sourceIds;
    QHash<int, QString> m_sourceNames;
};

} // namespace dh
