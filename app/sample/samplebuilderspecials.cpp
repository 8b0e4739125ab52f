// SampleBuilder's specials: the series whose arithmetic is their own — breakdowns that must add up
// to their total exactly and draw their parts from one random stream, series derived from two
// others at once, the expressways that open in stretches. Their numbers are in models.json like
// every model's; only the shape of each formula is here.
#include "samplebuilder.h"

#include "core/observation.h"

#include <algorithm>
#include <cmath>

namespace dh {

namespace {

double largest(const QList<const SampleProvinceProfile *> &profiles, SampleProvinces::Field field)
{
    double best = 0.0;
    for (const auto *p : profiles)
        best = std::max(best, p->*field);
    return best;
}

// Pairs [month, threshold], thresholds increasing: the first month whose threshold q is below.
std::vector<std::pair<int, double>> monthChoices(const SampleJson &spec, QStringView key)
{
    std::vector<std::pair<int, double>> choices;
    for (const QJsonValue &item : spec.array(key)) {
        const QJsonArray pair = item.toArray();
        const int month = pair.at(0).toInt();
        if (pair.size() != 2 || month < 1 || month > 12 || !pair.at(1).isDouble()
            || (!choices.empty() && pair.at(1).toDouble() <= choices.back().second)) {
            spec.fail(key, SampleJson::tr("must be a list of [month, threshold] pairs with the thresholds increasing."));
            return {{12, 1.0}};
        }
        choices.emplace_back(month, pair.at(1).toDouble());
    }
    if (choices.empty())
        spec.fail(key, SampleJson::tr("must be a list of [month, threshold] pairs with the thresholds increasing."));
    return choices;
}

int chooseMonth(const std::vector<std::pair<int, double>> &choices, double q)
{
    for (const auto &[month, threshold] : choices) {
        if (q < threshold)
            return month;
    }
    return choices.empty() ? 12 : choices.back().first;
}

} // namespace

void SampleBuilder::buildExportParts(const SampleJson &spec)
{
    // Two parts of a total for every province (for exports, by type of ownership): the first takes
    // a lasting share that grows with the province's export manufacturing, the second the remainder,
    // so the parts add up to the total exactly.
    const SampleSeries *total = input(spec, u"of");
    const QStringList keys = spec.texts(u"parts");
    const double base = spec.number(u"base");
    const double industry = spec.number(u"industry");
    const double spread = spec.number(u"spread");
    const double noise = spec.number(u"noise");
    const auto [lo, hi] = spec.bounds();
    if (spec.ok() && keys.size() != 2)
        spec.fail(u"parts", SampleJson::tr("must name two parts."));
    if (!total || !spec.ok())
        return;
    SampleSeries *first = part(spec, *total, keys.at(0));
    SampleSeries *rest = part(spec, *total, keys.at(1));
    if (!first || !rest)
        return;

    const double maxIndustry = largest(m_profiles, &SampleProvinceProfile::industry);
    const int decimals = this->decimals(total->indicator());
    const QString stream = total->indicator() + u'#' + DisaggregationKey::dimensions(keys.at(0)).first();
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(stream, u);
        const double share = base + industry * m_profiles[u - 1]->industry / maxIndustry + spread * r.normal();
        for (int p = 0; p < total->periods(); ++p) {
            const double t = total->at(u, p);
            const double f = SampleSeries::round(t * std::clamp(share + noise * r.normal(), lo, hi), decimals);
            first->at(u, p) = f;
            rest->at(u, p) = SampleSeries::round(t - f, decimals);
        }
    }
    first->sumProvinces(decimals);
    rest->sumProvinces(decimals);
}

