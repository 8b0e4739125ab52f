#include "catalogloader.h"

#include "store/cache.h"

namespace dh {

Result<QList<CatalogEntry>> loadCatalog(const Cache &cache)
{
    QList<CatalogEntry> entries;
    const QString nation = UnitRegistry::nationCode();
    for (const Indicator &ind : cache.catalogue().all()) {
        CatalogEntry e;
        e.indicator = ind;
        const auto latest = cache.observations().latestPeriod(ind.code, nation, ind.periodicity, ind.storedAs);
        if (!latest)
            return latest.error();
        e.latestPeriod = *latest;
        if (e.latestPeriod) {
            const auto s = cache.observations().series({ind.code, nation, QString(), ind.storedAs, ind.periodicity, e.latestPeriod, e.latestPeriod});
            if (!s)
                return s.error();
            if (!s->isEmpty()) {
                e.latestValue = s->first().value;
                e.status = s->first().status;
                e.retrievedAt = s->first().retrievedAt;
            }
        }
        entries.append(std::move(e));
    }
    return entries;
}

} // namespace dh
