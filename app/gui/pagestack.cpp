#include "pagestack.h"

#include "catalogpage.h"
#include "homepage.h"
#include "indicatorpage.h"
#include "mappage.h"
#include "pagestate.h"
#include "syncpage.h"
#include "taskspage.h"
#include "tasksummarypanel.h"
#include "theme.h"

#include "core/clock.h"
#include "models/dashboardmodel.h"
#include "models/taskloader.h"
#include "models/viewcontroller.h"

namespace dh {

PageStack::PageStack(ViewController &controller, DashboardModel *dashboard, const UnitRegistry &registry, SyncMonitor &sync,
                     QWidget *parent)
    : QStackedWidget(parent)
    , m_controller(controller)
    , m_syncMonitor(sync)
    , m_registry(registry)
    , m_home(new HomePage(dashboard, this))
    , m_homeTasks(new TaskLoader(controller.service(), this))
{
    ViewController *c = &controller;
    connect(m_home->taskPanel(), &TaskSummaryPanel::clicked, c, [c] { c->go({ViewState::Page::Tasks, QString(), c->current().scope}); });
    connect(m_homeTasks, &TaskLoader::summaryLoaded, this, [this, c](const TaskSummary &summary) {
        m_home->setTaskSummary(summary, c->isSynthetic());
    });
    connect(&controller.service(), &CacheService::dataChanged, this, [this, c] {
        if (c->current().page == ViewState::Page::Home)
            askHomeTasks(c->current().scope);
    });
    connect(m_home, &HomePage::indicatorRequested, c, [c](const QString &code) { c->goToIndicator(code, c->current().scope); });
    connect(c, &ViewController::dashboardLoaded, dashboard,
            [c, dashboard](const QList<DashboardTile> &tiles) { dashboard->setTiles(tiles, c->isSynthetic()); });
    connect(c, &ViewController::overviewChanged, this, [this](const CacheOverview &overview) {
        if (m_catalog)
            m_catalog->setEntries(overview.catalog);
    });
    connect(c, &ViewController::indicatorRequested, this, [this](const IndicatorViewRequest &request) {
        m_controller.current().page == ViewState::Page::Map ? map()->setLoading(request) : indicator()->setLoading(request);
    });
    connect(c, &ViewController::failed, this, [this] {
        if (m_indicator)
            m_indicator->setLoadFailed();
        if (m_map)
            m_map->setLoadFailed();
    });
    connect(c, &ViewController::indicatorLoaded, this, [this](const IndicatorViewData &data) {
        m_controller.current().page == ViewState::Page::Map ? map()->setData(data) : indicator()->setData(data);
    });
}

PageStack::~PageStack()
{
    if (m_catalog)
        PageState::save(Settings::Key::CatalogPageState, m_catalog->saveState());
    if (m_indicator)
        PageState::save(Settings::Key::IndicatorPageState, m_indicator->saveState());
    if (m_map)
        PageState::save(Settings::Key::MapPageState, m_map->saveState());
    if (m_sync)
        PageState::save(Settings::Key::SyncPageState, m_sync->saveState());
    if (m_tasks)
        PageState::save(Settings::Key::TasksPageState, m_tasks->saveState());
}

void PageStack::addHome()
{
    addWidget(m_home);
}

template<typename Page>
Page *PageStack::adopt(Page *page, Settings::Key stateKey)
{
    page->setLocale(m_locale);
    page->restoreState(PageState::load(stateKey));
    addWidget(page);
    theme::scaleHeadings(page, m_basePixels);
    return page;
}

CatalogPage *PageStack::catalog()
{
    if (!m_catalog) {
        m_catalog = adopt(new CatalogPage, Settings::Key::CatalogPageState);
        if (const auto &overview = m_controller.overview())
            m_catalog->setEntries(overview->catalog);
        ViewController *c = &m_controller;
        connect(m_catalog, &CatalogPage::indicatorActivated, c,
                [c](const QString &code) { c->goToIndicator(code, c->current().scope); });
    }
    return m_catalog;
}

IndicatorPage *PageStack::indicator()
{
    if (!m_indicator) {
        m_indicator = adopt(new IndicatorPage(m_registry), Settings::Key::IndicatorPageState);
        ViewController *c = &m_controller;
        connect(m_indicator, &IndicatorPage::provinceClicked, c, &ViewController::goToProvince);
        connect(m_indicator, &IndicatorPage::requestChanged, c, &ViewController::requestIndicator);
        connect(m_indicator, &IndicatorPage::mapRequested, c, [this, c] { c->goToMap(m_indicator->shownPeriod()); });
    }
    return m_indicator;
}

MapPage *PageStack::map()
{
    if (!m_map) {
        m_map = adopt(new MapPage(m_registry), Settings::Key::MapPageState);
        connect(m_map, &MapPage::provinceClicked, &m_controller, &ViewController::goToProvince);
        connect(m_map, &MapPage::requestChanged, &m_controller, &ViewController::requestIndicator);
    }
    return m_map;
}

SyncPage *PageStack::sync()
{
    if (!m_sync)
        m_sync = adopt(new SyncPage(m_syncMonitor), Settings::Key::SyncPageState);
    return m_sync;
}

TasksPage *PageStack::tasks()
{
    if (!m_tasks) {
        m_tasks = adopt(new TasksPage(m_controller.service(), m_registry), Settings::Key::TasksPageState);
        m_tasks->setReminders(m_reminders);
        ViewController *c = &m_controller;
        connect(m_tasks, &TasksPage::assigneeChosen, c, [c](const QString &code) { c->go({ViewState::Page::Tasks, QString(), code}); });
        connect(m_tasks, &TasksPage::followedChanged, this, &PageStack::followedChanged);
        connect(m_tasks, &TasksPage::nationChosen, c,
                [c] { c->go({ViewState::Page::Tasks, QString(), UnitRegistry::nationCode()}); });
    }
    return m_tasks;
}

void PageStack::askHomeTasks(const QString &scope)
{
    // A province's or ministry's dashboard shows its own tasks; the nation's, all of them.
    m_homeTasks->requestSummary(hanoiDate(Clock::system().now()), scope == UnitRegistry::nationCode() ? QString() : scope,
                                TaskUnitEra::Units2025);
}

void PageStack::setReminders(ReminderListModel *reminders)
{
    m_reminders = reminders;
    if (m_tasks)
        m_tasks->setReminders(reminders);
}

void PageStack::show(const ViewState &state)
{
    switch (state.page) {
    case ViewState::Page::Home: {
        const DashboardLayout layout = m_controller.layoutFor(state.scope);
        if (layout.tiles != m_home->layoutData().tiles)
            m_home->setLayoutData(layout);
        m_home->setScopeTitle(m_controller.homeTitle(state.scope));
        setCurrentWidget(m_home);
        askHomeTasks(state.scope);
        break;
    }
    case ViewState::Page::Indicator: setCurrentWidget(indicator()); break;
    case ViewState::Page::Map: setCurrentWidget(map()); break;
    case ViewState::Page::Catalogue: setCurrentWidget(catalog()); break;
    case ViewState::Page::Sync: setCurrentWidget(sync()); break;
    case ViewState::Page::Tasks:
        tasks()->showScope(state.scope, m_controller.isSynthetic());
        setCurrentWidget(m_tasks);
        break;
    }
}

void PageStack::setDisplayLocale(const QLocale &locale)
{
    m_locale = locale;
    if (m_catalog)
        m_catalog->setLocale(locale);
    if (m_indicator)
        m_indicator->setLocale(locale);
    if (m_map)
        m_map->setLocale(locale);
    if (m_sync)
        m_sync->setLocale(locale);
    if (m_tasks)
        m_tasks->setLocale(locale);
    m_home->taskPanel()->setLocale(locale);
}

} // namespace dh
