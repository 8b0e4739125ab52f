#include "scoperules.h"

#include <QCoreApplication>

namespace dh {

ScopeRules::Level ScopeRules::levelOf(const QString &scope) const
{
    const AdminUnit *unit = m_registry.find(scope);
    if (!unit)
        return Level::Other;
    switch (unit->level) {
    case AdminUnit::Level::Nation: return Level::Nation;
    case AdminUnit::Level::Ministry: return Level::Ministry;
    case AdminUnit::Level::Province: return Level::Province;
    default: return Level::Other;
    }
}

QString ScopeRules::dataUnit(const QString &scope) const
{
    return levelOf(scope) == Level::Ministry ? UnitRegistry::nationCode() : scope;
}

DashboardLayout ScopeRules::layoutFor(const QString &scope, const DashboardLayout &home, const QList<CatalogEntry> &catalog) const
{
    if (levelOf(scope) != Level::Ministry)
        return home;
    DashboardLayout layout = home;
    layout.id = scope;
    layout.tiles.clear();
    for (const CatalogEntry &e : catalog) {
        if (e.indicator.owner == scope)
            layout.tiles.append(e.indicator.code);
    }
    return layout;
}

bool ScopeRules::existsOnMap(const QString &scope, bool map34) const
{
    const AdminUnit *unit = m_registry.find(scope);
    return !unit || unit->level != AdminUnit::Level::Province || unit->validAt(UnitRegistry::provinceMapDate(map34));
}

QString ScopeRules::name(const QString &scope, bool english) const
{
    const AdminUnit *unit = m_registry.find(scope);
    if (!unit || unit->level == AdminUnit::Level::Nation)
        return QCoreApplication::translate("ScopeRules", "National");
    return english ? unit->nameEn : unit->nameVi;
}

} // namespace dh
