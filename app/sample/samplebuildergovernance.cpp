// SampleBuilder's models for public finance, macro stability, business, environment and public
// administration, and the plan targets (the rest is in samplebuilderindicators.cpp).
#include "samplebuilder.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace dh {

namespace {

using Anchors = SampleSeries::Anchors;
using K = Period::Kind;

std::function<double(const SampleSeries &, int)> along(Anchors anchors)
{
    return [a = std::move(anchors)](const SampleSeries &s, int p) { return SampleSeries::interpolate(a, s.time(p)); };
}

} // namespace

void SampleBuilder::buildFinance()
{
    Flow revenue;
    revenue.annual = {1000000, 1107000, 1293000, 1431000, 1553000, 1510000, 1633000, 1803000, 1752000, 2037000, 2300000, 2530000};
    // January (tax settlement before Tết), April (annual CIT/PIT finalisation) and December are high.
    revenue.season = {1.35, 0.75, 0.95, 1.15, 0.9, 0.85, 1.05, 0.85, 0.85, 1.05, 0.85, 1.3};
    revenue.covid = 0.1;
    revenue.noise = 0.06;
    revenue.weights = weights([](const auto &p) { return std::pow(p.grdp, 1.25); });
    buildBudgetBreakdown(flow(u"budget.revenue"_s, K::Month, revenue));

    Flow spending;
    spending.annual = {1263000, 1305000, 1425000, 1523000, 1637000, 1710000, 1750000, 1880000, 1968000, 2050000, 2430000, 2700000};
    spending.season = {0.75, 0.85, 0.9, 0.9, 0.95, 0.95, 0.95, 0.95, 0.95, 1.0, 1.05, 1.8};
    spending.noise = 0.05;
    spending.weights = weights([](const auto &p) { return std::pow(p.population, 0.6) * std::pow(p.grdp, 0.4); });
    flow(u"budget.expenditure"_s, K::Month, spending);

    // Public investment: a plan per province and year, and disbursement that follows the usual
    // slow-then-December curve to a year-end rate around the national one.
    static constexpr double plans[] = {260000, 254000, 357000, 400000, 430000, 470000, 465000, 580000, 711000, 657000, 825000, 1000000};
    static constexpr double yearEndRates[] = {88, 80, 85, 87, 85, 92, 86, 85, 90, 86, 90, 92};
    static constexpr double curve[] = {0.03, 0.08, 0.15, 0.21, 0.28, 0.35, 0.41, 0.48, 0.56, 0.64, 0.74, 1.0};
    SampleSeries &plan = add(u"pubinv.plan"_s, K::Month);
    SampleSeries &disbursed = add(u"pubinv.disbursed"_s, K::Month);
    const auto w = weights([](const auto &p) { return std::sqrt(p.population * p.grdp); });
    double wsum = 0.0;
    for (double v : w)
        wsum += v;
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(u"pubinv", u);
        const double bias = 6.0 * r.normal();
        for (int y = 0; y < 12; ++y) {
            const double planValue = SampleSeries::round(plans[y] * w[size_t(u)] / wsum * std::exp(0.1 * r.normal()), 0);
            const double yearRate = std::clamp(yearEndRates[y] + bias + 3.0 * r.normal(), 45.0, 105.0);
            double previous = 0.0;
            for (int m = 0; m < 12 && y * 12 + m < plan.periods(); ++m) {
                const int p = y * 12 + m;
                plan.at(u, p) = planValue;
                const double v = planValue * yearRate / 100.0 * curve[m] * (1.0 + 0.05 * r.normal());
                previous = std::max(previous, SampleSeries::round(v, 0));
                disbursed.at(u, p) = previous;
            }
        }
    }
    plan.sumProvinces(0);
    disbursed.sumProvinces(0);
    ratio(u"pubinv.rate"_s, disbursed, plan, 100.0);

    Rate debt;
    debt.path = along(SampleSeries::yearly({46.6, 47.5, 46.3, 43.7, 41.3, 43.7, 42.7, 37.4, 36.9, 36.3, 35.5}));
    debt.noise = 0.1;
    debt.provinces = false;
    debt.rule = AggregationRule::NotAdditive;
    rate(u"publicdebt.gdp"_s, K::Year, debt);
}

