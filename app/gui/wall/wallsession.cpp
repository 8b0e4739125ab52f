#include "wallsession.h"

#include "screensaverinhibitor.h"

#include "gui/logging.h"

#include "core/clock.h"
#include "models/syncmonitor.h"
#include "models/wallkeys.h"
#include "models/wallremote.h"
#include "store/cache.h"
#include "store/cachesynctarget.h"
#include "sync/syncengine.h"
#include "sync/wallcontrolclient.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>

namespace dh {

namespace {

// Commits by another connection (the wall's own sync, dieuhanh-sync, a hub on the same file) are
// looked for about once a second, as the main window does.
constexpr std::chrono::seconds kChangeWatch{1};
constexpr int kCursorHideMs = 3000;

bool sameScreens(const WallLayout &a, const WallLayout &b)
{
    return a.mode == b.mode && a.screenRows == b.screenRows && a.screenColumns == b.screenColumns
        && a.screenSize == b.screenSize && a.screens == b.screens;
}

} // namespace

WallSession::WallSession(WallPlaylist playlist, const UnitRegistry &registry, const Clock &clock, WallSessionOptions options,
                         QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_service(registry)
    , m_runner(std::make_unique<PlaylistRunner>(std::move(playlist), clock))
{
    m_context.service = &m_service;
    m_context.clock = &clock;
    m_context.locale = m_options.locale;
    connect(m_runner.get(), &PlaylistRunner::pageChanged, this, [this](int index) {
        if (!m_runner->following())
            prepare(m_runner->currentPage(), index);
    });
    connect(m_runner.get(), &PlaylistRunner::followingChanged, this, [this](const std::optional<ViewState> &view) {
        if (view)
            prepare(followPage(*view), -1);
        else
            prepare(m_runner->currentPage(), m_runner->currentIndex());
    });
    connect(m_runner.get(), &PlaylistRunner::progressChanged, this, [this](double progress) {
        for (WallWindow *w : std::as_const(m_windows))
            w->setProgress(progress);
    });
    connect(m_runner.get(), &PlaylistRunner::blackChanged, this, [this](bool black) {
        for (WallWindow *w : std::as_const(m_windows))
            w->setBlack(black);
    });
    m_ticks.setInterval(1000);
    connect(&m_ticks, &QTimer::timeout, this, &WallSession::tick);
    m_cursor.setSingleShot(true);
    m_cursor.setInterval(kCursorHideMs);
    connect(&m_cursor, &QTimer::timeout, this, &WallSession::hideCursor);
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &WallSession::screenAdded);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &WallSession::screenRemoved);
}

WallSession::~WallSession()
{
    qDeleteAll(m_windows);
    delete m_upcoming;
    delete m_pending;
    delete m_current;
    delete m_syncEngine;
    delete m_syncMonitor;
}

void WallSession::setSchedules(const QHash<QString, EndpointSchedule> &schedules)
{
    m_context.schedules = schedules;
    for (WallPageHost *page : {m_current, m_pending, m_upcoming}) {
        if (page)
            page->setSchedules(schedules);
    }
}

void WallSession::readSchedules()
{
    m_service.submit(this, 0, [this](const CacheWorkspace &workspace, const Cancellation &) -> std::function<void()> {
        if (!workspace.cache)
            return {};
        auto sources = workspace.cache->syncState().sourcesByIndicator();
        if (!sources) {
            qCWarning(lcGui) << "wall: the sources of the indicators cannot be read:" << sources.error().message;
            return {};
        }
        return [this, sources = std::move(*sources)] { setSchedules(indicatorSchedules(sources, m_endpoints)); };
    });
}

void WallSession::start()
{
    if (!m_options.endpointsPath.isEmpty()) {
        m_syncMonitor = new SyncMonitor(m_service);
        connect(m_syncMonitor, &SyncMonitor::runFinished, this, [this](const SyncRun &run) {
            m_connection.takeRun(run);
            updateBanner();
        });
        if (auto file = EndpointFile::read(m_options.endpointsPath))
            m_endpoints = file->endpoints;
        else
            qCInfo(lcGui) << "wall: no schedules, hence no stale marks:" << file.error().message;
        // Once the cache is there: the default cache is made from the sample at its first opening.
        // Each reading of it (a sync may have brought an indicator from another endpoint) asks
        // again which endpoints brought what.
        connect(&m_service, &CacheService::opened, this, [this](const CacheOverview &overview) {
            if (!m_syncEngine)
                startSync(overview.path);
            if (!m_endpoints.isEmpty())
                readSchedules();
        });
    }
    m_service.open(m_options.cachePath, m_options.missing);
    m_service.watchForChanges(kChangeWatch);
    if (m_options.kiosk)
        m_inhibitor = std::make_unique<ScreenSaverInhibitor>();
    m_runner->start();
    // The first page has no page before it to stay on screen: its windows show the wall's
    // background until it is complete.
    if (!m_pending && !m_current)
        prepare(m_runner->currentPage(), m_runner->currentIndex());
    buildWindows(m_runner->currentPage().layout);
    m_ticks.start();
    if (m_options.kiosk)
        m_cursor.start();
}

