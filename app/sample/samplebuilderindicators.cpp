// The indicator-by-indicator models of SampleBuilder (the generic machinery is in samplebuilder.cpp).
// Anchors are public-knowledge national magnitudes, rounded; everything below the nation is made up.
#include "samplebuilder.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace dh {

namespace {

using Anchors = SampleSeries::Anchors;
using K = Period::Kind;

double gdpPerHead(const SampleProvinceProfile &p)
{
    return p.grdp * 1000.0 / p.population; // million VND per person
}

} // namespace

void SampleBuilder::buildLabourSocial()
{
    const auto pop = weights([](const auto &p) { return p.population; });
    const SampleSeries &popTotal = stock(u"pop.total"_s, K::Month,
        {{2015.0, 91500}, {2016.0, 92600}, {2017.0, 93600}, {2018.0, 94500}, {2019.0, 95400}, {2020.0, 96400},
         {2021.0, 97400}, {2022.0, 98400}, {2023.0, 99400}, {2024.0, 100300}, {2025.0, 101200}, {2026.0, 102100},
         {2027.0, 103000}},
        pop, 0.006, 0.0, 1);

    SampleSeries &popAvg = add(u"pop.avg"_s, K::Year);
    for (int u = 1; u < SampleSeries::units; ++u) {
        for (int y = 0; y < popAvg.periods(); ++y) {
            double sum = 0.0;
            for (int m = 0; m < 12; ++m)
                sum += popTotal.at(u, y * 12 + m);
            popAvg.at(u, y) = SampleSeries::round(sum / 12.0, 1);
        }
    }
    popAvg.sumProvinces(1);

    const SampleSeries &labour = stock(u"labour.force"_s, K::Quarter,
        {{2015.0, 53700}, {2019.9, 55800}, {2020.1, 55500}, {2020.375, 53100}, {2020.875, 55000}, {2021.375, 51000},
         {2021.625, 49100}, {2021.875, 50500}, {2022.5, 51700}, {2023.5, 52400}, {2024.5, 52900}, {2025.5, 53200},
         {2026.7, 53500}},
        pop, 0.004, 0.003, 1);

    // Unemployed: the labour force times a provincial rate around the national path (higher in the
    // big cities, where informal farm work does not absorb the jobless).
    SampleSeries &unemployed = add(u"unemp.persons"_s, K::Quarter);
    const Anchors unemploymentPath = {{2015.5, 2.33}, {2016.5, 2.30}, {2017.5, 2.24}, {2018.5, 2.19}, {2019.5, 2.17},
                                      {2019.9, 2.20}, {2020.375, 2.73}, {2020.625, 2.72}, {2020.875, 2.50},
                                      {2021.375, 2.62}, {2021.625, 3.98}, {2021.875, 3.56}, {2022.375, 2.32},
                                      {2023.5, 2.28}, {2024.5, 2.24}, {2025.5, 2.22}, {2026.5, 2.20}};
    std::vector<double> biases(SampleSeries::units, 0.0);
    std::vector<SampleRandom> streams;
    double biasSum = 0.0;
    double labourSum = 0.0;
    for (int u = 0; u < SampleSeries::units; ++u) {
        streams.push_back(rng(u"unemp.persons", u));
        if (u == 0)
            continue;
        const auto &profile = *m_profiles[size_t(u - 1)];
        biases[size_t(u)] = 0.45 * streams.back().normal() + 0.12 * std::log(profile.population * std::max(1.0, profile.grdp) / 40000.0);
        biasSum += biases[size_t(u)] * profile.population;
        labourSum += profile.population;
    }
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom &r = streams[size_t(u)];
        // Centred on the population-weighted mean, so the national rate stays on its path.
        const double bias = biases[size_t(u)] - biasSum / labourSum;
        double e = 0.0;
        for (int p = 0; p < unemployed.periods(); ++p) {
            e = 0.6 * e + 0.12 * r.normal();
            const double rate = std::clamp(SampleSeries::interpolate(unemploymentPath, unemployed.time(p)) + bias + e, 0.4, 8.0);
            unemployed.at(u, p) = SampleSeries::round(labour.at(u, p) * rate / 100.0, 1);
        }
    }
    unemployed.sumProvinces(1);
    ratio(u"unemp.rate"_s, unemployed, labour, 100.0);

    Rate income;
    income.path = [a = SampleSeries::yearly({4.7, 5.0, 5.3, 5.6, 6.3, 6.0, 5.7, 6.7, 7.1, 7.7, 8.3, 8.9})](const SampleSeries &s, int p) {
        const double covid = s.year(p) == 2021 && s.sub(p) == 3 ? -0.5 : 0.0;
        return SampleSeries::interpolate(a, s.time(p)) + (s.sub(p) == 4 ? 0.35 : 0.0) + covid;
    };
    income.spread = 0.3;
    income.noise = 0.12;
    income.lo = 2.0;
    income.bias = weights([](const auto &p) { return std::max(0.0, 2.0 * std::log(gdpPerHead(p) / 75.0) + 10.0); });
    for (double &b : income.bias)
        b -= 10.0; // weights() clips at zero; the shift keeps negative biases
    income.weights = &labour;
    income.rule = AggregationRule::WeightedMean;
    income.decimals = 2;
    rate(u"income.avg"_s, K::Quarter, income);

    stock(u"si.participants"_s, K::Month,
          {{2015.0, 11800}, {2016.0, 12300}, {2017.0, 12900}, {2018.0, 13900}, {2019.0, 14700}, {2020.0, 15300},
           {2021.0, 16100}, {2021.5, 16300}, {2021.75, 15700}, {2022.0, 16500}, {2023.0, 17500}, {2024.0, 17200},
           {2025.0, 18300}, {2026.0, 19500}, {2027.0, 20500}},
          weights([](const auto &p) { return std::pow(p.grdp, 0.6) * std::pow(p.population, 0.4) * std::sqrt(p.industry); }),
          0.01, 0.002, 1);

    Flow ui;
    ui.annual = {526000, 565000, 660000, 780000, 930000, 1020000, 850000, 950000, 1050000, 1000000, 950000, 920000};
    ui.season = {1.0, 0.9, 1.3, 1.1, 1.0, 1.0, 1.0, 1.0, 0.95, 0.95, 0.9, 0.9};
    ui.tet = 0.4;
    ui.covid = -0.3; // more claims in the lockdowns
    ui.weights = weights([](const auto &p) { return p.grdp * std::pow(p.industry, 0.7); });
    flow(u"ui.beneficiaries"_s, K::Month, ui);

    // Doctors: a density per 10,000 people that is higher where incomes (and hospitals) are, scaled
    // so the national ratio follows its path.
    SampleSeries &doctors = add(u"health.doctors"_s, K::Year);
    const Anchors density = SampleSeries::yearly({8.0, 8.3, 8.6, 8.8, 9.0, 9.3, 10.0, 11.0, 12.5, 13.0, 13.8});
    std::vector<double> relative(SampleSeries::units, 1.0);
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(u"health.doctors", u);
        relative[size_t(u)] = std::pow(gdpPerHead(*m_profiles[size_t(u - 1)]) / 75.0, 0.35) * std::exp(0.12 * r.normal());
    }
    for (int y = 0; y < doctors.periods(); ++y) {
        double weighted = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u)
            weighted += relative[size_t(u)] * popAvg.at(u, y);
        const double k = popAvg.at(0, y) / weighted * SampleSeries::interpolate(density, doctors.time(y));
        for (int u = 1; u < SampleSeries::units; ++u)
            doctors.at(u, y) = SampleSeries::round(k * relative[size_t(u)] * popAvg.at(u, y) / 10.0, 0);
    }
    doctors.sumProvinces(0);
    ratio(u"doctors.per10k"_s, doctors, popAvg, 10.0);

    // Health insurance: coverage per province around the national path, applied to its population.
    SampleSeries &insured = add(u"hi.participants"_s, K::Month);
    const Anchors coverage = {{2015.0, 74.9}, {2016.0, 76.5}, {2017.0, 81.9}, {2018.0, 86.4}, {2019.0, 88.5},
                              {2020.0, 90.0}, {2021.0, 90.9}, {2022.0, 91.0}, {2023.0, 92.0}, {2024.0, 93.4},
                              {2025.0, 94.3}, {2026.0, 95.1}, {2027.0, 95.6}};
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(u"hi.participants", u);
        const double bias = 2.0 * r.normal();
        double e = 0.0;
        for (int p = 0; p < insured.periods(); ++p) {
            e = 0.9 * e + 0.08 * r.normal();
            const double c = std::clamp(SampleSeries::interpolate(coverage, insured.time(p)) + bias + e, 50.0, 99.8);
            insured.at(u, p) = SampleSeries::round(popTotal.at(u, p) * c / 100.0, 1);
        }
    }
    insured.sumProvinces(1);
    ratio(u"hi.coverage"_s, insured, popTotal, 100.0);

    // Poverty: a national path (a new, stricter standard from 2022) shared out by how poor a province
    // is, rescaled so the population-weighted mean is the path.
    SampleSeries &poverty = add(u"poverty.rate"_s, K::Year);
    const Anchors povertyPath = SampleSeries::yearly({9.88, 8.23, 6.70, 5.35, 3.75, 2.75, 2.23, 4.03, 2.93, 1.93, 1.30});
    std::vector<double> poorness(SampleSeries::units, 0.0);
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(u"poverty.rate", u);
        poorness[size_t(u)] = std::pow(gdpPerHead(*m_profiles[size_t(u - 1)]) / 75.0, -1.6) * std::exp(0.2 * r.normal());
    }
    for (int y = 0; y < poverty.periods(); ++y) {
        double weighted = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u)
            weighted += poorness[size_t(u)] * popAvg.at(u, y);
        const double k = SampleSeries::interpolate(povertyPath, poverty.time(y)) * popAvg.at(0, y) / weighted;
        double num = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u) {
            poverty.at(u, y) = SampleSeries::round(std::min(60.0, k * poorness[size_t(u)]), 2);
            num += poverty.at(u, y) * popAvg.at(u, y);
        }
        double den = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u)
            den += popAvg.at(u, y);
        poverty.at(0, y) = num / den;
    }

    Flow intl;
    intl.annual = {7944, 10013, 12922, 15498, 18009, 3837, 157, 3661, 12600, 17580, 21200, 23500};
    intl.season = {1.15, 1.1, 1.05, 0.95, 0.85, 0.85, 0.95, 0.95, 0.85, 0.95, 1.05, 1.2};
    intl.tet = 0.05;
    // Borders closed from March 2020 to March 2022, then a slow reopening.
    intl.extra = [](int year, int month) {
        static constexpr std::array<double, 12> y2020 = {1.2, 0.62, 0.25, 0.003, 0.003, 0.003, 0.003, 0.003, 0.003, 0.004, 0.004, 0.005};
        static constexpr std::array<double, 12> y2022 = {0.02, 0.03, 0.08, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 1.0, 1.1, 1.3};
        if (year == 2020)
            return y2020[size_t(month - 1)];
        if (year == 2022)
            return y2022[size_t(month - 1)];
        return 1.0;
    };
    intl.weights = weights([](const auto &p) { return p.tourism; });
    intl.noise = 0.08;
    intl.decimals = 1;
    flow(u"tourists.intl"_s, K::Month, intl);

    Flow domestic;
    domestic.annual = {57000, 62000, 73200, 80000, 85000, 56000, 40000, 101300, 108000, 110000, 120000, 128000};
    domestic.season = {1.1, 1.0, 0.85, 0.95, 1.0, 1.3, 1.35, 1.05, 0.8, 0.8, 0.8, 0.9};
    domestic.tetBoost = 0.1;
    domestic.covid = 0.9;
    domestic.weights = weights([](const auto &p) { return std::sqrt(p.population) * (1 + 0.3 * p.tourism); });
    flow(u"tourists.domestic"_s, K::Month, domestic);

    Flow accidents;
    accidents.annual = {22800, 21600, 20080, 18700, 17600, 14500, 11500, 11450, 13400, 24000, 20000, 19000};
    accidents.tetBoost = 0.15;
    accidents.covid = 0.5;
    accidents.noise = 0.12;
    accidents.weights = pop;
    flow(u"traffic.accidents"_s, K::Month, accidents);
}

