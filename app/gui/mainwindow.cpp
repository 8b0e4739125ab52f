#include "mainwindow.h"

#include "breadcrumb.h"
#include "headerbar.h"
#include "historybuttons.h"
#include "homepage.h"
#include "languageswitcher.h"
#include "logging.h"
#include "mainmenus.h"
#include "gui/pack/packmenu.h"
#include "navigationbar.h"
#include "pageexports.h"
#include "pagestack.h"
#include "syncstatuswidget.h"
#include "taskreminders.h"
#include "theme.h"
#include "wallcontroldock.h"
#include "viewexporter.h"

#include "common/boxlabel.h"
#include "core/clock.h"
#include "models/cacheservice.h"
#include "models/dashboardmodel.h"
#include "models/syncmonitor.h"
#include "models/viewcontroller.h"
#include "store/cache.h"
#include "store/cachesynctarget.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QEvent>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace dh {

MainWindow::MainWindow(const UnitRegistry &registry, LanguageSwitcher &languages, QWidget *parent)
    : MainWindow(registry, languages, StartUp{}, parent)
{
}

MainWindow::MainWindow(const UnitRegistry &registry, LanguageSwitcher &languages, const StartUp &startUp, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_languages(languages)
    , m_service(new CacheService(registry, this))
    , m_controller(new ViewController(*m_service, this))
    , m_dashboard(new DashboardModel(this))
    , m_syncMonitor(new SyncMonitor(*m_service, this))
{
    build(startUp.cachePath.isEmpty() ? nullptr : &startUp);
}

MainWindow::~MainWindow()
{
    // The pages and the menus, then the controller they talk to, then the service it asks, which
    // as the elder child would otherwise go first.
    delete m_pages;
    delete m_reminders;
    delete m_packMenu;
    delete m_menus;
    delete m_controller;
    delete m_syncStatus;
    delete m_syncEngine;
    delete m_syncMonitor;
}

// Commits by another connection — this engine's, dieuhanh-sync's — are looked for about once a
// second: new data is on screen soon after it lands, at the cost of one cheap job per second.
static constexpr std::chrono::seconds ChangeWatchInterval{1};

void MainWindow::startSync(const QString &cachePath, bool scheduled)
{
    delete m_syncEngine;
    m_syncEngine = new SyncEngine([cachePath, registry = m_registry]() -> Result<std::unique_ptr<SyncTarget>> {
        auto cache = Cache::open(cachePath, registry);
        if (!cache)
            return cache.error();
        return std::unique_ptr<SyncTarget>(std::make_unique<CacheSyncTarget>(std::move(*cache)));
    }, this);
    m_syncMonitor->setEngine(m_syncEngine);
    m_syncEngine->setScheduled(scheduled);
}

void MainWindow::build(const StartUp *startUp)
{
    // With the window's size known before its first widget is made, the type is too: each widget
    // is measured once, in the type it is shown in.
    if (startUp && startUp->size.isValid())
        resize(startUp->size);
    scaleType();
    const bool ownLayout = startUp && !startUp->layoutFile.isEmpty();
    auto home = DashboardLayout::load(ownLayout ? startUp->layoutFile : MainMenus::userLayoutPath());
    // A layout file given on the command line that cannot be read is said, not silently replaced.
    const QString layoutProblem = ownLayout && !home ? home.error().message : QString();
    if (!home)
        home = DashboardLayout::bundledHome();
    DashboardLayout layout = home ? *home : DashboardLayout();
    layout.id = QStringLiteral("home");
    m_controller->setHomeLayout(layout);
    m_controller->setEnglish(m_languages.language() == u"en");
    m_controller->setMap34(Settings().value(Settings::Key::ProvinceMap).toInt() != 63);
    connectController();
    // The cache opens and the first view is computed while the widgets are built.
    if (startUp) {
        m_controller->setInitialView(startUp->view);
        m_controller->open(startUp->cachePath, startUp->defaultCache ? CacheService::Missing::CreateDefault : CacheService::Missing::Fail);
    }
    m_service->watchForChanges(ChangeWatchInterval);

    // Every widget is made inside the window, so it is born in the window's type.
    auto *central = new QWidget(this);
    m_header = new HeaderBar(central);
    m_navigation = new NavigationBar(central);
    m_navigation->setIconPixels(m_basePixels * 3 / 2);
    m_error = new BoxLabel(central);
    m_pages = new PageStack(*m_controller, m_dashboard, m_registry, *m_syncMonitor, central);
    m_pages->setBasePixels(m_basePixels);
    m_reminders = new TaskReminders(*m_service, m_registry, this);
    m_pages->setReminders(m_reminders->list());
    connect(m_pages, &PageStack::followedChanged, m_reminders, &TaskReminders::reloadRules);
    // A window that syncs on schedule reminds too; a screenshot's or a test's records nothing.
    if (startUp && startUp->scheduled && !startUp->endpointsFile.isEmpty())
        m_reminders->start();
    m_menus = new MainMenus(*this, *m_controller, m_languages);
    m_packMenu = new PackMenu(*this, *m_menus->fileMenu(), *m_controller, m_registry);
    connect(m_packMenu, &PackMenu::problemFound, this, &MainWindow::showProblem);
    m_exporter = new ViewExporter(*this);
    m_exporter->setMetadata([this] { return PageExports::metadata(*m_pages, *m_controller); });
    new HistoryButtons(*m_controller, m_controller);
    connectNavigation();
    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setLook(theme::errorLook());
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    // Nothing to paint until the first view's data is in: the bars alone would cost a frame
    // before the real one, and the data would wait behind it.
    m_pages->setUpdatesEnabled(false);
    setUpdatesEnabled(false);
    QTimer::singleShot(FirstFrameWait, this, &MainWindow::paintFirstFrame);

    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_header);
    column->addWidget(m_navigation);
    column->addWidget(m_error);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(12, 8, 12, 12);
    body->addWidget(m_pages);
    column->addLayout(body, 1);
    setCentralWidget(central);
    // Made now, so its line is in the first layout rather than a second one after it.
    m_syncStatus = new SyncStatusWidget(*m_syncMonitor, statusBar());
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatusWidget::clicked, m_controller,
            [c = m_controller] { c->go({ViewState::Page::Sync, QString(), c->current().scope}); });
    // Without an endpoints file named (a test's window), there is nothing to sync, and no engine.
    if (startUp && !startUp->endpointsFile.isEmpty()) {
        m_syncMonitor->setEndpointsPath(startUp->endpointsFile);
        m_syncScheduled = startUp->scheduled;
        // Once the cache is there: the default cache is made from the sample at its first opening,
        // and an engine opening it before would make an empty one instead.
        connect(m_service, &CacheService::opened, this, [this](const CacheOverview &overview) {
            if (!m_syncEngine)
                startSync(overview.path, m_syncScheduled);
        });
    }

    m_pages->home()->setLayoutData(layout);
    // Titled before the first layout: the title arriving with the data would move the grid, and
    // the tiles painted ahead for the first frame would be painted again.
    if (startUp && startUp->view.page == ViewState::Page::Home)
        m_pages->home()->setScopeTitle(m_controller->homeTitle(startUp->view.scope));
    if (!home || !layoutProblem.isEmpty())
        showProblem(home ? layoutProblem : home.error().message);
    if (startUp)
        m_header->setMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(startUp->cachePath)));
    // The type scale follows the window's size, so the window must be free to shrink below what
    // the previous (larger) type needed; resizeEvent then scales the type down to fit.
    QMainWindow::layout()->setSizeConstraint(QLayout::SetNoConstraint);
    retranslate();
    m_pages->addHome();
}

