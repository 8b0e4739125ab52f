#include "viewcontroller.h"

#include "cacheservice.h"
#include "logging.h"

#include "store/cache.h"

#include <QElapsedTimer>
#include <QTimer>

namespace dh {

namespace {

QString noCache(const CacheWorkspace &workspace)
{
    return workspace.openError.isEmpty() ? ViewController::tr("No cache is open.")
                                         : workspace.openError;
}

} // namespace

ViewController::ViewController(CacheService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_registry(service.registry())
    , m_scopes(m_registry)
{
    qRegisterMetaType<DashboardLayout>();
    qRegisterMetaType<QList<DashboardTile>>();
    qRegisterMetaType<IndicatorViewRequest>();
    qRegisterMetaType<IndicatorViewData>();
    connect(&m_navigator, &Navigator::currentChanged, this, &ViewController::show);
    connect(&service, &CacheService::opened, this, &ViewController::takeOverview);
    connect(&service, &CacheService::openFailed, this, &ViewController::takeOpenFailure);
    connect(&service, &CacheService::problemFound, this, &ViewController::problemFound);
    connect(&service, &CacheService::dataChanged, this, &ViewController::reload);
}

ViewController::~ViewController()
{
    m_service.cancelAll(this);
}

void ViewController::setInitialView(const ViewState &state)
{
    m_initial = state;
    if (state.map34) {
        m_map34 = *state.map34;
        m_initial.map34.reset();
    }
}

void ViewController::setHomeLayout(const DashboardLayout &layout)
{
    m_homeLayout = layout;
}

void ViewController::setEnglish(bool english)
{
    if (english == m_english)
        return;
    m_english = english;
    emit breadcrumbChanged(breadcrumb());
}

void ViewController::open(const QString &path, CacheService::Missing missing)
{
    m_started = true;
    m_waitingForCache = true;
    m_shownInitial = false;
    m_overview.reset();
    m_service.open(path, missing);
    // Asked for with the opening, not after the overview's round trip through this thread: start-up
    // is what a leader waits for. A ministry's dashboard needs the catalogue first.
    if (m_initial.page == ViewState::Page::Home && m_scopes.levelOf(m_initial.scope) != ScopeRules::Level::Ministry) {
        m_prefetched = true;
        requestDashboard(m_homeLayout, m_scopes.dataUnit(m_initial.scope));
    }
}

void ViewController::start()
{
    m_started = true;
    if (m_service.overview()) {
        takeOverview(*m_service.overview());
    } else if (!m_service.openError().isEmpty()) {
        takeOpenFailure(m_service.openError());
    } else {
        m_waitingForCache = true;
    }
}

void ViewController::refresh()
{
    if (m_overview)
        show(current());
}

void ViewController::reload()
{
    if (!m_started || !m_overview || m_waitingForCache)
        return;
    const ViewState &state = current();
    switch (state.page) {
    case ViewState::Page::Home: requestDashboard(layoutFor(state.scope), m_scopes.dataUnit(state.scope)); break;
    case ViewState::Page::Indicator:
    case ViewState::Page::Map: fetchIndicator(m_lastIndicatorRequest); break;
    case ViewState::Page::Catalogue:
    case ViewState::Page::Sync: break; // the overview that came before holds their data
    case ViewState::Page::Tasks: break; // the tasks page asks for its own (TaskLoader)
    }
}

void ViewController::takeOverview(const CacheOverview &overview)
{
    if (!m_started)
        return;
    // Another opening, by this controller or another on the service: every view is read again.
    const bool newCache = m_waitingForCache || !m_overview || m_overview->generation != overview.generation;
    m_overview = overview;
    emit overviewChanged(overview);
    if (!newCache) {
        emit breadcrumbChanged(breadcrumb());
        return;
    }
    m_waitingForCache = false;
    m_detailsAsked = false;
    if (std::exchange(m_shownInitial, true) || m_initial == current())
        show(current());
    else
        m_navigator.go(m_initial);
}

void ViewController::takeOpenFailure(const QString &message)
{
    if (!m_started)
        return;
    m_waitingForCache = false;
    emit failed(message);
    checkSettled();
}

DashboardLayout ViewController::layoutFor(const QString &scope) const
{
    return m_overview ? m_scopes.layoutFor(scope, m_homeLayout, m_overview->catalog) : m_homeLayout;
}

QString ViewController::homeTitle(const QString &scope) const
{
    const DashboardLayout layout = layoutFor(scope);
    return (m_english ? layout.titleEn : layout.titleVi) + QStringLiteral(" — ") + m_scopes.name(scope, m_english);
}

void ViewController::go(const ViewState &state)
{
    m_navigator.go(state);
}

void ViewController::back()
{
    m_navigator.back();
}

void ViewController::forward()
{
    m_navigator.forward();
}

void ViewController::goToIndicator(const QString &code, const QString &scope)
{
    m_navigator.go({ViewState::Page::Indicator, code, scope});
}

void ViewController::goToProvince(const QString &unit)
{
    goToIndicator(current().indicator, unit);
}

void ViewController::goToMap(const QString &period)
{
    m_navigator.go({ViewState::Page::Map, current().indicator, UnitRegistry::nationCode(), period});
}

QStringList ViewController::breadcrumb() const
{
    const ViewState &state = current();
    QStringList steps{m_scopes.name(UnitRegistry::nationCode(), m_english)};
    if (state.scope != UnitRegistry::nationCode())
        steps.append(m_scopes.name(state.scope, m_english));
    if ((state.page == ViewState::Page::Indicator || state.page == ViewState::Page::Map) && m_overview) {
        for (const CatalogEntry &e : m_overview->catalog) {
            if (e.indicator.code == state.indicator)
                steps.append(m_english ? e.indicator.nameEn : e.indicator.nameVi);
        }
        if (state.page == ViewState::Page::Map)
            steps.append(tr("Map"));
    } else if (state.page == ViewState::Page::Catalogue) {
        steps.append(tr("Indicator catalogue"));
    } else if (state.page == ViewState::Page::Sync) {
        steps.append(tr("Synchronisation"));
    } else if (state.page == ViewState::Page::Tasks) {
        steps.append(tr("Assigned tasks"));
    }
    return steps;
}

void ViewController::goToStep(int step)
{
    const ViewState &now = current();
    // Step 0 is the nation; step 1 the scope (when narrower), which opens its dashboard; the
    // indicator's step opens its view at the scope, from its map.
    if (step == 0)
        m_navigator.go({ViewState::Page::Home, QString(), UnitRegistry::nationCode()});
    else if (step == 1 && now.scope != UnitRegistry::nationCode())
        m_navigator.go({ViewState::Page::Home, QString(), now.scope});
    else if (!now.indicator.isEmpty())
        goToIndicator(now.indicator, now.scope);
}

void ViewController::setMap34(bool map34)
{
    if (map34 == m_map34)
        return;
    m_map34 = map34;
    emit map34Changed(map34);
    const ViewState now = current();
    if (!m_scopes.existsOnMap(now.scope, map34)) {
        m_navigator.go({now.page, now.indicator, UnitRegistry::nationCode(), now.period});
        return;
    }
    if (m_overview)
        show(now);
}

void ViewController::show(const ViewState &state)
{
    emit viewChanged(state);
    emit breadcrumbChanged(breadcrumb());
    if (!m_overview)
        return;
    switch (state.page) {
    case ViewState::Page::Home: {
        const DashboardLayout layout = layoutFor(state.scope);
        const QString unit = m_scopes.dataUnit(state.scope);
        if (std::exchange(m_prefetched, false) && m_pending[Dashboard] && unit == m_dashboardUnit && layout.tiles == m_homeLayout.tiles)
            break; // asked for with the opening, and on its way
        requestDashboard(layout, unit);
        break;
    }
    case ViewState::Page::Indicator:
    case ViewState::Page::Map: {
        IndicatorViewRequest request;
        request.indicator = state.indicator;
        request.unit = m_scopes.dataUnit(state.scope);
        request.rankingPeriod = Period::parse(state.period);
        if (m_lastIndicatorRequest.indicator == state.indicator) {
            request.kind = m_lastIndicatorRequest.kind;
            request.cumulative = m_lastIndicatorRequest.cumulative;
            request.breakdownDimension = m_lastIndicatorRequest.breakdownDimension;
        }
        requestIndicator(request);
        break;
    }
    case ViewState::Page::Catalogue:
    case ViewState::Page::Sync:
    case ViewState::Page::Tasks:
        m_pending[Dashboard] = m_pending[Indicator] = 0;
        m_service.cancel(this, Dashboard);
        m_service.cancel(this, Indicator);
        checkSettled();
        break;
    }
}

void ViewController::requestDashboard(const DashboardLayout &layout, const QString &unit)
{
    const quint64 id = ++m_serial;
    m_pending[Dashboard] = id;
    m_pending[Indicator] = 0;
    m_service.cancel(this, Indicator);
    m_dashboardUnit = unit;
    m_service.submit(this, Dashboard, [this, id, layout, unit](const CacheWorkspace &workspace, const Cancellation &cancellation)
                                          -> std::function<void()> {
        if (!workspace.cache)
            return [this, id, message = noCache(workspace)] { fail(Dashboard, id, message); };
        QElapsedTimer timer;
        timer.start();
        auto tiles = loadDashboard(*workspace.cache, layout, unit, cancellation);
        if (!tiles)
            return [this, id, message = tiles.error().message] { fail(Dashboard, id, message); };
        qCInfo(lcModels) << "dashboard for" << unit << "computed in" << timer.elapsed() << "ms";
        return [this, id, tiles = std::move(*tiles)] {
            if (m_pending[Dashboard] != id)
                return;
            emit dashboardLoaded(tiles);
            answered(Dashboard, id);
        };
    });
}

void ViewController::requestIndicator(IndicatorViewRequest request)
{
    request.map34 = m_map34;
    m_lastIndicatorRequest = request;
    emit indicatorRequested(request);
    fetchIndicator(request);
}

void ViewController::fetchIndicator(const IndicatorViewRequest &request)
{
    const quint64 id = ++m_serial;
    m_pending[Indicator] = id;
    m_pending[Dashboard] = 0;
    m_service.cancel(this, Dashboard);
    m_service.submit(this, Indicator, [this, id, request](const CacheWorkspace &workspace, const Cancellation &cancellation)
                                          -> std::function<void()> {
        if (!workspace.cache)
            return [this, id, message = noCache(workspace)] { fail(Indicator, id, message); };
        QElapsedTimer timer;
        timer.start();
        auto data = loadIndicatorView(*workspace.cache, request, workspace.rankings, cancellation);
        if (!data)
            return [this, id, message = data.error().message] { fail(Indicator, id, message); };
        qCInfo(lcModels) << "indicator view" << request.indicator << request.unit << "computed in" << timer.elapsed() << "ms";
        return [this, id, data = std::move(*data)] {
            if (m_pending[Indicator] != id)
                return;
            emit indicatorLoaded(data);
            answered(Indicator, id);
        };
    });
}

void ViewController::answered(Channel channel, quint64 id)
{
    if (m_pending[channel] == id)
        m_pending[channel] = 0;
    checkSettled();
}

void ViewController::fail(Channel channel, quint64 id, const QString &message)
{
    if (m_pending[channel] != id)
        return;
    m_pending[channel] = 0;
    emit failed(message);
    checkSettled();
}

void ViewController::checkSettled()
{
    if (!isSettled())
        return;
    // The details scan the cache: asked for once the first view of an opening is in, and after the
    // events already posted (the first frame's paint among them), not competing with them.
    if (m_overview && !m_overview->summary.counted && !std::exchange(m_detailsAsked, true))
        QTimer::singleShot(0, &m_service, &CacheService::loadDetails);
    if (!m_ready) {
        m_ready = true;
        emit ready();
    }
    emit settled();
}

} // namespace dh