void SampleBuilder::buildGrowth()
{
    Flow grdp;
    grdp.annual = {5000000, 5640000, 6290000, 7010000, 7710000, 8040000, 8490000, 9550000, 10220000, 11510000, 12850000, 14400000};
    grdp.season = {0.225, 0.245, 0.255, 0.275};
    grdp.covid = 0.2;
    grdp.noise = 0.02;
    grdp.common = 0.005;
    grdp.weights = weights([](const auto &p) { return p.grdp; });
    const SampleSeries &grdpCurrent = flow(u"grdp.current"_s, K::Quarter, grdp);

    Rate growth;
    static constexpr double quarters[] = {
        6.1, 6.5, 6.9, 7.0,  5.5, 5.8, 6.6, 6.7,  5.1, 6.3, 7.5, 7.7,  7.4, 6.7, 6.9, 7.3,
        6.8, 6.7, 7.3, 7.0,  3.7, 0.4, 2.7, 4.5,  4.7, 6.7, -6.0, 5.2, 5.1, 7.8, 13.7, 5.9,
        3.4, 4.1, 5.5, 6.7,  5.9, 7.1, 7.4, 7.6,  7.05, 8.2, 8.2, 8.5, 8.5, 9.5, 9.8};
    growth.path = [](const SampleSeries &, int p) { return quarters[p]; };
    growth.spread = 1.2;
    growth.noise = 0.8;
    growth.ar = 0.3;
    // The 2021 wave hit the southern provinces hardest; centring moves the rest up to compensate.
    growth.weights = &grdpCurrent;
    growth.rule = AggregationRule::WeightedMean;
    growth.decimals = 2;
    rate(u"grdp.growth"_s, K::Quarter, growth);

    Rate iip;
    static constexpr double annualIip[] = {9.8, 7.4, 9.4, 10.2, 9.1, 3.4, 4.8, 7.8, 1.5, 8.4, 9.2, 10.0};
    // Year-on-year change of a series with a Tết dip and COVID dips: the comparison month matters.
    iip.path = [](const SampleSeries &s, int p) {
        const int y = s.year(p);
        const int m = s.sub(p);
        const auto level = [m](int year) {
            return (m == SampleSeries::tetMonth(year) ? 0.75 : 1.0) * (1.0 - 0.25 * SampleSeries::covidDip(year, m));
        };
        return 100.0 * ((1.0 + annualIip[y - SampleSeries::firstYear] / 100.0) * level(y) / level(y - 1) - 1.0);
    };
    iip.spread = 4.0;
    iip.noise = 3.0;
    iip.ar = 0.5;
    iip.lo = -60.0;
    iip.hi = 150.0;
    iip.rule = AggregationRule::NotAdditive;
    iip.decimals = 1;
    rate(u"iip.growth"_s, K::Month, iip);

    Flow retail;
    retail.annual = {3242900, 3527400, 3934200, 4395700, 4940400, 5059800, 4789500, 5679900, 6231800, 6391000, 7010000, 7700000};
    retail.season = {1.05, 0.98, 0.95, 0.95, 0.97, 0.98, 0.99, 1.0, 0.99, 1.01, 1.03, 1.1};
    retail.tetBoost = 0.08;
    retail.tet = 0.03;
    retail.covid = 0.45;
    retail.noise = 0.03;
    retail.weights = weights([](const auto &p) { return std::sqrt(p.population * p.grdp); });
    flow(u"retail.sales"_s, K::Month, retail);

    Flow exports;
    exports.annual = {162000, 176600, 215100, 243700, 264200, 282600, 336300, 371300, 354700, 405500, 470000, 520000};
    exports.season = {1.0, 0.95, 1.0, 0.98, 1.0, 1.0, 1.02, 1.03, 1.02, 1.02, 1.0, 1.05};
    exports.tet = 0.22;
    exports.covid = 0.05;
    exports.noise = 0.06;
    exports.decimals = 1;
    exports.weights = weights([](const auto &p) { return p.grdp * std::pow(p.industry, 1.4); });
    const SampleSeries &ex = flow(u"exports"_s, K::Month, exports);
    buildExportsBreakdown(ex);

    Flow imports = exports;
    imports.annual = {165600, 174100, 211100, 237200, 253500, 262700, 332200, 360700, 326400, 380800, 450000, 495000};
    imports.tet = 0.18;
    const SampleSeries &im = flow(u"imports"_s, K::Month, imports);
    difference(u"trade.balance"_s, ex, im, 1);
}

