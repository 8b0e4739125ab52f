#pragma once

#include "wallpagehost.h"
#include "wallwindow.h"

#include "models/cacheservice.h"
#include "models/playlistrunner.h"
#include "models/wallfreshness.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QScreen;

namespace dh {

class Clock;
class ScreenSaverInhibitor;
class SyncEngine;
class SyncMonitor;
class WallControlClient;
class WallRemote;

// How a wall is started (the --wall command line, or a test).
struct WallSessionOptions
{
    QString cachePath;
    CacheService::Missing missing = CacheService::Missing::Fail;
    QString endpointsPath;   // empty: no sync, and no banner from it
    QString screen;          // --screen N|NAME|all; empty: as the layout places its screens
    QLocale locale { QLocale::Vietnamese, QLocale::Vietnam };
    bool kiosk = true;       // full screen, cursor hidden when still, screen saver inhibited
};

// A running wall: the cache service its panels share, the playlist runner (the one owner of which
// page is shown), the page on screen and the next one being drawn off screen, and one window per
// physical screen — or one over the whole canvas. Windows follow their screens: one whose screen
// is unplugged hides, and comes back to it when it returns. Keys go to the runner; Esc leaves.
class WallSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallSession)

public:
    WallSession(WallPlaylist playlist, const UnitRegistry &registry, const Clock &clock, WallSessionOptions options,
                QObject *parent = nullptr);
    ~WallSession() override;

    // Opens the cache, starts the playlist and shows the windows.
    void start();

    CacheService &service() { return m_service; }
    PlaylistRunner &runner() { return *m_runner; }
    ConnectionWatch &connection() { return m_connection; }
    // Figures older than their endpoint's schedule are marked stale; by indicator code. With an
    // endpoints file, the session sets them itself each time the cache is read: each indicator
    // gets the schedule of the endpoints its observations came from (see indicatorSchedules).
    void setSchedules(const QHash<QString, EndpointSchedule> &schedules);
    const QHash<QString, EndpointSchedule> &schedules() const { return m_context.schedules; }
    WallPageHost *currentPage() const { return m_current; }
    WallPageHost *pendingPage() const { return m_pending; }
    // The page the rotation turns to next, drawn off screen from the start of the current one so
    // that at the deadline only the windows' composition remains; its panels follow new data as
    // the shown ones do. A page asked for out of turn (a presenter's jump) is drawn when asked.
    WallPageHost *upcomingPage() const { return m_upcoming; }
    const QList<WallWindow *> &windows() const { return m_windows; }
    // The banner's text now, or empty.
    QString bannerText() const;

    // Puts the wall under presenters' control through a hub (--control): the client's commands
    // drive the runner, the runner's state is published to the hub, and a hub that cannot be
    // reached shows in the banner like a failing sync. After start().
    void controlFrom(std::unique_ptr<WallControlClient> client);

    void handleKey(int key);
    // Looks at the time: the clock panels, the banner (the runner looks on its own timer).
    void tick();

signals:
    // A page is on screen, complete.
    void pageShown(int index);
    // Esc: the wall is to close.
    void left();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void prepare(const WallPage &page, int index);
    void swapIn();
    void prefetch();
    WallPage followPage(const ViewState &view) const;
    void buildWindows(const WallLayout &layout);
    QScreen *screenFor(const WallWindow *window) const;
    void place(WallWindow *window);
    void screenAdded(QScreen *screen);
    void screenRemoved(QScreen *screen);
    void updateBanner();
    void startSync(const QString &cachePath);
    // Which endpoints brought each indicator, asked of the cache on the service's worker.
    void readSchedules();
    void hideCursor();

    WallContext m_context;
    WallSessionOptions m_options;
    const Clock &m_clock;
    CacheService m_service;
    std::unique_ptr<PlaylistRunner> m_runner;
    ConnectionWatch m_connection;
    SyncMonitor *m_syncMonitor = nullptr;
    SyncEngine *m_syncEngine = nullptr;
    WallPageHost *m_current = nullptr;
    WallPageHost *m_pending = nullptr;
    int m_pendingIndex = -1;
    WallPageHost *m_upcoming = nullptr;
    int m_upcomingIndex = -1;
    QList<WallWindow *> m_windows;
    WallLayout m_windowLayout;    // the screens the windows were made for
    QList<Endpoint> m_endpoints;  // of the endpoints file, for the schedules
    QTimer m_ticks;
    QTimer m_cursor;
    std::unique_ptr<ScreenSaverInhibitor> m_inhibitor;
    // The remote refers to the client and the runner: it goes first.
    std::unique_ptr<WallControlClient> m_control;
    std::unique_ptr<WallRemote> m_remote;
};

} // namespace dh
