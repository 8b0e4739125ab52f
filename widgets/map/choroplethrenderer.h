#pragma once

#include "choroplethdata.h"
#include "choroplethlayout.h"
#include "choroplethlayoutbuilder.h"
#include "georegion.h"
#include "projectedmap.h"

#include <QCoreApplication>
#include <QImage>

#include <functional>
#include <optional>

class QPainter;

namespace dh {

// Paints a province choropleth on any QPainter — one map or small multiples sharing classes and
// one legend — and answers which region is under a pixel. It owns the projection, the zoom and
// pan, and a layout cached per size, so a widget over it only forwards events, and a test paints
// it into a QImage. Fills come from class edges (upper bounds included, as ClassBreaks makes them)
// and a colour per class; regions without a value are hatched and get a legend entry. Insets keep
// far-off archipelagos on the map: in place when they fit, in framed boxes otherwise, always with
// their label.
class ChoroplethRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ChoroplethRenderer)
    Q_DISABLE_COPY_MOVE(ChoroplethRenderer)

public:
    using LabelMode = ChoroplethLayoutBuilder::LabelMode;

    struct Hit
    {
        QString id;     // empty: no region there
        int frame = -1; // −1: outside every map
    };

    static constexpr double maxZoom = 32.0;

    ChoroplethRenderer();

    void setRegions(const QList<GeoRegion> &regions);
    void setInsets(const QList<MapInset> &insets);
    // One map.
    void setValues(const QHash<QString, double> &values);
    // Small multiples, each frame captioned; one frame is a single map (its caption unused).
    void setFrames(const QList<ChoroplethFrame> &frames);
    // edges: k + 1 ascending values for k classes; colors: one per class.
    void setClasses(const QList<double> &edges, const QList<QColor> &colors);
    // Formats values for labels and legend ("1.234,5"); the default uses the current locale.
    void setValueFormatter(std::function<QString(double)> format);
    void setLegendTitle(const QString &title);
    void setNoDataLabel(const QString &label);
    void setTitle(const QString &title, const QString &subtitle = QString());
    void setAttribution(const QString &text);
    void setLabelMode(LabelMode mode);
    // Regions labelled first, before the largest ones (e.g. the capital and the big cities).
    void setLabelPriority(const QStringList &ids);
    void setInnerBordersVisible(bool visible);
    void setStyle(const ChoroplethStyle &style);
    // Outlined in every frame; no relayout.
    void setHovered(const QString &id);

    QString hovered() const { return m_hovered; }
    const QList<ChoroplethFrame> &frames() const { return m_frames; }
    const ChoroplethStyle &style() const { return m_input.style; }
    QString title() const { return m_input.title; }
    QString noDataLabel() const { return m_input.noDataLabel; }
    QString regionName(const QString &id) const;
    std::optional<double> value(const QString &id, int frame = 0) const;
    QString formatValue(double value) const;
    // The class colour of the region in the frame; invalid when it has no data.
    QColor colorOf(const QString &id, int frame = 0) const;

    double zoom() const { return m_input.zoom; }
    QPointF pan() const { return m_input.pan; }
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
    void invalidate();
    void updateNoData();
    void clampPan(const ChoroplethLayout &l);
    void paintFrame(QPainter &painter, const ChoroplethLayout &l, int frame, const QBrush &hatch) const;
    void paintLabels(QPainter &painter, const ChoroplethLayout &l) const;
    // sprite: drawn once into a label image (fast halo) rather than as vector outlines.
    void paintLabel(QPainter &painter, const ChoroplethLayout &l, const ChoroplethLayout::Label &label,
                    const QPointF &topLeft, bool sprite) const;
    void paintLegend(QPainter &painter, const ChoroplethLayout &l, const QBrush &hatch) const;

    ProjectedMap m_map;
    QList<QRectF> m_insetBounds;
    QList<ChoroplethFrame> m_frames;
    ChoroplethLayoutBuilder::Input m_input;
    QString m_hovered;
    mutable std::optional<ChoroplethLayout> m_layout;
    // Labels with their halo, pre-rendered once per layout for raster painters.
    mutable QList<QImage> m_sprites;
    mutable qreal m_spriteRatio = 0.0;
};

} // namespace dh
