#pragma once

#include "georegion.h"

#include <QCoreApplication>

namespace dh {

// Reads a GeoJSON FeatureCollection (RFC 7946) of Polygon and MultiPolygon features into regions
// keyed by one property of each feature (e.g. "shapeISO"). Features sharing a key become one
// region — geoBoundaries ships Côn Đảo as a second "VN-43" feature beside Bà Rịa - Vũng Tàu —
// named after the larger part. Rings are normalised (open, outer counter-clockwise, holes
// clockwise); other geometry types are skipped. Errors are returned, never thrown.
class GeoJsonLoader
{
    Q_DECLARE_TR_FUNCTIONS(GeoJsonLoader)

public:
    struct Result
    {
        QList<GeoRegion> regions; // in the order of their first feature
        QString error;            // translated; empty on success

        bool ok() const { return error.isEmpty(); }
        explicit operator bool() const { return ok(); }
    };

    // The 63 provinces before 1 July 2025 (geoBoundaries VNM ADM1, public domain), built into
    // the library: key "shapeISO" (ISO 3166-2:VN), name "shapeName".
    static QString bundledProvinces2008() { return QStringLiteral(":/geo/vnm-adm1.geojson"); }

    static Result parse(const QByteArray &json, const QString &idProperty, const QString &nameProperty);
    static Result load(const QString &fileName, const QString &idProperty, const QString &nameProperty);
    // bundledProvinces2008() keyed by ISO code.
    static Result loadProvinces2008();
};

} // namespace dh
