#pragma once

#include "core/indicator.h"
#include "core/period.h"
#include "core/result.h"

#include <QMap>

#include <optional>

namespace dh {

// A series of one indicator for one unit: values by period, all of one period kind.
using ValueSeries = QMap<Period, double>;

// Derived values of the framework (DESIGN.md §2: previous period, same period last year, year to
// date, against the plan target), as pure functions. A value that needs data the series lacks is
// an Incomplete error naming the missing period — never a silently smaller number.
namespace Derived {

Result<double> valueAt(const ValueSeries &series, const Period &period);
Result<double> previousPeriod(const ValueSeries &series, const Period &period);
Result<double> sameLastYear(const ValueSeries &series, const Period &period);

// The year to date through `period` from in-period values (months or quarters), combined by the
// indicator's rule over time: Sum adds, Mean averages, LastValue takes the last, NotAdditive refuses.
// RatioOfSums needs its components: use yearToDateRatio.
Result<double> yearToDate(const Indicator &indicator, const ValueSeries &inPeriod, const Period &period);
// factor × Σnumerator / Σdenominator over January … period.
Result<double> yearToDateRatio(const Indicator &indicator, const ValueSeries &numerator, const ValueSeries &denominator,
                               const Period &period);

// The value of the period alone from year-to-date values: c(p) − c(p − 1), and c(p) itself for the
// first period of the year.
Result<double> inPeriodFromCumulative(const ValueSeries &cumulative, const Period &period);
// Every period of a cumulative series turned into in-period values (periods that cannot be derived
// are left out).
ValueSeries inPeriodSeries(const ValueSeries &cumulative);
// Year-to-date values from in-period ones, for every period whose year so far is complete.
ValueSeries cumulativeSeries(const ValueSeries &inPeriod);

double change(double current, double previous);
// (current − previous) / |previous| × 100; Incomplete when previous is zero.
Result<double> percentChange(double current, double previous);

// Progress of a year-to-date value against the year's plan target: reached / target.
Result<double> progressToTarget(double reached, double target);
// Whether a value meets its target, by polarity: a ceiling for lower-is-better indicators
// (CPI ≤ 4,5 %), a floor otherwise.
bool meetsTarget(Polarity polarity, double value, double target);

// The periods of a coarser kind built from complete sets of finer ones (months → quarters), combined
// by the indicator's rule; incomplete coarse periods are left out.
ValueSeries aggregateToKind(const Indicator &indicator, const ValueSeries &series, Period::Kind kind);

} // namespace Derived

} // namespace dh
