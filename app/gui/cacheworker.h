#pragma once

#include "models/catalogentry.h"
#include "models/dashboardlayout.h"
#include "models/dashboardloader.h"
#include "models/indicatorview.h"
#include "store/cache.h"

#include <QObject>

namespace dh {

// What the window shows about the open cache.
struct CacheOverview
{
    QString path;
    CacheSummary summary;
    QList<CatalogEntry> catalog;
};

// Opens the cache and runs its queries on a worker thread, so the GUI thread never waits on the
// disk or a long query. Lives in its own QThread; talks to the window through queued signals.
class CacheWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheWorker)

public:
    explicit CacheWorker(const UnitRegistry &registry, QObject *parent = nullptr);
    ~CacheWorker() override;

public slots:
    void open(const QString &path);
    // The figures that need scans (counts, each indicator's latest value), after the first paint;
    // then a check of every page of the file, on a thread of its own.
    void loadDetails();
    void loadDashboard(const dh::DashboardLayout &layout, const QString &unit);
    void loadIndicator(const dh::IndicatorViewRequest &request);

signals:
    void opened(const dh::CacheOverview &overview);
    void dashboardLoaded(const QString &unit, const QList<dh::DashboardTile> &tiles);
    void indicatorLoaded(const dh::IndicatorViewData &data);
    // A request could not be answered.
    void failed(const QString &message);
    // Something is wrong with the open cache, found after its first view (a damaged page, a count
    // that cannot be read): no request waits on it.
    void problemFound(const QString &message);

private:
    UnitRegistry m_registry;
    std::unique_ptr<Cache> m_cache;
    RankingMemo m_rankings;
    QString m_path;
    QString m_openError; // why the last open failed: later requests repeat it, not "no cache"
};

} // namespace dh

Q_DECLARE_METATYPE(dh::CacheOverview)
Q_DECLARE_METATYPE(dh::DashboardLayout)
