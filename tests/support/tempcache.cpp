#include "tempcache.h"

namespace dh::test {

TempCache::TempCache()
{
    auto registry = UnitRegistry::fromResources();
    if (!registry) {
        m_error = registry.error().message;
        return;
    }
    m_registry = *registry;
    if (reopen()) {
        if (auto r = m_cache->catalogue().upsert(catalogue()); !r) {
            m_error = r.error().message;
            m_cache.reset();
        }
    }
}

bool TempCache::reopen()
{
    m_cache.reset();
    auto cache = Cache::open(path(), m_registry, Cache::OpenMode::ReadWrite, &m_clock);
    if (!cache) {
        m_error = cache.error().message;
        return false;
    }
    m_cache = std::move(*cache);
    return true;
}

QList<Indicator> TempCache::catalogue()
{
    auto make = [](const char *code, AggregationRule rule, Period::Kind kind, const char *unit) {
        Indicator i;
        i.code = QString::fromLatin1(code);
        i.nameVi = i.nameEn = i.code;
        i.unitVi = i.unitEn = QString::fromUtf8(unit);
        i.aggregation = rule;
        i.periodicity = kind;
        return i;
    };
    Indicator cpi = make("cpi", AggregationRule::WeightedMean, Period::Kind::Month, "%");
    cpi.weightIndicator = QStringLiteral("pop");
    cpi.polarity = Polarity::LowerIsBetter;
    Indicator debt = make("debt", AggregationRule::RatioOfSums, Period::Kind::Month, "%");
    debt.numeratorIndicator = QStringLiteral("debtStock");
    debt.denominatorIndicator = QStringLiteral("gdp");
    debt.ratioFactor = 100;
    // A year-to-date rate whose parts are stored differently: disbursed to date (cumulative) over
    // the year's plan (a stock, in-period).
    Indicator disbursed = make("disbursed", AggregationRule::Sum, Period::Kind::Month, "tỷ đồng");
    disbursed.storedAs = ValueKind::Cumulative;
    Indicator disbursedRate = make("disbursedRate", AggregationRule::RatioOfSums, Period::Kind::Month, "%");
    disbursedRate.storedAs = ValueKind::Cumulative;
    disbursedRate.numeratorIndicator = QStringLiteral("disbursed");
    disbursedRate.denominatorIndicator = QStringLiteral("plan");
    disbursedRate.ratioFactor = 100;
    Indicator rev = make("rev", AggregationRule::Sum, Period::Kind::Month, "tỷ đồng");
    rev.unitEn = QStringLiteral("VND bn");
    rev.dimensions = {QStringLiteral("level"), QStringLiteral("tax")};
    rev.dimensionValues = {{QStringLiteral("level"), {QStringLiteral("central"), QStringLiteral("local")}},
                           {QStringLiteral("tax"), {QStringLiteral("vat"), QStringLiteral("cit"), QStringLiteral("pit")}}};
    return {rev,
            make("pm", AggregationRule::Mean, Period::Kind::Month, "µg/m³"),
            cpi,
            make("pop", AggregationRule::LastValue, Period::Kind::Year, "nghìn người"),
            debt,
            make("debtStock", AggregationRule::Sum, Period::Kind::Month, "tỷ đồng"),
            make("gdp", AggregationRule::Sum, Period::Kind::Month, "tỷ đồng"),
            make("km", AggregationRule::LastValue, Period::Kind::Month, "km"),
            make("pci", AggregationRule::NotAdditive, Period::Kind::Year, "điểm"),
            disbursed,
            make("plan", AggregationRule::LastValue, Period::Kind::Month, "tỷ đồng"),
            disbursedRate};
}

Observation TempCache::observation(const QString &indicator, const QString &unit, const Period &period, double value,
                                   int revision, ValueKind kind)
{
    Observation o;
    o.indicator = indicator;
    o.unit = unit;
    o.period = period;
    o.value = value;
    o.valueKind = kind;
    o.provenance = {QStringLiteral("test"), QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC), revision};
    return o;
}

} // namespace dh::test
