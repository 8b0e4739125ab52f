#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace dh {

// One area of a map as plain values in WGS84 longitude/latitude (x = longitude, y = latitude): a
// province read from GeoJSON, or a union of provinces made by GeoDissolve. Rings are stored open
// (the first point is not repeated), outer rings counter-clockwise and holes clockwise, so that a
// ring's signed area tells which it is and the union of neighbours can cancel shared edges.
struct GeoRegion
{
    QString id;
    QString name;
    QList<QPolygonF> rings;
    // Borders between the members of a dissolved region, as open polylines: drawn faint so the
    // old units stay readable on the new ones.
    QList<QPolygonF> innerBorders;
    QRectF bounds; // of the rings, in degrees; top() is the southern edge

    // The area on the WGS84 ellipsoid (holes subtracted), through an equal-area projection.
    double areaKm2() const;
    // Even-odd test over all rings, so holes are excluded.
    bool contains(const QPointF &lonLat) const;
    // Recomputes bounds from the rings.
    void updateBounds();

    friend bool operator==(const GeoRegion &, const GeoRegion &) = default;
};

} // namespace dh
