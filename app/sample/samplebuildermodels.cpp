// SampleBuilder's generic models: each reads one entry of models.json and builds its series. The
// machinery of flows and rates is in samplebuilder.cpp; the specials in samplebuilderspecials.cpp.
#include "samplebuilder.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace dh {

void SampleBuilder::readFlow(const SampleJson &spec)
{
    SampleSeries *s = output(spec, u"code");
    if (!s)
        return;
    Flow f;
    f.annual = spec.numbers(u"annual", SampleSeries::years);
    f.season = spec.has(u"season") ? spec.numbers(u"season", s->perYear()) : std::vector<double>(size_t(s->perYear()), 1.0);
    f.tet = spec.number(u"tet");
    f.tetBoost = spec.number(u"tetBoost");
    f.covid = spec.number(u"covid");
    f.drift = spec.number(u"drift");
    f.noise = spec.number(u"noise");
    f.common = spec.number(u"common");
    f.zeroProb = spec.number(u"zeroProb");
    f.southFromGso = spec.integer(u"southFromGso");
    f.southWaveYear = spec.integer(u"southWaveYear");
    f.southWave = spec.number(u"southWave");
    if (spec.has(u"extra")) {
        const SampleJson extra = spec.object(u"extra");
        for (const QString &key : extra.keys()) {
            bool isYear = false;
            const int year = key.toInt(&isYear);
            if (!isYear)
                extra.fail(key, SampleJson::tr("is not a year."));
            f.extra.insert(year, extra.numbers(key, s->perYear()));
        }
    }
    f.weights = weights(formula(spec, u"weights"));
    if (!(f.zeroProb >= 0.0 && f.zeroProb < 1.0))
        spec.fail(u"zeroProb", SampleJson::tr("must be at least 0 and below 1."));
    if (spec.ok())
        flow(*s, f);
}

void SampleBuilder::readRate(const SampleJson &spec)
{
    SampleSeries *s = output(spec, u"code");
    if (!s)
        return;
    const Indicator ind = m_indicators.value(s->indicator());
    Rate r;
    r.path = SamplePath::fromJson(spec.object(u"path"), m_paths, m_calendar, s->kind());
    r.spread = spec.number(u"spread");
    r.noise = spec.number(u"noise");
    r.ar = spec.number(u"ar");
    std::tie(r.lo, r.hi) = spec.bounds();
    r.provinces = spec.flag(u"provinces");
    if (spec.has(u"bias"))
        r.bias = perProvince(formula(spec, u"bias"));
    // The nation combines the provinces by the catalogue's rule.
    r.rule = ind.aggregation;
    if (r.rule != AggregationRule::Mean && r.rule != AggregationRule::WeightedMean && r.rule != AggregationRule::NotAdditive)
        spec.fail(SampleJson::tr("%1: a rate needs the rule mean, weighted-mean or not-additive, not %2.")
                      .arg(spec.where(), aggregationName(r.rule)));
    if (r.rule == AggregationRule::WeightedMean) {
        const auto it = m_index.constFind(ind.weightIndicator);
        if (it == m_index.cend())
            spec.fail(SampleJson::tr("%1 is weighted by %2, which no entry before this one builds.").arg(spec.where(), ind.weightIndicator));
        else
            r.weights = &m_series[*it];
    }
    if (!(r.ar > -1.0 && r.ar < 1.0))
        spec.fail(u"ar", SampleJson::tr("must be above -1 and below 1."));
    if (spec.ok())
        rate(*s, r);
}

void SampleBuilder::readStock(const SampleJson &spec)
{
    SampleSeries *s = output(spec, u"code");
    const SampleSeries::Anchors path = spec.anchors(u"path", &m_paths);
    const std::vector<double> w = weights(formula(spec, u"weights"));
    const double drift = spec.number(u"drift");
    const double noise = spec.number(u"noise");
    const double ar = spec.number(u"ar");
    const double innovation = spec.number(u"innovation");
    if (!s || !spec.ok())
        return;

    const QString &code = s->indicator();
    const int decimals = this->decimals(code);
    std::vector<double> d(SampleSeries::units, 0.0);
    std::vector<SampleRandom> r;
    r.reserve(SampleSeries::units);
    for (int u = 0; u < SampleSeries::units; ++u) {
        r.push_back(rng(code, u));
        d[size_t(u)] = drift * r.back().normal();
    }
    std::vector<double> e(SampleSeries::units, 0.0);
    for (int p = 0; p < s->periods(); ++p) {
        const double t = s->time(p);
        double sum = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u)
            sum += w[size_t(u)] * std::exp(d[size_t(u)] * (t - 2020));
        const double total = SampleSeries::interpolate(path, t);
        for (int u = 1; u < SampleSeries::units; ++u) {
            e[size_t(u)] = ar * e[size_t(u)] + innovation * noise * r[size_t(u)].normal();
            const double v = total * w[size_t(u)] * std::exp(d[size_t(u)] * (t - 2020)) / sum * (1 + e[size_t(u)]);
            s->at(u, p) = SampleSeries::round(v, decimals);
        }
    }
    s->sumProvinces(decimals);
}

