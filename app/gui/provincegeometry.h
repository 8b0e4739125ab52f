#pragma once

#include "core/unitregistry.h"
#include "map/choroplethdata.h"
#include "map/georegion.h"

#include <QCoreApplication>

namespace dh {

// The province boundaries the maps draw: the 63 of 2008 as shipped (geoBoundaries, joined by ISO
// 3166-2 code, which is the registry's code for them) and the 34 of 1 July 2025 dissolved from
// them by the registry's mapping. Built once, on first use from any thread, and shared: the
// geometry is a few hundred kilobytes and never changes while the program runs.
class ProvinceGeometry
{
    Q_DECLARE_TR_FUNCTIONS(ProvinceGeometry)

public:
    static const ProvinceGeometry &instance(const UnitRegistry &registry);

    const QList<GeoRegion> &regions(bool map34) const { return map34 ? m_2025 : m_2008; }
    // The Hoàng Sa and Trường Sa archipelagos, labelled in the current language.
    static QList<MapInset> insets();
    static QString attribution();
    // Why the geometry could not be read; empty when it was.
    QString error() const { return m_error; }

private:
    explicit ProvinceGeometry(const UnitRegistry &registry);

    QList<GeoRegion> m_2008;
    QList<GeoRegion> m_2025;
    QString m_error;
};

} // namespace dh
