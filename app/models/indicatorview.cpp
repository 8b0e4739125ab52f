#include "indicatorview.h"

#include "analytics/derived.h"
#include "store/cache.h"
#include "store/reaggregator.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace dh {

namespace {

struct Converted
{
    ValueSeries values;
    QHash<Period, ObservationStatus> statuses;
    QDateTime asOf;
    bool reaggregated = false;
    QStringList members;
};

// A storage failure ends the whole view; anything else (a rule that refuses, a missing component)
// is an answer the view shows in its place.
bool isFailure(const Error &error)
{
    return error.code == Error::Code::Storage || error.code == Error::Code::Cancelled;
}

Error cancelled()
{
    return Error::cancelled(QCoreApplication::translate("IndicatorView", "Superseded by a newer request."));
}

// The indicator's in-period values in the requested kind (year to date if asked), by its rule.
Result<Converted> convert(const Cache &cache, const Reaggregator &reader, const Indicator &ind, const QString &unit,
                          Period::Kind kind, bool cumulative, const QString &disaggregation = QString())
{
    Converted c;
    const auto read = reader.series({ind.code, unit, disaggregation, ind.storedAs, ind.periodicity, std::nullopt, std::nullopt});
    if (!read)
        return read.error();
    c.reaggregated = read->reaggregated;
    c.members = read->members;
    ValueSeries stored;
    for (const SeriesPoint &p : read->points) {
        stored.insert(p.period, p.value);
        c.statuses.insert(p.period, p.status);
        c.asOf = std::max(c.asOf, p.retrievedAt);
    }
    // A coarser period carries the least final status of its parts.
    auto coarsenStatuses = [&c, kind] {
        QHash<Period, ObservationStatus> coarse;
        for (auto it = c.statuses.cbegin(); it != c.statuses.cend(); ++it) {
            const Period p = Period::containing(kind, it.key().startDate());
            coarse[p] = ObservationStatus(std::max(int(coarse.value(p, ObservationStatus::Final)), int(it.value())));
        }
        c.statuses = coarse;
    };
    if (ind.storedAs == ValueKind::Cumulative && ind.aggregation != AggregationRule::Sum) {
        // A year-to-date rate or stock has no in-period reading: it is shown as stored, and a
        // coarser period by the value at its last sub-period, once that is in.
        if (kind == ind.periodicity) {
            c.values = stored;
            return c;
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            const Period coarse = Period::containing(kind, it.key().startDate());
            if (it.key().endDate() == coarse.endDate())
                c.values.insert(coarse, it.value());
        }
        coarsenStatuses();
        return c;
    }
    ValueSeries inPeriod = ind.storedAs == ValueKind::Cumulative ? Derived::inPeriodSeries(stored) : stored;

    if (kind != ind.periodicity) {
        if (ind.aggregation == AggregationRule::RatioOfSums) {
            const auto num = cache.catalogue().find(ind.numeratorIndicator);
            const auto den = cache.catalogue().find(ind.denominatorIndicator);
            if (!num || !den)
                return Error::notFound(QCoreApplication::translate("IndicatorView", "The components of %1 are not in the catalogue.").arg(ind.code));
            auto n = convert(cache, reader, *num, unit, kind, false, disaggregation);
            auto d = convert(cache, reader, *den, unit, kind, false, disaggregation);
            if (!n)
                return n.error();
            if (!d)
                return d.error();
            inPeriod.clear();
            for (auto it = n->values.cbegin(); it != n->values.cend(); ++it) {
                const double den = d->values.value(it.key(), 0.0);
                if (den != 0.0)
                    inPeriod.insert(it.key(), ind.ratioFactor * it.value() / den);
            }
        } else {
            inPeriod = Derived::aggregateToKind(ind, inPeriod, kind);
        }
        coarsenStatuses();
    }
    c.values = cumulative ? Derived::cumulativeSeries(inPeriod) : inPeriod;
    return c;
}

bool better(Polarity polarity, double a, double b)
{
    return polarity == Polarity::LowerIsBetter ? a < b : a > b;
}

} // namespace