void WallSession::startSync(const QString &cachePath)
{
    m_syncEngine = new SyncEngine([cachePath, registry = m_service.registry()]() -> Result<std::unique_ptr<SyncTarget>> {
        auto cache = Cache::open(cachePath, registry);
        if (!cache)
            return cache.error();
        return std::unique_ptr<SyncTarget>(std::make_unique<CacheSyncTarget>(std::move(*cache)));
    });
    m_syncMonitor->setEngine(m_syncEngine);
    m_syncMonitor->setEndpointsPath(m_options.endpointsPath);
    m_syncEngine->setScheduled(true);
}

void WallSession::prepare(const WallPage &page, int index)
{
    delete m_pending;
    const bool drawn = m_upcoming && index >= 0 && index == m_upcomingIndex;
    m_pending = drawn ? std::exchange(m_upcoming, nullptr) : new WallPageHost(page, m_context);
    m_pendingIndex = index;
    connect(m_pending, &WallPageHost::completed, this, &WallSession::swapIn);
    if (!drawn)
        m_pending->start();
    else if (m_pending->isComplete())
        swapIn();
}

void WallSession::swapIn()
{
    // A page drawn ahead may have completed before it was asked for, and then be swapped in at once.
    if (!m_pending || !m_pending->isComplete())
        return;
    disconnect(m_pending, &WallPageHost::completed, this, &WallSession::swapIn);
    WallPageHost *old = m_current;
    m_current = std::exchange(m_pending, nullptr);
    if (!sameScreens(m_current->page().layout, m_windowLayout) || m_windows.isEmpty())
        buildWindows(m_current->page().layout);
    for (WallWindow *w : std::as_const(m_windows))
        w->setPage(m_current);
    // The windows paint the new page from now on; the old one is not on the call stack (the new
    // page's signal brought us here) and goes now, before the service its panels' controllers use.
    delete old;
    emit pageShown(m_pendingIndex);
    prefetch();
}

void WallSession::prefetch()
{
    const std::optional<int> upcoming = m_runner->following() ? std::nullopt : m_runner->upcomingIndex();
    if (!upcoming || *upcoming == m_runner->currentIndex()) {
        delete std::exchange(m_upcoming, nullptr);
        m_upcomingIndex = -1;
        return;
    }
    if (m_upcoming && m_upcomingIndex == *upcoming)
        return;
    delete m_upcoming;
    m_upcoming = new WallPageHost(m_runner->playlist().pages.at(*upcoming), m_context);
    m_upcomingIndex = *upcoming;
    m_upcoming->start();
}

WallPage WallSession::followPage(const ViewState &view) const
{
    WallPage page;
    page.layout = m_current ? m_current->page().layout : m_runner->currentPage().layout;
    page.layout.panels.clear();
    page.scope = view.scope;
    page.label = tr("Following the presenter");
    const int rows = page.layout.totalRows();
    const int columns = page.layout.totalColumns();
    WallPanel panel;
    panel.scope = view.scope;
    panel.followsPage = false;
    panel.indicator = view.indicator;
    panel.period = view.period;
    panel.map34 = view.map34;
    if (view.indicator.isEmpty()) {
        panel.id = QStringLiteral("follow-tiles");
        panel.kind = WallPanel::Kind::KpiTiles;
        panel.cells = QRect(0, 0, columns, rows);
        page.layout.panels.append(panel);
        return page;
    }
    const int half = std::max(1, columns / 2);
    panel.id = QStringLiteral("follow-map");
    panel.kind = WallPanel::Kind::Map;
    panel.cells = QRect(0, 0, half, rows);
    page.layout.panels.append(panel);
    panel.id = QStringLiteral("follow-chart");
    panel.kind = WallPanel::Kind::Chart;
    panel.cells = QRect(half, 0, std::max(1, columns - half), std::max(1, rows / 2));
    page.layout.panels.append(panel);
    if (rows >= 2) {
        panel.id = QStringLiteral("follow-ranking");
        panel.kind = WallPanel::Kind::Ranking;
        panel.cells = QRect(half, rows / 2, std::max(1, columns - half), rows - rows / 2);
        page.layout.panels.append(panel);
    }
    return page;
}