void SampleBuilder::buildBudgetBreakdown(const SampleSeries &revenue)
{
    // By budget level and by tax, for every province; each breakdown adds up to the total exactly
    // (the last part takes the remainder), and the nation is the sum of the provinces.
    static const QString levels[] = {u"level=central"_s, u"level=local"_s};
    static const QString taxes[] = {u"tax=vat"_s, u"tax=cit"_s, u"tax=pit"_s, u"tax=land"_s, u"tax=other"_s};
    static constexpr double taxShares[] = {0.27, 0.17, 0.09, 0.13, 0.34};
    std::vector<SampleSeries *> parts;
    for (const QString &key : levels)
        parts.push_back(&add(revenue.indicator(), K::Month, key));
    for (const QString &key : taxes)
        parts.push_back(&add(revenue.indicator(), K::Month, key));

    double maxGrdp = 0.0;
    for (const auto *p : m_profiles)
        maxGrdp = std::max(maxGrdp, p->grdp);
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(u"budget.revenue#parts", u);
        const double central = 0.35 + 0.2 * std::sqrt(m_profiles[size_t(u - 1)]->grdp / maxGrdp) + 0.04 * r.normal();
        double lasting[5];
        for (int k = 0; k < 5; ++k)
            lasting[k] = taxShares[k] * std::exp(0.2 * r.normal());
        for (int p = 0; p < revenue.periods(); ++p) {
            const double total = revenue.at(u, p);
            const double c = SampleSeries::round(total * std::clamp(central + 0.03 * r.normal(), 0.2, 0.7), 0);
            parts[0]->at(u, p) = c;
            parts[1]->at(u, p) = total - c;
            double month[5];
            double sum = 0.0;
            for (int k = 0; k < 5; ++k)
                sum += month[k] = lasting[k] * std::exp(0.1 * r.normal());
            double used = 0.0;
            for (int k = 0; k < 4; ++k) {
                const double v = SampleSeries::round(total * month[k] / sum, 0);
                parts[size_t(2 + k)]->at(u, p) = v;
                used += v;
            }
            parts[6]->at(u, p) = total - used;
        }
    }
    for (SampleSeries *s : parts)
        s->sumProvinces(0);
}

