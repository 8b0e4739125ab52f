#pragma once

#include "core/indicator.h"
#include "core/observation.h"
#include "core/period.h"
#include "core/result.h"
#include "core/unitregistry.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace dh {

class SampleBuilder;

// The application's embedded default data: a deterministic synthetic sample of the national
// indicator set — the demo catalogue, monthly/quarterly/annual values 2015-01 … 2026-10 for the
// nation and the 63 provinces of 2008–2025, disaggregations, plan targets for 2025 and 2026 — so
// the dashboard works offline and tests have realistic volumes. Its parameters are data
// (resources/sample/, built into the library); the models that turn them into numbers are code
// (SampleBuilder). Same seed, same output bit for bit on any platform. The 34 provinces of 2025
// are not generated: they come from re-aggregating the 63 by each indicator's rule. Every
// observation is marked as synthetic.
class SampleGenerator
{
public:
    static constexpr quint64 defaultSeed = 20250701;
    static QString defaultParameters() { return QStringLiteral(":/sample"); }

    // Reads the parameters — catalogue.json, provinces.json and models.json in parametersDir — and
    // builds the sample in memory. A file that is missing or malformed is the error.
    static Result<SampleGenerator> create(const UnitRegistry &registry, quint64 seed = defaultSeed,
                                          const QString &parametersDir = defaultParameters());

    QList<Indicator> catalog() const { return m_catalog; }
    QStringList headlineIndicators() const { return m_headline; }
    Period firstMonth() const { return Period::month(2015, 1); }
    Period lastMonth() const { return Period::month(2026, 10); }
    // A fixed stamp, so the output does not depend on when it was made.
    QDateTime generatedAt() const;
    // The indicators whose next-to-last month is still an estimate (the rest are final).
    QStringList estimatedIndicators() const { return m_estimated; }
    QStringList provinces() const { return m_provinces; }

    // Calls sink with batches of about batchSize observations, indicator by indicator: totals,
    // then disaggregations, then targets.
    void generate(const std::function<void(const QList<Observation> &)> &sink, qsizetype batchSize = 10000) const;

private:
    SampleGenerator() = default;

    QList<Indicator> m_catalog;
    QStringList m_headline;
    QStringList m_estimated;
    QStringList m_provinces; // the 63 codes valid on 2025-06-30
    std::shared_ptr<const SampleBuilder> m_built;
};

} // namespace dh
