#pragma once

#include "choroplethinput.h"
#include "choroplethlayout.h"
#include "choroplethlayoutbuilder.h"
#include "projectedmap.h"

#include <QCoreApplication>
#include <QImage>

#include <optional>

class QPainter;

namespace dh {

// Paints a province choropleth on any QPainter — one map or small multiples sharing classes and
// one legend — and answers which region is under a pixel. It owns the projection, the zoom and
// pan, and a layout cached per size, so a widget over it only forwards events, and a test paints
// it into a QImage. What it draws comes whole in a ChoroplethInput; its regions are projected
// again only when they differ from the last input's. Fills come from class edges (upper bounds
// included, as ClassBreaks makes them) and a colour per class; regions without a value are
// hatched and get a legend entry. Insets keep far-off archipelagos on the map: in place when they
// fit, in framed boxes otherwise, always with their label. With a text floor in the style (a wall's
// minimum), no text is laid out below it, and the layout's smallestText says what the map drew.
class ChoroplethRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ChoroplethRenderer)
    Q_DISABLE_COPY_MOVE(ChoroplethRenderer)

public:
    struct Hit
    {
        QString id;     // empty: no region there
        int frame = -1; // −1: outside every map
    };

    static constexpr double maxZoom = 32.0;

    ChoroplethRenderer();

    // New regions reset the zoom and pan; everything else keeps them.
    void setInput(const ChoroplethInput &input);
    // As given, with the defaults filled in: a formatter, a "no data" label, at least one frame.
    const ChoroplethInput &input() const { return m_input; }
    // Outlined in every frame; no relayout.
    void setHovered(const QString &id);

    QString hovered() const { return m_hovered; }
    const QList<ChoroplethFrame> &frames() const { return m_input.frames; }
    QString regionName(const QString &id) const;
    std::optional<double> value(const QString &id, int frame = 0) const;
    QString formatValue(double value) const;
    // The class colour of the region in the frame; invalid when it has no data.
    QColor colorOf(const QString &id, int frame = 0) const;

    double zoom() const { return m_zoom; }
    QPointF pan() const { return m_pan; }
    // Zooms by the factor keeping the point under `pixel` in place (within 1…maxZoom).
    void zoomAt(const QRectF &rect, const QPointF &pixel, double factor);
    void panBy(const QRectF &rect, const QPointF &delta);
    void resetView();

    const ChoroplethLayout &layout(const QRectF &rect) const;
    void paint(QPainter &painter, const QRectF &rect) const;
    Hit hitTest(const QRectF &rect, const QPointF &pixel) const;
    // Where a longitude/latitude lands in the frame (inside an inset box when it belongs there).
    QPointF toPixel(const QRectF &rect, const QPointF &lonLat, int frame = 0) const;

private:
    ChoroplethLayoutBuilder::Input builderInput() const;
    void invalidate();
    void clampPan(const ChoroplethLayout &l);
    void paintFrame(QPainter &painter, const ChoroplethLayout &l, int frame, const QBrush &hatch) const;
    void paintLabels(QPainter &painter, const ChoroplethLayout &l) const;
    // sprite: drawn once into a label image (fast halo) rather than as vector outlines.
    void paintLabel(QPainter &painter, const ChoroplethLayout &l, const ChoroplethLayout::Label &label,
                    const QPointF &topLeft, bool sprite) const;
    void paintLegend(QPainter &painter, const ChoroplethLayout &l, const QBrush &hatch) const;

    ChoroplethInput m_input;
    ProjectedMap m_map; // m_input's regions and insets, projected
    bool m_showNoData = false;
    double m_zoom = 1.0;
    QPointF m_pan;
    QString m_hovered;
    mutable std::optional<ChoroplethLayout> m_layout;
    // Labels with their halo, pre-rendered once per layout for raster painters.
    mutable QList<QImage> m_sprites;
    mutable qreal m_spriteRatio = 0.0;
};

} // namespace dh
