#include "mainwindow.h"

#include "catalogpage.h"
#include "homepage.h"
#include "languageswitcher.h"
#include "logging.h"

#include "core/settings.h"
#include "models/dashboardmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dh {

MainWindow::MainWindow(const UnitRegistry &registry, LanguageSwitcher &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_worker(new CacheWorker(registry))
    , m_dashboard(new DashboardModel(this))
    , m_home(new HomePage(m_dashboard))
    , m_catalog(new CatalogPage)
    , m_pages(new QTabWidget)
    , m_title(new QLabel)
    , m_subtitle(new QLabel)
    , m_badge(new QLabel)
    , m_asOf(new QLabel)
    , m_error(new QLabel)
{
    qRegisterMetaType<CacheOverview>();
    qRegisterMetaType<DashboardLayout>();
    qRegisterMetaType<QList<DashboardTile>>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &MainWindow::openRequested, m_worker, &CacheWorker::open);
    connect(m_worker, &CacheWorker::opened, this, &MainWindow::showOverview);
    connect(m_worker, &CacheWorker::failed, this, &MainWindow::showError);
    connect(this, &MainWindow::dashboardRequested, m_worker, &CacheWorker::loadDashboard);
    connect(m_worker, &CacheWorker::dashboardLoaded, this, &MainWindow::showDashboard);
    connect(m_home, &HomePage::layoutChanged, this, &MainWindow::saveLayout);
    m_thread.start();

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

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_error);
    auto *body = new QVBoxLayout;
    body->setContentsMargins(12, 12, 12, 12);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_home, QString());
    m_pages->addTab(m_catalog, QString());
    body->addWidget(m_pages);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    auto layout0 = DashboardLayout::load(userLayoutPath());
    if (!layout0)
        layout0 = DashboardLayout::bundledHome();
    if (layout0)
        m_home->setLayoutData(*layout0);
    else
        showError(layout0.error().message);

    buildMenus();
    retranslate();
    const QByteArray state = Settings().value(Settings::Key::CatalogPageState).toString().toUtf8();
    if (!state.isEmpty())
        m_catalog->restoreState(QJsonDocument::fromJson(state).object());
}

MainWindow::~MainWindow()
{
    Settings().setValue(Settings::Key::CatalogPageState,
                        QString::fromUtf8(QJsonDocument(m_catalog->saveState()).toJson(QJsonDocument::Compact)));
    m_thread.quit();
    m_thread.wait();
}

void MainWindow::openCache(const QString &path)
{
    statusBar()->showMessage(tr("Opening %1…").arg(path));
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
        action->setData(code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (m_languages.setLanguage(code))
                Settings().setValue(Settings::Key::Language, code);
        });
    }
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
    if (m_viewMenu)
        m_viewMenu->setTitle(tr("&View"));
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    m_catalog->setLocale(m_languages.locale());
    m_dashboard->setLocale(m_languages.locale());
    m_pages->setTabText(0, tr("Overview"));
    m_pages->setTabText(1, tr("Indicator catalogue"));
    const DashboardLayout &home = m_home->layoutData();
    m_home->setScopeTitle((m_languages.language() == u"en" ? home.titleEn : home.titleVi) + QStringLiteral(" — ") + tr("National"));
    if (m_overview)
        showOverview(*m_overview);
    else
        m_subtitle->setText(tr("Opening the cache…"));
}

void MainWindow::showOverview(const CacheOverview &overview)
{
    const bool first = !m_overview.has_value();
    m_overview = overview;
    const QLocale locale = m_languages.locale();
    const CacheSummary &s = overview.summary;
    m_subtitle->setText(tr("%1 indicators · %2 observations · %3 to %4")
                            .arg(locale.toString(s.indicators), locale.toString(s.observations),
                                 locale.toString(s.firstDate, QStringLiteral("MM/yyyy")),
                                 locale.toString(s.lastDate, QStringLiteral("MM/yyyy"))));
    m_asOf->setText(tr("Data through %1").arg(Period::containing(Period::Kind::Month, s.lastDate).label(locale)));
    m_badge->setVisible(s.synthetic);
    m_error->hide();
    if (first) {
        m_catalog->setEntries(overview.catalog);
        emit dashboardRequested(m_home->layoutData(), UnitRegistry::nationCode());
    }
    statusBar()->showMessage(QDir::toNativeSeparators(overview.path));
}

void MainWindow::showDashboard(const QString &unit, const QList<DashboardTile> &tiles)
{
    Q_UNUSED(unit)
    m_dashboard->setTiles(tiles, m_overview && m_overview->summary.synthetic);
    markReady();
}

void MainWindow::markReady()
{
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
    m_error->setText(message);
    m_error->show();
    m_subtitle->setText(tr("No data could be shown."));
    markReady();
}

} // namespace dh
