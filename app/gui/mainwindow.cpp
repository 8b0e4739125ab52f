#include "mainwindow.h"

#include "breadcrumb.h"
#include "catalogpage.h"
#include "headerbar.h"
#include "homepage.h"
#include "indicatorpage.h"
#include "languageswitcher.h"
#include "logging.h"
#include "mappage.h"
#include "navigationbar.h"
#include "theme.h"

#include "core/clock.h"
#include "core/settings.h"
#include "models/dashboardmodel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace dh {

MainWindow::MainWindow(const UnitRegistry &registry, LanguageSwitcher &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_languages(languages)
    , m_navigator(new Navigator(this))
    , m_worker(new CacheWorker(registry))
    , m_dashboard(new DashboardModel(this))
{
    build(nullptr);
}

MainWindow::MainWindow(const UnitRegistry &registry, LanguageSwitcher &languages, const StartUp &startUp, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_languages(languages)
    , m_navigator(new Navigator(this))
    , m_worker(new CacheWorker(registry))
    , m_dashboard(new DashboardModel(this))
{
    build(&startUp);
}

void MainWindow::build(const StartUp *startUp)
{
    // With the window's size known before its first widget is made, the type is too: each widget
    // is measured once, in the type it is shown in.
    if (startUp && startUp->size.isValid())
        resize(startUp->size);
    scaleType();
    connectWorker();
    const bool ownLayout = startUp && !startUp->layoutFile.isEmpty();
    auto home = DashboardLayout::load(ownLayout ? startUp->layoutFile : userLayoutPath());
    // A layout file given on the command line that cannot be read is said, not silently replaced.
    const QString layoutProblem = ownLayout && !home ? home.error().message : QString();
    if (!home)
        home = DashboardLayout::bundledHome();
    if (home)
        m_homeLayout = *home;
    m_homeLayout.id = QStringLiteral("home");
    m_map34 = Settings().value(Settings::Key::ProvinceMap).toInt() != 63;
    // The worker opens the cache and computes the first view while the widgets are built.
    if (startUp) {
        setInitialView(startUp->view);
        requestOpening(startUp->cachePath);
    }

    // Every widget is made inside the window, so it is born in the window's type.
    auto *central = new QWidget(this);
    m_header = new HeaderBar(central);
    m_navigation = new NavigationBar(central);
    m_navigation->setIconPixels(m_basePixels * 3 / 2);
    m_error = new BoxLabel(central);
    m_pages = new QStackedWidget(central);
    m_home = new HomePage(m_dashboard, m_pages);
    connectNavigation();
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setLook(theme::errorLook());
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    // Nothing to paint in the pages until the first view's data is in: tiles without their numbers
    // would only cost a frame before the real one.
    m_pages->setUpdatesEnabled(false);
    // Nor in the window, for a moment: the first frame is then painted whole as soon as the data
    // is in. Painting the bars first, when the platform asks for a frame, holds the data back
    // for that frame's time (7 ms, about a run in three, on the sample) while the tiles wait.
    setUpdatesEnabled(false);
    QTimer::singleShot(FirstFrameWait, this, &MainWindow::paintFirstFrame);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_navigation);
    layout->addWidget(m_error);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(12, 8, 12, 12);
    body->addWidget(m_pages);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    statusBar(); // made now, its line is in the first layout rather than a second one after it

    m_home->setLayoutData(m_homeLayout);
    // Titled before the first layout: the title arriving with the data would move the grid by a
    // pixel, and the tiles painted ahead for the first frame would be painted again.
    if (startUp && m_initial.page == ViewState::Page::Home)
        m_home->setScopeTitle(homeTitle(m_initial.scope));
    if (!home || !layoutProblem.isEmpty())
        showProblem(home ? layoutProblem : home.error().message);
    if (startUp)
        m_header->setMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(startUp->cachePath)));

    // The type scale follows the window's size, so the window must be free to shrink below what
    // the previous (larger) type needed; resizeEvent then scales the type down to fit.
    QMainWindow::layout()->setSizeConstraint(QLayout::SetNoConstraint);

    // Mouse back/forward buttons work wherever the pointer is.
    qApp->installEventFilter(this);
    buildMenus();
    retranslate();
    // Last: a page added to the stack is laid out, and measuring text waits for the font database,
    // which another thread is still reading (main.cpp).
    m_pages->addWidget(m_home);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    if (m_catalog)
        setPageState(Settings::Key::CatalogPageState, m_catalog->saveState());
    if (m_indicator)
        setPageState(Settings::Key::IndicatorPageState, m_indicator->saveState());
    if (m_map)
        setPageState(Settings::Key::MapPageState, m_map->saveState());
    m_thread.quit();
    m_thread.wait();
}

