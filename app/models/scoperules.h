#pragma once

#include "catalogentry.h"
#include "dashboardlayout.h"

#include "core/unitregistry.h"

namespace dh {

// The rules of the three levels of the framework (DESIGN.md §5) as scopes of a view: the nation
// (the Government's headline set), a ministry (the indicators it owns, read as national figures)
// and a province of either map (the 34 of 1 July 2025 or the 63 before).
class ScopeRules
{
public:
    enum class Level { Nation, Ministry, Province, Other };

    explicit ScopeRules(const UnitRegistry &registry) : m_registry(registry) {}

    Level levelOf(const QString &scope) const;
    // The unit whose figures a scope shows: a ministry is a scope, not a unit of the data.
    QString dataUnit(const QString &scope) const;
    // A ministry's dashboard holds the indicators it owns; every other scope shows the home layout.
    DashboardLayout layoutFor(const QString &scope, const DashboardLayout &home, const QList<CatalogEntry> &catalog) const;
    // Whether a province scope exists on the chosen map; other scopes exist on both.
    bool existsOnMap(const QString &scope, bool map34) const;
    // The scope's name in the language, "National" for the nation.
    QString name(const QString &scope, bool english) const;

private:
    const UnitRegistry &m_registry;
};

} // namespace dh