void SampleBuilder::buildExportsBreakdown(const SampleSeries &exports)
{
    // By type of ownership, for every province: foreign-invested firms make about three quarters of
    // the exports, more where export manufacturing is heavy; domestic firms the remainder, so the
    // parts add up to the total exactly.
    SampleSeries &fdi = add(exports.indicator(), K::Month, u"ownership=fdi"_s);
    SampleSeries &domestic = add(exports.indicator(), K::Month, u"ownership=domestic"_s);
    double maxIndustry = 0.0;
    for (const auto *p : m_profiles)
        maxIndustry = std::max(maxIndustry, p->industry);
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(u"exports#ownership", u);
        const double share = 0.45 + 0.4 * m_profiles[size_t(u - 1)]->industry / maxIndustry + 0.05 * r.normal();
        for (int p = 0; p < exports.periods(); ++p) {
            const double total = exports.at(u, p);
            const double f = SampleSeries::round(total * std::clamp(share + 0.02 * r.normal(), 0.05, 0.95), 1);
            fdi.at(u, p) = f;
            domestic.at(u, p) = SampleSeries::round(total - f, 1);
        }
    }
    fdi.sumProvinces(1);
    domestic.sumProvinces(1);
}

void SampleBuilder::buildInfrastructure()
{
    // Expressways: each province's kilometres open in a few stretches at deterministic dates, most
    // of them in the 2023–2025 push and on the usual opening days (30 April, 2 September, year end).
    SampleSeries &km = add(u"expressway.km"_s, K::Month);
    static constexpr int yearWeights[] = {1, 1, 2, 1, 2, 2, 3, 5, 3, 9, 2}; // 2016…2026
    int totalWeight = 0;
    for (int w : yearWeights)
        totalWeight += w;
    for (int u = 1; u < SampleSeries::units; ++u) {
        const auto &profile = *m_profiles[size_t(u - 1)];
        SampleRandom r = rng(u"expressway.km", u);
        const double added = profile.expresswayEnd - profile.expressway2015;
        const int stretches = added <= 0 ? 0 : 1 + int(r.uniform() * 3);
        std::vector<std::pair<int, double>> openings; // (period index, km)
        double left = added;
        for (int i = 0; i < stretches; ++i) {
            double pick = r.uniform() * totalWeight;
            int year = 2016;
            for (int w : yearWeights) {
                if ((pick -= w) < 0)
                    break;
                ++year;
            }
            const double q = r.uniform();
            const int month = year == 2026 ? (q < 0.5 ? 4 : 9) : (q < 0.3 ? 4 : q < 0.55 ? 9 : 12);
            const double part = i + 1 == stretches ? left : SampleSeries::round(added / stretches, 1);
            left -= part;
            openings.emplace_back((year - SampleSeries::firstYear) * 12 + month - 1, part);
        }
        for (int p = 0; p < km.periods(); ++p) {
            double v = profile.expressway2015;
            for (const auto &[at, part] : openings) {
                if (at <= p)
                    v += part;
            }
            km.at(u, p) = SampleSeries::round(v, 1);
        }
    }
    km.sumProvinces(1);

    Flow air;
    air.annual = {63000, 79000, 94000, 103000, 116000, 66000, 36000, 100000, 110000, 118000, 128000, 138000};
    air.season = {1.05, 1.05, 0.95, 0.95, 0.95, 1.1, 1.2, 1.15, 0.9, 0.85, 0.9, 1.0};
    air.extra = [](int year, int month) {
        static constexpr std::array<double, 12> y2020 = {1.1, 0.8, 0.5, 0.08, 0.4, 0.85, 0.9, 0.5, 0.55, 0.7, 0.75, 0.8};
        static constexpr std::array<double, 12> y2021 = {0.8, 0.5, 0.9, 0.9, 0.6, 0.2, 0.05, 0.01, 0.03, 0.3, 0.6, 0.8};
        if (year == 2020)
            return y2020[size_t(month - 1)];
        if (year == 2021)
            return y2021[size_t(month - 1)];
        return 1.0;
    };
    air.noise = 0.04;
    air.decimals = 1;
    air.weights = weights([](const auto &p) { return p.airport; });
    flow(u"air.passengers"_s, K::Month, air);

    Flow freight;
    freight.annual = {1146900, 1255000, 1391000, 1567000, 1737000, 1621000, 1484000, 2022000, 2219000, 2459000, 2700000, 2950000};
    freight.tet = 0.15;
    freight.covid = 0.3;
    freight.weights = weights([](const auto &p) { return std::pow(p.grdp, 0.8) * std::pow(p.population, 0.2); });
    flow(u"freight"_s, K::Month, freight);

    Flow power;
    power.annual = {159700, 177000, 193500, 212900, 231100, 247100, 256700, 268400, 280600, 309000, 327000, 350000};
    power.season = {0.88, 0.82, 0.98, 1.02, 1.12, 1.1, 1.1, 1.06, 1.0, 1.0, 0.96, 0.96};
    power.tet = 0.06;
    power.covid = 0.05;
    power.noise = 0.06;
    power.decimals = 1;
    power.weights = weights([](const auto &p) { return p.power; });
    flow(u"elec.output"_s, K::Month, power);

    Flow sold = power;
    sold.annual = {143000, 159800, 174600, 192900, 209400, 216900, 225300, 242100, 251300, 275000, 292000, 313000};
    sold.noise = 0.03;
    sold.weights = weights([](const auto &p) { return std::pow(p.grdp, 0.7) * std::pow(p.population, 0.3) * std::pow(p.industry, 0.3); });
    flow(u"elec.commercial"_s, K::Month, sold);

    Flow patents;
    patents.annual = {5400, 5700, 6200, 7000, 7900, 8200, 8500, 8600, 9500, 10500, 12000, 13500};
    patents.tet = 0.3;
    patents.noise = 0.2;
    patents.weights = weights([](const auto &p) { return std::pow(p.grdp, 1.5); });
    flow(u"patents"_s, K::Month, patents);

    stock(u"broadband.subs"_s, K::Month,
          {{2015.0, 7600}, {2016.0, 9100}, {2017.0, 11300}, {2018.0, 13000}, {2019.0, 15000}, {2020.0, 16700},
           {2021.0, 19000}, {2022.0, 21000}, {2023.0, 22900}, {2024.0, 24000}, {2025.0, 25200}, {2026.8, 26200}},
          weights([](const auto &p) { return std::pow(p.population, 0.6) * std::pow(p.grdp, 0.4); }), 0.01, 0.002, 1);

    Flow housing;
    housing.annual = {9000, 10000, 11000, 12000, 12000, 10000, 8000, 9500, 12000, 20000, 70000, 120000};
    housing.season = {0.9, 0.6, 0.9, 1.0, 1.0, 1.1, 1.0, 1.0, 1.1, 1.0, 1.0, 1.4};
    housing.noise = 0.6;
    housing.zeroProb = 0.35;
    housing.weights = weights([](const auto &p) { return p.grdp * std::sqrt(p.industry); });
    flow(u"housing.social"_s, K::Month, housing);
}

} // namespace dh
