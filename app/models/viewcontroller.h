#pragma once

#include "cacheoverview.h"
#include "cacheservice.h"
#include "dashboardlayout.h"
#include "dashboardloader.h"
#include "indicatorview.h"
#include "navigator.h"
#include "scoperules.h"

#include <QObject>

#include <optional>

namespace dh {

// Where a view is and what it shows, without a window: the navigation history, the scope rules,
// the breadcrumb, and the requests for each view's data to a CacheService, each answered only if
// it is still the latest of its kind. The main window, each panel of a wall and the briefing-pack
// renderer each drive one; any number of them share one service, which must outlive them. Pages
// never talk to the cache: they show what this controller hands them.
class ViewController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewController)

public:
    ViewController(CacheService &service, QObject *parent = nullptr);
    ~ViewController() override;

    // The view shown once the cache is open (the --view option); before open() or start().
    void setInitialView(const ViewState &state);
    // Opens the service's cache and asks for the initial view's data with it, so the two overlap.
    void open(const QString &path, CacheService::Missing missing = CacheService::Missing::Fail);
    // Shows the initial view on the service's cache, open now or when it opens.
    void start();
    // Asks for the current view's data again (after its layout changed, say).
    void refresh();

    // The dashboard layout of the nation and provinces (a ministry's is made from it).
    void setHomeLayout(const DashboardLayout &layout);
    const DashboardLayout &homeLayout() const { return m_homeLayout; }
    DashboardLayout layoutFor(const QString &scope) const;
    // The dashboard's title at a scope, in the current language.
    QString homeTitle(const QString &scope) const;
    void setEnglish(bool english);
    bool isEnglish() const { return m_english; }

    const ViewState &current() const { return m_navigator.current(); }
    bool canGoBack() const { return m_navigator.canGoBack(); }
    bool canGoForward() const { return m_navigator.canGoForward(); }
    void go(const ViewState &state);
    void back();
    void forward();
    // An indicator at a scope, or a province's view of the indicator shown now.
    void goToIndicator(const QString &code, const QString &scope);
    void goToProvince(const QString &unit);
    // The full-page map of the indicator shown now, at a period.
    void goToMap(const QString &period);
    // The breadcrumb's labels, and where each step leads.
    QStringList breadcrumb() const;
    void goToStep(int step);

    bool map34() const { return m_map34; }
    // A province of the other map is no scope on this one: the view goes back to the nation.
    void setMap34(bool map34);
    // The indicator view's own choices (period kind, year to date, breakdown) for the indicator
    // shown now.
    void requestIndicator(IndicatorViewRequest request);

    const std::optional<CacheOverview> &overview() const { return m_overview; }
    bool isSynthetic() const { return m_overview && m_overview->summary.synthetic; }
    bool hasDetails() const { return m_overview && m_overview->summary.counted; }
    // The first view (or why there is none) has been delivered.
    bool isReady() const { return m_ready; }
    // No request is waiting for its answer: what the views show matches the current state.
    bool isSettled() const { return !m_waitingForCache && !m_pending[Dashboard] && !m_pending[Indicator]; }

    const ScopeRules &scopes() const { return m_scopes; }
    CacheService &service() const { return m_service; }

signals:
    // The current view changed: the page to show, and the breadcrumb with it.
    void viewChanged(const dh::ViewState &state);
    void breadcrumbChanged(const QStringList &labels);
    void overviewChanged(const dh::CacheOverview &overview);
    void dashboardLoaded(const QList<dh::DashboardTile> &tiles);
    // An indicator view was asked for; its data follows.
    void indicatorRequested(const dh::IndicatorViewRequest &request);
    void indicatorLoaded(const dh::IndicatorViewData &data);
    // A request could not be answered; what is on screen stays as it was.
    void failed(const QString &message);
    // Something found outside a request (a damaged page, a count that cannot be read).
    void problemFound(const QString &message);
    // Every request has been answered (or has failed).
    void settled();
    // The first view, or the reason there is none, is in.
    void ready();
    void map34Changed(bool map34);

private:
    enum Channel { Dashboard, Indicator, ChannelCount };

    void show(const ViewState &state);
    void requestDashboard(const DashboardLayout &layout, const QString &unit);
    void fetchIndicator(const IndicatorViewRequest &request);
    // The cache changed under the view: its data is asked for again, and the pages keep showing
    // what they have until it comes (no "loading" state in between).
    void reload();
    void takeOverview(const CacheOverview &overview);
    void takeOpenFailure(const QString &message);
    void answered(Channel channel, quint64 id);
    void fail(Channel channel, quint64 id, const QString &message);
    void checkSettled();

    CacheService &m_service;
    UnitRegistry m_registry;
    ScopeRules m_scopes;
    Navigator m_navigator;
    DashboardLayout m_homeLayout;
    ViewState m_initial;
    IndicatorViewRequest m_lastIndicatorRequest;
    std::optional<CacheOverview> m_overview;
    QString m_dashboardUnit;     // the unit of the dashboard asked for last
    quint64 m_serial = 0;
    quint64 m_pending[ChannelCount] = {}; // the id awaited on each channel, 0 when none
    bool m_waitingForCache = false;
    bool m_started = false;
    bool m_prefetched = false;   // the initial dashboard was asked for with the opening
    bool m_shownInitial = false; // the initial view has been shown on the cache of this opening
    bool m_detailsAsked = false; // the details of this opening have been asked for
    bool m_map34 = true;
    bool m_english = false;
    bool m_ready = false;
};

} // namespace dh
