#include "mainwindow.h"

#include "breadcrumb.h"
#include "catalogpage.h"
#include "homepage.h"
#include "indicatorpage.h"
#include "languageswitcher.h"
#include "logging.h"

#include "core/settings.h"
#include "models/dashboardmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace dh {

MainWindow::MainWindow(const UnitRegistry &registry, LanguageSwitcher &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_languages(languages)
    , m_navigator(new Navigator(this))
    , m_worker(new CacheWorker(registry))
    , m_dashboard(new DashboardModel(this))
    , m_home(new HomePage(m_dashboard))
    , m_indicator(new IndicatorPage)
    , m_catalog(new CatalogPage)
    , m_pages(new QStackedWidget)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_badge(new QLabel)
    , m_asOf(new QLabel)
    , m_error(new QLabel)
    , m_back(new QToolButton)
    , m_forward(new QToolButton)
    , m_homeButton(new QToolButton)
    , m_catalogButton(new QToolButton)
    , m_breadcrumb(new Breadcrumb)
    , m_scope(new QComboBox)
    , m_map(new QComboBox)
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
    connect(m_worker, &CacheWorker::dashboardLoaded, this, &MainWindow::showDashboard);
    connect(m_worker, &CacheWorker::indicatorLoaded, this, &MainWindow::showIndicator);
    m_thread.start();

    connect(m_navigator, &Navigator::currentChanged, this, &MainWindow::showView);
    connect(m_home, &HomePage::layoutChanged, this, &MainWindow::saveLayout);
    connect(m_home, &HomePage::indicatorRequested, this, [this](const QString &code) {
        m_navigator->go({ViewState::Page::Indicator, code, m_navigator->current().scope});
    });
    connect(m_indicator, &IndicatorPage::provinceClicked, this, [this](const QString &unit) {
        m_navigator->go({ViewState::Page::Indicator, m_navigator->current().indicator, unit});
    });
    connect(m_indicator, &IndicatorPage::requestChanged, this, &MainWindow::requestIndicator);
    connect(m_catalog, &CatalogPage::indicatorActivated, this, [this](const QString &code) {
        m_navigator->go({ViewState::Page::Indicator, code, m_navigator->current().scope});
    });
    connect(m_breadcrumb, &Breadcrumb::stepClicked, this, [this](int step) {
        const ViewState &now = m_navigator->current();
        // Step 0 is the nation; step 1 the scope (when narrower), which opens its dashboard.
        if (step == 0)
            m_navigator->go({ViewState::Page::Home, QString(), UnitRegistry::nationCode()});
        else
            m_navigator->go({ViewState::Page::Home, QString(), now.scope});
    });

    auto *header = new QWidget;
    header->setObjectName(QStringLiteral("header"));
    m_title->setObjectName(QStringLiteral("title"));
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_badge->setObjectName(QStringLiteral("syntheticBadge"));
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_badge->hide();
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(16, 10, 16, 10);
    headerLayout->addLayout(titles, 1);
    headerLayout->addWidget(m_asOf);
    headerLayout->addSpacing(12);
    headerLayout->addWidget(m_badge);

    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_pages->addWidget(m_home);
    m_pages->addWidget(m_indicator);
    m_pages->addWidget(m_catalog);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(buildNavigationBar());
    layout->addWidget(m_error);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(12, 8, 12, 12);
    body->addWidget(m_pages);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    auto layout0 = DashboardLayout::load(userLayoutPath());
    if (!layout0)
        layout0 = DashboardLayout::bundledHome();
    if (layout0)
        m_homeLayout = *layout0;
    else
        showError(layout0.error().message);
    m_home->setLayoutData(m_homeLayout);

    const QByteArray state = Settings().value(Settings::Key::CatalogPageState).toString().toUtf8();
    if (!state.isEmpty())
        m_catalog->restoreState(QJsonDocument::fromJson(state).object());
    m_map34 = Settings().value(Settings::Key::ProvinceMap).toInt() != 63;

    // The type scale follows the window's size, so the window must be free to shrink below what
    // the previous (larger) type needed; resizeEvent then scales the type down to fit.
    QMainWindow::layout()->setSizeConstraint(QLayout::SetNoConstraint);

    // Mouse back/forward buttons work wherever the pointer is.
    qApp->installEventFilter(this);
    buildMenus();
    retranslate();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    Settings().setValue(Settings::Key::CatalogPageState,
                        QString::fromUtf8(QJsonDocument(m_catalog->saveState()).toJson(QJsonDocument::Compact)));
    m_thread.quit();
    m_thread.wait();
}