// Pages keep their state as JSON in the settings, so a restart finds them as they were left.
QJsonObject MainWindow::pageState(Settings::Key key)
{
    return QJsonDocument::fromJson(Settings().value(key).toString().toUtf8()).object();
}

void MainWindow::setPageState(Settings::Key key, const QJsonObject &state)
{
    Settings().setValue(key, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
}

void MainWindow::connectWorker()
{
    qRegisterMetaType<CacheOverview>();
    qRegisterMetaType<DashboardLayout>();
    qRegisterMetaType<QList<DashboardTile>>();
    qRegisterMetaType<IndicatorViewRequest>();
    qRegisterMetaType<IndicatorViewData>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &MainWindow::openRequested, m_worker, &CacheWorker::open);
    connect(this, &MainWindow::detailsRequested, m_worker, &CacheWorker::loadDetails);
    connect(this, &MainWindow::dashboardRequested, m_worker, &CacheWorker::loadDashboard);
    connect(this, &MainWindow::indicatorRequested, m_worker, &CacheWorker::loadIndicator);
    connect(m_worker, &CacheWorker::opened, this, &MainWindow::showOverview);
    connect(m_worker, &CacheWorker::failed, this, &MainWindow::showError);
    connect(m_worker, &CacheWorker::problemFound, this, &MainWindow::showProblem);
    connect(m_worker, &CacheWorker::dashboardLoaded, this, &MainWindow::showDashboard);
    connect(m_worker, &CacheWorker::indicatorLoaded, this, &MainWindow::showIndicator);
    m_thread.start();
}

void MainWindow::connectNavigation()
{
    connect(m_navigator, &Navigator::currentChanged, this, &MainWindow::showView);
    connect(m_home, &HomePage::layoutChanged, this, &MainWindow::saveLayout);
    connect(m_home, &HomePage::indicatorRequested, this,
            [this](const QString &code) { goToIndicator(code, m_navigator->current().scope); });
    connect(m_navigation, &NavigationBar::backClicked, m_navigator, &Navigator::back);
    connect(m_navigation, &NavigationBar::forwardClicked, m_navigator, &Navigator::forward);
    connect(m_navigation, &NavigationBar::homeClicked, this,
            [this] { m_navigator->go({ViewState::Page::Home, QString(), m_navigator->current().scope}); });
    connect(m_navigation, &NavigationBar::catalogueClicked, this,
            [this] { m_navigator->go({ViewState::Page::Catalogue, QString(), m_navigator->current().scope}); });
    connect(m_navigation, &NavigationBar::ministryChosen, this,
            [this](const QString &code) { m_navigator->go({ViewState::Page::Home, QString(), code}); });
    connect(m_navigation, &NavigationBar::mapChosen, this, &MainWindow::setMap34);
    connect(m_navigation, &NavigationBar::stepClicked, this, [this](int step) {
        const ViewState &now = m_navigator->current();
        // Step 0 is the nation; step 1 the scope (when narrower), which opens its dashboard; step
        // 2 the indicator, from its map.
        if (step == 0)
            m_navigator->go({ViewState::Page::Home, QString(), UnitRegistry::nationCode()});
        else if (step == 1 && now.scope != UnitRegistry::nationCode())
            m_navigator->go({ViewState::Page::Home, QString(), now.scope});
        else
            goToIndicator(now.indicator, now.scope);
    });
}

void MainWindow::setInitialView(const ViewState &state)
{
    m_initial = state;
    if (state.map34) {
        m_map34 = *state.map34;
        if (m_navigation)
            m_navigation->setMap34(m_map34);
        m_initial.map34.reset();
    }
}