void WallSession::buildWindows(const WallLayout &layout)
{
    qDeleteAll(m_windows);
    m_windows.clear();
    m_windowLayout = layout;
    const QString choice = m_options.screen == u"all" ? QString() : m_options.screen;
    bool isIndex = false;
    const int choiceIndex = choice.toInt(&isIndex);
    auto make = [&](const QRect &source, const QString &name, int index) {
        auto *w = new WallWindow(source);
        w->setScreenName(name);
        w->setScreenIndex(index);
        w->setMouseTracking(true);
        w->installEventFilter(this);
        connect(w, &WallWindow::keyPressed, this, &WallSession::handleKey);
        m_windows.append(w);
        return w;
    };
    const int count = layout.screenRows * layout.screenColumns;
    const bool single = layout.mode == WallLayout::Mode::Canvas || count == 1;
    for (int i = 0; i < (single ? 1 : count); ++i) {
        const int row = i / std::max(1, layout.screenColumns);
        const int column = i % std::max(1, layout.screenColumns);
        const WallScreen screen = layout.screens.value(i);
        const QRect source = layout.mode == WallLayout::Mode::Canvas
            ? QRect(QPoint(0, 0), layout.canvasSize())
            : QRect(QPoint(column * layout.screenSize.width(), row * layout.screenSize.height()), layout.screenSize);
        QString name = screen.name;
        int index = screen.index >= 0 ? screen.index : (name.isEmpty() ? i : -1);
        if (!choice.isEmpty()) {
            if (single) {
                name = isIndex ? QString() : choice;
                index = isIndex ? choiceIndex : -1;
            } else if (isIndex ? index != choiceIndex : name != choice) {
                continue; // --screen limits the wall to one of its screens
            }
        }
        make(source, name, index);
    }
    for (WallWindow *w : std::as_const(m_windows)) {
        w->setPage(m_current);
        w->setBlack(m_runner->isBlack());
        w->setBanner(bannerText());
        place(w);
    }
}

QScreen *WallSession::screenFor(const WallWindow *window) const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (!window->screenName().isEmpty()) {
        for (QScreen *s : screens) {
            if (s->name() == window->screenName())
                return s;
        }
        return nullptr;
    }
    if (window->screenIndex() >= 0)
        return window->screenIndex() < screens.size() ? screens.at(window->screenIndex()) : nullptr;
    return QGuiApplication::primaryScreen();
}

void WallSession::place(WallWindow *window)
{
    QScreen *screen = screenFor(window);
    if (!screen) {
        window->hide();
        return;
    }
    window->setScreen(screen);
    window->setGeometry(screen->geometry());
    if (m_options.kiosk)
        window->showFullScreen();
    else
        window->show();
}

void WallSession::screenAdded(QScreen *)
{
    for (WallWindow *w : std::as_const(m_windows))
        place(w);
}

void WallSession::screenRemoved(QScreen *screen)
{
    for (WallWindow *w : std::as_const(m_windows)) {
        if (screenFor(w) == screen || w->screen() == screen)
            w->hide();
    }
    // The list of screens still holds the one going while this signal is delivered: the others
    // are placed again once it has gone (an index may now name another screen).
    QTimer::singleShot(0, this, [this] {
        for (WallWindow *w : std::as_const(m_windows)) {
            if (w->isVisible() || screenFor(w))
                place(w);
        }
    });
}

QString WallSession::bannerText() const
{
    const auto since = m_connection.offlineSince();
    return since ? tr("Offline since %1").arg(m_options.locale.toString(since->toLocalTime(), QStringLiteral("HH:mm"))) : QString();
}

void WallSession::updateBanner()
{
    const QString text = bannerText();
    for (WallWindow *w : std::as_const(m_windows))
        w->setBanner(text);
}

void WallSession::tick()
{
    if (m_current)
        m_current->tick();
    updateBanner();
}

void WallSession::controlFrom(std::unique_ptr<WallControlClient> client)
{
    m_remote.reset();
    m_control = std::move(client);
    connect(m_control.get(), &WallControlClient::connectionChanged, this, [this](bool connected, const QDateTime &lostSince) {
        if (connected)
            m_connection.setControlRestored();
        else
            m_connection.setControlLost(lostSince);
        updateBanner();
    });
    m_remote = std::make_unique<WallRemote>(*m_control, *m_runner);
    m_remote->start();
}

void WallSession::handleKey(int key)
{
    const auto action = wallKeyAction(key);
    if (!action)
        return;
    switch (*action) {
    case WallKeyAction::Next: m_runner->next(); break;
    case WallKeyAction::Previous: m_runner->previous(); break;
    case WallKeyAction::First: m_runner->goTo(0); break;
    case WallKeyAction::ToggleBlack: m_runner->toggleBlack(); break;
    case WallKeyAction::TogglePause: m_runner->togglePaused(); break;
    case WallKeyAction::Leave: emit left(); break;
    }
}

void WallSession::hideCursor()
{
    for (WallWindow *w : std::as_const(m_windows))
        w->setCursor(Qt::BlankCursor);
}

bool WallSession::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseMove && m_options.kiosk) {
        for (WallWindow *w : std::as_const(m_windows))
            w->unsetCursor();
        m_cursor.start();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dh