QWidget *MainWindow::buildNavigationBar()
{
    auto *bar = new QWidget;
    bar->setObjectName(QStringLiteral("navigation"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(12, 6, 12, 6);
    m_back->setArrowType(Qt::LeftArrow);
    m_forward->setArrowType(Qt::RightArrow);
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    connect(m_back, &QToolButton::clicked, m_navigator, &Navigator::back);
    connect(m_forward, &QToolButton::clicked, m_navigator, &Navigator::forward);
    connect(m_homeButton, &QToolButton::clicked, this, [this] {
        m_navigator->go({ViewState::Page::Home, QString(), m_navigator->current().scope});
    });
    connect(m_catalogButton, &QToolButton::clicked, this, [this] {
        m_navigator->go({ViewState::Page::Catalogue, QString(), m_navigator->current().scope});
    });
    m_homeButton->setCheckable(true);
    m_catalogButton->setCheckable(true);
    row->addWidget(m_back);
    row->addWidget(m_forward);
    row->addSpacing(8);
    row->addWidget(m_homeButton);
    row->addWidget(m_catalogButton);
    row->addSpacing(16);
    row->addWidget(m_breadcrumb, 1);
    row->addWidget(m_scope);
    row->addWidget(m_map);
    connect(m_scope, &QComboBox::activated, this, [this](int index) {
        const QString scope = m_scope->itemData(index).toString();
        if (!scope.isEmpty())
            m_navigator->go({ViewState::Page::Home, QString(), scope});
    });
    connect(m_map, &QComboBox::activated, this, [this](int index) { setMap34(m_map->itemData(index).toBool()); });
    return bar;
}

void MainWindow::setMap34(bool map34)
{
    if (map34 == m_map34)
        return;
    m_map34 = map34;
    Settings().setValue(Settings::Key::ProvinceMap, map34 ? 34 : 63);
    m_map->setCurrentIndex(m_map->findData(map34));
    // A province of the other map is no scope on this one: go back to the nation.
    const ViewState now = m_navigator->current();
    const AdminUnit *unit = m_registry.find(now.scope);
    if (unit && unit->level == AdminUnit::Level::Province
        && unit->validAt(map34 ? UnitRegistry::provinceReformDate() : UnitRegistry::provinceReformDate().addDays(-1)) == false) {
        m_navigator->go({now.page, now.indicator, UnitRegistry::nationCode()});
        return;
    }
    showView(now);
}

void MainWindow::openCache(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(path));
    ++m_pending;
    emit openRequested(path);
}

void MainWindow::buildMenus()
{
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const auto &[code, name] : {std::pair{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *action = m_languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(m_languages.language() == code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (m_languages.setLanguage(code))
                Settings().setValue(Settings::Key::Language, code);
        });
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

// Type follows the window's height — about 15 px on a 1080-line laptop screen, twice that on a
// 2160-line wall — so the chrome stays legible from the back of a briefing room.
void MainWindow::scaleType()
{
    const int base = std::clamp(height() / 72, 12, 48);
    if (base == m_basePixels)
        return;
    m_basePixels = base;
    // The theme and the type sizes go in one style sheet: fonts set with setFont do not reach
    // widgets a style sheet styles.
    static const QString theme = [] {
        QFile file(QStringLiteral(":/styles/light.qss"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    setStyleSheet(theme
                  + QStringLiteral("\nQWidget { font-size: %1px; } #title { font-size: %2px; } #breadcrumb QLabel { font-size: %3px; }"
                                   " #pageTitle { font-size: %3px; }")
                        .arg(base).arg(base * 8 / 5).arg(base * 6 / 5));
    const QSize icon(base * 3 / 2, base * 3 / 2);
    m_back->setIconSize(icon);
    m_forward->setIconSize(icon);
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
    m_title->setText(tr("Điều hành — socio-economic indicators"));
    m_badge->setText(tr("Dữ liệu mẫu — mô phỏng"));
    m_badge->setToolTip(tr("This cache holds the synthetic sample: simulated figures made by the project's generator, "
                           "not official statistics. Series marked \"real\" carry their source."));
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_homeButton->setText(tr("Overview"));
    m_catalogButton->setText(tr("Indicator catalogue"));
    m_map->clear();
    m_map->addItem(tr("34 tỉnh, thành (từ 1/7/2025)"), true);
    m_map->addItem(tr("63 tỉnh, thành (trước 1/7/2025)"), false);
    m_map->setCurrentIndex(m_map->findData(m_map34));
    fillScopes();
    if (m_viewMenu)
        m_viewMenu->setTitle(tr("&View"));
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    const QLocale locale = m_languages.locale();
    m_catalog->setLocale(locale);
    m_dashboard->setLocale(locale);
    m_indicator->setLocale(locale);
    if (m_overview)
        showOverview(*m_overview);
    else
        m_subtitle->setText(tr("Opening the cache…"));
    updateBreadcrumb();
}

void MainWindow::fillScopes()
{
    const bool vi = m_languages.language() != u"en";
    m_scope->clear();
    m_scope->addItem(tr("Ministry or agency…"), QString());
    for (const AdminUnit *m : m_registry.unitsAt(AdminUnit::Level::Ministry, QDate::currentDate()))
        m_scope->addItem(vi ? m->nameVi : m->nameEn, m->code);
}

QString MainWindow::scopeName(const QString &scope) const
{
    const AdminUnit *unit = m_registry.find(scope);
    if (!unit || unit->level == AdminUnit::Level::Nation)
        return tr("National");
    return m_languages.language() == u"en" ? unit->nameEn : unit->nameVi;
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
    m_back->setEnabled(m_navigator->canGoBack());
    m_forward->setEnabled(m_navigator->canGoForward());
    m_homeButton->setChecked(state.page == ViewState::Page::Home);
    m_catalogButton->setChecked(state.page == ViewState::Page::Catalogue);
    updateBreadcrumb();
    if (!m_overview)
        return;
    const AdminUnit *scope = m_registry.find(state.scope);
    const bool ministry = scope && scope->level == AdminUnit::Level::Ministry;
    const QString unit = ministry ? UnitRegistry::nationCode() : state.scope;
    switch (state.page) {
    case ViewState::Page::Home: {
        const DashboardLayout layout = layoutFor(state.scope);
        if (layout.tiles != m_home->layoutData().tiles)
            m_home->setLayoutData(layout);
        const DashboardLayout &shown = m_home->layoutData();
        m_home->setScopeTitle((m_languages.language() == u"en" ? shown.titleEn : shown.titleVi) + QStringLiteral(" — ")
                              + scopeName(state.scope));
        m_pages->setCurrentWidget(m_home);
        ++m_pending;
        emit dashboardRequested(layout, unit);
        break;
    }
    case ViewState::Page::Indicator: {
        m_pages->setCurrentWidget(m_indicator);
        IndicatorViewRequest request;
        request.indicator = state.indicator;
        request.unit = unit;
        request.map34 = m_map34;
        if (m_lastIndicatorRequest.indicator == state.indicator) {
            request.kind = m_lastIndicatorRequest.kind;
            request.cumulative = m_lastIndicatorRequest.cumulative;
        }
        requestIndicator(request);
        break;
    }
    case ViewState::Page::Catalogue:
        m_pages->setCurrentWidget(m_catalog);
        markShown();
        break;
    }
}

void MainWindow::requestIndicator(const IndicatorViewRequest &request)
{
    m_lastIndicatorRequest = request;
    m_indicator->setLoading(request);
    ++m_pending;
    emit indicatorRequested(request);
}

void MainWindow::updateBreadcrumb()
{
    const ViewState &state = m_navigator->current();
    QStringList steps{tr("National")};
    if (state.scope != UnitRegistry::nationCode())
        steps.append(scopeName(state.scope));
    if (state.page == ViewState::Page::Indicator && m_overview) {
        for (const CatalogEntry &e : m_overview->catalog) {
            if (e.indicator.code == state.indicator)
                steps.append(m_languages.language() == u"en" ? e.indicator.nameEn : e.indicator.nameVi);
        }
    } else if (state.page == ViewState::Page::Catalogue) {
        steps.append(tr("Indicator catalogue"));
    }
    m_breadcrumb->setSteps(steps);
}

void MainWindow::showOverview(const CacheOverview &overview)
{
    const bool first = !m_overview.has_value();
    m_overview = overview;
    const QLocale locale = m_languages.locale();
    const CacheSummary &s = overview.summary;
    // The first answer has no counts yet (they need scans); the details follow the first paint.
    if (s.lastDate.isValid()) {
        m_subtitle->setText(tr("%1 indicators · %2 observations · %3 to %4")
                                .arg(locale.toString(s.indicators), locale.toString(s.observations),
                                     locale.toString(s.firstDate, QStringLiteral("MM/yyyy")),
                                     locale.toString(s.lastDate, QStringLiteral("MM/yyyy"))));
        m_asOf->setText(tr("Data through %1").arg(Period::containing(Period::Kind::Month, s.lastDate).label(locale)));
    } else {
        m_subtitle->setText(tr("%1 indicators").arg(locale.toString(s.indicators)));
    }
    m_badge->setVisible(s.synthetic);
    m_error->hide();
    statusBar()->showMessage(QDir::toNativeSeparators(overview.path));
    if (!first)
        m_catalog->setEntries(overview.catalog);
    if (first) {
        --m_pending;
        m_catalog->setEntries(overview.catalog);
        if (m_initial == m_navigator->current())
            showView(m_initial);
        else
            m_navigator->go(m_initial);
    }
}

void MainWindow::showDashboard(const QString &unit, const QList<DashboardTile> &tiles)
{
    --m_pending;
    const ViewState &state = m_navigator->current();
    const AdminUnit *scope = m_registry.find(state.scope);
    const QString expected = scope && scope->level == AdminUnit::Level::Ministry ? UnitRegistry::nationCode() : state.scope;
    if (state.page != ViewState::Page::Home || unit != expected)
        return; // an answer to a view the user has already left
    m_dashboard->setTiles(tiles, m_overview && m_overview->summary.synthetic);
    markShown();
}

void MainWindow::showIndicator(const IndicatorViewData &data)
{
    --m_pending;
    if (m_navigator->current().page != ViewState::Page::Indicator || !(data.request == m_lastIndicatorRequest))
        return;
    m_indicator->setData(data);
    markShown();
}

void MainWindow::markShown()
{
    if (m_pending > 0)
        return;
    if (!m_detailed) {
        m_detailed = true;
        emit detailsRequested();
    }
    emit viewShown();
    if (!m_ready) {
        m_ready = true;
        emit ready();
    }
}

QString MainWindow::userLayoutPath()
{
    const QString configured = Settings().value(Settings::Key::DashboardLayout).toString();
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/layouts/home.json");
}

void MainWindow::saveLayout(const DashboardLayout &layout)
{
    if (layout.id != m_homeLayout.id)
        return; // ministry dashboards follow the catalogue, not a file
    m_homeLayout = layout;
    const QString path = userLayoutPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (auto r = layout.save(path); !r)
        showError(r.error().message);
    else
        statusBar()->showMessage(tr("Layout saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::showError(const QString &message)
{
    qCWarning(lcGui) << message;
    m_pending = std::max(0, m_pending - 1);
    m_error->setText(message);
    m_error->show();
    if (!m_overview)
        m_subtitle->setText(tr("No data could be shown."));
    if (!m_ready) {
        m_ready = true;
        emit ready();
    }
}

} // namespace dh