void SampleBuilder::buildBudgetParts(const SampleJson &spec)
{
    // Budget revenue by level and by tax, for every province, from one random stream: the central
    // share grows with the province's size; the taxes keep lasting shares with monthly noise, the
    // last taking the remainder. Each breakdown adds up to the total exactly.
    const SampleSeries *total = input(spec, u"of");
    const QStringList levels = spec.texts(u"levels");
    const SampleJson central = spec.object(u"central");
    const double base = central.number(u"base");
    const double grdp = central.number(u"grdp");
    const double spread = central.number(u"spread");
    const double noise = central.number(u"noise");
    const auto [lo, hi] = central.bounds();
    const QStringList taxes = spec.texts(u"taxes");
    const std::vector<double> taxShares = spec.numbers(u"taxShares", taxes.size());
    const double taxSpread = spec.number(u"taxSpread");
    const double taxNoise = spec.number(u"taxNoise");
    if (spec.ok() && (levels.size() != 2 || taxes.size() < 2))
        spec.fail(SampleJson::tr("%1 needs two levels and at least two taxes.").arg(spec.where()));
    if (!total || !spec.ok())
        return;
    std::vector<SampleSeries *> parts;
    for (const QString &key : levels + taxes)
        parts.push_back(part(spec, *total, key));
    if (!spec.ok())
        return;

    const size_t n = taxShares.size();
    const double maxGrdp = largest(m_profiles, &SampleProvinceProfile::grdp);
    const int decimals = this->decimals(total->indicator());
    std::vector<double> lasting(n);
    std::vector<double> month(n);
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(QString(total->indicator() + u"#parts"), u);
        const double c0 = base + grdp * std::sqrt(m_profiles[u - 1]->grdp / maxGrdp) + spread * r.normal();
        for (size_t k = 0; k < n; ++k)
            lasting[k] = taxShares[k] * std::exp(taxSpread * r.normal());
        for (int p = 0; p < total->periods(); ++p) {
            const double t = total->at(u, p);
            const double c = SampleSeries::round(t * std::clamp(c0 + noise * r.normal(), lo, hi), decimals);
            parts[0]->at(u, p) = c;
            parts[1]->at(u, p) = t - c;
            double sum = 0.0;
            for (size_t k = 0; k < n; ++k)
                sum += month[k] = lasting[k] * std::exp(taxNoise * r.normal());
            double used = 0.0;
            for (size_t k = 0; k + 1 < n; ++k) {
                const double v = SampleSeries::round(t * month[k] / sum, decimals);
                parts[2 + k]->at(u, p) = v;
                used += v;
            }
            parts[2 + n - 1]->at(u, p) = t - used;
        }
    }
    for (SampleSeries *s : parts)
        s->sumProvinces(decimals);
}

void SampleBuilder::buildPublicInvestment(const SampleJson &spec)
{
    // A plan per province and year, and disbursement that follows the usual slow-then-December
    // curve to a year-end rate around the national one; both from one stream per province.
    SampleSeries *plan = output(spec, u"plan");
    SampleSeries *disbursed = output(spec, u"disbursed");
    const std::vector<double> plans = spec.numbers(u"plans", SampleSeries::years);
    const std::vector<double> yearEndRates = spec.numbers(u"yearEndRates", SampleSeries::years);
    const std::vector<double> curve = spec.numbers(u"curve", 12);
    const std::vector<double> w = weights(formula(spec, u"weights"));
    const double spread = spec.number(u"spread");
    const double planNoise = spec.number(u"planNoise");
    const double rateNoise = spec.number(u"rateNoise");
    const auto [lo, hi] = spec.bounds();
    const double noise = spec.number(u"noise");
    if (plan && disbursed && (plan->kind() != Period::Kind::Month || disbursed->kind() != Period::Kind::Month))
        spec.fail(SampleJson::tr("%1: the plan and the disbursement are monthly.").arg(spec.where()));
    if (!plan || !disbursed || !spec.ok())
        return;

    double wsum = 0.0;
    for (double v : w)
        wsum += v;
    const int planDecimals = decimals(plan->indicator());
    const int disbursedDecimals = decimals(disbursed->indicator());
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(u"pubinv", u);
        const double bias = spread * r.normal();
        for (int y = 0; y < SampleSeries::years; ++y) {
            const double planValue = SampleSeries::round(plans[size_t(y)] * w[size_t(u)] / wsum * std::exp(planNoise * r.normal()), planDecimals);
            const double yearRate = std::clamp(yearEndRates[size_t(y)] + bias + rateNoise * r.normal(), lo, hi);
            double previous = 0.0;
            for (int m = 0; m < 12 && y * 12 + m < plan->periods(); ++m) {
                const int p = y * 12 + m;
                plan->at(u, p) = planValue;
                const double v = planValue * yearRate / 100.0 * curve[size_t(m)] * (1.0 + noise * r.normal());
                previous = std::max(previous, SampleSeries::round(v, disbursedDecimals));
                disbursed->at(u, p) = previous;
            }
        }
    }
    plan->sumProvinces(planDecimals);
    disbursed->sumProvinces(disbursedDecimals);
}

