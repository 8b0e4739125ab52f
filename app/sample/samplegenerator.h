#pragma once

#include "core/indicator.h"
#include "core/observation.h"
#include "core/period.h"
#include "core/unitregistry.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>

namespace dh {

// The application's embedded default data: a deterministic synthetic sample of the national
// indicator set — the demo catalogue (SampleCatalog), monthly/quarterly/annual values 2015-01 …
// 2026-10 for the nation and the 63 provinces of 2008–2025, disaggregations, plan targets for 2025
// and 2026 — so the dashboard works offline and tests have realistic volumes. Same seed, same
// output bit for bit on any platform. The 34 provinces of 2025 are not generated: they come from
// re-aggregating the 63 by each indicator's rule. Every observation is marked as synthetic.
class SampleGenerator
{
public:
    static constexpr quint64 defaultSeed = 20250701;

    explicit SampleGenerator(const UnitRegistry &registry, quint64 seed = defaultSeed);

    QList<Indicator> catalog() const;
    QStringList headlineIndicators() const;
    Period firstMonth() const { return Period::month(2015, 1); }
    Period lastMonth() const { return Period::month(2026, 10); }
    // A fixed stamp, so the output does not depend on when it was made.
    QDateTime generatedAt() const;
    // The indicators whose next-to-last month is still an estimate (the rest are final).
    QStringList estimatedIndicators() const;
    QStringList provinces() const { return m_provinces; }

    // Calls sink with batches of about batchSize observations, indicator by indicator: totals,
    // then disaggregations, then targets.
    void generate(const std::function<void(const QList<Observation> &)> &sink, qsizetype batchSize = 10000) const;

private:
    QStringList m_provinces; // the 63 codes valid on 2025-06-30
    QList<int> m_gso;
    quint64 m_seed;
};

} // namespace dh
