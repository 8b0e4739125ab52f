#pragma once

#include "indicator.h"
#include "result.h"

#include <QList>

#include <limits>

namespace dh {

// What one member (a unit, or a period) contributes when values are combined. Fields an
// indicator's rule does not use stay NaN.
struct AggregationInput
{
    static constexpr double missing = std::numeric_limits<double>::quiet_NaN();
    double value = missing;
    double weight = missing;      // WeightedMean: the weight indicator's value for this member
    double numerator = missing;   // RatioOfSums: the components' values
    double denominator = missing;
};

// Combines the members of a merged unit by the indicator's rule: Sum adds, Mean averages,
// WeightedMean weights, RatioOfSums recomputes factor × Σnum / Σden, LastValue (a stock) adds across
// units, NotAdditive refuses. A missing member makes the result Incomplete, never a smaller number.
Result<double> combineAcrossUnits(const Indicator &indicator, const QList<AggregationInput> &members);

// Combines consecutive in-period values (months of a quarter, in order) by the indicator's rule:
// Sum adds, Mean and WeightedMean average (weighted when weights are given), RatioOfSums recomputes
// from the summed components, LastValue takes the last, NotAdditive refuses.
Result<double> combineAcrossPeriods(const Indicator &indicator, const QList<AggregationInput> &periods);

} // namespace dh
