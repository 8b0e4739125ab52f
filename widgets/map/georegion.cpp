#include "georegion.h"

#include "albersprojection.h"
#include "geomath.h"

namespace dh {

double GeoRegion::areaKm2() const
{
    // Vietnam's own Albers projection keeps areas exact on the ellipsoid; straight edges between
    // vertices a kilometre apart differ from geodesics by far less than the 0,1 % we care about.
    const AlbersProjection projection = AlbersProjection::vietnam();
    double area = 0.0;
    for (const QPolygonF &ring : rings)
        area += GeoMath::signedArea(projection.project(ring));
    return area;
}

bool GeoRegion::contains(const QPointF &lonLat) const
{
    if (!bounds.contains(lonLat))
        return false;
    return GeoMath::ringsContain(rings, lonLat);
}

void GeoRegion::updateBounds()
{
    bounds = QRectF();
    for (const QPolygonF &ring : rings)
        bounds = bounds.united(ring.boundingRect());
}

} // namespace dh
