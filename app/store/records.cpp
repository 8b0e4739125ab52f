#include "records.h"

namespace dh {

QList<Observation> seriesObservations(const QString &indicator, const QString &unit, ValueKind kind, const QList<SeriesPoint> &points)
{
    QList<Observation> out;
    out.reserve(points.size());
    for (const SeriesPoint &p : points) {
        Observation o;
        o.indicator = indicator;
        o.unit = unit;
        o.period = p.period;
        o.value = p.value;
        o.valueKind = kind;
        o.status = p.status;
        o.provenance.retrievedAt = p.retrievedAt;
        o.provenance.revision = p.revision;
        out.append(o);
    }
    return out;
}

} // namespace dh
