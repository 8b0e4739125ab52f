#pragma once

#include "cache.h"

namespace dh {

// A series or value read on a unit that may not exist in the data: stored values where the cache
// has them, otherwise combined from the unit's predecessors (the 2008 provinces merged into a 2025
// province) by the indicator's aggregation rule.
struct ReaggregatedSeries
{
    QList<SeriesPoint> points;
    bool reaggregated = false;   // some points were combined from members
    QStringList members;         // the units combined
    QList<Period> incomplete;    // periods left out because a member had no value
    QList<std::pair<Period, QString>> refused; // periods left out because the combined value is not finite, and why
};

// Reads the cache on today's 34 provinces (or any unit formed by merger) though the data was
// reported on the 63 (DESIGN.md §2). Sum adds, Mean averages, WeightedMean weights by the weight
// indicator, RatioOfSums recomputes from its components, LastValue adds stocks, NotAdditive refuses
// with a reason. A period where a member has no value is left out, never understated.
class Reaggregator
{
public:
    explicit Reaggregator(const Cache &cache);

    Result<ReaggregatedSeries> series(const SeriesQuery &query) const;
    // Values of the given units for one period; units that have neither data nor members with data
    // are absent from the result.
    Result<QList<UnitValue>> crossSection(const QString &indicator, const Period &period, const QStringList &units,
                                          const QString &disaggregation = QString(),
                                          ValueKind valueKind = ValueKind::InPeriod) const;

private:
    QStringList membersOf(const QString &unit) const;

    const Cache &m_cache;
};

} // namespace dh