void SampleBuilder::readShare(const SampleJson &spec)
{
    SampleSeries *s = output(spec, u"code");
    const SampleSeries *base = s ? input(spec, u"of", s->kind()) : nullptr;
    const SampleSeries::Anchors path = spec.anchors(u"path", &m_paths);
    const double spread = spec.number(u"spread");
    const double ar = spec.number(u"ar");
    const double noise = spec.number(u"noise");
    const auto [lo, hi] = spec.bounds();
    const std::vector<double> extra = spec.has(u"bias") ? perProvince(formula(spec, u"bias")) : std::vector<double>();
    const std::vector<double> centre = spec.has(u"centre") ? perProvince(formula(spec, u"centre")) : std::vector<double>();
    if (!s || !base || !spec.ok())
        return;

    // A lasting bias per province, centred if asked on the weighted mean, so the nation stays on its path.
    const QString &code = s->indicator();
    const int decimals = this->decimals(code);
    std::vector<double> bias(SampleSeries::units, 0.0);
    std::vector<SampleRandom> streams;
    streams.reserve(SampleSeries::units);
    double biasSum = 0.0;
    double weightSum = 0.0;
    for (int u = 0; u < SampleSeries::units; ++u) {
        streams.push_back(rng(code, u));
        if (u == 0)
            continue;
        bias[size_t(u)] = spread * streams.back().normal();
        if (!extra.empty())
            bias[size_t(u)] = bias[size_t(u)] + extra[size_t(u)];
        if (!centre.empty()) {
            biasSum += bias[size_t(u)] * centre[size_t(u)];
            weightSum += centre[size_t(u)];
        }
    }
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom &r = streams[size_t(u)];
        const double b = centre.empty() ? bias[size_t(u)] : bias[size_t(u)] - biasSum / weightSum;
        double e = 0.0;
        for (int p = 0; p < s->periods(); ++p) {
            e = ar * e + noise * r.normal();
            const double rate = std::clamp(SampleSeries::interpolate(path, s->time(p)) + b + e, lo, hi);
            s->at(u, p) = SampleSeries::round(base->at(u, p) * rate / 100.0, decimals);
        }
    }
    s->sumProvinces(decimals);
}

void SampleBuilder::readRatio(const SampleJson &spec)
{
    SampleSeries *s = output(spec, u"code");
    if (!s)
        return;
    const Indicator ind = m_indicators.value(s->indicator());
    if (ind.aggregation != AggregationRule::RatioOfSums) {
        spec.fail(SampleJson::tr("%1: a ratio needs the rule ratio-of-sums in the catalogue.").arg(spec.where()));
        return;
    }
    const auto num = m_index.constFind(ind.numeratorIndicator);
    const auto den = m_index.constFind(ind.denominatorIndicator);
    if (num == m_index.cend() || den == m_index.cend()) {
        spec.fail(SampleJson::tr("%1 needs %2 and %3, built by entries before this one.")
                      .arg(spec.where(), ind.numeratorIndicator, ind.denominatorIndicator));
        return;
    }
    ratio(*s, m_series[*num], m_series[*den], ind.ratioFactor);
}

void SampleBuilder::readDifference(const SampleJson &spec)
{
    SampleSeries *s = output(spec, u"code");
    const QStringList of = spec.texts(u"of");
    if (spec.ok() && of.size() != 2)
        spec.fail(u"of", SampleJson::tr("must name two series, the first minus the second."));
    if (!s || !spec.ok())
        return;
    const auto a = m_index.constFind(of.at(0));
    const auto b = m_index.constFind(of.at(1));
    if (a == m_index.cend() || b == m_index.cend() || m_series[*a].kind() != s->kind() || m_series[*b].kind() != s->kind()) {
        spec.fail(u"of", SampleJson::tr("must name series of the same periodicity, built by entries before this one."));
        return;
    }
    const int decimals = this->decimals(s->indicator());
    for (int u = 1; u < SampleSeries::units; ++u) {
        for (int p = 0; p < s->periods(); ++p)
            s->at(u, p) = SampleSeries::round(m_series[*a].at(u, p) - m_series[*b].at(u, p), decimals);
    }
    s->sumProvinces(decimals);
}