void SampleBuilder::buildMacro()
{
    const SampleSeries &pop = get(u"pop.total");
    const Anchors cpiPath = {{2015.0, 0.8}, {2015.5, 1.0}, {2015.95, 0.6}, {2016.5, 2.4}, {2016.95, 4.7}, {2017.5, 2.5},
                             {2017.95, 2.6}, {2018.5, 4.7}, {2018.95, 3.0}, {2019.5, 2.2}, {2019.95, 5.2}, {2020.1, 5.4},
                             {2020.5, 3.4}, {2020.95, 0.2}, {2021.5, 2.4}, {2021.95, 1.8}, {2022.5, 3.4}, {2022.95, 4.5},
                             {2023.5, 2.0}, {2023.95, 3.6}, {2024.5, 4.3}, {2024.95, 2.9}, {2025.5, 3.6}, {2025.95, 3.4},
                             {2026.5, 3.5}, {2026.9, 3.6}};
    Rate yoy;
    yoy.path = along(cpiPath);
    yoy.spread = 0.5;
    yoy.noise = 0.25;
    yoy.ar = 0.7;
    yoy.weights = &pop;
    yoy.rule = AggregationRule::WeightedMean;
    yoy.decimals = 2;
    rate(u"cpi.yoy"_s, K::Month, yoy);

    Rate mom;
    mom.path = [cpiPath](const SampleSeries &s, int p) {
        const int m = s.sub(p);
        const int tet = SampleSeries::tetMonth(s.year(p));
        const double seasonal = m == tet ? 0.6 : m == tet + 1 ? -0.25 : m == 12 ? 0.15 : m == 3 ? -0.15 : 0.0;
        return SampleSeries::interpolate(cpiPath, s.time(p)) / 12.0 + seasonal - 0.02;
    };
    mom.spread = 0.05;
    mom.noise = 0.15;
    mom.ar = 0.2;
    mom.weights = &pop;
    mom.rule = AggregationRule::WeightedMean;
    mom.decimals = 2;
    rate(u"cpi.mom"_s, K::Month, mom);

    Rate core;
    core.path = along(SampleSeries::yearly({2.05, 1.83, 1.41, 1.48, 2.01, 2.31, 0.81, 2.59, 4.16, 2.71, 3.2, 3.1}));
    core.noise = 0.2;
    core.ar = 0.8;
    core.provinces = false;
    core.rule = AggregationRule::NotAdditive;
    core.decimals = 2;
    rate(u"cpi.core"_s, K::Month, core);

    Rate credit;
    static constexpr double yearCredit[] = {18.8, 18.3, 18.2, 13.9, 13.6, 12.1, 13.6, 14.2, 13.5, 15.1, 17.0, 16.0};
    credit.path = [](const SampleSeries &s, int p) {
        const double m = s.sub(p);
        return yearCredit[s.year(p) - SampleSeries::firstYear] * std::pow(m / 12.0, 1.3) - (m <= 2 ? 0.4 : 0.0);
    };
    credit.noise = 0.4;
    credit.ar = 0.3;
    credit.provinces = false;
    credit.rule = AggregationRule::NotAdditive;
    credit.decimals = 2;
    rate(u"credit.growth"_s, K::Month, credit);

    Rate fx;
    fx.path = along({{2015.0, 21500}, {2015.95, 21890}, {2016.95, 22160}, {2017.95, 22450}, {2018.95, 22825},
                     {2019.95, 23150}, {2020.95, 23130}, {2021.95, 23150}, {2022.5, 23250}, {2022.85, 23650},
                     {2022.95, 23600}, {2023.95, 23950}, {2024.5, 24250}, {2024.95, 24300}, {2025.5, 24950},
                     {2025.95, 25150}, {2026.8, 25300}});
    fx.noise = 30;
    fx.ar = 0.8;
    fx.provinces = false;
    fx.rule = AggregationRule::NotAdditive;
    fx.decimals = 0;
    rate(u"fx.central"_s, K::Month, fx);
}