void SampleBuilder::buildFdiSectors(const SampleJson &spec)
{
    // A running total by sector, national only: each month's commitments split by lasting shares
    // with noise, every part capped by what is left, the last part taking the remainder.
    const SampleSeries *ytd = input(spec, u"of");
    const SampleSeries *monthly = ytd ? input(spec, u"monthly", ytd->kind()) : nullptr;
    const QStringList keys = spec.texts(u"parts");
    const std::vector<double> shares = spec.numbers(u"shares", std::max<qsizetype>(keys.size() - 1, 1));
    const double spread = spec.number(u"spread");
    const double divide = spec.number(u"divide");
    if (spec.ok() && keys.size() < 2)
        spec.fail(u"parts", SampleJson::tr("must name at least two parts."));
    if (!monthly || !spec.ok())
        return;
    std::vector<SampleSeries *> parts;
    for (const QString &key : keys)
        parts.push_back(part(spec, *ytd, key));
    if (!spec.ok())
        return;

    const size_t n = parts.size();
    const int decimals = this->decimals(ytd->indicator());
    SampleRandom r = rng(QString(ytd->indicator() + u'#' + DisaggregationKey::dimensions(keys.first()).first()), 0);
    std::vector<double> running(n, 0.0);
    for (int p = 0; p < ytd->periods(); ++p) {
        if (ytd->sub(p) == 1)
            std::fill(running.begin(), running.end(), 0.0);
        const double total = monthly->at(0, p);
        double used = 0.0;
        for (size_t k = 0; k + 1 < n; ++k) {
            const double v = SampleSeries::round(total * shares[k] * std::exp(spread * r.normal()) / divide, decimals);
            const double capped = std::min(v, SampleSeries::round(total - used, decimals));
            running[k] = SampleSeries::round(running[k] + capped, decimals);
            used += capped;
        }
        running[n - 1] = SampleSeries::round(running[n - 1] + (total - used), decimals);
        for (size_t k = 0; k < n; ++k)
            parts[k]->at(0, p) = running[k];
    }
}

void SampleBuilder::buildDoctors(const SampleJson &spec)
{
    // A count from a national density per 10,000 people: each province's density is higher where
    // incomes (and hospitals) are, scaled every year so the national ratio follows its path.
    SampleSeries *doctors = output(spec, u"code");
    const SampleSeries *population = input(spec, u"population", Period::Kind::Year);
    const SampleSeries::Anchors density = spec.anchors(u"density", &m_paths);
    const std::vector<double> propensity = perProvince(formula(spec, u"propensity"));
    const double spread = spec.number(u"spread");
    if (doctors && doctors->kind() != Period::Kind::Year)
        spec.fail(SampleJson::tr("%1 is annual.").arg(spec.where()));
    if (!doctors || !population || !spec.ok())
        return;

    const int decimals = this->decimals(doctors->indicator());
    std::vector<double> relative(SampleSeries::units, 1.0);
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(doctors->indicator(), u);
        relative[size_t(u)] = propensity[size_t(u)] * std::exp(spread * r.normal());
    }
    for (int y = 0; y < doctors->periods(); ++y) {
        double weighted = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u)
            weighted += relative[size_t(u)] * population->at(u, y);
        const double k = population->at(0, y) / weighted * SampleSeries::interpolate(density, doctors->time(y));
        // Population in thousands, density per 10,000.
        for (int u = 1; u < SampleSeries::units; ++u)
            doctors->at(u, y) = SampleSeries::round(k * relative[size_t(u)] * population->at(u, y) / 10.0, decimals);
    }
    doctors->sumProvinces(decimals);
}

