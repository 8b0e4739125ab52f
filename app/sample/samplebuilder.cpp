#include "samplebuilder.h"

#include <QtDebug>

#include <algorithm>
#include <cmath>

namespace dh {

SampleBuilder::SampleBuilder(const QStringList &provinceCodes, const QList<int> &gso, quint64 seed)
    : m_gso(gso)
    , m_seed(seed)
{
    m_units.append(QStringLiteral("VN"));
    m_units.append(provinceCodes);
    static const SampleProvinceProfile fallback{u"", 1000, 60, 5000, 30};
    for (const QString &code : provinceCodes) {
        const SampleProvinceProfile *p = SampleProvinces::find(code);
        m_profiles.push_back(p ? p : &fallback);
    }
}

void SampleBuilder::build()
{
    // The order matters only where one series needs another (weights, components).
    buildLabourSocial();
    buildGrowth();
    buildFinance();
    buildMacro();
    buildBusiness();
    buildEnvironment();
    buildAdministration();
    buildInfrastructure();
    buildTargets();
}

SampleSeries &SampleBuilder::add(const QString &code, Period::Kind kind, const QString &disaggregation)
{
    m_series.emplace_back(code, kind, disaggregation);
    if (disaggregation.isEmpty())
        m_index.insert(code, m_series.size() - 1);
    return m_series.back();
}

const SampleSeries &SampleBuilder::get(QStringView code) const
{
    const auto it = m_index.constFind(code.toString());
    Q_ASSERT(it != m_index.cend());
    return m_series[*it];
}

SampleRandom SampleBuilder::rng(QStringView code, int unit) const
{
    return SampleRandom::stream(m_seed, code, m_units.at(unit));
}

std::vector<double> SampleBuilder::weights(const std::function<double(const SampleProvinceProfile &)> &f) const
{
    std::vector<double> w(SampleSeries::units, 0.0);
    for (int u = 1; u < SampleSeries::units && u - 1 < int(m_profiles.size()); ++u)
        w[size_t(u)] = std::max(0.0, f(*m_profiles[size_t(u - 1)]));
    return w;
}

SampleSeries &SampleBuilder::flow(const QString &code, Period::Kind kind, const Flow &spec)
{
    SampleSeries &s = add(code, kind);
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
        double total = 0.0;
        for (int m = 1; m <= perYear; ++m) {
            double f = spec.season[size_t(m - 1)] * (1.0 + growth * (m - (perYear + 1) / 2.0) / perYear);
            if (perYear == 12) {
                const int tet = SampleSeries::tetMonth(y);
                if (m == tet)
                    f *= 1.0 - spec.tet;
                if (m == tet - 1 || (tet == 1 && m == 12 && SampleSeries::tetMonth(y + 1) == 1))
                    f *= 1.0 + spec.tetBoost;
                f *= std::max(0.02, 1.0 - spec.covid * SampleSeries::covidDip(y, m));
            } else {
                double dip = 0.0;
                const int months = 12 / perYear;
                for (int k = 0; k < months; ++k)
                    dip += SampleSeries::covidDip(y, (m - 1) * months + k + 1) / months;
                f *= std::max(0.02, 1.0 - spec.covid * dip);
            }
            if (spec.extra)
                f *= spec.extra(y, m);
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
            // The 2021 wave and lockdown hit the south hardest.
            if (south(u) && month > 0)
                v *= std::max(0.02, 1.0 - 0.6 * spec.covid * SampleSeries::covidDip(s.year(p), month) * (s.year(p) == 2021));
            // A lumpy flow skips some periods; the others carry more, so the year stays on its anchor.
            v = gate < spec.zeroProb ? 0.0 : v / (1.0 - spec.zeroProb);
            s.at(u, p) = SampleSeries::round(v, spec.decimals);
        }
    }
    s.sumProvinces(spec.decimals);
    return s;
}

