#include "wallpagehost.h"

#include "walltheme.h"

#include <QPainter>

namespace dh {

WallPageHost::WallPageHost(const WallPage &page, const WallContext &context, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_context(context)
{
    m_context.minText = wall::minTextPixels(page.layout.screenSize.height());
    for (const WallPanel &panel : std::as_const(m_page.layout.panels)) {
        auto *item = new WallPanelItem(panel, page.scope, panelRect(panel.cells), m_context, this);
        connect(item, &WallPanelItem::settled, this, &WallPageHost::checkComplete);
        connect(item, &WallPanelItem::repainted, this, &WallPageHost::repainted);
        m_items.append(item);
    }
}

WallPageHost::~WallPageHost() = default;

QRect WallPageHost::panelRect(const QRect &cells) const
{
    const WallLayout &l = m_page.layout;
    const double cw = double(l.screenSize.width()) / std::max(1, l.cellColumns);
    const double ch = double(l.screenSize.height()) / std::max(1, l.cellRows);
    const int gap = std::max(2, m_context.minText / 8);
    const QRect r(QPoint(int(cells.left() * cw), int(cells.top() * ch)),
                  QPoint(int((cells.left() + cells.width()) * cw) - 1, int((cells.top() + cells.height()) * ch) - 1));
    return r.adjusted(gap, gap, -gap, -gap);
}

QRect WallPageHost::screenRect(int row, int column) const
{
    const QSize s = m_page.layout.screenSize;
    return QRect(QPoint(column * s.width(), row * s.height()), s);
}

WallPanelItem *WallPageHost::item(const QString &panelId) const
{
    for (WallPanelItem *item : m_items) {
        if (item->panel().id == panelId)
            return item;
    }
    return nullptr;
}

void WallPageHost::start()
{
    for (WallPanelItem *item : std::as_const(m_items))
        item->start();
    checkComplete();
}

void WallPageHost::tick()
{
    for (WallPanelItem *item : std::as_const(m_items))
        item->tick();
}

void WallPageHost::setSchedules(const QHash<QString, EndpointSchedule> &schedules)
{
    m_context.schedules = schedules;
    for (WallPanelItem *item : std::as_const(m_items))
        item->setSchedules(schedules);
}

bool WallPageHost::isComplete() const
{
    return std::all_of(m_items.cbegin(), m_items.cend(), [](const WallPanelItem *i) { return i->state() != WallPanelItem::State::Waiting; });
}

QStringList WallPageHost::failedPanels() const
{
    QStringList failed;
    for (const WallPanelItem *item : m_items) {
        if (item->state() == WallPanelItem::State::Failed)
            failed.append(item->panel().id);
    }
    return failed;
}

void WallPageHost::checkComplete()
{
    if (m_complete || !isComplete())
        return;
    m_complete = true;
    emit completed();
}

void WallPageHost::paint(QPainter &painter, const QRectF &target, const QRect &source) const
{
    painter.save();
    painter.fillRect(target, wall::canvasBackground());
    painter.translate(target.topLeft());
    painter.scale(target.width() / source.width(), target.height() / source.height());
    painter.translate(-source.topLeft());
    for (const WallPanelItem *item : m_items) {
        if (item->rect().intersects(source) && !item->image().isNull())
            painter.drawImage(item->rect().topLeft(), item->image());
    }
    painter.restore();
}

QImage WallPageHost::render() const
{
    QImage image(canvasSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(canvasSize())), QRect(QPoint(0, 0), canvasSize()));
    return image;
}

} // namespace dh