void SampleBuilder::buildBusiness()
{
    const auto capital = weights([](const auto &p) { return std::pow(p.grdp, 1.25); });
    Flow created;
    created.annual = {94754, 110100, 126859, 131275, 138139, 134941, 116839, 148500, 159800, 157200, 190000, 215000};
    created.season = {0.9, 0.95, 1.2, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0};
    created.tet = 0.45;
    created.covid = 0.5;
    created.noise = 0.08;
    created.weights = capital;
    flow(u"ent.new"_s, K::Month, created);

    Flow money = created;
    money.annual = {601500, 891000, 1295900, 1478100, 1730200, 2235700, 1611100, 1590000, 1522000, 1540000, 1800000, 2000000};
    money.noise = 0.25;
    flow(u"ent.capital"_s, K::Month, money);

    Flow jobs = created;
    jobs.annual = {1471900, 1268000, 1161000, 1107000, 1260000, 1043000, 850000, 1060000, 1050000, 990000, 1050000, 1100000};
    jobs.noise = 0.2;
    flow(u"ent.labour"_s, K::Month, jobs);

    Flow returning;
    returning.annual = {21500, 26500, 26400, 34000, 39400, 44100, 43100, 59800, 57800, 76200, 85000, 90000};
    returning.season = {1.6, 1.3, 1.2, 0.9, 0.9, 0.85, 0.85, 0.85, 0.85, 0.9, 0.9, 0.9};
    returning.covid = 0.3;
    returning.noise = 0.1;
    returning.weights = capital;
    flow(u"ent.returning"_s, K::Month, returning);

    Flow suspended;
    suspended.annual = {15000, 21000, 21700, 27100, 28731, 46592, 54960, 60290, 89050, 99800, 105000, 100000};
    suspended.season = {5.0, 0.6, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.8};
    suspended.covid = -0.5;
    suspended.noise = 0.1;
    suspended.weights = capital;
    flow(u"ent.suspended"_s, K::Month, suspended);

    Flow dissolved;
    dissolved.annual = {9467, 12478, 12113, 16314, 16840, 17522, 17900, 17500, 17400, 20900, 23000, 22000};
    dissolved.season = {1.3, 0.7, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1.0, 1.1, 1.6};
    dissolved.noise = 0.15;
    dissolved.weights = capital;
    flow(u"ent.dissolved"_s, K::Month, dissolved);

    // FDI registered: lumpy monthly commitments, published as year-to-date totals; by sector at
    // national level.
    Flow registered;
    registered.annual = {22760, 26890, 35880, 35460, 38950, 28530, 31150, 27720, 36610, 38230, 38400, 40000};
    registered.season = {0.7, 0.8, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.4};
    registered.noise = 0.5;
    registered.zeroProb = 0.1;
    registered.decimals = 1;
    registered.weights = weights([](const auto &p) { return p.grdp * std::pow(p.industry, 1.5); });
    const SampleSeries &monthly = flow(u"fdi.registered#monthly"_s, K::Month, registered);
    const SampleSeries &ytd = cumulate(u"fdi.registered"_s, monthly, 1);
    static const QString sectors[] = {u"sector=manufacturing"_s, u"sector=realestate"_s, u"sector=energy"_s,
                                      u"sector=trade"_s, u"sector=other"_s};
    static constexpr double sectorShares[] = {0.6, 0.1, 0.08, 0.06};
    std::vector<SampleSeries *> parts;
    for (const QString &key : sectors)
        parts.push_back(&add(ytd.indicator(), K::Month, key));
    SampleRandom r = rng(u"fdi.registered#sector", 0);
    std::array<double, 5> running = {};
    for (int p = 0; p < ytd.periods(); ++p) {
        if (ytd.sub(p) == 1)
            running = {};
        const double total = monthly.at(0, p);
        double used = 0.0;
        for (size_t k = 0; k < 4; ++k) {
            const double v = SampleSeries::round(total * sectorShares[k] * std::exp(0.3 * r.normal()) / 1.05, 1);
            const double capped = std::min(v, SampleSeries::round(total - used, 1));
            running[k] = SampleSeries::round(running[k] + capped, 1);
            used += capped;
        }
        running[4] = SampleSeries::round(running[4] + (total - used), 1);
        for (size_t k = 0; k < 5; ++k)
            parts[k]->at(0, p) = running[k];
    }

    Flow disbursed;
    disbursed.annual = {14500, 15800, 17500, 19100, 20380, 19980, 19740, 22400, 23180, 25350, 27600, 29500};
    disbursed.season = {0.9, 0.9, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.2};
    disbursed.tet = 0.2;
    disbursed.covid = 0.2;
    disbursed.noise = 0.1;
    disbursed.decimals = 1;
    disbursed.weights = weights([](const auto &p) { return p.grdp * p.industry; });
    flow(u"fdi.disbursed"_s, K::Month, disbursed);

    // PCI: annual, provinces only; a lasting provincial standing plus yearly noise.
    SampleSeries &pci = add(u"pci"_s, K::Year);
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom rr = rng(u"pci", u);
        const double standing = 2.5 * rr.normal() + 1.5 * std::log(m_profiles[size_t(u - 1)]->grdp / 100.0);
        for (int y = 0; y < pci.periods(); ++y) {
            const double base = 59.0 + 0.7 * y;
            pci.at(u, y) = SampleSeries::round(std::clamp(base + standing + 1.0 * rr.normal(), 45.0, 80.0), 2);
        }
    }
}