void SampleBuilder::buildPoverty(const SampleJson &spec)
{
    // A rate that falls unevenly: the national path shared out by how poor a province is, rescaled
    // every year so the population-weighted mean (the catalogue's weight) is the path, and capped.
    SampleSeries *poverty = output(spec, u"code");
    const SampleSeries::Anchors path = spec.anchors(u"path", &m_paths);
    const std::vector<double> propensity = perProvince(formula(spec, u"propensity"));
    const double spread = spec.number(u"spread");
    const double cap = spec.number(u"cap");
    if (!poverty || !spec.ok())
        return;
    const QString weight = m_indicators.value(poverty->indicator()).weightIndicator;
    const auto it = m_index.constFind(weight);
    if (it == m_index.cend() || m_series[*it].kind() != poverty->kind()) {
        spec.fail(SampleJson::tr("%1 is weighted by %2, which no entry before this one builds.").arg(spec.where(), weight));
        return;
    }
    const SampleSeries &population = m_series[*it];

    const int decimals = this->decimals(poverty->indicator());
    std::vector<double> poorness(SampleSeries::units, 0.0);
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(poverty->indicator(), u);
        poorness[size_t(u)] = propensity[size_t(u)] * std::exp(spread * r.normal());
    }
    for (int y = 0; y < poverty->periods(); ++y) {
        double weighted = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u)
            weighted += poorness[size_t(u)] * population.at(u, y);
        const double k = SampleSeries::interpolate(path, poverty->time(y)) * population.at(0, y) / weighted;
        double num = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u) {
            poverty->at(u, y) = SampleSeries::round(std::min(cap, k * poorness[size_t(u)]), decimals);
            num += poverty->at(u, y) * population.at(u, y);
        }
        double den = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u)
            den += population.at(u, y);
        poverty->at(0, y) = num / den;
    }
}

void SampleBuilder::buildPm25(const SampleJson &spec)
{
    // PM2.5: a provincial base from density and region (the Red River delta worst, and the named
    // hotspots), a dry-season cycle that is strong in the north, a slow improvement and lockdown
    // dips; the nation is the plain mean of the provinces.
    SampleSeries *pm = output(spec, u"code");
    const SampleFormula baseOf = formula(spec, u"base");
    const double spread = spec.number(u"spread");
    const int deltaBelowGso = spec.integer(u"deltaBelowGso");
    const double delta = spec.number(u"delta");
    const QStringList hotspots = spec.texts(u"hotspots");
    const double hotspot = spec.number(u"hotspot");
    const int northBelowGso = spec.integer(u"northBelowGso");
    const std::vector<double> north = spec.numbers(u"seasonNorth", 12);
    const std::vector<double> southern = spec.numbers(u"seasonSouth", 12);
    const double ar = spec.number(u"ar");
    const double noise = spec.number(u"noise");
    const double trend = spec.number(u"trend");
    const double floor = spec.number(u"floor");
    QList<std::pair<Period, double>> lockdowns;
    const SampleJson lockdown = spec.object(u"lockdown");
    for (const QString &key : lockdown.keys()) {
        const std::optional<Period> period = Period::parse(key);
        if (!period || period->kind() != Period::Kind::Month)
            lockdown.fail(key, SampleJson::tr("is not a month."));
        lockdowns.append({period.value_or(Period()), lockdown.number(key)});
    }
    if (pm && pm->kind() != Period::Kind::Month)
        spec.fail(SampleJson::tr("%1 is monthly.").arg(spec.where()));
    if (!pm || !spec.ok())
        return;

    const int decimals = this->decimals(pm->indicator());
    for (int u = 1; u < SampleSeries::units; ++u) {
        const SampleProvinceProfile &profile = *m_profiles[u - 1];
        const int gso = m_gso.value(u - 1);
        SampleRandom r = rng(pm->indicator(), u);
        double base = baseOf(profile) + (gso < deltaBelowGso ? delta : 0.0) + spread * r.normal();
        if (hotspots.contains(m_units.at(u)))
            base += hotspot;
        double e = 0.0;
        for (int p = 0; p < pm->periods(); ++p) {
            const int m = pm->sub(p);
            e = ar * e + noise * r.normal();
            const double season = gso < northBelowGso ? north[size_t(m - 1)] : southern[size_t(m - 1)];
            const double slow = std::pow(trend, pm->time(p) - SampleSeries::firstYear);
            double dip = 1.0;
            for (const auto &[period, factor] : std::as_const(lockdowns)) {
                if (pm->period(p) == period)
                    dip = factor;
            }
            pm->at(u, p) = SampleSeries::round(std::max(floor, base * season * slow * dip * std::exp(e)), decimals);
        }
    }
    for (int p = 0; p < pm->periods(); ++p) {
        double sum = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u)
            sum += pm->at(u, p);
        pm->at(0, p) = sum / (SampleSeries::units - 1);
    }
}

