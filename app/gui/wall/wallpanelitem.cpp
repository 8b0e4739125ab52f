#include "wallpanelitem.h"

#include "walltheme.h"

#include "core/clock.h"
#include "core/unitregistry.h"
#include "models/cacheservice.h"
#include "models/taskloader.h"
#include "models/viewcontroller.h"
#include "models/wallfreshness.h"

#include <QPainter>

namespace dh {

namespace {

bool needsController(WallPanel::Kind kind)
{
    return kind != WallPanel::Kind::Clock && kind != WallPanel::Kind::Text && kind != WallPanel::Kind::TaskSummary;
}

bool isDashboard(WallPanel::Kind kind)
{
    return kind == WallPanel::Kind::KpiTiles || kind == WallPanel::Kind::BigKpi;
}

} // namespace

WallPanelItem::WallPanelItem(const WallPanel &panel, const QString &pageScope, const QRect &rect, const WallContext &context,
                             QObject *parent)
    : QObject(parent)
    , m_panel(panel)
    , m_scope(panel.viewState(pageScope).scope)
    , m_rect(rect)
    , m_context(context)
    , m_painter(context.service->registry())
{
    if (!needsController(panel.kind))
        return;
    m_controller = std::make_unique<ViewController>(*context.service);
    m_controller->setEnglish(context.locale.language() != QLocale::Vietnamese);
    ViewState view;
    view.scope = m_scope;
    view.period = panel.period;
    if (isDashboard(panel.kind)) {
        DashboardLayout layout = DashboardLayout::bundledHome().valueOr(DashboardLayout{});
        if (!panel.indicators.isEmpty())
            layout.tiles = panel.indicators;
        else if (!panel.indicator.isEmpty())
            layout.tiles = QStringList{panel.indicator};
        m_controller->setHomeLayout(layout);
        view.page = ViewState::Page::Home;
        // A ministry's dashboard is made from its own indicators; the tiles a panel names are
        // shown with the figures the ministry's scope reads (the nation's).
        if (!panel.indicators.isEmpty() || !panel.indicator.isEmpty())
            view.scope = m_controller->scopes().dataUnit(m_scope);
    } else {
        view.page = ViewState::Page::Indicator;
        view.indicator = panel.indicator;
        view.map34 = panel.map34.value_or(true);
    }
    m_controller->setInitialView(view);
    connect(m_controller.get(), &ViewController::dashboardLoaded, this, [this](const QList<DashboardTile> &tiles) {
        take(dashboardContent(m_panel, tiles, m_context.locale, m_controller->isSynthetic()));
    });
    connect(m_controller.get(), &ViewController::indicatorLoaded, this, [this](const IndicatorViewData &data) {
        // A breakdown by another dimension than the indicator's first is asked for once the first
        // answer says which the view chose; the controller keeps it for every reload after.
        const QString dimension = m_panel.options.value(u"breakdown").toString();
        if (m_panel.kind == WallPanel::Kind::Breakdown && !dimension.isEmpty() && data.breakdownDimension != dimension
            && data.indicator.dimensions.contains(dimension)) {
            IndicatorViewRequest request = data.request;
            request.breakdownDimension = dimension;
            m_controller->requestIndicator(request);
            return;
        }
        take(indicatorContent(m_panel, data, m_context.locale, m_controller->isSynthetic()));
    });
    connect(m_controller.get(), &ViewController::failed, this, &WallPanelItem::fail);
}

WallPanelItem::~WallPanelItem() = default;

void WallPanelItem::start()
{
    if (m_controller) {
        m_controller->start();
        return;
    }
    if (m_panel.kind == WallPanel::Kind::Clock) {
        // The "as of" of the whole cache: the service's overview, which each new opening or change
        // brings again.
        connect(m_context.service, &CacheService::opened, this, [this] { take(clockContent()); });
        connect(m_context.service, &CacheService::openFailed, this, &WallPanelItem::fail);
        if (m_context.service->overview())
            take(clockContent());
        else if (!m_context.service->openError().isEmpty())
            fail(m_context.service->openError());
        return;
    }
    if (m_panel.kind == WallPanel::Kind::TaskSummary) {
        m_tasks = std::make_unique<TaskLoader>(*m_context.service);
        connect(m_tasks.get(), &TaskLoader::summaryLoaded, this, [this](const TaskSummary &summary) {
            const UnitRegistry &registry = m_context.service->registry();
            const AdminUnit *unit = summary.assignee.isEmpty() ? nullptr : registry.find(summary.assignee);
            const QString name = unit ? (m_context.locale.language() == QLocale::Vietnamese ? unit->nameVi : unit->nameEn) : QString();
            const auto &overview = m_context.service->overview();
            take(taskContent(m_panel, summary, name, m_context.locale, overview && overview->summary.synthetic));
        });
        connect(m_tasks.get(), &TaskLoader::failed, this, &WallPanelItem::fail);
        // Each opening, and each change another connection commits, brings a new overview.
        connect(m_context.service, &CacheService::opened, this, &WallPanelItem::requestTasks);
        connect(m_context.service, &CacheService::openFailed, this, &WallPanelItem::fail);
        if (m_context.service->overview())
            requestTasks();
        else if (!m_context.service->openError().isEmpty())
            fail(m_context.service->openError());
        return;
    }
    WallPanelContent text;
    text.kind = m_panel.kind;
    text.title = m_panel.titleIn(m_context.locale.language() == QLocale::Vietnamese);
    text.bigText = m_panel.text;
    take(text);
}

void WallPanelItem::requestTasks()
{
    const QString assignee = m_scope == UnitRegistry::nationCode() ? QString() : m_scope;
    m_taskDay = hanoiDate(m_context.clock->now());
    m_tasks->requestSummary(m_taskDay, assignee, TaskUnitEra::Units2025);
}

void WallPanelItem::tick()
{
    // A task becomes overdue when the day after its deadline begins in Hà Nội.
    if (m_tasks && m_taskDay.isValid() && hanoiDate(m_context.clock->now()) != m_taskDay)
        requestTasks();
    if (m_state != State::Ready)
        return;
    WallPanelContent content = m_panel.kind == WallPanel::Kind::Clock ? clockContent() : m_content;
    take(content);
}

void WallPanelItem::setSchedules(const QHash<QString, EndpointSchedule> &schedules)
{
    m_context.schedules = schedules;
    tick();
}

WallPanelContent WallPanelItem::clockContent() const
{
    WallPanelContent c;
    c.kind = WallPanel::Kind::Clock;
    c.title = m_panel.titleIn(m_context.locale.language() == QLocale::Vietnamese);
    const QDateTime now = m_context.clock->now().toLocalTime();
    c.bigText = m_context.locale.toString(now, QStringLiteral("HH:mm"));
    QString date = m_context.locale.toString(now.date(), QStringLiteral("dd/MM/yyyy"));
    if (const auto &overview = m_context.service->overview()) {
        c.synthetic = overview->summary.synthetic;
        if (overview->summary.lastDate.isValid())
            date = tr("%1 · data through %2").arg(date, m_context.locale.toString(overview->summary.lastDate, QStringLiteral("dd/MM/yyyy")));
    }
    c.smallText = date;
    return c;
}

void WallPanelItem::take(WallPanelContent content)
{
    ++m_deliveries;
    content.stale = false;
    if (m_context.clock && content.asOfTime.isValid()) {
        QStringList codes = m_panel.indicators;
        if (!m_panel.indicator.isEmpty())
            codes.append(m_panel.indicator);
        const QDateTime now = m_context.clock->now();
        for (const QString &code : std::as_const(codes)) {
            const auto it = m_context.schedules.constFind(code);
            if (it != m_context.schedules.cend() && isStale(content.asOfTime, *it, now))
                content.stale = true;
        }
    }
    const State before = m_state;
    m_state = content.error.isEmpty() ? State::Ready : State::Failed;
    QByteArray signature = content.signature();
    if (signature != m_signature || m_image.isNull()) {
        m_signature = std::move(signature);
        m_content = std::move(content);
        // Painted aside and swapped in whole: the windows never copy a half-painted panel.
        QImage image(m_rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(wall::canvasBackground());
        QPainter painter(&image);
        m_painter.paint(painter, QRectF(QPointF(0, 0), QSizeF(m_rect.size())), m_content, m_context.minText);
        painter.end();
        m_image = std::move(image);
        ++m_repaints;
        emit repainted(m_rect);
    }
    if (before == State::Waiting)
        emit settled();
}

void WallPanelItem::fail(const QString &message)
{
    take(errorContent(m_panel, message, m_context.locale));
}

} // namespace dh