void SampleBuilder::buildEnvironment()
{
    // PM2.5: a provincial base from density and region (the Red River delta worst), a strong
    // dry-season cycle in the north, a slow improvement and the 2020 lockdown dip.
    SampleSeries &pm = add(u"pm25"_s, K::Month);
    static constexpr double north[] = {1.6, 1.4, 1.3, 1.0, 0.75, 0.6, 0.55, 0.6, 0.75, 1.0, 1.3, 1.55};
    static constexpr double southern[] = {1.15, 1.15, 1.1, 1.0, 0.95, 0.9, 0.9, 0.9, 0.95, 0.95, 1.0, 1.05};
    for (int u = 1; u < SampleSeries::units; ++u) {
        const auto &profile = *m_profiles[size_t(u - 1)];
        const int gso = m_gso.value(u - 1);
        SampleRandom r = rng(u"pm25", u);
        const double density = profile.population * 1000.0 / profile.areaKm2;
        double base = 12.0 + 3.5 * std::log(density / 50.0 + 1.0) + (gso < 40 ? 8.0 : 0.0) + 2.0 * r.normal();
        if (m_units.at(u) == u"VN-HN" || m_units.at(u) == u"VN-56")
            base += 8.0;
        double e = 0.0;
        for (int p = 0; p < pm.periods(); ++p) {
            const int m = pm.sub(p);
            e = 0.5 * e + 0.1 * r.normal();
            const double season = gso < 46 ? north[m - 1] : southern[m - 1];
            const double trend = std::pow(0.99, pm.time(p) - 2015.0);
            const double lockdown = pm.year(p) == 2020 && m == 4 ? 0.75 : 1.0;
            pm.at(u, p) = SampleSeries::round(std::max(3.0, base * season * trend * lockdown * std::exp(e)), 1);
        }
    }
    for (int p = 0; p < pm.periods(); ++p) {
        double sum = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u)
            sum += pm.at(u, p);
        pm.at(0, p) = sum / (SampleSeries::units - 1);
    }

    SampleSeries &land = add(u"land.area"_s, K::Year);
    SampleSeries &forest = add(u"forest.area"_s, K::Year);
    const Anchors cover = SampleSeries::yearly({40.84, 41.19, 41.45, 41.65, 41.89, 42.01, 42.02, 42.02, 42.02, 42.03, 42.05});
    double landSum = 0.0;
    double forestSum = 0.0;
    for (const auto *p : m_profiles) {
        landSum += p->areaKm2 / 10.0;
        forestSum += p->areaKm2 / 10.0 * p->forestPct / 100.0;
    }
    for (int u = 1; u < SampleSeries::units; ++u) {
        const auto &profile = *m_profiles[size_t(u - 1)];
        SampleRandom r = rng(u"forest.area", u);
        for (int y = 0; y < land.periods(); ++y) {
            land.at(u, y) = SampleSeries::round(profile.areaKm2 / 10.0, 2);
            const double k = SampleSeries::interpolate(cover, land.time(y)) / 100.0 * landSum / forestSum;
            const double share = std::min(0.95, profile.forestPct / 100.0 * k * (1.0 + 0.003 * r.normal()));
            forest.at(u, y) = SampleSeries::round(land.at(u, y) * share, 2);
        }
    }
    land.sumProvinces(2);
    forest.sumProvinces(2);
    ratio(u"forest.cover"_s, forest, land, 100.0);

    Flow damage;
    damage.annual = {5000, 39700, 60000, 20000, 6000, 37400, 2200, 20000, 7000, 88700, 60000, 30000};
    damage.season = {0.1, 0.05, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.0, 0.7, 0.3};
    damage.noise = 1.0;
    damage.zeroProb = 0.4;
    damage.common = 0.3;
    damage.drift = 0.05;
    damage.decimals = 1;
    damage.weights = weights([](const auto &p) { return p.disaster * std::sqrt(p.areaKm2); });
    flow(u"disaster.damage"_s, K::Month, damage);

    Flow violations;
    violations.annual = {12000, 12500, 12800, 12400, 11800, 10500, 9000, 10000, 9500, 9000, 9500, 9000};
    violations.tet = 0.3;
    violations.noise = 0.15;
    violations.weights = weights([](const auto &p) { return std::pow(p.population, 0.7) * std::pow(p.grdp, 0.3); });
    flow(u"env.violations"_s, K::Month, violations);
}

