#pragma once

#include "core/observation.h"
#include "core/period.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dh {

// One value of a series as read back from the cache.
struct SeriesPoint
{
    Period period;
    double value = 0.0;
    ObservationStatus status = ObservationStatus::Final;
    int revision = 0;
    QDateTime retrievedAt;
};

// A series read back as the observations the analytics take (computeKpi): each point under the
// one key of the series, with its status, revision and retrieval time.
QList<Observation> seriesObservations(const QString &indicator, const QString &unit, ValueKind kind, const QList<SeriesPoint> &points);

// One unit's value in a cross-section.
struct UnitValue
{
    QString unit;
    double value = 0.0;
    ObservationStatus status = ObservationStatus::Final;
    QDateTime retrievedAt;
};

// Which series to read: an indicator at a unit, one disaggregation (the total when empty), in one
// value kind and period kind, between two periods (open where unset).
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

// A record that was refused, with where it came from (source, line), its text and the reason.
struct QuarantineRecord
{
    QDateTime receivedAt;
    QString source;
    qint64 line = 0;
    QString record;
    QString reason;
};

// One batch that came in: when, from where, and what became of its rows.
struct ImportRun
{
    QDateTime startedAt;
    QString source;
    QString mode;
    qint64 written = 0;
    qint64 unchanged = 0;
    qint64 quarantined = 0;
    bool committed = false;
};

// What a cache holds, in figures: for the header, `info` and the checks.
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

} // namespace dh
