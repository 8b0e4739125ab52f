#pragma once

#include "choroplethrenderer.h"

#include <QWidget>

namespace dh {

// A province choropleth as a widget: a thin layer over ChoroplethRenderer that hands it the input,
// shows the region under the pointer (outline and tooltip with name and value), reports hovers
// and clicks by region id, and drives the renderer's zoom and pan — wheel, drag, +/−, arrow keys,
// Home or 0 and a double-click to fit. It repaints from the values it was given; nothing here
// queries data.
class ChoroplethMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoroplethMap)

public:
    explicit ChoroplethMap(QWidget *parent = nullptr);

    // What the map draws, whole; its title is the map's accessible name.
    void setInput(const ChoroplethInput &input);

    const ChoroplethRenderer &renderer() const { return m_renderer; }
    QString hoveredRegion() const { return m_renderer.hovered(); }

    void zoomIn();
    void zoomOut();
    void resetView();

    QSize sizeHint() const override { return {640, 720}; }
    QSize minimumSizeHint() const override { return {240, 280}; }

signals:
    void regionClicked(const QString &id);
    // Empty when the pointer leaves every region.
    void regionHovered(const QString &id);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRectF area() const { return QRectF(rect()); }
    void hover(const QString &id);
    QString tooltip(const QPointF &pos) const;

    ChoroplethRenderer m_renderer;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace dh
