#include "kpi.h"

#include "derived.h"

#include <cmath>

namespace dh {

namespace {

std::optional<double> change(const Indicator &indicator, std::optional<double> now, std::optional<double> before)
{
    if (!now || !before)
        return std::nullopt;
    if (indicator.isPercentage())
        return *now - *before;
    const auto pct = Derived::percentChange(*now, *before);
    return pct ? std::optional<double>(*pct) : std::nullopt;
}

} // namespace

int changeTone(const Indicator &indicator, double change)
{
    if (change == 0.0 || indicator.polarity == Polarity::Neutral)
        return 0;
    const bool up = change > 0;
    return (indicator.polarity == Polarity::HigherIsBetter) == up ? 1 : -1;
}

KpiFigures computeKpi(const Indicator &indicator, const QList<Observation> &series, const QList<Observation> &targets,
                      int sparklinePeriods)
{
    KpiFigures k;
    k.changeInPoints = indicator.isPercentage();
    if (series.isEmpty())
        return k;

    ValueSeries byPeriod;
    for (const Observation &o : series)
        byPeriod.insert(o.period, o.value);
    auto valueAt = [&](const Period &p) -> std::optional<double> {
        const auto v = Derived::valueAt(byPeriod, p);
        return v ? std::optional<double>(*v) : std::nullopt;
    };

    const Observation &latest = series.last();
    const Period p = latest.period;
    k.latest = latest;
    // For a cumulative series the comparable figure is last year's at the same point; the previous
    // period's cumulative is a different span.
    if (indicator.storedAs != ValueKind::Cumulative)
        k.previous = valueAt(p.previous());
    k.sameLastYear = valueAt(p.sameLastYear());
    k.changeFromPrevious = change(indicator, latest.value, k.previous);
    k.changeFromLastYear = change(indicator, latest.value, k.sameLastYear);

    const bool adds = indicator.aggregation == AggregationRule::Sum && indicator.storedAs == ValueKind::InPeriod
                      && Period::periodsPerYear(p.kind()) > 1;
    if (adds) {
        auto ytd = [&](const Period &last) -> std::optional<double> {
            const auto v = Derived::yearToDate(indicator, byPeriod, last);
            return v ? std::optional<double>(*v) : std::nullopt;
        };
        k.yearToDate = ytd(p);
        k.yearToDateLastYear = ytd(p.sameLastYear());
        k.yearToDatePeriods = int(p.yearToDate().size());
        if (k.yearToDate && k.yearToDateLastYear) {
            if (const auto pct = Derived::percentChange(*k.yearToDate, *k.yearToDateLastYear))
                k.yearToDateChange = *pct;
        }
    } else if (indicator.storedAs == ValueKind::Cumulative) {
        k.yearToDate = latest.value;
        k.yearToDateLastYear = k.sameLastYear;
        k.yearToDatePeriods = int(p.yearToDate().size());
        k.yearToDateChange = change(indicator, k.yearToDate, k.yearToDateLastYear);
        if (k.changeInPoints)
            k.yearToDateChange.reset();
    }

    k.targetYear = p.year();
    for (const Observation &t : targets) {
        if (t.valueKind == ValueKind::Target && t.period == Period::year(k.targetYear))
            k.target = t.value;
    }
    const bool accumulates = adds || indicator.storedAs == ValueKind::Cumulative;
    // A total's progress is its year to date: without every period of it, there is none to show
    // rather than the latest period's value against the whole year's target.
    if (k.target && (!accumulates || k.yearToDate)) {
        const double reached = accumulates ? *k.yearToDate : latest.value;
        if (const auto progress = Derived::progressToTarget(reached, *k.target))
            k.progress = *progress;
        // A total is on track when it has reached the share of the year gone by; a rate or a
        // ceiling is judged on the latest value.
        if (accumulates && indicator.polarity != Polarity::LowerIsBetter && k.progress)
            k.onTrack = *k.progress >= double(k.yearToDatePeriods) / Period::periodsPerYear(p.kind()) - 1e-9;
        else
            k.onTrack = Derived::meetsTarget(indicator.polarity, latest.value, *k.target);
    }

    for (int i = sparklinePeriods - 1; i >= 0; --i) {
        const Period q = p.previous(i);
        k.sparklinePeriods.append(q);
        k.sparkline.append(valueAt(q).value_or(std::nan("")));
    }
    return k;
}

} // namespace dh