CatalogPage *MainWindow::catalogPage()
{
    if (!m_catalog) {
        m_catalog = new CatalogPage;
        m_catalog->setLocale(m_languages.locale());
        m_catalog->restoreState(pageState(Settings::Key::CatalogPageState));
        if (m_overview)
            m_catalog->setEntries(m_overview->catalog);
        connect(m_catalog, &CatalogPage::indicatorActivated, this,
                [this](const QString &code) { goToIndicator(code, m_navigator->current().scope); });
        m_pages->addWidget(m_catalog);
        theme::scaleHeadings(m_catalog, m_basePixels);
    }
    return m_catalog;
}

IndicatorPage *MainWindow::indicatorPage()
{
    if (!m_indicator) {
        m_indicator = new IndicatorPage(m_registry);
        m_indicator->setLocale(m_languages.locale());
        m_indicator->restoreState(pageState(Settings::Key::IndicatorPageState));
        connect(m_indicator, &IndicatorPage::provinceClicked, this,
                [this](const QString &unit) { goToIndicator(m_navigator->current().indicator, unit); });
        connect(m_indicator, &IndicatorPage::requestChanged, this, &MainWindow::requestIndicator);
        connect(m_indicator, &IndicatorPage::mapRequested, this, [this] {
            const ViewState &now = m_navigator->current();
            m_navigator->go({ViewState::Page::Map, now.indicator, UnitRegistry::nationCode(), m_indicator->shownPeriod()});
        });
        m_pages->addWidget(m_indicator);
        theme::scaleHeadings(m_indicator, m_basePixels);
    }
    return m_indicator;
}

MapPage *MainWindow::mapPage()
{
    if (!m_map) {
        m_map = new MapPage(m_registry);
        m_map->setLocale(m_languages.locale());
        m_map->restoreState(pageState(Settings::Key::MapPageState));
        connect(m_map, &MapPage::provinceClicked, this,
                [this](const QString &unit) { goToIndicator(m_navigator->current().indicator, unit); });
        connect(m_map, &MapPage::requestChanged, this, &MainWindow::requestIndicator);
        m_pages->addWidget(m_map);
        theme::scaleHeadings(m_map, m_basePixels);
    }
    return m_map;
}

QWidget *MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

Breadcrumb *MainWindow::breadcrumb() const
{
    return m_navigation->breadcrumb();
}

QLabel *MainWindow::syntheticBadge() const
{
    return m_header->syntheticBadge();
}

void MainWindow::goToIndicator(const QString &code, const QString &scope)
{
    m_navigator->go({ViewState::Page::Indicator, code, scope});
}

void MainWindow::setMap34(bool map34)
{
    if (map34 == m_map34)
        return;
    m_map34 = map34;
    Settings().setValue(Settings::Key::ProvinceMap, map34 ? 34 : 63);
    m_navigation->setMap34(map34);
    // A province of the other map is no scope on this one: go back to the nation.
    const ViewState now = m_navigator->current();
    const AdminUnit *unit = m_registry.find(now.scope);
    const QDate mapDate = map34 ? UnitRegistry::provinceReformDate() : UnitRegistry::provinceReformDate().addDays(-1);
    if (unit && unit->level == AdminUnit::Level::Province && !unit->validAt(mapDate)) {
        m_navigator->go({now.page, now.indicator, UnitRegistry::nationCode(), now.period});
        return;
    }
    showView(now);
}

void MainWindow::openCache(const QString &path)
{
    m_header->setMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    requestOpening(path);
}

