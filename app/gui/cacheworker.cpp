#include "cacheworker.h"

#include "logging.h"

#include "models/catalogloader.h"
#include "store/cachelocation.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

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
    m_openError.clear();
    const auto summary = [&]() -> Result<CacheSummary> {
        if (auto r = CacheLocation::ensureExists(path); !r)
            return r.error();
        auto cache = Cache::open(path, m_registry);
        if (!cache)
            return cache.error();
        m_cache = std::move(*cache);
        return m_cache->quickSummary();
    }();
    if (!summary) {
        m_cache.reset();
        m_openError = summary.error().message;
        emit failed(m_openError);
        return;
    }
    QList<CatalogEntry> catalog;
    for (const Indicator &ind : m_cache->indicators())
        catalog.append({ind, std::nullopt, 0.0, ObservationStatus::Final, QDateTime()});
    m_path = path;
    qCInfo(lcGui) << "cache" << path << "opened in" << timer.elapsed() << "ms";
    emit opened({path, *summary, catalog});
}

void CacheWorker::loadDetails()
{
    if (!m_cache)
        return;
    QElapsedTimer timer;
    timer.start();
    auto catalog = loadCatalog(*m_cache);
    const auto summary = m_cache->summary();
    if (!catalog || !summary) {
        emit problemFound(!catalog ? catalog.error().message : summary.error().message);
        return;
    }
    qCInfo(lcGui) << "cache details loaded in" << timer.elapsed() << "ms";
    emit opened({m_path, *summary, std::move(*catalog)});

    // Damage beyond the file's header shows only when every page is read: that takes seconds on a
    // large cache, so it runs on a connection of its own and the views stay responsive meanwhile.
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (const Result<void> r = watcher->result(); !r)
            emit problemFound(r.error().message);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, registry = m_registry]() -> Result<void> {
        const auto cache = Cache::open(path, registry, Cache::OpenMode::ReadOnly);
        return cache ? (*cache)->checkIntegrity() : Result<void>(cache.error());
    }));
}

void CacheWorker::loadDashboard(const DashboardLayout &layout, const QString &unit)
{
    if (!m_cache) {
        emit failed(m_openError.isEmpty() ? tr("No cache is open.") : m_openError);
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
        emit failed(m_openError.isEmpty() ? tr("No cache is open.") : m_openError);
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