void SampleBuilder::buildForest(const SampleJson &spec)
{
    // Land area from the profiles, and forest area from each province's cover scaled every year so
    // the national cover follows its path.
    SampleSeries *land = output(spec, u"land");
    SampleSeries *forest = output(spec, u"forest");
    const SampleSeries::Anchors cover = spec.anchors(u"cover", &m_paths);
    const double noise = spec.number(u"noise");
    const double cap = spec.number(u"cap");
    if (land && forest && land->kind() != forest->kind())
        spec.fail(SampleJson::tr("%1: land and forest need the same periodicity.").arg(spec.where()));
    if (!land || !forest || !spec.ok())
        return;

    // Areas in thousand hectares: 1 km² is 0.1 thousand ha.
    double landSum = 0.0;
    double forestSum = 0.0;
    for (const auto *p : std::as_const(m_profiles)) {
        landSum += p->areaKm2 / 10.0;
        forestSum += p->areaKm2 / 10.0 * p->forestPct / 100.0;
    }
    const int landDecimals = decimals(land->indicator());
    const int forestDecimals = decimals(forest->indicator());
    for (int u = 1; u < SampleSeries::units; ++u) {
        const SampleProvinceProfile &profile = *m_profiles[u - 1];
        SampleRandom r = rng(forest->indicator(), u);
        for (int y = 0; y < land->periods(); ++y) {
            land->at(u, y) = SampleSeries::round(profile.areaKm2 / 10.0, landDecimals);
            const double k = SampleSeries::interpolate(cover, land->time(y)) / 100.0 * landSum / forestSum;
            const double share = std::min(cap, profile.forestPct / 100.0 * k * (1.0 + noise * r.normal()));
            forest->at(u, y) = SampleSeries::round(land->at(u, y) * share, forestDecimals);
        }
    }
    land->sumProvinces(landDecimals);
    forest->sumProvinces(forestDecimals);
}

void SampleBuilder::buildDossiers(const SampleJson &spec)
{
    // From the dossiers received, three series drawn together from one stream per province: the
    // share submitted online, those settled (this month's and last month's), and those on time.
    const SampleSeries *received = input(spec, u"of");
    const SampleJson online = spec.object(u"online");
    const SampleJson settled = spec.object(u"settled");
    const SampleJson onTime = spec.object(u"onTime");
    SampleSeries *onlineSeries = spec.ok() ? output(online, u"code") : nullptr;
    SampleSeries *settledSeries = spec.ok() ? output(settled, u"code") : nullptr;
    SampleSeries *onTimeSeries = spec.ok() ? output(onTime, u"code") : nullptr;
    const SampleSeries::Anchors onlinePath = online.anchors(u"path", &m_paths);
    const double onlineSpread = online.number(u"spread");
    const double onlineAr = online.number(u"ar");
    const double onlineNoise = online.number(u"noise");
    const auto [onlineLo, onlineHi] = online.bounds();
    const double current = settled.number(u"current");
    const double previous = settled.number(u"previous");
    const double settledRate = settled.number(u"rate");
    const double settledNoise = settled.number(u"noise");
    const SampleSeries::Anchors onTimePath = onTime.anchors(u"path", &m_paths);
    const double onTimeSpread = onTime.number(u"spread");
    const double onTimeNoise = onTime.number(u"noise");
    const auto [onTimeLo, onTimeHi] = onTime.bounds();
    if (!received || !onlineSeries || !settledSeries || !onTimeSeries || !spec.ok())
        return;
    for (const SampleSeries *s : {onlineSeries, settledSeries, onTimeSeries}) {
        if (s->kind() != received->kind()) {
            spec.fail(SampleJson::tr("%1: %2 needs the periodicity of %3.").arg(spec.where(), s->indicator(), received->indicator()));
            return;
        }
    }

    const int onlineDecimals = decimals(onlineSeries->indicator());
    const int settledDecimals = decimals(settledSeries->indicator());
    const int onTimeDecimals = decimals(onTimeSeries->indicator());
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(u"dossiers", u);
        const double onlineBias = onlineSpread * r.normal();
        const double onTimeBias = onTimeSpread * r.normal();
        double e = 0.0;
        for (int p = 0; p < received->periods(); ++p) {
            e = onlineAr * e + onlineNoise * r.normal();
            const double t = received->time(p);
            const double in = received->at(u, p);
            const double share = std::clamp(SampleSeries::interpolate(onlinePath, t) + onlineBias + e, onlineLo, onlineHi);
            onlineSeries->at(u, p) = SampleSeries::round(in * share / 100.0, onlineDecimals);
            const double before = p > 0 ? received->at(u, p - 1) : in;
            settledSeries->at(u, p) = SampleSeries::round((current * in + previous * before) * (settledRate + settledNoise * r.normal()), settledDecimals);
            const double ok = std::clamp(SampleSeries::interpolate(onTimePath, t) + onTimeBias + onTimeNoise * r.normal(), onTimeLo, onTimeHi);
            onTimeSeries->at(u, p) = SampleSeries::round(settledSeries->at(u, p) * ok / 100.0, onTimeDecimals);
        }
    }
    onlineSeries->sumProvinces(onlineDecimals);
    settledSeries->sumProvinces(settledDecimals);
    onTimeSeries->sumProvinces(onTimeDecimals);
}

