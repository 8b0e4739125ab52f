#include "samplegenerator.h"

#include "samplebuilder.h"
#include "samplecatalog.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace dh {

SampleGenerator::SampleGenerator(const UnitRegistry &registry, quint64 seed)
    : m_seed(seed)
{
    for (const AdminUnit *unit : registry.unitsAt(AdminUnit::Level::Province, QDate(2025, 6, 30))) {
        m_provinces.append(unit->code);
        m_gso.append(unit->gsoCode.toInt());
    }
}

QList<Indicator> SampleGenerator::catalog() const
{
    return SampleCatalog::indicators();
}

QStringList SampleGenerator::headlineIndicators() const
{
    return SampleCatalog::headline();
}

QDateTime SampleGenerator::generatedAt() const
{
    return QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
}

QStringList SampleGenerator::estimatedIndicators() const
{
    return {u"budget.revenue"_s, u"budget.expenditure"_s, u"exports"_s, u"imports"_s, u"trade.balance"_s,
            u"retail.sales"_s, u"fdi.disbursed"_s, u"elec.output"_s};
}

void SampleGenerator::generate(const std::function<void(const QList<Observation> &)> &sink, qsizetype batchSize) const
{
    SampleBuilder builder(m_provinces, m_gso, m_seed);
    builder.build();

    const QList<Indicator> indicators = catalog();
    QHash<QString, QList<const SampleSeries *>> byIndicator;
    for (const SampleSeries &s : builder.series())
        byIndicator[s.indicator()].append(&s);
    QHash<QString, QList<const SampleBuilder::Target *>> targets;
    for (const SampleBuilder::Target &t : builder.targets())
        targets[t.indicator].append(&t);

    const QStringList estimated = estimatedIndicators();
    const Provenance provenance{SampleCatalog::sourceTag(), generatedAt(), 1};
    const QStringList &units = builder.unitCodes();

    QList<Observation> batch;
    batch.reserve(batchSize);
    const auto push = [&](Observation &&obs) {
        batch.append(std::move(obs));
        if (batch.size() >= batchSize) {
            sink(batch);
            batch.clear();
        }
    };

    for (const Indicator &indicator : indicators) {
        const bool estimate = estimated.contains(indicator.code);
        for (const SampleSeries *s : byIndicator.value(indicator.code)) {
            const int last = s->periods() - 1;
            for (int u = 0; u < SampleSeries::units; ++u) {
                for (int p = 0; p <= last; ++p) {
                    const double value = s->at(u, p);
                    if (std::isnan(value))
                        continue;
                    Observation obs;
                    obs.indicator = indicator.code;
                    obs.unit = units.at(u);
                    obs.period = s->period(p);
                    obs.disaggregation = s->disaggregation();
                    obs.value = value;
                    obs.valueKind = indicator.storedAs;
                    obs.status = p == last ? ObservationStatus::Provisional
                               : (p == last - 1 && estimate) ? ObservationStatus::Estimate
                                                             : ObservationStatus::Final;
                    obs.provenance = provenance;
                    push(std::move(obs));
                }
            }
        }
        for (const SampleBuilder::Target *t : targets.value(indicator.code)) {
            Observation obs;
            obs.indicator = indicator.code;
            obs.unit = units.at(t->unit);
            obs.period = Period::year(t->year);
            obs.value = t->value;
            obs.valueKind = ValueKind::Target;
            obs.status = ObservationStatus::Final;
            obs.provenance = provenance;
            push(std::move(obs));
        }
    }
    if (!batch.isEmpty())
        sink(batch);
}

} // namespace dh
