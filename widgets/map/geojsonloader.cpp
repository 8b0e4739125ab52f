#include "geojsonloader.h"

#include "geomath.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace dh {

namespace {

// A ring as read: open, with consecutive duplicates dropped; empty if malformed.
QPolygonF readRing(const QJsonArray &positions)
{
    QPolygonF ring;
    ring.reserve(positions.size());
    for (const QJsonValue &position : positions) {
        const QJsonArray xy = position.toArray();
        if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            return {};
        const QPointF p(xy.at(0).toDouble(), xy.at(1).toDouble());
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return {};
        if (ring.isEmpty() || ring.constLast() != p)
            ring.append(p);
    }
    if (ring.size() > 1 && ring.constFirst() == ring.constLast())
        ring.removeLast();
    return ring;
}

// Appends one polygon (outer ring, then holes) with the orientation the rest of the map relies on.
bool appendPolygon(const QJsonArray &polygon, QList<QPolygonF> &rings)
{
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        QPolygonF ring = readRing(polygon.at(i).toArray());
        if (ring.size() < 3)
            return false;
        const bool outer = i == 0;
        if ((GeoMath::signedArea(ring) > 0.0) != outer)
            std::reverse(ring.begin(), ring.end());
        rings.append(std::move(ring));
    }
    return true;
}

double planarArea(const QList<QPolygonF> &rings)
{
    double area = 0.0;
    for (const QPolygonF &ring : rings)
        area += GeoMath::signedArea(ring);
    return area;
}

} // namespace

GeoJsonLoader::Result GeoJsonLoader::parse(const QByteArray &json, const QString &idProperty,
                                           const QString &nameProperty)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return {{}, tr("The map geometry is not valid JSON: %1 at offset %2.")
                        .arg(parseError.errorString()).arg(parseError.offset)};
    const QJsonObject root = doc.object();
    if (root.value(u"type").toString() != u"FeatureCollection" || !root.value(u"features").isArray())
        return {{}, tr("The map geometry is not a GeoJSON FeatureCollection.")};

    Result result;
    QHash<QString, qsizetype> index;
    QHash<QString, double> largestPart;
    const QJsonArray features = root.value(u"features").toArray();
    for (qsizetype f = 0; f < features.size(); ++f) {
        const QJsonObject feature = features.at(f).toObject();
        const QJsonObject properties = feature.value(u"properties").toObject();
        const QJsonObject geometry = feature.value(u"geometry").toObject();
        const QString type = geometry.value(u"type").toString();
        if (type != u"Polygon" && type != u"MultiPolygon")
            continue;
        const QString id = properties.value(idProperty).toString();
        if (id.isEmpty())
            return {{}, tr("Feature %1 of the map geometry has no \"%2\".").arg(f).arg(idProperty)};

        QList<QPolygonF> rings;
        const QJsonArray coordinates = geometry.value(u"coordinates").toArray();
        bool ok = !coordinates.isEmpty();
        if (type == u"Polygon") {
            ok = ok && appendPolygon(coordinates, rings);
        } else {
            for (const QJsonValue &polygon : coordinates)
                ok = ok && appendPolygon(polygon.toArray(), rings);
        }
        if (!ok)
            return {{}, tr("Feature %1 (%2) of the map geometry has a malformed ring.").arg(f).arg(id)};

        const double area = planarArea(rings);
        const QString name = properties.value(nameProperty).toString();
        auto it = index.constFind(id);
        if (it == index.cend()) {
            index.insert(id, result.regions.size());
            largestPart.insert(id, area);
            result.regions.append(GeoRegion{id, name, std::move(rings), {}, {}});
        } else {
            GeoRegion &region = result.regions[*it];
            region.rings.append(rings);
            if (area > largestPart.value(id)) {
                largestPart.insert(id, area);
                region.name = name;
            }
        }
    }
    if (result.regions.isEmpty())
        return {{}, tr("The map geometry has no polygons.")};
    for (GeoRegion &region : result.regions)
        region.updateBounds();
    return result;
}

GeoJsonLoader::Result GeoJsonLoader::load(const QString &fileName, const QString &idProperty,
                                          const QString &nameProperty)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("Cannot read the map geometry %1: %2").arg(fileName, file.errorString())};
    return parse(file.readAll(), idProperty, nameProperty);
}

GeoJsonLoader::Result GeoJsonLoader::loadProvinces2008()
{
    return load(bundledProvinces2008(), QStringLiteral("shapeISO"), QStringLiteral("shapeName"));
}

} // namespace dh
