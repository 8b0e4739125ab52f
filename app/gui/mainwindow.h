#pragma once

#include "cacheworker.h"

#include <QMainWindow>
#include <QThread>

class QLabel;
class QActionGroup;
class QTabWidget;

namespace dh {

class CatalogPage;
class DashboardModel;
class HomePage;
class LanguageSwitcher;

// The main window: a header with the open cache, its "as of" date and the synthetic-data badge,
// a non-modal error banner, and the pages (home dashboard, catalogue). It only hosts pages; the
// data comes from a CacheWorker on its own thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const UnitRegistry &registry, LanguageSwitcher &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openCache(const QString &path);
    bool isReady() const { return m_ready; }
    CatalogPage *catalogPage() const { return m_catalog; }
    HomePage *homePage() const { return m_home; }
    DashboardModel *dashboardModel() const { return m_dashboard; }
    QLabel *syntheticBadge() const { return m_badge; }
    QLabel *errorBanner() const { return m_error; }

signals:
    // The first data (or the error) is on screen.
    void ready();
    void openRequested(const QString &path);
    void dashboardRequested(const dh::DashboardLayout &layout, const QString &unit);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void showOverview(const CacheOverview &overview);
    void showError(const QString &message);
    void showDashboard(const QString &unit, const QList<DashboardTile> &tiles);
    void saveLayout(const DashboardLayout &layout);
    void markReady();
    static QString userLayoutPath();

    LanguageSwitcher &m_languages;
    QThread m_thread;
    CacheWorker *m_worker;
    DashboardModel *m_dashboard;
    HomePage *m_home;
    CatalogPage *m_catalog;
    QTabWidget *m_pages;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_badge;
    QLabel *m_asOf;
    QLabel *m_error;
    QActionGroup *m_languageGroup = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    std::optional<CacheOverview> m_overview;
    bool m_ready = false;
};

} // namespace dh
