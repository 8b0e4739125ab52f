#pragma once

#include "hub/hubserver.h"

#include "core/clock.h"
#include "store/cache.h"
#include "store/cachesynctarget.h"
#include "store/observationwriter.h"
#include "sync/endpointfile.h"
#include "sync/syncengine.h"
#include "tempcache.h"

#include <QSignalSpy>
#include <QStringList>

namespace dh::test {

// A hub cache's worth of figures: rev (by level) and gdp for the 63 provinces, month by month from
// 2015-07 to 2025-06, some provisional; each written once, so feed positions run 1, 2, 3 … N.
inline QList<Observation> hubFigures(int months = 120)
{
    QList<Observation> out;
    const QStringList provinces{u"VN-HN"_qs, u"VN-SG"_qs, u"VN-DN"_qs, u"VN-HP"_qs, u"VN-CT"_qs, u"VN-03"_qs, u"VN-07"_qs};
    Period period = *Period::parse(u"2015-07");
    for (int m = 0; m < months; ++m, period = period.next()) {
        for (const QString &unit : provinces) {
            Observation gdp = TempCache::observation(u"gdp"_qs, unit, period, 1000.0 + m * 7 + unit.size());
            gdp.status = m % 11 == 0 ? ObservationStatus::Provisional : ObservationStatus::Final;
            out.append(gdp);
            Observation rev = TempCache::observation(u"rev"_qs, unit, period, 300.0 + m);
            rev.disaggregation = u"level=central"_qs;
            out.append(rev);
        }
    }
    return out;
}

inline bool writeAll(Cache &cache, const QList<Observation> &observations, const QString &source = u"test"_qs)
{
    auto writer = cache.writer(source);
    if (!writer->begin(ObservationWriter::Mode::AllOrNothing))
        return false;
    for (const Observation &o : observations) {
        if (writer->write(o) != ObservationWriter::Outcome::Written)
            return false;
    }
    const auto report = writer->commit();
    return report && report->committed;
}

// Each observation of a cache as one line (key, value, status, revision), sorted: two caches
// hold the same figures when their lines are equal.
inline QStringList figureLines(const Cache &cache)
{
    QStringList lines;
    const auto walked = cache.observations().forEach(QString(), [&](const Observation &o) {
        lines.append(o.indicator + u'|' + o.unit + u'|' + o.period.toString() + u'|' + o.disaggregation + u'|'
                     + QString::number(int(o.valueKind)) + u'|' + QString::number(o.value, 'g', 17) + u'|'
                     + QString::number(int(o.status)) + u'|' + QString::number(o.provenance.revision));
        return true;
    });
    if (!walked)
        return {u"error: "_qs + walked.error().message};
    lines.sort();
    return lines;
}

inline Endpoint hubEndpoint(quint16 port, int pageSize)
{
    Endpoint e;
    e.id = u"hub"_qs;
    e.label = {{u"vi"_qs, u"Hub"_qs}};
    e.format = u"reporting"_qs;
    e.url = QUrl(u"http://127.0.0.1:%1/"_qs.arg(port));
    e.pageSize = pageSize;
    e.timeout = std::chrono::seconds(5);
    return e;
}

// Syncs the endpoint into the cache at path once, to the end of the run.
inline SyncRun syncOnce(const QString &path, const UnitRegistry &registry, const Endpoint &endpoint)
{
    SyncEngine engine([path, registry]() -> Result<std::unique_ptr<SyncTarget>> {
        auto cache = Cache::open(path, registry);
        if (!cache)
            return cache.error();
        return std::unique_ptr<SyncTarget>(std::make_unique<CacheSyncTarget>(std::move(*cache)));
    });
    QSignalSpy finished(&engine, &SyncEngine::runFinished);
    engine.setEndpoints({endpoint});
    engine.syncNow({endpoint.id});
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<SyncRun>();
}

} // namespace dh::test
