#pragma once

#include "models/viewstate.h"

#include "core/unitregistry.h"

#include <QMainWindow>
#include <QSize>

#include <chrono>

class QLabel;

namespace dh {

class BoxLabel;
class Breadcrumb;
class CacheService;
class DashboardModel;
class HeaderBar;
class LanguageSwitcher;
class MainMenus;
class PackMenu;
class NavigationBar;
class PageStack;
class SyncEngine;
class SyncMonitor;
class SyncStatusWidget;
class TaskReminders;
class ViewExporter;
class ViewController;
struct CacheOverview;

// The main window is a shell: a header with what the open cache holds and the synthetic-data
// badge, a navigation bar, a non-modal error banner, the pages — built when first shown, so
// start-up pays only for the dashboard — and the sync in the status bar. It owns the sync engine
// that pulls the endpoints into its cache, and has the cache watched, so the views follow what
// any sync writes. A ViewController decides what is shown and brings the
// data; the window hands it to the pages and forwards what the user does.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // What the window opens first: the cache, the view (--view) and a layout file for the home
    // dashboard (--layout; empty: the user's).
    struct StartUp
    {
        QString cachePath;
        ViewState view;
        QString layoutFile;
        QSize size; // of the window; empty: the platform's choice
        bool defaultCache = false; // made from the bundled sample on first use; a named one must exist
        QString endpointsFile;     // the endpoints to sync into the cache (--endpoints, else the default)
        bool scheduled = true;     // the endpoints sync on their schedules; off for a screenshot
    };

    MainWindow(const UnitRegistry &registry, LanguageSwitcher &languages, QWidget *parent = nullptr);
    // Asks for the cache and the first view before it builds its widgets, so the two overlap.
    MainWindow(const UnitRegistry &registry, LanguageSwitcher &languages, const StartUp &startUp, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openCache(const QString &path);
    ViewController *controller() const { return m_controller; }
    PageStack *pages() const { return m_pages; }
    DashboardModel *dashboardModel() const { return m_dashboard; }
    Breadcrumb *breadcrumb() const;
    QLabel *syntheticBadge() const;
    QLabel *errorBanner() const;
    HeaderBar *header() const { return m_header; }
    SyncMonitor *syncMonitor() const { return m_syncMonitor; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    TaskReminders *reminders() const { return m_reminders; }

signals:
    // The first view (or the error) is on screen.
    void ready();
    // Every requested view's data is on screen.
    void viewShown();
    // The cache's counts, dates and catalogue, which follow the first view, are on screen.
    void detailsShown();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void setVisible(bool visible) override;

private:
    // Long enough for the first view's data on a local cache, too short to be seen as a blank window.
    static constexpr std::chrono::milliseconds FirstFrameWait{100};

    void build(const StartUp *startUp);
    void connectController();
    void connectNavigation();
    void retranslate();
    void showPage(const ViewState &state);
    void showOverview(const CacheOverview &overview);
    void showProblem(const QString &message);
    void showFirstView();
    // The window's first frame, held back until the first view's data is in or FirstFrameWait
    // has passed, whichever comes first.
    void paintFirstFrame();
    void scaleType();
    // A sync engine that pulls the endpoints into the cache at path, on a connection of its own.
    void startSync(const QString &cachePath, bool scheduled);

    UnitRegistry m_registry;
    LanguageSwitcher &m_languages;
    CacheService *m_service;
    ViewController *m_controller;
    DashboardModel *m_dashboard;
    SyncMonitor *m_syncMonitor;
    SyncEngine *m_syncEngine = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    TaskReminders *m_reminders = nullptr;
    bool m_syncScheduled = false;
    MainMenus *m_menus = nullptr;
    PackMenu *m_packMenu = nullptr;
    ViewExporter *m_exporter = nullptr;
    HeaderBar *m_header = nullptr;
    NavigationBar *m_navigation = nullptr;
    BoxLabel *m_error = nullptr;
    PageStack *m_pages = nullptr;
    int m_basePixels = 0;
};

} // namespace dh