void SampleBuilder::readCumulate(const SampleJson &spec)
{
    SampleSeries *s = output(spec, u"code");
    const SampleSeries *flow = s ? input(spec, u"of", s->kind()) : nullptr;
    if (!flow || !spec.ok())
        return;
    // From January (the first quarter) to the period: a year-to-date total.
    const int decimals = this->decimals(s->indicator());
    for (int u = 1; u < SampleSeries::units; ++u) {
        double running = 0.0;
        for (int p = 0; p < s->periods(); ++p) {
            if (s->sub(p) == 1)
                running = 0.0;
            running = SampleSeries::round(running + flow->at(u, p), decimals);
            s->at(u, p) = running;
        }
    }
    s->sumProvinces(decimals);
}

void SampleBuilder::readYearMean(const SampleJson &spec)
{
    SampleSeries *s = output(spec, u"code");
    const SampleSeries *monthly = s ? input(spec, u"of", Period::Kind::Month) : nullptr;
    if (s && s->kind() != Period::Kind::Year)
        spec.fail(SampleJson::tr("%1: the mean of a year's months is annual.").arg(spec.where()));
    if (!monthly || !spec.ok())
        return;
    const int decimals = this->decimals(s->indicator());
    for (int u = 1; u < SampleSeries::units; ++u) {
        for (int y = 0; y < s->periods(); ++y) {
            double sum = 0.0;
            for (int m = 0; m < 12; ++m)
                sum += monthly->at(u, y * 12 + m);
            s->at(u, y) = SampleSeries::round(sum / 12.0, decimals);
        }
    }
    s->sumProvinces(decimals);
}

void SampleBuilder::readScore(const SampleJson &spec)
{
    SampleSeries *s = output(spec, u"code");
    const double start = spec.number(u"start");
    const double slope = spec.number(u"slope");
    const double spread = spec.number(u"spread");
    const std::vector<double> standing = perProvince(formula(spec, u"standing"));
    const double noise = spec.number(u"noise");
    const auto [lo, hi] = spec.bounds();
    if (!s || !spec.ok())
        return;
    // Provinces only: a score is never added up.
    const int decimals = this->decimals(s->indicator());
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(s->indicator(), u);
        const double lasting = spread * r.normal() + standing[size_t(u)];
        for (int y = 0; y < s->periods(); ++y) {
            const double base = start + slope * y;
            s->at(u, y) = SampleSeries::round(std::clamp(base + lasting + noise * r.normal(), lo, hi), decimals);
        }
    }
}

void SampleBuilder::readBacklog(const SampleJson &spec)
{
    SampleSeries *s = output(spec, u"code");
    const SampleSeries::Anchors path = spec.anchors(u"path", &m_paths);
    const std::vector<double> size = perProvince(formula(spec, u"standing"));
    const double spread = spec.number(u"spread");
    const double ar = spec.number(u"ar");
    const double noise = spec.number(u"noise");
    QHash<int, double> bySub;
    if (spec.has(u"bySub")) {
        const SampleJson subs = spec.object(u"bySub");
        for (const QString &key : subs.keys()) {
            const int sub = key.toInt();
            if (s && (sub < 1 || sub > s->perYear()))
                subs.fail(key, SampleJson::tr("is not a month or quarter of this indicator."));
            bySub.insert(sub, subs.number(key));
        }
    }
    if (!s || !spec.ok())
        return;

    // A national path shared by a lasting standing per province, with noise that persists.
    const QString &code = s->indicator();
    const int decimals = this->decimals(code);
    std::vector<double> standing(SampleSeries::units, 0.0);
    double total = 0.0;
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(QString(code + u"#standing"), u);
        standing[size_t(u)] = size[size_t(u)] * std::exp(spread * r.normal());
        total += standing[size_t(u)];
    }
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(code, u);
        double e = 0.0;
        for (int p = 0; p < s->periods(); ++p) {
            e = ar * e + noise * r.normal();
            const double factor = bySub.value(s->sub(p), 1.0);
            const double v = SampleSeries::interpolate(path, s->time(p)) * standing[size_t(u)] / total * factor * std::exp(e);
            s->at(u, p) = SampleSeries::round(v, decimals);
        }
    }
    s->sumProvinces(decimals);
}

} // namespace dh
