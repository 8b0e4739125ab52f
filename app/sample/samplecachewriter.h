#pragma once

#include "core/result.h"
#include "core/unitregistry.h"

#include <QString>

namespace dh {

class Clock;

// What the sample build wrote.
struct SampleStats
{
    qint64 indicators = 0;
    qint64 observations = 0;
    qint64 tasks = 0;
};

// Builds the bundled default cache: the deterministic synthetic sample (SampleGenerator) marked
// synthetic in the cache's metadata, its synthetic tasks (SampleTasks), and beside them the real
// World Bank WDI annual series, marked real with their source. Writes to a temporary file and renames it, so a failed build leaves no
// half-written cache.
class SampleCacheWriter
{
public:
    SampleCacheWriter(const UnitRegistry &registry, const Clock &clock);

    Result<SampleStats> build(const QString &path, quint64 seed = 0) const;

private:
    const UnitRegistry &m_registry;
    const Clock &m_clock;
};

} // namespace dh
