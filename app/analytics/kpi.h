#pragma once

#include "core/indicator.h"
#include "core/observation.h"

#include <QList>

#include <optional>

namespace dh {

// The figures of one KPI tile, computed from an indicator's series at one scope: the latest value,
// its change against the previous period and the same period last year (in percent, or in
// percentage points for indicators measured in %), the year to date where the indicator adds up
// over time, progress against the year's plan target, and the recent values for a sparkline.
struct KpiFigures
{
    std::optional<Observation> latest;
    std::optional<double> previous;
    std::optional<double> sameLastYear;
    std::optional<double> changeFromPrevious;   // % or points, see changeInPoints
    std::optional<double> changeFromLastYear;
    bool changeInPoints = false;

    // Year to date (Sum indicators reported in-period by month or quarter): January … latest.
    std::optional<double> yearToDate;
    std::optional<double> yearToDateLastYear;
    std::optional<double> yearToDateChange;     // %
    int yearToDatePeriods = 0;                  // how many periods it adds

    std::optional<double> target;               // the plan target of the latest period's year
    int targetYear = 0;
    std::optional<double> progress;             // Sum: year to date / target; others: latest / target
    std::optional<bool> onTrack;                // polarity-aware judgement against the target

    QList<Period> sparklinePeriods;
    QList<double> sparkline;                    // NaN where a period has no value
};

// series: the indicator's values in its stored kind and periodicity, ascending, for one unit;
// targets: its Target observations (any order). A missing month in the year makes the year to
// date absent rather than understated.
KpiFigures computeKpi(const Indicator &indicator, const QList<Observation> &series, const QList<Observation> &targets,
                      int sparklinePeriods = 24);

// Whether a change is good news for the indicator (+1), bad (−1) or neither (0).
int changeTone(const Indicator &indicator, double change);

} // namespace dh
