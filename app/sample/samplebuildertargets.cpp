// SampleBuilder's plan targets (models.json, "targets").
#include "samplebuilder.h"

#include <QSet>

#include <cmath>

namespace dh {

void SampleBuilder::buildTargets(const SampleJson &models)
{
    // The nation's plan targets, then the provinces' where a rule gives them: "share" splits the
    // national figure by each province's share of a year's total (the nation is then their sum),
    // "ambition" adds a lasting provincial ambition to the national target, "same" repeats it.
    std::vector<int> years;
    for (double y : models.numbers(u"targetYears")) {
        if (y != std::trunc(y) || y < 1900 || y > 2100)
            models.fail(u"targetYears", SampleJson::tr("must be a list of years."));
        years.push_back(int(y));
    }
    struct Plan
    {
        QString code;
        std::vector<double> values;
        SampleJson provinces;
        QString rule;
    };
    QList<Plan> plans;
    QSet<QString> codes;
    for (const SampleJson &entry : models.objects(u"targets")) {
        Plan plan;
        plan.code = entry.text(u"code");
        const SampleJson e = entry.labelled(plan.code);
        plan.values = e.numbers(u"values", qsizetype(years.size()));
        if (e.ok() && !m_indicators.contains(plan.code))
            e.fail(u"code", SampleJson::tr("names %1, which is not in the catalogue.").arg(plan.code));
        if (codes.contains(plan.code))
            e.fail(u"code", SampleJson::tr("names %1 a second time.").arg(plan.code));
        codes.insert(plan.code);
        if (e.has(u"provinces")) {
            plan.provinces = e.object(u"provinces");
            plan.rule = plan.provinces.text(u"rule");
            if (e.ok() && plan.rule != u"share" && plan.rule != u"ambition" && plan.rule != u"same")
                plan.provinces.fail(u"rule", SampleJson::tr("must be share, ambition or same."));
        }
        plans.append(plan);
    }
    if (!models.ok())
        return;

    for (const Plan &plan : std::as_const(plans)) {
        if (plan.rule == u"share")
            continue;
        for (size_t i = 0; i < years.size(); ++i)
            m_targets.append({plan.code, 0, years[i], plan.values[i]});
    }
    for (const Plan &plan : std::as_const(plans)) {
        if (plan.rule != u"share")
            continue;
        const int of = plan.provinces.integer(u"year");
        const int decimals = plan.provinces.has(u"decimals") ? plan.provinces.integer(u"decimals") : this->decimals(plan.code);
        if (decimals < 0 || decimals > 6)
            plan.provinces.fail(u"decimals", SampleJson::tr("must be 0 to 6."));
        const auto it = m_index.constFind(plan.code);
        if (it == m_index.cend())
            plan.provinces.fail(SampleJson::tr("%1 needs the series %2.").arg(plan.provinces.where(), plan.code));
        if (!models.ok())
            return;
        const SampleSeries &series = m_series[*it];
        double yearTotal = 0.0;
        std::vector<double> share(SampleSeries::units, 0.0);
        for (int u = 1; u < SampleSeries::units; ++u) {
            for (int p = 0; p < series.periods(); ++p) {
                if (series.year(p) == of)
                    share[size_t(u)] += series.at(u, p);
            }
            yearTotal += share[size_t(u)];
        }
        for (size_t i = 0; i < years.size(); ++i) {
            double sum = 0.0;
            for (int u = 1; u < SampleSeries::units; ++u) {
                const double v = SampleSeries::round(plan.values[i] * share[size_t(u)] / yearTotal, decimals);
                m_targets.append({plan.code, u, years[i], v});
                sum += v;
            }
            m_targets.append({plan.code, 0, years[i], sum});
        }
    }
    QList<std::pair<const Plan *, std::pair<double, int>>> provincial; // spread and decimals of "ambition"
    for (const Plan &plan : std::as_const(plans)) {
        if (plan.rule == u"ambition") {
            const int decimals = plan.provinces.integer(u"decimals");
            if (decimals < 0 || decimals > 6)
                plan.provinces.fail(u"decimals", SampleJson::tr("must be 0 to 6."));
            provincial.append({&plan, {plan.provinces.number(u"spread"), decimals}});
        } else if (plan.rule == u"same") {
            provincial.append({&plan, {0.0, 0}});
        }
    }
    if (!models.ok())
        return;
    for (int u = 1; u < SampleSeries::units; ++u) {
        for (const auto &[plan, ambition] : std::as_const(provincial)) {
            if (plan->rule == u"same") {
                for (size_t i = 0; i < years.size(); ++i)
                    m_targets.append({plan->code, u, years[i], plan->values[i]});
                continue;
            }
            SampleRandom r = rng(QString(plan->code + u"#target"), u);
            const double lasting = ambition.first * r.normal();
            for (size_t i = 0; i < years.size(); ++i)
                m_targets.append({plan->code, u, years[i], SampleSeries::round(plan->values[i] + lasting, ambition.second)});
        }
    }
}

} // namespace dh
