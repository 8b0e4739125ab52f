#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QTransform>

namespace dh {

// The Albers equal-area conic projection on the WGS84 ellipsoid (Snyder, "Map Projections — A
// Working Manual", 1987, pp. 98–103), in kilometres east and north of the origin. Equal area is
// what a choropleth needs: a province's ink is proportional to its land. With standard parallels
// 11° N and 21° N, Vietnam's length from 8.5° N to 23.4° N keeps its shapes within a few percent.
class AlbersProjection
{
public:
    AlbersProjection(double standardParallel1, double standardParallel2, double originLatitude,
                     double centralMeridian);
    // Standard parallels 11° N and 21° N, origin 16° N 106° E.
    static AlbersProjection vietnam();

    QPointF project(const QPointF &lonLat) const;
    QPointF unproject(const QPointF &xy) const;
    QPolygonF project(const QPolygonF &lonLat) const;
    // The rectangle in projected coordinates that holds a longitude/latitude box (its edges are
    // curved once projected, so they are sampled).
    QRectF projectBounds(const QRectF &lonLat) const;

    // Maps projected bounds (y north) onto pixels (y down), centred, keeping the aspect ratio and
    // the largest scale that fits.
    static QTransform fit(const QRectF &projected, const QRectF &pixels);

private:
    double q(double sinPhi) const;

    double m_lambda0 = 0.0;
    double m_n = 0.0;
    double m_c = 0.0;
    double m_rho0 = 0.0;
};

} // namespace dh
