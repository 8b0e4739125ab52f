#include "geomath.h"

#include <QRectF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <queue>

namespace dh::GeoMath {

double signedArea(const QPolygonF &ring)
{
    const qsizetype n = ring.size();
    double twice = 0.0;
    for (qsizetype i = 0, j = n - 1; i < n; j = i++)
        twice += ring.at(j).x() * ring.at(i).y() - ring.at(i).x() * ring.at(j).y();
    return twice / 2.0;
}

bool ringContains(const QPolygonF &ring, const QPointF &point)
{
    const qsizetype n = ring.size();
    bool inside = false;
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF &a = ring.at(i);
        const QPointF &b = ring.at(j);
        if ((a.y() > point.y()) != (b.y() > point.y())
            && point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

bool ringsContain(const QList<QPolygonF> &rings, const QPointF &point)
{
    bool inside = false;
    for (const QPolygonF &ring : rings) {
        if (ringContains(ring, point))
            inside = !inside;
    }
    return inside;
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    double t = length2 > 0.0 ? QPointF::dotProduct(p - a, d) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF offset = p - (a + t * d);
    return std::sqrt(QPointF::dotProduct(offset, offset)); // std::hypot pays for overflow guards no map needs
}

double distanceToRings(const QList<QPolygonF> &rings, const QPointF &point)
{
    double best = std::numeric_limits<double>::infinity();
    for (const QPolygonF &ring : rings) {
        const qsizetype n = ring.size();
        for (qsizetype i = 0, j = n - 1; i < n; j = i++)
            best = std::min(best, distanceToSegment(point, ring.at(j), ring.at(i)));
    }
    return best;
}

namespace {

// Marks the points of [first, last] that Douglas–Peucker keeps; iterative so long rings cannot
// overflow the stack.
void markKept(const QPolygonF &points, qsizetype first, qsizetype last, double tolerance, QList<bool> &keep)
{
    QList<std::pair<qsizetype, qsizetype>> stack{{first, last}};
    while (!stack.isEmpty()) {
        const auto [a, b] = stack.takeLast();
        double worst = -1.0;
        qsizetype index = -1;
        for (qsizetype i = a + 1; i < b; ++i) {
            const double d = distanceToSegment(points.at(i), points.at(a), points.at(b));
            if (d > worst) {
                worst = d;
                index = i;
            }
        }
        if (index >= 0 && worst > tolerance) {
            keep[index] = true;
            stack.append({a, index});
            stack.append({index, b});
        }
    }
}

} // namespace

QPolygonF simplify(const QPolygonF &points, double tolerance, bool closed)
{
    const qsizetype n = points.size();
    if (n <= (closed ? 3 : 2))
        return points;
    QList<bool> keep(n, false);
    keep[0] = true;
    if (closed) {
        // A ring is two polylines: from the first point to the point farthest from it and back.
        qsizetype far = 1;
        double farthest = -1.0;
        for (qsizetype i = 1; i < n; ++i) {
            const QPointF d = points.at(i) - points.at(0);
            const double d2 = QPointF::dotProduct(d, d);
            if (d2 > farthest) {
                farthest = d2;
                far = i;
            }
        }
        keep[far] = true;
        QPolygonF looped = points;
        looped.append(points.at(0));
        QList<bool> loopedKeep = keep;
        loopedKeep.append(true);
        markKept(looped, 0, far, tolerance, loopedKeep);
        markKept(looped, far, n, tolerance, loopedKeep);
        keep = loopedKeep.first(n);
    } else {
        keep[n - 1] = true;
        markKept(points, 0, n - 1, tolerance, keep);
    }
    QPolygonF out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (keep.at(i))
            out.append(points.at(i));
    }
    if (closed && out.size() < 3) {
        // A ring below the tolerance still shows as a small triangle rather than vanishing.
        out = {points.at(0), points.at(n / 3), points.at(2 * n / 3)};
    }
    return out;
}

namespace {

struct Cell
{
    QPointF centre;
    double half = 0.0;     // half the cell's side
    double distance = 0.0; // signed distance from the centre to the outline (negative outside)
    double potential = 0.0; // the best distance a point in the cell could reach

    bool operator<(const Cell &other) const { return potential < other.potential; }
};

Cell makeCell(const QList<QPolygonF> &rings, const QPointF &centre, double half)
{
    const double d = distanceToRings(rings, centre);
    Cell c{centre, half, ringsContain(rings, centre) ? d : -d, 0.0};
    c.potential = c.distance + half * std::numbers::sqrt2;
    return c;
}

} // namespace

Pole poleOfInaccessibility(const QList<QPolygonF> &rings, double precision)
{
    if (rings.isEmpty() || rings.first().size() < 3)
        return {};
    const QRectF box = rings.first().boundingRect();
    const double cellSize = std::min(box.width(), box.height());
    if (cellSize <= 0.0)
        return {box.center(), 0.0};
    precision = std::max(precision, cellSize * 1e-4);

    std::priority_queue<Cell> queue;
    const double half = cellSize / 2.0;
    for (double x = box.left(); x < box.right(); x += cellSize) {
        for (double y = box.top(); y < box.bottom(); y += cellSize)
            queue.push(makeCell(rings, QPointF(x + half, y + half), half));
    }

    // Start from the area centroid when it is inside, else from the box centre.
    QPointF centroid;
    double area = 0.0;
    const QPolygonF &outer = rings.first();
    for (qsizetype i = 0, j = outer.size() - 1; i < outer.size(); j = i++) {
        const double f = outer.at(j).x() * outer.at(i).y() - outer.at(i).x() * outer.at(j).y();
        centroid += (outer.at(j) + outer.at(i)) * f;
        area += f * 3.0;
    }
    Cell best = makeCell(rings, area != 0.0 ? centroid / area : box.center(), 0.0);
    const Cell boxCell = makeCell(rings, box.center(), 0.0);
    if (boxCell.distance > best.distance)
        best = boxCell;

    while (!queue.empty()) {
        const Cell cell = queue.top();
        queue.pop();
        if (cell.distance > best.distance)
            best = cell;
        if (cell.potential - best.distance <= precision)
            continue;
        const double h = cell.half / 2.0;
        for (const QPointF offset : {QPointF(-h, -h), QPointF(h, -h), QPointF(-h, h), QPointF(h, h)})
            queue.push(makeCell(rings, cell.centre + offset, h));
    }
    return {best.centre, std::max(0.0, best.distance)};
}

} // namespace dh::GeoMath
