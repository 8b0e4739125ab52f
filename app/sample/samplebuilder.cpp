#include "samplebuilder.h"

#include "core/observation.h"

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace dh {

SampleBuilder::SampleBuilder(const SampleCatalog &catalog, SampleProvinces provinces, const QStringList &provinceCodes,
                             const QList<int> &gso, quint64 seed)
    : m_gso(gso)
    , m_provinces(std::move(provinces))
    , m_seed(seed)
{
    for (const Indicator &ind : catalog.indicators())
        m_indicators.insert(ind.code, ind);
    m_units.append(u"VN"_s);
    m_units.append(provinceCodes);
    for (const QString &code : provinceCodes)
        m_profiles.append(m_provinces.find(code));
}

Result<void> SampleBuilder::build(const SampleJson &models)
{
    static const QList<std::pair<QString, Model>> kModels = {
        {u"flow"_s, &SampleBuilder::readFlow},
        {u"rate"_s, &SampleBuilder::readRate},
        {u"stock"_s, &SampleBuilder::readStock},
        {u"share"_s, &SampleBuilder::readShare},
        {u"ratio"_s, &SampleBuilder::readRatio},
        {u"difference"_s, &SampleBuilder::readDifference},
        {u"cumulate"_s, &SampleBuilder::readCumulate},
        {u"yearMean"_s, &SampleBuilder::readYearMean},
        {u"score"_s, &SampleBuilder::readScore},
        {u"backlog"_s, &SampleBuilder::readBacklog},
        {u"exportParts"_s, &SampleBuilder::buildExportParts},
        {u"budgetParts"_s, &SampleBuilder::buildBudgetParts},
        {u"publicInvestment"_s, &SampleBuilder::buildPublicInvestment},
        {u"fdiSectors"_s, &SampleBuilder::buildFdiSectors},
        {u"doctors"_s, &SampleBuilder::buildDoctors},
        {u"poverty"_s, &SampleBuilder::buildPoverty},
        {u"pm25"_s, &SampleBuilder::buildPm25},
        {u"forest"_s, &SampleBuilder::buildForest},
        {u"dossiers"_s, &SampleBuilder::buildDossiers},
        {u"expressways"_s, &SampleBuilder::buildExpressways},
    };

    m_calendar = SampleCalendar::fromJson(models.object(u"calendar"));
    // Both optional: without defaults every entry gives all its fields.
    m_paths = models.has(u"paths") ? models.object(u"paths") : SampleJson();
    const SampleJson defaults = models.has(u"defaults") ? models.object(u"defaults") : SampleJson();
    const QList<SampleJson> entries = models.objects(u"series");
    if (!models.ok())
        return models.error();
    for (const SampleJson &unlabelled : entries) {
        const QString name = unlabelled.text(u"model");
        // Messages name an entry by its series, or by its model when it builds several.
        const SampleJson entry = unlabelled.labelled(unlabelled.isText(u"code") ? unlabelled.text(u"code") : name);
        const auto it = std::find_if(kModels.cbegin(), kModels.cend(), [&name](const auto &m) { return m.first == name; });
        if (entry.ok() && it == kModels.cend()) {
            QStringList names;
            for (const auto &m : kModels)
                names.append(m.first);
            entry.fail(u"model", SampleJson::tr("names %1, which is not a model (%2).").arg(name, names.join(u", ")));
        }
        if (!entry.ok())
            return entry.error();
        (this->*(it->second))(entry.withDefaults(defaults.raw().value(name).toObject()));
        if (!entry.ok())
            return entry.error();
    }
    buildTargets(models);
    if (!models.ok())
        return models.error();
    for (const Indicator &ind : std::as_const(m_indicators)) {
        if (!m_index.contains(ind.code))
            return Error::invalid(SampleJson::tr("models.json: the indicator %1 of the catalogue has no series.").arg(ind.code));
    }
    return {};
}

SampleSeries *SampleBuilder::add(const SampleJson &spec, const QString &code, const QString &disaggregation)
{
    const auto indicator = m_indicators.constFind(code);
    Period::Kind kind = Period::Kind::Month;
    if (indicator != m_indicators.cend()) {
        kind = indicator->periodicity;
        if (disaggregation.isEmpty())
            m_decimals.insert(code, indicator->decimals);
    } else if (code.contains(u'#') && disaggregation.isEmpty()) {
        // A helper series, never written out: it says what the catalogue would.
        const QString periodicity = spec.text(u"periodicity");
        const auto k = Period::kindFromName(periodicity);
        if (!k || (*k != Period::Kind::Month && *k != Period::Kind::Quarter && *k != Period::Kind::Year))
            spec.fail(u"periodicity", SampleJson::tr("must be month, quarter or year."));
        kind = k.value_or(kind);
        m_decimals.insert(code, std::clamp(spec.integer(u"decimals"), 0, 6));
    } else {
        spec.fail(SampleJson::tr("%1 names %2, which is neither in the catalogue nor a helper series (code#name).")
                      .arg(spec.where(), code));
    }
    if (disaggregation.isEmpty() && m_index.contains(code))
        spec.fail(SampleJson::tr("%1 builds %2 a second time.").arg(spec.where(), code));
    if (!spec.ok())
        return nullptr;
    m_series.emplace_back(code, kind, disaggregation);
    if (disaggregation.isEmpty())
        m_index.insert(code, m_series.size() - 1);
    return &m_series.back();
}

SampleSeries *SampleBuilder::output(const SampleJson &spec, QStringView key)
{
    const QString code = spec.text(key);
    return spec.ok() ? add(spec, code) : nullptr;
}

const SampleSeries *SampleBuilder::input(const SampleJson &spec, QStringView key, std::optional<Period::Kind> kind)
{
    const QString code = spec.text(key);
    const auto it = m_index.constFind(code);
    if (spec.ok() && it == m_index.cend()) {
        spec.fail(key, SampleJson::tr("names %1, which no entry before this one builds.").arg(code));
        return nullptr;
    }
    if (!spec.ok())
        return nullptr;
    const SampleSeries *s = &m_series[*it];
    if (kind && s->kind() != *kind) {
        spec.fail(key, SampleJson::tr("names %1, which is not %2.").arg(code, Period::kindName(*kind)));
        return nullptr;
    }
    return s;
}

SampleSeries *SampleBuilder::part(const SampleJson &spec, const SampleSeries &total, const QString &key)
{
    const std::optional<QString> canonical = DisaggregationKey::canonical(key);
    const QStringList dimensions = DisaggregationKey::dimensions(key);
    const Indicator indicator = m_indicators.value(total.indicator());
    if (!canonical || *canonical != key || dimensions.size() != 1 || !indicator.dimensions.contains(dimensions.first())) {
        spec.fail(SampleJson::tr("%1: %2 is not a dimension=value part of %3 (its dimensions: %4).")
                      .arg(spec.where(), key, total.indicator(), indicator.dimensions.join(u", ")));
        return nullptr;
    }
    // The cache takes only the values its catalogue lists.
    if (const QString problem = indicator.disaggregationProblem(key); !problem.isEmpty()) {
        spec.fail(SampleJson::tr("%1: %2").arg(spec.where(), problem));
        return nullptr;
    }
    return add(spec, total.indicator(), key);
}

SampleRandom SampleBuilder::rng(QStringView code, int unit) const
{
    return SampleRandom::stream(m_seed, code, m_units.at(unit));
}

SampleFormula SampleBuilder::formula(const SampleJson &spec, QStringView key) const
{
    const QString text = spec.text(key);
    if (!spec.ok())
        return {};
    auto parsed = SampleFormula::parse(text);
    if (!parsed) {
        spec.fail(key, SampleJson::tr("is not a formula: %1").arg(parsed.error().message));
        return {};
    }
    return *parsed;
}

std::vector<double> SampleBuilder::weights(const SampleFormula &f) const
{
    std::vector<double> w = perProvince(f);
    for (double &v : w)
        v = std::max(0.0, v);
    return w;
}

std::vector<double> SampleBuilder::perProvince(const SampleFormula &f) const
{
    std::vector<double> w(SampleSeries::units, 0.0);
    for (int u = 1; u < SampleSeries::units && u - 1 < m_profiles.size(); ++u)
        w[size_t(u)] = f(*m_profiles[u - 1]);
    return w;
}

void SampleBuilder::flow(SampleSeries &s, const Flow &spec)
{
    const QString &code = s.indicator();
    const int perYear = s.perYear();
    const int n = s.periods();

    // The national level: each year's anchor spread over its months by the seasonal shape, so a
    // year's total stays on its anchor; a within-year slope avoids steps at the turn of the year.
    std::vector<double> level(static_cast<size_t>(n), 0.0);
    std::vector<double> shape(static_cast<size_t>(perYear));
    for (int y = SampleSeries::firstYear; y < SampleSeries::firstYear + int(spec.annual.size()); ++y) {
        const size_t i = size_t(y - SampleSeries::firstYear);
        const double prev = spec.annual[i > 0 ? i - 1 : i];
        const double next = spec.annual[i + 1 < spec.annual.size() ? i + 1 : i];
        const double span = (i > 0 ? 1 : 0) + (i + 1 < spec.annual.size() ? 1 : 0);
        // Capped: around the closed borders of 2020–2022 the neighbours differ a hundredfold.
        const double growth = std::clamp(span > 0 && prev > 0 && next > 0 ? std::pow(next / prev, 1.0 / span) - 1.0 : 0.0, -0.3, 0.3);
        const auto extra = spec.extra.constFind(y);
        double total = 0.0;
        for (int m = 1; m <= perYear; ++m) {
            double f = spec.season[size_t(m - 1)] * (1.0 + growth * (m - (perYear + 1) / 2.0) / perYear);
            if (perYear == 12) {
                const int tet = m_calendar.tetMonth(y);
                if (m == tet)
                    f *= 1.0 - spec.tet;
                if (m == tet - 1 || (tet == 1 && m == 12 && m_calendar.tetMonth(y + 1) == 1))
                    f *= 1.0 + spec.tetBoost;
                f *= std::max(0.02, 1.0 - spec.covid * m_calendar.covidDip(y, m));
            } else {
                double dip = 0.0;
                const int months = 12 / perYear;
                for (int k = 0; k < months; ++k)
                    dip += m_calendar.covidDip(y, (m - 1) * months + k + 1) / months;
                f *= std::max(0.02, 1.0 - spec.covid * dip);
            }
            if (extra != spec.extra.cend())
                f *= (*extra)[size_t(m - 1)];
            shape[size_t(m - 1)] = f;
            total += f;
        }
        for (int m = 1; m <= perYear; ++m) {
            const int p = int(i) * perYear + m - 1;
            if (p < n)
                level[size_t(p)] = spec.annual[i] * shape[size_t(m - 1)] / total;
        }
    }

    // Shares with a slow drift per province, normalised in every period.
    std::vector<double> drift(SampleSeries::units, 0.0);
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(QString(code + u"#drift"), u);
        drift[size_t(u)] = spec.drift * r.normal();
    }
    SampleRandom common = rng(QString(code + u"#common"), 0);
    std::vector<double> share(SampleSeries::units);
    std::vector<SampleRandom> noise;
    noise.reserve(SampleSeries::units);
    for (int u = 0; u < SampleSeries::units; ++u)
        noise.push_back(rng(code, u));
    const int decimals = this->decimals(code);
    for (int p = 0; p < n; ++p) {
        const double t = s.time(p) - 2020.0;
        double sum = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u) {
            share[size_t(u)] = spec.weights[size_t(u)] * std::exp(drift[size_t(u)] * t);
            sum += share[size_t(u)];
        }
        const double c = std::exp(spec.common * common.normal());
        const int month = perYear == 12 ? s.sub(p) : 0;
        for (int u = 1; u < SampleSeries::units; ++u) {
            SampleRandom &r = noise[size_t(u)];
            const double z = r.normal();
            const double gate = r.uniform();
            double v = level[size_t(p)] * c * share[size_t(u)] / sum * std::exp(spec.noise * z - spec.noise * spec.noise / 2);
            if (south(u, spec.southFromGso) && month > 0)
                v *= std::max(0.02, 1.0 - spec.southWave * spec.covid * m_calendar.covidDip(s.year(p), month) * (s.year(p) == spec.southWaveYear));
            // A lumpy flow skips some periods; the others carry more, so the year stays on its anchor.
            v = gate < spec.zeroProb ? 0.0 : v / (1.0 - spec.zeroProb);
            s.at(u, p) = SampleSeries::round(v, decimals);
        }
    }
    s.sumProvinces(decimals);
}