void SampleBuilder::buildAdministration()
{
    Flow received;
    received.annual = {45e6, 48e6, 52e6, 56e6, 60e6, 58e6, 55e6, 66e6, 72e6, 80e6, 90e6, 95e6};
    received.season = {1.0, 1.0, 1.05, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1};
    received.tet = 0.3;
    received.covid = 0.2;
    received.noise = 0.05;
    received.weights = weights([](const auto &p) { return std::pow(p.population, 0.8) * std::pow(p.grdp, 0.2); });
    const SampleSeries &in = flow(u"dossiers.received"_s, K::Month, received);

    SampleSeries &online = add(u"dossiers.online"_s, K::Month);
    SampleSeries &settled = add(u"dossiers.settled"_s, K::Month);
    SampleSeries &onTime = add(u"dossiers.ontime"_s, K::Month);
    const Anchors onlinePath = {{2015.0, 3}, {2017.0, 6}, {2019.0, 12}, {2020.0, 18}, {2021.0, 25}, {2022.0, 32},
                                {2023.0, 38}, {2024.0, 45}, {2025.5, 55}, {2026.8, 62}};
    const Anchors onTimePath = {{2015.0, 88}, {2018.0, 92}, {2020.0, 95}, {2022.0, 97}, {2024.0, 97.5}, {2026.8, 98.2}};
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(u"dossiers", u);
        const double onlineBias = 7.0 * r.normal();
        const double onTimeBias = 1.2 * r.normal();
        double e = 0.0;
        for (int p = 0; p < in.periods(); ++p) {
            e = 0.7 * e + 1.0 * r.normal();
            const double t = in.time(p);
            const double share = std::clamp(SampleSeries::interpolate(onlinePath, t) + onlineBias + e, 0.5, 95.0);
            online.at(u, p) = SampleSeries::round(in.at(u, p) * share / 100.0, 0);
            const double before = p > 0 ? in.at(u, p - 1) : in.at(u, p);
            settled.at(u, p) = SampleSeries::round((0.6 * in.at(u, p) + 0.4 * before) * (0.98 + 0.01 * r.normal()), 0);
            const double ok = std::clamp(SampleSeries::interpolate(onTimePath, t) + onTimeBias + 0.4 * r.normal(), 60.0, 99.95);
            onTime.at(u, p) = SampleSeries::round(settled.at(u, p) * ok / 100.0, 0);
        }
    }
    online.sumProvinces(0);
    settled.sumProvinces(0);
    onTime.sumProvinces(0);
    ratio(u"dossiers.online.share"_s, online, in, 100.0);
    ratio(u"dossiers.ontime.share"_s, onTime, settled, 100.0);

    Flow assigned;
    assigned.annual = {6000, 6300, 6600, 6900, 7100, 7400, 7300, 7500, 7600, 8000, 9500, 9000};
    assigned.season = {0.9, 0.7, 1.0, 1.0, 1.0, 1.0, 1.1, 1.0, 1.0, 1.0, 1.1, 1.2};
    assigned.noise = 0.2;
    assigned.weights = weights([](const auto &p) { return std::sqrt(p.population); });
    flow(u"tasks.assigned"_s, K::Month, assigned);

    SampleSeries &overdue = add(u"tasks.overdue"_s, K::Month);
    const Anchors overduePath = {{2015.0, 900}, {2019.0, 700}, {2021.0, 1100}, {2023.0, 780}, {2024.0, 650},
                                 {2025.0, 500}, {2026.8, 380}};
    std::vector<double> standing(SampleSeries::units, 0.0);
    double total = 0.0;
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(u"tasks.overdue#standing", u);
        standing[size_t(u)] = std::sqrt(m_profiles[size_t(u - 1)]->population) * std::exp(0.5 * r.normal());
        total += standing[size_t(u)];
    }
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(u"tasks.overdue", u);
        double e = 0.0;
        for (int p = 0; p < overdue.periods(); ++p) {
            e = 0.7 * e + 0.12 * r.normal();
            const double yearEnd = overdue.sub(p) == 12 ? 0.85 : 1.0; // the December clean-up
            const double v = SampleSeries::interpolate(overduePath, overdue.time(p)) * standing[size_t(u)] / total * yearEnd * std::exp(e);
            overdue.at(u, p) = SampleSeries::round(v, 0);
        }
    }
    overdue.sumProvinces(0);
}