void MainWindow::requestOpening(const QString &path)
{
    ++m_pending;
    emit openRequested(path);
    // The first dashboard is asked for with the opening, not after the overview's round trip
    // through this thread: start-up is what a leader waits for. A ministry's dashboard needs the
    // catalogue first.
    const AdminUnit *scope = m_registry.find(m_initial.scope);
    if (m_initial.page == ViewState::Page::Home && !(scope && scope->level == AdminUnit::Level::Ministry)) {
        m_prefetched = true;
        ++m_pending;
        emit dashboardRequested(m_homeLayout, m_initial.scope);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            button == Qt::BackButton ? m_navigator->back() : m_navigator->forward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    scaleType();
}

void MainWindow::setVisible(bool visible)
{
    // Set before the first polish and layout, the type is measured once at its real size.
    if (visible && !isVisible())
        scaleType();
    QMainWindow::setVisible(visible);
}

// Type follows the window's height — about 15 px on a 1080-line laptop screen, twice that on a
// 2160-line wall — so the chrome stays legible from the back of a briefing room.
void MainWindow::scaleType()
{
    const int base = std::clamp(height() / 72, 12, 48);
    if (base == m_basePixels)
        return;
    m_basePixels = base;
    theme::scaleType(this, base);
    if (m_navigation)
        m_navigation->setIconPixels(base * 3 / 2);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::english() const
{
    return m_languages.language() == u"en";
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Điều hành — socio-economic direction dashboard"));
    if (m_viewMenu) {
        m_viewMenu->setTitle(tr("&View"));
        m_languageMenu->setTitle(tr("&Language"));
        m_openLayout->setText(tr("&Open dashboard layout…"));
        m_saveLayoutAs->setText(tr("&Save dashboard layout as…"));
        m_resetLayout->setText(tr("&Reset dashboard layout"));
        m_helpMenu->setTitle(tr("&Help"));
        m_about->setText(tr("&About Điều hành"));
    }
    m_navigation->setMinistries(m_registry.unitsAt(AdminUnit::Level::Ministry, Clock::system().now().date()), english());
    m_navigation->setMap34(m_map34);
    const QLocale locale = m_languages.locale();
    m_dashboard->setLocale(locale);
    if (m_catalog)
        m_catalog->setLocale(locale);
    if (m_indicator)
        m_indicator->setLocale(locale);
    if (m_map)
        m_map->setLocale(locale);
    if (m_overview)
        m_header->setSummary(m_overview->summary, locale);
    updateBreadcrumb();
}

QString MainWindow::scopeName(const QString &scope) const
{
    const AdminUnit *unit = m_registry.find(scope);
    if (!unit || unit->level == AdminUnit::Level::Nation)
        return tr("National");
    return english() ? unit->nameEn : unit->nameVi;
}

QString MainWindow::homeTitle(const QString &scope) const
{
    const DashboardLayout &shown = m_home->layoutData();
    return (english() ? shown.titleEn : shown.titleVi) + QStringLiteral(" — ") + scopeName(scope);
}

// A ministry is a scope, not a unit of the data: its dashboard shows national figures.
QString MainWindow::dataUnit(const QString &scope) const
{
    const AdminUnit *unit = m_registry.find(scope);
    return unit && unit->level == AdminUnit::Level::Ministry ? UnitRegistry::nationCode() : scope;
}

DashboardLayout MainWindow::layoutFor(const QString &scope) const
{
    const AdminUnit *unit = m_registry.find(scope);
    if (!unit || unit->level != AdminUnit::Level::Ministry || !m_overview)
        return m_homeLayout;
    // A ministry's dashboard: the indicators it owns, national figures.
    DashboardLayout layout = m_homeLayout;
    layout.id = scope;
    layout.tiles.clear();
    for (const CatalogEntry &e : m_overview->catalog) {
        if (e.indicator.owner == scope)
            layout.tiles.append(e.indicator.code);
    }
    return layout;
}

void MainWindow::showView(const ViewState &state)
{
    m_navigation->setHistory(m_navigator->canGoBack(), m_navigator->canGoForward());
    m_navigation->setPage(state.page == ViewState::Page::Home        ? NavigationBar::Page::Home
                          : state.page == ViewState::Page::Catalogue ? NavigationBar::Page::Catalogue
                                                                     : NavigationBar::Page::Other);
    updateBreadcrumb();
    if (!m_overview)
        return;
    switch (state.page) {
    case ViewState::Page::Home: {
        const DashboardLayout layout = layoutFor(state.scope);
        if (layout.tiles != m_home->layoutData().tiles)
            m_home->setLayoutData(layout);
        m_home->setScopeTitle(homeTitle(state.scope));
        m_pages->setCurrentWidget(m_home);
        if (std::exchange(m_prefetched, false))
            break; // asked for with the opening
        ++m_pending;
        emit dashboardRequested(layout, dataUnit(state.scope));
        break;
    }
    case ViewState::Page::Indicator:
    case ViewState::Page::Map: {
        m_pages->setCurrentWidget(state.page == ViewState::Page::Map ? static_cast<QWidget *>(mapPage()) : indicatorPage());
        IndicatorViewRequest request;
        request.indicator = state.indicator;
        request.unit = dataUnit(state.scope);
        request.map34 = m_map34;
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
        m_pages->setCurrentWidget(catalogPage());
        markShown();
        break;
    }
}

void MainWindow::requestIndicator(IndicatorViewRequest request)
{
    // Requests come from both views of an indicator; the map is the window's choice.
    request.map34 = m_map34;
    m_lastIndicatorRequest = request;
    if (m_navigator->current().page == ViewState::Page::Map)
        mapPage()->setLoading(request);
    else
        indicatorPage()->setLoading(request);
    ++m_pending;
    emit indicatorRequested(request);
}

void MainWindow::updateBreadcrumb()
{
    const ViewState &state = m_navigator->current();
    QStringList steps{tr("National")};
    if (state.scope != UnitRegistry::nationCode())
        steps.append(scopeName(state.scope));
    if ((state.page == ViewState::Page::Indicator || state.page == ViewState::Page::Map) && m_overview) {
        for (const CatalogEntry &e : m_overview->catalog) {
            if (e.indicator.code == state.indicator)
                steps.append(english() ? e.indicator.nameEn : e.indicator.nameVi);
        }
        if (state.page == ViewState::Page::Map)
            steps.append(tr("Map"));
    } else if (state.page == ViewState::Page::Catalogue) {
        steps.append(tr("Indicator catalogue"));
    }
    m_navigation->setSteps(steps);
}

void MainWindow::showOverview(const CacheOverview &overview)
{
    const bool first = !m_overview.has_value();
    m_overview = overview;
    m_header->setSummary(overview.summary, m_languages.locale());
    statusBar()->showMessage(QDir::toNativeSeparators(overview.path));
    if (m_catalog)
        m_catalog->setEntries(overview.catalog);
    if (overview.summary.counted)
        emit detailsShown();
    if (!first)
        return;
    --m_pending;
    if (m_initial == m_navigator->current())
        showView(m_initial);
    else
        m_navigator->go(m_initial);
}

void MainWindow::showDashboard(const QString &unit, const QList<DashboardTile> &tiles)
{
    --m_pending;
    const ViewState &state = m_navigator->current();
    if (state.page != ViewState::Page::Home || unit != dataUnit(state.scope))
        return; // an answer to a view the user has already left
    m_dashboard->setTiles(tiles, m_overview && m_overview->summary.synthetic);
    markShown();
}

void MainWindow::showIndicator(const IndicatorViewData &data)
{
    --m_pending;
    if (!(data.request == m_lastIndicatorRequest))
        return;
    const ViewState::Page page = m_navigator->current().page;
    if (page == ViewState::Page::Indicator)
        indicatorPage()->setData(data);
    else if (page == ViewState::Page::Map)
        mapPage()->setData(data);
    else
        return;
    markShown();
}

void MainWindow::markShown()
{
    if (m_pending > 0)
        return;
    if (!m_detailed) {
        m_detailed = true;
        // After the first paint (posted paint events run before a zero timer): the details
        // scan the cache and would compete with it.
        QTimer::singleShot(0, this, &MainWindow::detailsRequested);
    }
    emit viewShown();
    if (!m_ready) {
        m_ready = true;
        m_pages->setUpdatesEnabled(true);
        emit ready();
        paintFirstFrame();
    }
}

void MainWindow::paintFirstFrame()
{
    if (updatesEnabled())
        return;
    setUpdatesEnabled(true);
    // Now, not at the platform's next frame tick, up to 5 ms away.
    if (isVisible())
        repaint();
}

void MainWindow::showProblem(const QString &message)
{
    qCWarning(lcGui) << message;
    m_error->setText(message);
    m_error->show();
}

void MainWindow::showError(const QString &message)
{
    m_pending = std::max(0, m_pending - 1);
    showProblem(message);
    if (!m_overview)
        m_header->setMessage(tr("No data could be shown."));
    if (!m_ready) {
        m_ready = true;
        m_pages->setUpdatesEnabled(true);
        emit ready();
        paintFirstFrame();
    }
}

} // namespace dh
