#include "aggregation.h"

#include <QCoreApplication>

#include <cmath>

namespace dh {

namespace {

Result<double> sumOf(const QList<AggregationInput> &members, double AggregationInput::*field)
{
    double total = 0.0;
    for (const AggregationInput &m : members) {
        if (std::isnan(m.*field))
            return Error::incomplete(QCoreApplication::translate("Aggregation", "A member has no value, so the total would be understated."));
        total += m.*field;
    }
    return total;
}

Result<double> mean(const QList<AggregationInput> &members, bool weighted)
{
    double total = 0.0;
    double weights = 0.0;
    for (const AggregationInput &m : members) {
        if (std::isnan(m.value))
            return Error::incomplete(QCoreApplication::translate("Aggregation", "A member has no value, so the mean would be biased."));
        const double w = weighted ? m.weight : 1.0;
        if (std::isnan(w))
            return Error::incomplete(QCoreApplication::translate("Aggregation", "A member has no weight, so the weighted mean cannot be computed."));
        total += m.value * w;
        weights += w;
    }
    if (weights == 0.0)
        return Error::incomplete(QCoreApplication::translate("Aggregation", "The weights sum to zero."));
    return total / weights;
}

Result<double> ratio(const Indicator &indicator, const QList<AggregationInput> &members)
{
    const auto num = sumOf(members, &AggregationInput::numerator);
    const auto den = sumOf(members, &AggregationInput::denominator);
    if (!num.ok() || !den.ok())
        return Error::incomplete(QCoreApplication::translate("Aggregation", "A component of the ratio is missing for a member."));
    if (*den == 0.0)
        return Error::incomplete(QCoreApplication::translate("Aggregation", "The denominator of the ratio is zero."));
    return indicator.ratioFactor * *num / *den;
}

Error refuse(const Indicator &indicator)
{
    return Error::unsupported(QCoreApplication::translate("Aggregation",
        "%1 is not additive: its values cannot be combined across units or periods, only read where they were published.")
        .arg(indicator.code));
}

Result<double> combine(const Indicator &indicator, const QList<AggregationInput> &members)
{
    if (members.isEmpty())
        return Error::incomplete(QCoreApplication::translate("Aggregation", "There is no member to combine."));
    switch (indicator.aggregation) {
    case AggregationRule::Sum:
    case AggregationRule::LastValue: return sumOf(members, &AggregationInput::value);
    case AggregationRule::Mean: return mean(members, false);
    case AggregationRule::WeightedMean: return mean(members, true);
    case AggregationRule::RatioOfSums: return ratio(indicator, members);
    case AggregationRule::NotAdditive:
        if (members.size() == 1 && !std::isnan(members.first().value))
            return members.first().value;
        return refuse(indicator);
    }
    return refuse(indicator);
}

Result<double> combineOverTime(const Indicator &indicator, const QList<AggregationInput> &periods)
{
    if (periods.isEmpty())
        return Error::incomplete(QCoreApplication::translate("Aggregation", "There is no period to combine."));
    switch (indicator.aggregation) {
    case AggregationRule::Sum: return sumOf(periods, &AggregationInput::value);
    case AggregationRule::Mean: return mean(periods, false);
    case AggregationRule::WeightedMean: {
        const bool haveWeights = std::all_of(periods.cbegin(), periods.cend(),
                                             [](const AggregationInput &p) { return !std::isnan(p.weight); });
        return mean(periods, haveWeights);
    }
    case AggregationRule::RatioOfSums: return ratio(indicator, periods);
    case AggregationRule::LastValue:
        if (std::isnan(periods.last().value))
            return Error::incomplete(QCoreApplication::translate("Aggregation", "The last period has no value."));
        return periods.last().value;
    case AggregationRule::NotAdditive:
        if (periods.size() == 1 && !std::isnan(periods.first().value))
            return periods.first().value;
        return refuse(indicator);
    }
    return refuse(indicator);
}

// Members near the largest double add up to infinity, and a ratio of huge sums can too: a figure
// the importer would refuse is never made here either.
Result<double> finite(const Indicator &indicator, Result<double> value)
{
    if (value && !std::isfinite(*value)) {
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("Aggregation", "Combining the values of %1 gives a number too large to hold (%2): "
                                                                "a member's value is wrong.")
                         .arg(indicator.code, QString::number(*value)),
                     QStringLiteral("NON_FINITE")};
    }
    return value;
}

} // namespace

Result<double> combineAcrossUnits(const Indicator &indicator, const QList<AggregationInput> &members)
{
    return finite(indicator, combine(indicator, members));
}

Result<double> combineAcrossPeriods(const Indicator &indicator, const QList<AggregationInput> &periods)
{
    return finite(indicator, combineOverTime(indicator, periods));
}

} // namespace dh