void MainWindow::connectController()
{
    ViewController *c = m_controller;
    connect(c, &ViewController::viewChanged, this, &MainWindow::showPage);
    connect(c, &ViewController::breadcrumbChanged, this, [this](const QStringList &steps) { m_navigation->setSteps(steps); });
    connect(c, &ViewController::overviewChanged, this, &MainWindow::showOverview);
    connect(c, &ViewController::failed, this, [this](const QString &message) {
        showProblem(message);
        if (!m_controller->overview())
            m_header->setMessage(tr("No data could be shown."));
    });
    connect(c, &ViewController::problemFound, this, &MainWindow::showProblem);
    connect(c, &ViewController::settled, this, &MainWindow::viewShown);
    connect(c, &ViewController::ready, this, &MainWindow::showFirstView);
    connect(c, &ViewController::map34Changed, this, [this](bool map34) {
        Settings().setValue(Settings::Key::ProvinceMap, map34 ? 34 : 63);
        if (m_navigation)
            m_navigation->setMap34(map34);
    });
}

void MainWindow::connectNavigation()
{
    ViewController *c = m_controller;
    connect(m_pages->home(), &HomePage::layoutChanged, m_menus, &MainMenus::saveLayout);
    connect(m_navigation, &NavigationBar::backClicked, c, &ViewController::back);
    connect(m_navigation, &NavigationBar::forwardClicked, c, &ViewController::forward);
    connect(m_navigation, &NavigationBar::homeClicked, c, [c] { c->go({ViewState::Page::Home, QString(), c->current().scope}); });
    connect(m_navigation, &NavigationBar::catalogueClicked, c, [c] { c->go({ViewState::Page::Catalogue, QString(), c->current().scope}); });
    connect(m_navigation, &NavigationBar::syncClicked, c, [c] { c->go({ViewState::Page::Sync, QString(), c->current().scope}); });
    connect(m_navigation, &NavigationBar::tasksClicked, c, [c] { c->go({ViewState::Page::Tasks, QString(), c->current().scope}); });
    connect(m_navigation, &NavigationBar::ministryChosen, c, [c](const QString &code) { c->go({ViewState::Page::Home, QString(), code}); });
    connect(m_navigation, &NavigationBar::mapChosen, c, &ViewController::setMap34);
    connect(m_navigation, &NavigationBar::stepClicked, c, &ViewController::goToStep);
    connect(m_menus, &MainMenus::problemFound, this, &MainWindow::showProblem);
    connect(m_menus, &MainMenus::exportRequested, m_exporter, &ViewExporter::exportCurrent);
    connect(m_exporter, &ViewExporter::problemFound, this, &MainWindow::showProblem);
    connect(m_exporter, &ViewExporter::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_menus, &MainMenus::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_menus, &MainMenus::wallControlRequested, this, [this] {
        auto *dock = findChild<WallControlDock *>();
        if (!dock) {
            dock = new WallControlDock(*m_controller, *m_syncMonitor, this);
            addDockWidget(Qt::RightDockWidgetArea, dock);
        }
        dock->show();
        dock->raise();
    });
}