QList<RankedProvince> ProvinceTable::rankedAt(const Period &period, Polarity polarity) const
{
    QList<RankedProvince> out;
    const qsizetype at = periodIndex(period);
    if (at < 0)
        return out;
    for (const Row &row : rows) {
        if (!std::isnan(row.values.at(at)))
            out.append({row.unit, row.nameVi, row.nameEn, row.values.at(at)});
    }
    std::stable_sort(out.begin(), out.end(), [polarity](const RankedProvince &a, const RankedProvince &b) {
        return better(polarity, a.value, b.value);
    });
    return out;
}

QStringList ProvinceTable::periodLabels(const QLocale &locale) const
{
    QStringList labels;
    labels.reserve(periods.size());
    for (const Period &p : periods)
        labels.append(p.label(locale));
    return labels;
}

QString ProvinceTable::notice(int mapSize) const
{
    if (refused.isEmpty())
        return {};
    if (rows.isEmpty())
        return refusal;
    return QCoreApplication::translate("IndicatorView", "%1 of the %2 provinces cannot be shown: %3")
        .arg(refused.size()).arg(mapSize).arg(refusal);
}

Result<IndicatorViewData> loadIndicatorView(const Cache &cache, const IndicatorViewRequest &request, RankingMemo *memo,
                                            const Cancellation &cancellation)
{
    const auto indicator = cache.catalogue().find(request.indicator);
    if (!indicator)
        return Error::notFound(QCoreApplication::translate("IndicatorView", "Unknown indicator %1.").arg(request.indicator));
    const Reaggregator reader(cache);
    IndicatorViewData d;
    d.request = request;
    d.indicator = *indicator;
    d.kind = request.kind.value_or(indicator->periodicity);
    const bool additive = indicator->aggregation == AggregationRule::Sum;
    const bool storedToDate = indicator->storedAs == ValueKind::Cumulative;
    d.cumulativeAvailable = additive && Period::periodsPerYear(d.kind) > 1;
    // By default an indicator is read as it is reported: a year-to-date figure as year to date.
    d.cumulative = d.cumulativeAvailable ? request.cumulative.value_or(storedToDate) : storedToDate && !additive;
    const bool cumulative = d.cumulative && d.cumulativeAvailable;
    std::optional<Period> rankingPeriod = request.rankingPeriod;
    if (rankingPeriod && rankingPeriod->kind() != d.kind) {
        // A month asked of a quarterly view is its quarter; a year has no one quarter to stand for.
        const Period first = Period::containing(d.kind, rankingPeriod->startDate());
        if (!first.isValid() || first != Period::containing(d.kind, rankingPeriod->endDate())) {
            // An example says which kind of period in any language; a kind's own name is English.
            const Period example = Period::containing(d.kind, rankingPeriod->endDate());
            return Error::invalid(QCoreApplication::translate("IndicatorView", "%1 is shown by periods such as %2, and %3 is not within "
                                                                               "one of them: give one such as %2.")
                                      .arg(indicator->code, example.isValid() ? example.toString() : Period::kindName(d.kind),
                                           rankingPeriod->toString()));
        }
        rankingPeriod = first;
    }

    const auto series = convert(cache, reader, *indicator, request.unit, d.kind, cumulative);
    if (series) {
        for (auto it = series->values.cbegin(); it != series->values.cend(); ++it) {
            d.periods.append(it.key());
            d.values.append(it.value());
            d.statuses.append(series->statuses.value(it.key(), ObservationStatus::Final));
            d.lastYear.append(series->values.value(it.key().sameLastYear(), std::nan("")));
        }
        d.asOf = series->asOf;
        d.reaggregated = series->reaggregated;
        d.members = series->members;
    } else if (isFailure(series.error())) {
        return series.error();
    } else {
        d.seriesError = series.error().message;
    }

    const auto targets = reader.series({indicator->code, request.unit, QString(), ValueKind::Target, Period::Kind::Year});
    if (targets) {
        for (const SeriesPoint &p : targets->points)
            d.targets.insert(p.period.year(), p.value);
    } else if (isFailure(targets.error())) {
        return targets.error();
    }

    // Every province of the chosen map, then the ranking at one period.
    const QList<const AdminUnit *> provinces = cache.registry().unitsAt(AdminUnit::Level::Province,
                                                                         UnitRegistry::provinceMapDate(request.map34));
    d.mapSize = int(provinces.size());
    const QString memoKey = QStringLiteral("%1|%2|%3|%4").arg(indicator->code).arg(request.map34).arg(int(d.kind)).arg(cumulative);
    if (const ProvinceTable *known = memo ? memo->find(memoKey) : nullptr) {
        d.provinces = *known;
    } else {
        QList<std::pair<const AdminUnit *, ValueSeries>> read;
        QSet<Period> periods;
        for (const AdminUnit *u : provinces) {
            if (cancellation.isCancelled())
                return cancelled();
            const auto s = convert(cache, reader, *indicator, u->code, d.kind, cumulative);
            if (!s && isFailure(s.error()))
                return s.error();
            if (!s) {
                d.provinces.refused.append(u->code);
                if (d.provinces.refusal.isEmpty())
                    d.provinces.refusal = s.error().message;
                continue;
            }
            for (auto it = s->values.cbegin(); it != s->values.cend(); ++it)
                periods.insert(it.key());
            read.append({u, s->values});
        }
        d.provinces.periods = QList<Period>(periods.cbegin(), periods.cend());
        std::sort(d.provinces.periods.begin(), d.provinces.periods.end());
        for (const auto &[unit, values] : read) {
            ProvinceTable::Row row{unit->code, unit->nameVi, unit->nameEn, {}};
            row.values.reserve(d.provinces.periods.size());
            for (const Period &p : std::as_const(d.provinces.periods))
                row.values.append(values.value(p, std::nan("")));
            d.provinces.rows.append(std::move(row));
        }
        if (memo)
            memo->insert(memoKey, d.provinces);
    }
    d.rankingPeriod = rankingPeriod.value_or(d.periods.isEmpty() ? Period() : d.periods.last());
    d.ranking = d.provinces.rankedAt(d.rankingPeriod, indicator->polarity);
    d.rankingError = d.provinces.notice(d.mapSize);

    // The breakdown by the first dimension, over the last twelve periods.
    if (!indicator->dimensions.isEmpty() && !d.periods.isEmpty()) {
        d.breakdownDimension = indicator->dimensions.contains(request.breakdownDimension) ? request.breakdownDimension
                                                                                           : indicator->dimensions.first();
        const QList<Period> last = d.periods.mid(std::max<qsizetype>(0, d.periods.size() - 12));
        d.breakdownPeriods = last;
        // A merged province has no stored breakdown of its own: its members' keys name the parts.
        const QString keysFrom = d.members.isEmpty() ? request.unit : d.members.first();
        const auto keys = cache.observations().disaggregations(indicator->code, keysFrom);
        if (!keys)
            return keys.error();
        for (const QString &key : *keys) {
            const QStringList dims = DisaggregationKey::dimensions(key);
            if (dims != QStringList{d.breakdownDimension})
                continue;
            if (cancellation.isCancelled())
                return cancelled();
            const auto part = convert(cache, reader, *indicator, request.unit, d.kind, cumulative, key);
            if (!part && isFailure(part.error()))
                return part.error();
            if (!part || part->values.isEmpty())
                continue;
            QList<double> row;
            for (const Period &p : last)
                row.append(part->values.value(p, std::nan("")));
            d.breakdownKeys.append(key);
            d.breakdown.append(row);
        }
    }
    return d;
}

} // namespace dh
