#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>

namespace dh {

// Plane geometry on open rings (the first point not repeated) shared by the map's loader, dissolve,
// layout and hit-testing: pure functions, in whatever units the caller's coordinates are.
namespace GeoMath {

// Shoelace area: positive for counter-clockwise rings (y up).
double signedArea(const QPolygonF &ring);
// Crossing-number test; points exactly on an edge may fall either way.
bool ringContains(const QPolygonF &ring, const QPointF &point);
// Even-odd over all rings: inside an outer ring and not in one of its holes.
bool ringsContain(const QList<QPolygonF> &rings, const QPointF &point);
double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b);
// Shortest distance from the point to any edge of the rings.
double distanceToRings(const QList<QPolygonF> &rings, const QPointF &point);

// Douglas–Peucker within the tolerance. A closed ring keeps at least three points; an open
// polyline keeps its two ends.
QPolygonF simplify(const QPolygonF &points, double tolerance, bool closed);

struct Pole
{
    QPointF point;
    double distance = 0.0; // to the nearest edge: the radius of the largest circle inside
};
// The interior point farthest from the outline (the pole of inaccessibility), found by refining
// a grid of cells best-first to within `precision` (Garcia-Castellanos & Lombardo, 2007; the
// "polylabel" method). rings: one outer ring and its holes. A label placed there never sits
// outside a crescent-shaped province, unlike its centroid.
Pole poleOfInaccessibility(const QList<QPolygonF> &rings, double precision);

} // namespace GeoMath

} // namespace dh
