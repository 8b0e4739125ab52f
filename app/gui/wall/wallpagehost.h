#pragma once

#include "wallpanelitem.h"

#include "models/walllayout.h"

#include <QObject>

class QPainter;

namespace dh {

// One page of a wall, drawn on the canvas of its layout: a WallPanelItem per panel, each asking for
// its data and painting its own image. A page is complete once every panel has its data or its
// error; the session builds the next page while the current one stays on screen and swaps them
// only then, so a half-drawn page is never shown.
class WallPageHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallPageHost)

public:
    WallPageHost(const WallPage &page, const WallContext &context, QObject *parent = nullptr);
    ~WallPageHost() override;

    const WallPage &page() const { return m_page; }
    QSize canvasSize() const { return m_page.layout.canvasSize(); }
    // The pixel rectangle of a cell span on the canvas, inside the gaps between panels.
    QRect panelRect(const QRect &cells) const;
    // The rectangle of the screen at (row, column) on the canvas.
    QRect screenRect(int row, int column) const;
    const QList<WallPanelItem *> &items() const { return m_items; }
    WallPanelItem *item(const QString &panelId) const;

    void start();
    void tick();
    void setSchedules(const QHash<QString, EndpointSchedule> &schedules);
    bool isComplete() const;
    // Panels that show an error.
    QStringList failedPanels() const;

    // Paints the part `source` of the canvas into `target` of the painter.
    void paint(QPainter &painter, const QRectF &target, const QRect &source) const;
    // The whole canvas.
    QImage render() const;

signals:
    // Every panel has its data or its error.
    void completed();
    // A panel's image changed (canvas coordinates).
    void repainted(const QRect &rect);

private:
    void checkComplete();

    WallPage m_page;
    WallContext m_context;
    QList<WallPanelItem *> m_items;
    bool m_complete = false;
};

} // namespace dh
