#pragma once

#include "cacheworker.h"
#include "navigator.h"

#include "core/settings.h"

#include "common/boxlabel.h"

#include <QMainWindow>
#include <QSize>
#include <QThread>

#include <chrono>

class QActionGroup;
class QLabel;
class QStackedWidget;

namespace dh {

class Breadcrumb;
class CatalogPage;
class DashboardModel;
class HeaderBar;
class HomePage;
class IndicatorPage;
class LanguageSwitcher;
class MapPage;
class NavigationBar;

// The main window hosts the pages and routes the navigator's states to them: a header with what
// the open cache holds and the synthetic-data badge, a navigation bar, a non-modal error banner,
// and the pages — built when first shown, so start-up pays only for the dashboard. The data comes
// from a CacheWorker on its own thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // What the window opens first: the cache, the view (the --view option) and a layout file for
    // the home dashboard (--layout; empty: the user's).
    struct StartUp
    {
        QString cachePath;
        ViewState view;
        QString layoutFile;
        QSize size; // of the window; empty: the platform's choice
    };

    MainWindow(const UnitRegistry &registry, LanguageSwitcher &languages, QWidget *parent = nullptr);
    // Asks for the cache and the first view before it builds its widgets, so the two overlap.
    MainWindow(const UnitRegistry &registry, LanguageSwitcher &languages, const StartUp &startUp, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The view to show once the cache is open (the --view option).
    void setInitialView(const ViewState &state);
    void openCache(const QString &path);
    bool isReady() const { return m_ready; }
    bool hasDetails() const { return m_overview && m_overview->summary.counted; }
    bool map34() const { return m_map34; }
    void setMap34(bool map34);
    // Replaces the home dashboard's layout with a file's for this session (--layout); View → Open
    // dashboard layout also keeps it as the user's.
    bool openLayout(const QString &path);

    Navigator *navigator() const { return m_navigator; }
    CatalogPage *catalogPage();
    HomePage *homePage() const { return m_home; }
    IndicatorPage *indicatorPage();
    MapPage *mapPage();
    DashboardModel *dashboardModel() const { return m_dashboard; }
    QWidget *currentPage() const;
    Breadcrumb *breadcrumb() const;
    QLabel *syntheticBadge() const;
    HeaderBar *header() const { return m_header; }
    QLabel *errorBanner() const { return m_error; }
    // True while no request is in flight: what is on screen matches the navigator's state.
    bool isSettled() const { return m_pending == 0; }

signals:
    // The first view (or the error) is on screen.
    void ready();
    // A requested view's data is on screen.
    void viewShown();
    // The cache's counts, dates and catalogue, which follow the first view, are on screen.
    void detailsShown();
    void openRequested(const QString &path);
    void detailsRequested();
    void dashboardRequested(const dh::DashboardLayout &layout, const QString &unit);
    void indicatorRequested(const dh::IndicatorViewRequest &request);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void setVisible(bool visible) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Long enough for the first view's data on a local cache, too short to be seen as a blank window.
    static constexpr std::chrono::milliseconds FirstFrameWait{100};

    void build(const StartUp *startUp);
    void requestOpening(const QString &path);
    void connectWorker();
    void connectNavigation();
    void buildMenus();
    void retranslate();
    void showOverview(const CacheOverview &overview);
    // A failed request: the banner, and the request is no longer waited for.
    void showError(const QString &message);
    // The banner alone, for what no request waits on.
    void showProblem(const QString &message);
    void showDashboard(const QString &unit, const QList<DashboardTile> &tiles);
    void showIndicator(const IndicatorViewData &data);
    void showView(const ViewState &state);
    void requestIndicator(IndicatorViewRequest request);
    void updateBreadcrumb();
    void saveLayout(const DashboardLayout &layout);
    void saveLayoutAs();
    void chooseLayout();
    void showAbout();
    void markShown();
    // The window's first frame, held back until the first view's data is in or FirstFrameWait
    // has passed, whichever comes first.
    void paintFirstFrame();
    void goToIndicator(const QString &code, const QString &scope);
    DashboardLayout layoutFor(const QString &scope) const;
    QString scopeName(const QString &scope) const;
    QString homeTitle(const QString &scope) const;
    QString dataUnit(const QString &scope) const;
    bool english() const;
    static QString userLayoutPath();
    static QJsonObject pageState(Settings::Key key);
    static void setPageState(Settings::Key key, const QJsonObject &state);
    void scaleType();

    UnitRegistry m_registry;
    LanguageSwitcher &m_languages;
    Navigator *m_navigator;
    QThread m_thread;
    CacheWorker *m_worker;
    DashboardModel *m_dashboard;
    HeaderBar *m_header = nullptr;
    NavigationBar *m_navigation = nullptr;
    BoxLabel *m_error = nullptr;
    QStackedWidget *m_pages = nullptr;
    HomePage *m_home = nullptr;
    IndicatorPage *m_indicator = nullptr;
    MapPage *m_map = nullptr;
    CatalogPage *m_catalog = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_about = nullptr;
    QAction *m_openLayout = nullptr;
    QAction *m_saveLayoutAs = nullptr;
    QAction *m_resetLayout = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    std::optional<CacheOverview> m_overview;
    DashboardLayout m_homeLayout;
    ViewState m_initial;
    IndicatorViewRequest m_lastIndicatorRequest;
    int m_pending = 0;
    int m_basePixels = 0;
    bool m_map34 = true;
    bool m_ready = false;
    bool m_detailed = false;
    bool m_prefetched = false; // the initial dashboard was asked for with the opening
};

} // namespace dh
