#include "projectedmap.h"

#include "geomath.h"

#include <algorithm>

namespace dh {

namespace {

bool inPart(int ringInset, int part)
{
    return part == ProjectedMap::allParts || ringInset == part;
}

} // namespace

ProjectedMap::ProjectedMap()
    : m_projection(AlbersProjection::vietnam())
{
}

void ProjectedMap::setRegions(const QList<GeoRegion> &regions)
{
    m_regions.clear();
    m_index.clear();
    for (const GeoRegion &geo : regions) {
        Region r{geo.id, geo.name, {}, {}, {}, {}, -2, 0.0}; // −2: no anchor computed yet
        for (const QPolygonF &lonLat : geo.rings) {
            Ring ring{m_projection.project(lonLat), {}, lonLat.boundingRect(), mainPart};
            ring.bounds = ring.points.boundingRect();
            r.areaKm2 += GeoMath::signedArea(ring.points);
            r.rings.append(std::move(ring));
        }
        for (const QPolygonF &line : geo.innerBorders)
            r.innerBorders.append(m_projection.project(line));
        m_index.insert(r.id, int(m_regions.size()));
        m_regions.append(std::move(r));
    }
    m_labelOrder.clear();
    for (int i = 0; i < m_regions.size(); ++i)
        m_labelOrder.append(i);
    std::stable_sort(m_labelOrder.begin(), m_labelOrder.end(),
                     [this](int a, int b) { return m_regions.at(a).areaKm2 > m_regions.at(b).areaKm2; });
    assignInsets();
}

void ProjectedMap::setInsets(const QList<QRectF> &lonLatBounds)
{
    m_insetLonLat = lonLatBounds;
    assignInsets();
}

void ProjectedMap::assignInsets()
{
    m_insetBoxes.clear();
    m_insetContent = QList<QRectF>(m_insetLonLat.size());
    for (const QRectF &box : m_insetLonLat)
        m_insetBoxes.append(m_projection.projectBounds(box));
    m_fullBounds = m_mainBounds = QRectF();
    for (Region &r : m_regions) {
        r.mainBounds = QRectF();
        int largest = -1;
        double largestArea = 0.0;
        QList<QPolygonF> holes;
        for (int k = 0; k < r.rings.size(); ++k) {
            Ring &ring = r.rings[k];
            ring.inset = mainPart;
            for (int i = 0; i < m_insetLonLat.size(); ++i) {
                if (m_insetLonLat.at(i).contains(ring.lonLatBounds)) {
                    ring.inset = i;
                    m_insetContent[i] = m_insetContent.at(i).united(ring.bounds);
                    break;
                }
            }
            m_fullBounds = m_fullBounds.united(ring.bounds);
            const double area = GeoMath::signedArea(ring.points);
            if (area < 0.0) {
                holes.append(ring.points);
                continue;
            }
            if (ring.inset != mainPart)
                continue;
            r.mainBounds = r.mainBounds.united(ring.bounds);
            if (area > largestArea) {
                largestArea = area;
                largest = k;
            }
        }
        m_mainBounds = m_mainBounds.united(r.mainBounds);
        if (largest == r.anchorRing)
            continue;
        r.anchorRing = largest;
        if (largest < 0) {
            // A region made only of inset islands is labelled in its inset.
            r.anchor = r.rings.isEmpty() ? QPointF() : r.rings.first().bounds.center();
            continue;
        }
        const Ring &ring = r.rings.at(largest);
        QList<QPolygonF> rings{ring.points};
        rings.append(holes);
        // A hundredth of the province is as close as a label's centre needs to be.
        r.anchor = GeoMath::poleOfInaccessibility(rings, std::min(ring.bounds.width(), ring.bounds.height()) / 100.0).point;
    }
}

QList<int> ProjectedMap::insetRegions(int inset) const
{
    QList<int> out;
    for (int i = 0; i < m_regions.size(); ++i) {
        for (const Ring &ring : m_regions.at(i).rings) {
            if (ring.inset == inset) {
                out.append(i);
                break;
            }
        }
    }
    return out;
}

QPainterPath ProjectedMap::path(int region, int part, const QTransform &toPixels, double tolerancePx,
                                const QRectF &visible, double tinyPx, QList<QPointF> *tiny) const
{
    QPainterPath path;
    for (const Ring &ring : m_regions.at(region).rings) {
        if (!inPart(ring.inset, part))
            continue;
        const QRectF box = toPixels.mapRect(ring.bounds);
        if (!box.intersects(visible))
            continue;
        if (tiny && box.width() < tinyPx && box.height() < tinyPx)
            tiny->append(box.center());
        QPolygonF pixels = GeoMath::simplify(toPixels.map(ring.points), tolerancePx, true);
        path.addPolygon(pixels);
        path.closeSubpath();
    }
    return path;
}

QPainterPath ProjectedMap::innerBorders(const QTransform &toPixels, double tolerancePx, const QRectF &visible) const
{
    QPainterPath path;
    for (const Region &r : m_regions) {
        for (const QPolygonF &line : r.innerBorders) {
            const QPolygonF pixels = toPixels.map(line);
            if (pixels.boundingRect().intersects(visible))
                path.addPolygon(GeoMath::simplify(pixels, tolerancePx, false));
        }
    }
    return path;
}

int ProjectedMap::regionAt(const QPointF &km, int part, double toleranceKm) const
{
    for (int i = 0; i < m_regions.size(); ++i) {
        bool inside = false;
        for (const Ring &ring : m_regions.at(i).rings) {
            if (inPart(ring.inset, part) && ring.bounds.contains(km) && GeoMath::ringContains(ring.points, km))
                inside = !inside; // even-odd: holes cancel their outer ring
        }
        if (inside)
            return i;
    }
    // Nothing under the point: the nearest outline within the tolerance, for islets and coasts.
    int nearest = -1;
    double nearestDistance = toleranceKm;
    for (int i = 0; i < m_regions.size() && toleranceKm > 0.0; ++i) {
        for (const Ring &ring : m_regions.at(i).rings) {
            const QRectF near = ring.bounds.adjusted(-toleranceKm, -toleranceKm, toleranceKm, toleranceKm);
            if (!inPart(ring.inset, part) || !near.contains(km))
                continue;
            const double d = GeoMath::distanceToRings({ring.points}, km);
            if (d < nearestDistance) {
                nearestDistance = d;
                nearest = i;
            }
        }
    }
    return nearest;
}

} // namespace dh