void SampleBuilder::buildTargets()
{
    // The nation's plan targets for 2025 and 2026 (Government resolutions: GDP growth 8 % then
    // double digits, CPI at most 4.5 %, …), and provincial ones for three indicators.
    struct Plan
    {
        const char16_t *code;
        double y2025;
        double y2026;
    };
    static constexpr Plan plans[] = {
        {u"grdp.growth", 8.0, 10.0},
        {u"pubinv.rate", 100.0, 100.0},
        {u"exports", 454000, 515000},
        {u"fdi.disbursed", 27000, 30000},
        {u"ent.new", 180000, 210000},
        {u"cpi.yoy", 4.5, 4.5},
        {u"retail.sales", 7050000, 7800000},
        {u"iip.growth", 9.0, 10.0},
        {u"unemp.rate", 2.4, 2.3},
        {u"tourists.intl", 22000, 25000},
        {u"dossiers.online.share", 60.0, 70.0},
        {u"dossiers.ontime.share", 98.0, 98.5},
        {u"tasks.overdue", 400, 300},
        {u"elec.output", 347500, 380000},
        {u"air.passengers", 128000, 140000},
        {u"hi.coverage", 95.15, 95.5},
        {u"doctors.per10k", 15.0, 15.5},
        {u"forest.cover", 42.0, 42.0},
        {u"poverty.rate", 1.5, 1.0},
        {u"expressway.km", 3000, 3500},
    };
    for (const Plan &plan : plans) {
        target(QString::fromUtf16(plan.code), 0, 2025, plan.y2025);
        target(QString::fromUtf16(plan.code), 0, 2026, plan.y2026);
    }

    // Budget revenue: each province's estimate from its 2024 share; the nation's is their sum.
    const SampleSeries &revenue = get(u"budget.revenue");
    const QString code = revenue.indicator();
    static constexpr double budget[] = {1966800, 2529500};
    double year2024 = 0.0;
    std::vector<double> share(SampleSeries::units, 0.0);
    for (int u = 1; u < SampleSeries::units; ++u) {
        for (int m = 0; m < 12; ++m)
            share[size_t(u)] += revenue.at(u, (2024 - SampleSeries::firstYear) * 12 + m);
        year2024 += share[size_t(u)];
    }
    for (int i = 0; i < 2; ++i) {
        double sum = 0.0;
        for (int u = 1; u < SampleSeries::units; ++u) {
            const double v = SampleSeries::round(budget[i] * share[size_t(u)] / year2024, 0);
            target(code, u, 2025 + i, v);
            sum += v;
        }
        target(code, 0, 2025 + i, sum);
    }
    for (int u = 1; u < SampleSeries::units; ++u) {
        SampleRandom r = rng(u"grdp.growth#target", u);
        const double ambition = 0.8 * r.normal();
        target(u"grdp.growth"_s, u, 2025, SampleSeries::round(8.0 + ambition, 1));
        target(u"grdp.growth"_s, u, 2026, SampleSeries::round(10.0 + ambition, 1));
        target(u"pubinv.rate"_s, u, 2025, 100.0);
        target(u"pubinv.rate"_s, u, 2026, 100.0);
    }
}

} // namespace dh
