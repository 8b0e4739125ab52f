#include "samplegenerator.h"

#include "samplebuilder.h"
#include "samplecatalog.h"
#include "samplejson.h"
#include "sampleprovinces.h"

#include <QDir>
#include <QHash>

#include <cmath>

namespace dh {

Result<SampleGenerator> SampleGenerator::create(const UnitRegistry &registry, quint64 seed, const QString &parametersDir)
{
    const QDir dir(parametersDir);
    const auto catalogFile = SampleJson::load(dir.filePath(QStringLiteral("catalogue.json")));
    if (!catalogFile)
        return catalogFile.error();
    const SampleCatalog catalog = SampleCatalog::fromJson(*catalogFile);
    if (!catalogFile->ok())
        return catalogFile->error();
    for (const Indicator &ind : catalog.indicators()) {
        const AdminUnit *owner = registry.find(ind.owner);
        if (!owner || owner->level != AdminUnit::Level::Ministry)
            return Error::invalid(SampleJson::tr("catalogue.json: the owner %1 of %2 is not a ministry of the registry.")
                                      .arg(ind.owner, ind.code));
    }

    const auto provincesFile = SampleJson::load(dir.filePath(QStringLiteral("provinces.json")));
    if (!provincesFile)
        return provincesFile.error();
    const SampleProvinces profiles = SampleProvinces::fromJson(*provincesFile);
    if (!provincesFile->ok())
        return provincesFile->error();

    SampleGenerator generator;
    QList<int> gso;
    for (const AdminUnit *unit : registry.unitsAt(AdminUnit::Level::Province, QDate(2025, 6, 30))) {
        if (!profiles.find(unit->code))
            return Error::invalid(SampleJson::tr("provinces.json has no profile for the province %1.").arg(unit->code));
        generator.m_provinces.append(unit->code);
        gso.append(unit->gsoCode.toInt());
    }
    if (generator.m_provinces.size() != 63)
        return Error::invalid(SampleJson::tr("The sample is made for the 63 provinces of 2008–2025; the registry has %1.")
                                  .arg(generator.m_provinces.size()));

    const auto modelsFile = SampleJson::load(dir.filePath(QStringLiteral("models.json")));
    if (!modelsFile)
        return modelsFile.error();
    auto builder = std::make_shared<SampleBuilder>(catalog, profiles, generator.m_provinces, gso, seed);
    if (auto built = builder->build(*modelsFile); !built)
        return built.error();

    generator.m_catalog = catalog.indicators();
    generator.m_headline = catalog.headline();
    generator.m_estimated = catalog.estimated();
    generator.m_built = std::move(builder);
    return generator;
}

QDateTime SampleGenerator::generatedAt() const
{
    return QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
}

void SampleGenerator::generate(const std::function<void(const QList<Observation> &)> &sink, qsizetype batchSize) const
{
    QHash<QString, QList<const SampleSeries *>> byIndicator;
    for (const SampleSeries &s : m_built->series())
        byIndicator[s.indicator()].append(&s);
    QHash<QString, QList<const SampleBuilder::Target *>> targets;
    for (const SampleBuilder::Target &t : m_built->targets())
        targets[t.indicator].append(&t);

    const Provenance provenance{SampleCatalog::sourceTag(), generatedAt(), 1};
    const QStringList &units = m_built->unitCodes();

    QList<Observation> batch;
    batch.reserve(batchSize);
    const auto push = [&](Observation &&obs) {
        batch.append(std::move(obs));
        if (batch.size() >= batchSize) {
            sink(batch);
            batch.clear();
        }
    };

    for (const Indicator &indicator : m_catalog) {
        const bool estimate = m_estimated.contains(indicator.code);
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
