#pragma once

#include "albersprojection.h"
#include "georegion.h"

#include <QHash>
#include <QPainterPath>

namespace dh {

// The regions of a map projected once to kilometres, with what layout and hit-testing need and
// should not recompute per paint: the bounds of every ring, which rings belong to an inset (an
// archipelago that may be drawn in its own box), a label anchor inside each region, and the
// regions in label priority order.
class ProjectedMap
{
public:
    static constexpr int mainPart = -1; // the rings outside every inset

    struct Ring
    {
        QPolygonF points; // km
        QRectF bounds;    // km
        QRectF lonLatBounds;
        int inset = mainPart;
    };

    struct Region
    {
        QString id;
        QString name;
        QList<Ring> rings;
        QList<QPolygonF> innerBorders; // km
        QRectF mainBounds;             // of the main rings
        QPointF anchor;                // the pole of inaccessibility of the largest main ring
        int anchorRing = -1;           // that ring (−1: none), so new insets recompute only what moved
        double areaKm2 = 0.0;
    };

    ProjectedMap();

    void setRegions(const QList<GeoRegion> &regions);
    void setInsets(const QList<QRectF> &lonLatBounds);

    const AlbersProjection &projection() const { return m_projection; }
    const QList<Region> &regions() const { return m_regions; }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    // Largest first.
    const QList<int> &labelOrder() const { return m_labelOrder; }

    QRectF fullBounds() const { return m_fullBounds; }
    QRectF mainBounds() const { return m_mainBounds; }
    int insetCount() const { return int(m_insetBoxes.size()); }
    // The inset's own box, projected, and the bounds of the rings in it.
    QRectF insetBox(int inset) const { return m_insetBoxes.at(inset); }
    QRectF insetContent(int inset) const { return m_insetContent.at(inset); }
    QList<int> insetRegions(int inset) const;

    // The rings of a part (mainPart, or an inset when insets are framed; every ring when `part`
    // is allParts) as a path in pixels, each simplified within the tolerance; rings whose pixel
    // bounds miss `visible` are skipped, and rings smaller than `tinyPx` also reported as centres.
    static constexpr int allParts = -2;
    QPainterPath path(int region, int part, const QTransform &toPixels, double tolerancePx, const QRectF &visible,
                      double tinyPx, QList<QPointF> *tiny) const;
    QPainterPath innerBorders(const QTransform &toPixels, double tolerancePx, const QRectF &visible) const;

    // The region of the part whose rings hold the point (km), or else the one with a ring within
    // toleranceKm of it (small islands are hard to hit); −1 if none.
    int regionAt(const QPointF &km, int part, double toleranceKm) const;

private:
    void assignInsets();

    AlbersProjection m_projection;
    QList<Region> m_regions;
    QHash<QString, int> m_index;
    QList<int> m_labelOrder;
    QList<QRectF> m_insetLonLat;
    QList<QRectF> m_insetBoxes;
    QList<QRectF> m_insetContent;
    QRectF m_fullBounds;
    QRectF m_mainBounds;
};

} // namespace dh
