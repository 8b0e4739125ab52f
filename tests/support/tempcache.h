#pragma once

#include "fakeclock.h"

#include "core/unitregistry.h"
#include "store/cache.h"

#include <QTemporaryDir>

#include <memory>

namespace dh::test {

// A cache in a temporary folder, on a fake clock, with a small catalogue covering every
// aggregation rule: a monthly sum (rev), a mean (pm), a population-weighted mean (cpi, weighted by
// the annual pop), a ratio of sums (debt = 100 × debtStock / gdp), a stock (km) and an index (pci).
// rev breaks down by level (central, local) and tax (vat, cit, pit).
class TempCache
{
public:
    TempCache();

    bool ok() const { return m_cache != nullptr; }
    QString error() const { return m_error; }
    Cache &cache() { return *m_cache; }
    const UnitRegistry &registry() const { return m_registry; }
    FakeClock &clock() { return m_clock; }
    QString path() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }
    QString dir() const { return m_dir.path(); }
    void close() { m_cache.reset(); }
    bool reopen();

    static QList<Indicator> catalogue();
    static Observation observation(const QString &indicator, const QString &unit, const Period &period, double value,
                                   int revision = 1, ValueKind kind = ValueKind::InPeriod);

private:
    QTemporaryDir m_dir;
    UnitRegistry m_registry;
    FakeClock m_clock;
    std::unique_ptr<Cache> m_cache;
    QString m_error;
};

} // namespace dh::test