void SampleBuilder::rate(SampleSeries &s, const Rate &spec)
{
    const QString &code = s.indicator();
    const int decimals = this->decimals(code);
    const int n = s.periods();
    std::vector<double> path(static_cast<size_t>(n));
    for (int p = 0; p < n; ++p)
        path[size_t(p)] = spec.path.at(s, p);

    if (!spec.provinces || spec.rule == AggregationRule::NotAdditive) {
        // A national figure of its own (an index or a national-only rate), not combined from provinces.
        SampleRandom r = rng(code, 0);
        double e = 0.0;
        for (int p = 0; p < n; ++p) {
            e = spec.ar * e + std::sqrt(1 - spec.ar * spec.ar) * spec.noise * 0.5 * r.normal();
            s.at(0, p) = SampleSeries::round(std::clamp(path[size_t(p)] + e, spec.lo, spec.hi), decimals);
        }
        if (!spec.provinces)
            return;
    }

    std::vector<double> bias(SampleSeries::units, 0.0);
    std::vector<SampleRandom> noise;
    noise.reserve(SampleSeries::units);
    for (int u = 0; u < SampleSeries::units; ++u) {
        noise.push_back(rng(code, u));
        if (u > 0)
            bias[size_t(u)] = spec.spread * noise.back().normal() + (spec.bias.empty() ? 0.0 : spec.bias[size_t(u)]);
    }
    std::vector<double> e(SampleSeries::units, 0.0);
    std::vector<double> raw(SampleSeries::units, 0.0);
    const double innovation = std::sqrt(1 - spec.ar * spec.ar) * spec.noise;
    for (int p = 0; p < n; ++p) {
        double dev = 0.0;
        double wsum = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u) {
            e[size_t(u)] = spec.ar * e[size_t(u)] + innovation * noise[size_t(u)].normal();
            raw[size_t(u)] = bias[size_t(u)] + e[size_t(u)];
            const double w = spec.weights ? spec.weights->at(u, p) : 1.0;
            dev += w * raw[size_t(u)];
            wsum += w;
        }
        // Centred, so the provinces' (weighted) mean lands on the national path.
        dev = spec.rule == AggregationRule::NotAdditive ? 0.0 : dev / wsum;
        double num = 0.0;
        double den = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u) {
            const double v = SampleSeries::round(std::clamp(path[size_t(p)] + raw[size_t(u)] - dev, spec.lo, spec.hi), decimals);
            s.at(u, p) = v;
            const double w = spec.rule == AggregationRule::WeightedMean && spec.weights ? spec.weights->at(u, p) : 1.0;
            num += w * v;
            den += w;
        }
        if (spec.rule != AggregationRule::NotAdditive)
            s.at(0, p) = num / den; // exact, not rounded: it is what re-aggregation computes
    }
}

void SampleBuilder::ratio(SampleSeries &s, const SampleSeries &num, const SampleSeries &den, double factor)
{
    for (int u = 0; u < SampleSeries::units; ++u) {
        for (int p = 0; p < s.periods(); ++p) {
            const double d = den.at(u, p);
            if (!std::isnan(d) && d != 0.0 && !std::isnan(num.at(u, p)))
                s.at(u, p) = factor * num.at(u, p) / d;
        }
    }
}

} // namespace dh
