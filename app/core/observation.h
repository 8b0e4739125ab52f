#pragma once

#include "indicator.h"
#include "period.h"

#include <QDateTime>
#include <QString>

namespace dh {

enum class ObservationStatus : quint8 { Final, Provisional, Estimate };

QString statusName(ObservationStatus status);
std::optional<ObservationStatus> statusFromName(QStringView name);

// Where a number came from: the source, when it was retrieved, which revision of the publisher's
// figure it is (revisions only go up; older ones are kept in the cache's history), and the format,
// the file or URL it was read from and, for a response over HTTP, its ETag.
struct Provenance
{
    QString source;
    QDateTime retrievedAt;
    int revision = 0;
    QString format;   // "csv", "px", "jsonstat" …; empty where not recorded
    QString location; // the file's absolute path or the URL
    QString etag;     // the HTTP ETag of the response it was read from; empty for files
};

// How a batch's revisions are read. A source that numbers its revisions (the reporting API, a
// CSV with a revision column, SDMX with one) is taken at its word: a lower revision with another
// value is a conflict. A source that does not (the World Bank, PX-Web, a JSON-stat file) publishes
// its latest figure only: a value or status that differs from the cached one is that figure's
// next revision, and the same figure is unchanged.
enum class RevisionPolicy : quint8 { FromSource, NextOnChange };

// One value of one indicator, for one unit or organisation, one period and one disaggregation.
// The natural key is (indicator, unit, period, disaggregation, valueKind).
struct Observation
{
    QString indicator;
    QString unit;
    Period period;
    QString disaggregation; // canonical key from DisaggregationKey; empty for the total
    double value = 0.0;
    ValueKind valueKind = ValueKind::InPeriod;
    ObservationStatus status = ObservationStatus::Final;
    Provenance provenance;
    QString measure; // the unit of measure the source stated, checked against the indicator's; empty if not stated
};

// Disaggregation keys ("phân tổ") as text: "dim=value" pairs joined by ';', sorted by dimension, so
// one breakdown has one spelling. The empty key is the total.
namespace DisaggregationKey {
// The canonical form (empty for the total), or nothing when the text is malformed.
std::optional<QString> canonical(QStringView text);
QList<std::pair<QString, QString>> parts(QStringView key);
QStringList dimensions(QStringView key);
} // namespace DisaggregationKey

} // namespace dh

Q_DECLARE_METATYPE(dh::Observation)