Breadcrumb *MainWindow::breadcrumb() const
{
    return m_navigation->breadcrumb();
}

QLabel *MainWindow::syntheticBadge() const
{
    return m_header->syntheticBadge();
}

QLabel *MainWindow::errorBanner() const
{
    return m_error;
}

void MainWindow::openCache(const QString &path)
{
    m_header->setMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_controller->open(path);
    if (m_syncEngine)
        startSync(path, m_syncScheduled);
}

void MainWindow::showPage(const ViewState &state)
{
    m_navigation->setHistory(m_controller->canGoBack(), m_controller->canGoForward());
    m_navigation->setPage(state.page == ViewState::Page::Home        ? NavigationBar::Page::Home
                          : state.page == ViewState::Page::Catalogue ? NavigationBar::Page::Catalogue
                          : state.page == ViewState::Page::Sync      ? NavigationBar::Page::Sync
                          : state.page == ViewState::Page::Tasks     ? NavigationBar::Page::Tasks
                                                                     : NavigationBar::Page::Other);
    m_pages->show(state);
    PageExports::attach(*m_exporter, *m_pages, state);
}

void MainWindow::showOverview(const CacheOverview &overview)
{
    m_header->setSummary(overview.summary, m_languages.locale());
    statusBar()->showMessage(QDir::toNativeSeparators(overview.path));
    if (overview.summary.counted)
        emit detailsShown();
}

void MainWindow::showFirstView()
{
    m_pages->setUpdatesEnabled(true);
    emit ready();
    paintFirstFrame();
}

void MainWindow::paintFirstFrame()
{
    if (updatesEnabled())
        return;
    setUpdatesEnabled(true);
    // Now, not at the platform's next frame tick.
    if (isVisible())
        repaint();
}

void MainWindow::showProblem(const QString &message)
{
    qCWarning(lcGui) << message;
    m_error->setText(message);
    m_error->show();
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
    if (m_pages)
        m_pages->setBasePixels(base);
    if (m_navigation)
        m_navigation->setIconPixels(base * 3 / 2);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Điều hành — socio-economic direction dashboard"));
    const bool english = m_languages.language() == u"en";
    m_menus->retranslate();
    m_exporter->retranslate();
    m_navigation->setMinistries(m_registry.unitsAt(AdminUnit::Level::Ministry, Clock::system().now().date()), english);
    m_navigation->setMap34(m_controller->map34());
    const QLocale locale = m_languages.locale();
    m_dashboard->setLocale(locale);
    m_pages->setDisplayLocale(locale);
    m_syncMonitor->model()->setLocale(locale);
    m_syncStatus->setLocale(locale);
    if (const auto &overview = m_controller->overview())
        m_header->setSummary(overview->summary, locale);
    m_controller->setEnglish(english);
    m_navigation->setSteps(m_controller->breadcrumb());
}

} // namespace dh