void SampleBuilder::buildExpressways(const SampleJson &spec)
{
    // Each province's kilometres open in a few stretches at deterministic dates: the years drawn by
    // their weights (most in the push of the last years), the months from the usual opening days.
    SampleSeries *km = output(spec, u"code");
    const int firstYear = spec.integer(u"firstYear");
    const std::vector<double> yearWeights = spec.numbers(u"yearWeights");
    const int maxStretches = spec.integer(u"maxStretches");
    const auto openingMonths = monthChoices(spec, u"openingMonths");
    const auto lastYearMonths = monthChoices(spec, u"lastYearMonths");
    if (km && km->kind() != Period::Kind::Month)
        spec.fail(SampleJson::tr("%1 is monthly.").arg(spec.where()));
    if (maxStretches < 1 || maxStretches > 100)
        spec.fail(u"maxStretches", SampleJson::tr("must be 1 to 100."));
    if (!km || !spec.ok())
        return;

    double totalWeight = 0.0;
    for (double w : yearWeights)
        totalWeight += w;
    const int lastYear = firstYear + int(yearWeights.size()) - 1;
    const int decimals = this->decimals(km->indicator());
    for (int u = 1; u < SampleSeries::units; ++u) {
        const SampleProvinceProfile &profile = *m_profiles[u - 1];
        SampleRandom r = rng(km->indicator(), u);
        const double added = profile.expresswayEnd - profile.expressway2015;
        const int stretches = added <= 0 ? 0 : 1 + int(r.uniform() * maxStretches);
        std::vector<std::pair<int, double>> openings; // (period index, km)
        double left = added;
        for (int i = 0; i < stretches; ++i) {
            double pick = r.uniform() * totalWeight;
            int year = firstYear;
            for (double w : yearWeights) {
                if ((pick -= w) < 0)
                    break;
                ++year;
            }
            const int month = chooseMonth(year == lastYear ? lastYearMonths : openingMonths, r.uniform());
            const double part = i + 1 == stretches ? left : SampleSeries::round(added / stretches, decimals);
            left -= part;
            openings.emplace_back((year - SampleSeries::firstYear) * 12 + month - 1, part);
        }
        for (int p = 0; p < km->periods(); ++p) {
            double v = profile.expressway2015;
            for (const auto &[at, part] : openings) {
                if (at <= p)
                    v += part;
            }
            km->at(u, p) = SampleSeries::round(v, decimals);
        }
    }
    km->sumProvinces(decimals);
}

} // namespace dh
