#pragma once

#include "cacheworker.h"
#include "navigator.h"

#include <QMainWindow>
#include <QThread>

class QActionGroup;
class QComboBox;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace dh {

class Breadcrumb;
class CatalogPage;
class DashboardModel;
class HomePage;
class IndicatorPage;
class LanguageSwitcher;

// The main window: a header with the open cache, its "as of" date and the synthetic-data badge;
// a navigation bar with back/forward, the breadcrumb of the scope, the ministry scope and the
// province map (34 or 63); a non-modal error banner; and the pages. It hosts pages and routes the
// navigator's states to them; the data comes from a CacheWorker on its own thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const UnitRegistry &registry, LanguageSwitcher &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The view to show once the cache is open (the --view option).
    void setInitialView(const ViewState &state) { m_initial = state; }
    void openCache(const QString &path);
    bool isReady() const { return m_ready; }
    bool map34() const { return m_map34; }
    void setMap34(bool map34);

    Navigator *navigator() const { return m_navigator; }
    CatalogPage *catalogPage() const { return m_catalog; }
    HomePage *homePage() const { return m_home; }
    IndicatorPage *indicatorPage() const { return m_indicator; }
    DashboardModel *dashboardModel() const { return m_dashboard; }
    Breadcrumb *breadcrumb() const { return m_breadcrumb; }
    QLabel *syntheticBadge() const { return m_badge; }
    QLabel *errorBanner() const { return m_error; }
    // True while no request is in flight: what is on screen matches the navigator's state.
    bool isSettled() const { return m_pending == 0; }

signals:
    // The first view (or the error) is on screen.
    void ready();
    // A requested view's data is on screen.
    void viewShown();
    void openRequested(const QString &path);
    void detailsRequested();
    void dashboardRequested(const dh::DashboardLayout &layout, const QString &unit);
    void indicatorRequested(const dh::IndicatorViewRequest &request);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildNavigationBar();
    void buildMenus();
    void retranslate();
    void fillScopes();
    void showOverview(const CacheOverview &overview);
    void showError(const QString &message);
    void showDashboard(const QString &unit, const QList<DashboardTile> &tiles);
    void showIndicator(const IndicatorViewData &data);
    void showView(const ViewState &state);
    void requestIndicator(const IndicatorViewRequest &request);
    void updateBreadcrumb();
    void saveLayout(const DashboardLayout &layout);
    void markShown();
    DashboardLayout layoutFor(const QString &scope) const;
    QString scopeName(const QString &scope) const;
    static QString userLayoutPath();
    void scaleType();

    UnitRegistry m_registry;
    LanguageSwitcher &m_languages;
    Navigator *m_navigator;
    QThread m_thread;
    CacheWorker *m_worker;
    DashboardModel *m_dashboard;
    HomePage *m_home;
    IndicatorPage *m_indicator;
    CatalogPage *m_catalog;
    QStackedWidget *m_pages;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_badge;
    QLabel *m_asOf;
    QLabel *m_error;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_homeButton;
    QToolButton *m_catalogButton;
    Breadcrumb *m_breadcrumb;
    QComboBox *m_scope;
    QComboBox *m_map;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
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
};

} // namespace dh
