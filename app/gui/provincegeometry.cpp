#include "provincegeometry.h"

#include "logging.h"

#include "map/geodissolve.h"
#include "map/geojsonloader.h"

#include <QElapsedTimer>

namespace dh {

const ProvinceGeometry &ProvinceGeometry::instance(const UnitRegistry &registry)
{
    static const ProvinceGeometry geometry(registry);
    return geometry;
}

ProvinceGeometry::ProvinceGeometry(const UnitRegistry &registry)
{
    QElapsedTimer timer;
    timer.start();
    auto loaded = GeoJsonLoader::loadProvinces2008();
    if (!loaded) {
        m_error = loaded.error;
        qCWarning(lcGui) << "province geometry:" << m_error;
        return;
    }
    const QDate before = UnitRegistry::provinceMapDate(false);
    QHash<QString, QString> groupOf;
    QHash<QString, QString> groupNames;
    for (GeoRegion &region : loaded.regions) {
        const AdminUnit *old = registry.find(region.id);
        if (!old || !old->validAt(before))
            continue;
        region.name = old->nameVi;
        for (const QString &successor : old->successors) {
            const AdminUnit *fresh = registry.find(successor);
            if (fresh && fresh->level == AdminUnit::Level::Province) {
                groupOf.insert(region.id, fresh->code);
                groupNames.insert(fresh->code, fresh->nameVi);
            }
        }
    }
    m_2008 = loaded.regions;
    m_2025 = GeoDissolve::dissolve(m_2008, groupOf, groupNames);
    qCInfo(lcGui) << "province geometry:" << m_2008.size() << "and" << m_2025.size() << "regions in" << timer.elapsed() << "ms";
}

QList<MapInset> ProvinceGeometry::insets()
{
    // The archipelagos' extent, a little beyond their islets (shared/data/README.md).
    return {{QRectF(QPointF(111.0, 15.6), QPointF(113.2, 17.2)), tr("Quần đảo Hoàng Sa (Đà Nẵng)")},
            {QRectF(QPointF(111.6, 7.6), QPointF(116.0, 11.8)), tr("Quần đảo Trường Sa (Khánh Hòa)")}};
}

QString ProvinceGeometry::attribution()
{
    return tr("Administrative boundaries: geoBoundaries.org");
}

} // namespace dh
