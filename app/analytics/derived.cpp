#include "derived.h"

#include "core/aggregation.h"

#include <QCoreApplication>

#include <cmath>

namespace dh::Derived {

namespace {

Error missing(const Period &p)
{
    return Error::incomplete(QCoreApplication::translate("Derived", "There is no value for %1.").arg(p.toString()));
}

} // namespace

Result<double> valueAt(const ValueSeries &series, const Period &period)
{
    const auto it = series.constFind(period);
    if (it == series.cend())
        return missing(period);
    return *it;
}

Result<double> previousPeriod(const ValueSeries &series, const Period &period)
{
    return valueAt(series, period.previous());
}

Result<double> sameLastYear(const ValueSeries &series, const Period &period)
{
    const Period last = period.sameLastYear();
    if (!last.isValid())
        return Error::unsupported(QCoreApplication::translate("Derived", "A %1 period has no same period last year.")
                                      .arg(Period::kindName(period.kind())));
    return valueAt(series, last);
}

Result<double> yearToDate(const Indicator &indicator, const ValueSeries &inPeriod, const Period &period)
{
    if (indicator.aggregation == AggregationRule::RatioOfSums)
        return Error::unsupported(QCoreApplication::translate("Derived", "%1 is a ratio: its year to date is computed from its components.")
                                      .arg(indicator.code));
    QList<AggregationInput> inputs;
    for (const Period &p : period.yearToDate()) {
        const auto v = valueAt(inPeriod, p);
        if (!v)
            return v.error();
        inputs.append(AggregationInput{.value = *v});
    }
    return combineAcrossPeriods(indicator, inputs);
}

Result<double> yearToDateRatio(const Indicator &indicator, const ValueSeries &numerator, const ValueSeries &denominator,
                               const Period &period)
{
    QList<AggregationInput> inputs;
    for (const Period &p : period.yearToDate()) {
        const auto n = valueAt(numerator, p);
        if (!n)
            return n.error();
        const auto d = valueAt(denominator, p);
        if (!d)
            return d.error();
        inputs.append(AggregationInput{.numerator = *n, .denominator = *d});
    }
    Indicator ratio = indicator;
    ratio.aggregation = AggregationRule::RatioOfSums;
    return combineAcrossPeriods(ratio, inputs);
}

Result<double> inPeriodFromCumulative(const ValueSeries &cumulative, const Period &period)
{
    const auto now = valueAt(cumulative, period);
    if (!now)
        return now.error();
    if (period.yearToDate().size() == 1)
        return *now;
    const auto before = valueAt(cumulative, period.previous());
    if (!before)
        return before.error();
    return *now - *before;
}

ValueSeries inPeriodSeries(const ValueSeries &cumulative)
{
    ValueSeries out;
    for (auto it = cumulative.cbegin(); it != cumulative.cend(); ++it) {
        if (const auto v = inPeriodFromCumulative(cumulative, it.key()))
            out.insert(it.key(), *v);
    }
    return out;
}

ValueSeries cumulativeSeries(const ValueSeries &inPeriod)
{
    ValueSeries out;
    for (auto it = inPeriod.cbegin(); it != inPeriod.cend(); ++it) {
        double total = 0.0;
        bool complete = true;
        for (const Period &p : it.key().yearToDate()) {
            const auto v = inPeriod.constFind(p);
            if (v == inPeriod.cend()) {
                complete = false;
                break;
            }
            total += *v;
        }
        if (complete)
            out.insert(it.key(), total);
    }
    return out;
}

double change(double current, double previous)
{
    return current - previous;
}

Result<double> percentChange(double current, double previous)
{
    if (previous == 0.0)
        return Error::incomplete(QCoreApplication::translate("Derived", "A percent change from zero is undefined."));
    return (current - previous) / std::abs(previous) * 100.0;
}

Result<double> progressToTarget(double reached, double target)
{
    if (target == 0.0)
        return Error::incomplete(QCoreApplication::translate("Derived", "The target is zero."));
    return reached / target;
}

bool meetsTarget(Polarity polarity, double value, double target)
{
    return polarity == Polarity::LowerIsBetter ? value <= target : value >= target;
}

ValueSeries aggregateToKind(const Indicator &indicator, const ValueSeries &series, Period::Kind kind)
{
    ValueSeries out;
    if (series.isEmpty())
        return out;
    const Period::Kind finer = series.firstKey().kind();
    Period coarse = Period::containing(kind, series.firstKey().startDate());
    if (!coarse.isValid() && kind == Period::Kind::NineMonths) // October–December lie in none
        coarse = Period::nineMonths(series.firstKey().year() + 1);
    const QDate end = series.lastKey().endDate();
    while (coarse.isValid() && coarse.startDate() <= end) {
        const QList<Period> parts = coarse.subdivide(finer);
        QList<AggregationInput> inputs;
        bool complete = !parts.isEmpty();
        for (const Period &p : parts) {
            const auto v = series.constFind(p);
            if (v == series.cend()) {
                complete = false;
                break;
            }
            inputs.append(AggregationInput{.value = *v});
        }
        if (complete) {
            if (const auto v = combineAcrossPeriods(indicator, inputs))
                out.insert(coarse, *v);
        }
        coarse = coarse.next();
    }
    return out;
}

} // namespace dh::Derived
