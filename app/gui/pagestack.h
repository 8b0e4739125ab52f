#pragma once

#include "core/settings.h"
#include "core/unitregistry.h"

#include <QStackedWidget>

namespace dh {

class CatalogPage;
class DashboardModel;
class HomePage;
class IndicatorPage;
class MapPage;
class ReminderListModel;
class TaskLoader;
class TasksPage;
class SyncMonitor;
class SyncPage;
class ViewController;
struct ViewState;

// The window's pages, one shown at a time: the home dashboard from the start, the others made when
// first shown — in the window's language, type and the state they were left in, which they keep
// in the settings. It hands each page what the controller brings, and the controller what the
// user does on a page.
class PageStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageStack)

public:
    PageStack(ViewController &controller, DashboardModel *dashboard, const UnitRegistry &registry, SyncMonitor &sync,
              QWidget *parent = nullptr);
    ~PageStack() override;

    // The home page joins the stack last: a page in the stack is laid out, and measuring text
    // waits for the font database, which another thread may still be reading.
    void addHome();
    HomePage *home() const { return m_home; }
    CatalogPage *catalog();
    IndicatorPage *indicator();
    MapPage *map();
    SyncPage *sync();
    TasksPage *tasks();
    // The reminders listed on the tasks page.
    void setReminders(ReminderListModel *reminders);

    void show(const ViewState &state);
    void setDisplayLocale(const QLocale &locale);
    // The type the headings of pages made later take.
    void setBasePixels(int pixels) { m_basePixels = pixels; }

signals:
    // The assignees whose reminders the user follows changed on the tasks page.
    void followedChanged();

private:
    void askHomeTasks(const QString &scope);
    template<typename Page>
    Page *adopt(Page *page, Settings::Key stateKey);

    ViewController &m_controller;
    SyncMonitor &m_syncMonitor;
    UnitRegistry m_registry;
    QLocale m_locale;
    HomePage *m_home;
    CatalogPage *m_catalog = nullptr;
    IndicatorPage *m_indicator = nullptr;
    MapPage *m_map = nullptr;
    SyncPage *m_sync = nullptr;
    TasksPage *m_tasks = nullptr;
    TaskLoader *m_homeTasks; // the home dashboard's task panel
    ReminderListModel *m_reminders = nullptr;
    int m_basePixels = 0;
};

} // namespace dh