SampleSeries &SampleBuilder::rate(const QString &code, Period::Kind kind, const Rate &spec)
{
    SampleSeries &s = add(code, kind);
    const int n = s.periods();
    std::vector<double> path(static_cast<size_t>(n));
    for (int p = 0; p < n; ++p)
        path[size_t(p)] = spec.path(s, p);

    if (!spec.provinces || spec.rule == AggregationRule::NotAdditive) {
        // A national figure of its own (an index or a national-only rate), not combined from provinces.
        SampleRandom r = rng(code, 0);
        double e = 0.0;
        for (int p = 0; p < n; ++p) {
            e = spec.ar * e + std::sqrt(1 - spec.ar * spec.ar) * spec.noise * 0.5 * r.normal();
            s.at(0, p) = SampleSeries::round(std::clamp(path[size_t(p)] + e, spec.lo, spec.hi), spec.decimals);
        }
        if (!spec.provinces)
            return s;
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
            const double v = SampleSeries::round(std::clamp(path[size_t(p)] + raw[size_t(u)] - dev, spec.lo, spec.hi), spec.decimals);
            s.at(u, p) = v;
            const double w = spec.rule == AggregationRule::WeightedMean && spec.weights ? spec.weights->at(u, p) : 1.0;
            num += w * v;
            den += w;
        }
        if (spec.rule != AggregationRule::NotAdditive)
            s.at(0, p) = num / den; // exact, not rounded: it is what re-aggregation computes
    }
    return s;
}

SampleSeries &SampleBuilder::ratio(const QString &code, const SampleSeries &num, const SampleSeries &den, double factor)
{
    SampleSeries &s = add(code, num.kind());
    for (int u = 0; u < SampleSeries::units; ++u) {
        for (int p = 0; p < s.periods(); ++p) {
            const double d = den.at(u, p);
            if (!std::isnan(d) && d != 0.0 && !std::isnan(num.at(u, p)))
                s.at(u, p) = factor * num.at(u, p) / d;
        }
    }
    return s;
}

SampleSeries &SampleBuilder::difference(const QString &code, const SampleSeries &a, const SampleSeries &b, int decimals)
{
    SampleSeries &s = add(code, a.kind());
    for (int u = 1; u < SampleSeries::units; ++u) {
        for (int p = 0; p < s.periods(); ++p)
            s.at(u, p) = SampleSeries::round(a.at(u, p) - b.at(u, p), decimals);
    }
    s.sumProvinces(decimals);
    return s;
}

SampleSeries &SampleBuilder::cumulate(const QString &code, const SampleSeries &flow, int decimals)
{
    SampleSeries &s = add(code, flow.kind());
    for (int u = 1; u < SampleSeries::units; ++u) {
        double running = 0.0;
        for (int p = 0; p < s.periods(); ++p) {
            if (s.sub(p) == 1)
                running = 0.0;
            running = SampleSeries::round(running + flow.at(u, p), decimals);
            s.at(u, p) = running;
        }
    }
    s.sumProvinces(decimals);
    return s;
}

SampleSeries &SampleBuilder::stock(const QString &code, Period::Kind kind, const SampleSeries::Anchors &path,
                                   const std::vector<double> &w, double drift, double noise, int decimals)
{
    SampleSeries &s = add(code, kind);
    std::vector<double> d(SampleSeries::units, 0.0);
    std::vector<SampleRandom> r;
    r.reserve(SampleSeries::units);
    for (int u = 0; u < SampleSeries::units; ++u) {
        r.push_back(rng(code, u));
        d[size_t(u)] = drift * r.back().normal();
    }
    std::vector<double> e(SampleSeries::units, 0.0);
    for (int p = 0; p < s.periods(); ++p) {
        const double t = s.time(p);
        double sum = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u)
            sum += w[size_t(u)] * std::exp(d[size_t(u)] * (t - 2020));
        const double total = SampleSeries::interpolate(path, t);
        for (int u = 1; u < SampleSeries::units; ++u) {
            e[size_t(u)] = 0.8 * e[size_t(u)] + 0.6 * noise * r[size_t(u)].normal();
            const double v = total * w[size_t(u)] * std::exp(d[size_t(u)] * (t - 2020)) / sum * (1 + e[size_t(u)]);
            s.at(u, p) = SampleSeries::round(v, decimals);
        }
    }
    s.sumProvinces(decimals);
    return s;
}

} // namespace dh
