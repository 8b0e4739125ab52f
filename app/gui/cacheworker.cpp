#include "cacheworker.h"

#include "logging.h"

#include "models/catalogloader.h"
#include "store/cachelocation.h"

#include <QElapsedTimer>

namespace dh {

CacheWorker::CacheWorker(const UnitRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
}

CacheWorker::~CacheWorker() = default;

void CacheWorker::open(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    m_cache.reset();
    m_rankings.clear();
    if (auto r = CacheLocation::ensureExists(path); !r) {
        emit failed(r.error().message);
        return;
    }
    auto cache = Cache::open(path, m_registry);
    if (!cache) {
        emit failed(cache.error().message);
        return;
    }
    m_cache = std::move(*cache);
    QList<CatalogEntry> catalog;
    for (const Indicator &ind : m_cache->indicators())
        catalog.append({ind, std::nullopt, 0.0, ObservationStatus::Final, QDateTime()});
    m_path = path;
    CacheOverview overview{path, m_cache->quickSummary(), catalog};
    qCInfo(lcGui) << "cache" << path << "opened in" << timer.elapsed() << "ms";
    emit opened(overview);
}

void CacheWorker::loadDetails()
{
    if (!m_cache)
        return;
    QElapsedTimer timer;
    timer.start();
    auto catalog = loadCatalog(*m_cache);
    if (!catalog) {
        emit failed(catalog.error().message);
        return;
    }
    CacheOverview overview{m_path, m_cache->summary(), std::move(*catalog)};
    qCInfo(lcGui) << "cache details loaded in" << timer.elapsed() << "ms";
    emit opened(overview);
}

} // namespace dh

namespace dh {

void CacheWorker::loadDashboard(const DashboardLayout &layout, const QString &unit)
{
    if (!m_cache) {
        emit failed(tr("No cache is open."));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto tiles = dh::loadDashboard(*m_cache, layout, unit);
    if (!tiles) {
        emit failed(tiles.error().message);
        return;
    }
    qCInfo(lcGui) << "dashboard for" << unit << "computed in" << timer.elapsed() << "ms";
    emit dashboardLoaded(unit, *tiles);
}

void CacheWorker::loadIndicator(const IndicatorViewRequest &request)
{
    if (!m_cache) {
        emit failed(tr("No cache is open."));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto data = loadIndicatorView(*m_cache, request, &m_rankings);
    if (!data) {
        emit failed(data.error().message);
        return;
    }
    qCInfo(lcGui) << "indicator view" << request.indicator << request.unit << "computed in" << timer.elapsed() << "ms";
    emit indicatorLoaded(*data);
}

} // namespace dh
