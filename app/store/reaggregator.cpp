#include "reaggregator.h"

#include "core/aggregation.h"

#include <QCoreApplication>

#include <map>

namespace dh {

namespace {

ObservationStatus worse(ObservationStatus a, ObservationStatus b)
{
    return int(a) > int(b) ? a : b;
}

// Values of one indicator per (member, period), plus where a member's weight is read from when the
// weight indicator is reported less often (an annual population weighting monthly prices).
struct MemberValues
{
    QHash<QString, QHash<qint64, double>> values;

    double get(const QString &member, const Period &p) const
    {
        const auto m = values.constFind(member);
        if (m == values.cend())
            return AggregationInput::missing;
        return m->value(p.ordinal(), AggregationInput::missing);
    }
};

Result<MemberValues> readMembers(const Cache &cache, const QString &indicator, const QStringList &members,
                                 const SeriesQuery &base, std::optional<Period::Kind> kind = std::nullopt)
{
    MemberValues out;
    for (const QString &m : members) {
        SeriesQuery q = base;
        q.indicator = indicator;
        q.unit = m;
        if (kind) {
            q.periodKind = *kind;
            q.valueKind = ValueKind::InPeriod;
            q.disaggregation.clear();
            q.from.reset();
            q.to.reset();
        }
        const auto s = cache.observations().series(q);
        if (!s)
            return s.error();
        auto &row = out.values[m];
        for (const SeriesPoint &p : *s)
            row.insert(p.period.ordinal(), p.value);
    }
    return out;
}

} // namespace

Reaggregator::Reaggregator(const Cache &cache)
    : m_cache(cache)
{
}

QStringList Reaggregator::membersOf(const QString &unit) const
{
    const AdminUnit *u = m_cache.registry().find(unit);
    if (!u || u->validFrom.isNull())
        return {};
    return u->predecessors;
}

Result<ReaggregatedSeries> Reaggregator::series(const SeriesQuery &query) const
{
    const auto indicator = m_cache.catalogue().find(query.indicator);
    if (!indicator)
        return Error::notFound(QCoreApplication::translate("Reaggregator", "Unknown indicator %1.").arg(query.indicator));
    const auto direct = m_cache.observations().series(query);
    if (!direct)
        return direct.error();

    ReaggregatedSeries result;
    result.points = *direct;
    const QStringList members = membersOf(query.unit);
    if (members.isEmpty())
        return result;
    if (indicator->aggregation == AggregationRule::NotAdditive && members.size() > 1) {
        if (!result.points.isEmpty())
            return result;
        return Error::unsupported(QCoreApplication::translate("Reaggregator",
            "%1 is not additive, so it cannot be shown on %2, which merged %3 provinces on 1 July 2025: only the values reported for each former province exist.")
            .arg(indicator->code, query.unit).arg(members.size()));
    }

    // Member statuses and stamps come from the value series; the rule may need more series.
    QHash<QString, QList<SeriesPoint>> memberSeries;
    for (const QString &m : members) {
        SeriesQuery q = query;
        q.unit = m;
        const auto s = m_cache.observations().series(q);
        if (!s)
            return s.error();
        memberSeries.insert(m, *s);
    }

    MemberValues weights;
    std::optional<Period::Kind> weightKind;
    MemberValues numerators;
    MemberValues denominators;
    if (indicator->aggregation == AggregationRule::WeightedMean) {
        const auto w = m_cache.catalogue().find(indicator->weightIndicator);
        if (!w)
            return Error::notFound(QCoreApplication::translate("Reaggregator", "%1 is weighted by %2, which is not in the catalogue.")
                                       .arg(indicator->code, indicator->weightIndicator));
        weightKind = w->periodicity;
        auto r = readMembers(m_cache, w->code, members, query, weightKind);
        if (!r)
            return r.error();
        weights = std::move(*r);
    } else if (indicator->aggregation == AggregationRule::RatioOfSums) {
        // Each component is read as it is stored: a year-to-date rate divides the disbursements
        // to date (cumulative) by the year's plan (a stock, stored in-period).
        auto component = [&](const QString &code) -> Result<MemberValues> {
            const auto c = m_cache.catalogue().find(code);
            if (!c)
                return Error::notFound(QCoreApplication::translate("Reaggregator", "%1 is computed from %2, which is not in the catalogue.")
                                           .arg(indicator->code, code));
            SeriesQuery q = query;
            if (query.valueKind == indicator->storedAs)
                q.valueKind = c->storedAs;
            return readMembers(m_cache, code, members, q);
        };
        auto n = component(indicator->numeratorIndicator);
        if (!n)
            return n.error();
        auto d = component(indicator->denominatorIndicator);
        if (!d)
            return d.error();
        numerators = std::move(*n);
        denominators = std::move(*d);
    }

    // Every period any member reports, in order.
    std::map<qint64, Period> periods;
    for (const auto &s : std::as_const(memberSeries)) {
        for (const SeriesPoint &p : s)
            periods.emplace(p.period.ordinal(), p.period);
    }
    QHash<qint64, qsizetype> directIndex;
    for (qsizetype i = 0; i < result.points.size(); ++i)
        directIndex.insert(result.points.at(i).period.ordinal(), i);

    QList<SeriesPoint> combined;
    for (const auto &[ordinal, period] : periods) {
        if (directIndex.contains(ordinal))
            continue;
        QList<AggregationInput> inputs;
        ObservationStatus status = ObservationStatus::Final;
        QDateTime stamp;
        for (const QString &m : members) {
            AggregationInput in;
            for (const SeriesPoint &p : memberSeries.value(m)) {
                if (p.period.ordinal() == ordinal) {
                    in.value = p.value;
                    status = worse(status, p.status);
                    stamp = std::max(stamp, p.retrievedAt);
                    break;
                }
            }
            if (weightKind)
                in.weight = weights.get(m, Period::containing(*weightKind, period.startDate()));
            in.numerator = numerators.get(m, period);
            in.denominator = denominators.get(m, period);
            inputs.append(in);
        }
        const auto value = combineAcrossUnits(*indicator, inputs);
        if (!value) {
            if (value.error().code == Error::Code::Unsupported)
                return value.error();
            if (value.error().code == Error::Code::Invalid)
                result.refused.append({period, value.error().message});
            else
                result.incomplete.append(period);
            continue;
        }
        combined.append({period, *value, status, 0, stamp});
    }
    if (!combined.isEmpty()) {
        result.reaggregated = true;
        result.members = members;
        result.points += combined;
        std::sort(result.points.begin(), result.points.end(),
                  [](const SeriesPoint &a, const SeriesPoint &b) { return a.period < b.period; });
    }
    return result;
}

Result<QList<UnitValue>> Reaggregator::crossSection(const QString &indicator, const Period &period, const QStringList &units,
                                                    const QString &disaggregation, ValueKind valueKind) const
{
    const auto direct = m_cache.observations().crossSection(indicator, period, units, disaggregation, valueKind);
    if (!direct)
        return direct.error();
    QHash<QString, UnitValue> found;
    for (const UnitValue &v : *direct)
        found.insert(v.unit, v);

    QList<UnitValue> out;
    for (const QString &unit : units) {
        if (const auto it = found.constFind(unit); it != found.cend()) {
            out.append(*it);
            continue;
        }
        if (membersOf(unit).isEmpty())
            continue;
        SeriesQuery q{indicator, unit, disaggregation, valueKind, period.kind(), period, period};
        const auto s = series(q);
        if (!s) {
            if (s.error().code == Error::Code::Unsupported || s.error().code == Error::Code::Storage)
                return s.error();
            continue;
        }
        if (!s->points.isEmpty()) {
            const SeriesPoint &p = s->points.first();
            out.append({unit, p.value, p.status, p.retrievedAt});
        }
    }
    return out;
}

} // namespace dh
