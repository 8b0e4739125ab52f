#pragma once

#include "analytics/kpi.h"
#include "core/cancellation.h"
#include "core/indicator.h"
#include "core/result.h"

#include <QMetaType>

namespace dh {

class Cache;
struct DashboardLayout;

// The figures of one tile, before formatting.
struct DashboardTile
{
    Indicator indicator;
    KpiFigures figures;
    QString error; // why there are no figures (e.g. the rule forbids re-aggregation), translated
};

// Computes every tile of a layout for one unit (the nation, a province of either map). Reads the
// series through the re-aggregator, so a 2025 province shows figures combined from its members —
// or says why it cannot. Runs on a worker thread with that thread's Cache; a failed read fails the
// whole dashboard rather than show tiles without their numbers. With an as-of date (a briefing
// pack's), each tile shows the latest period that ends by it, as it was known then, not a later one.
Result<QList<DashboardTile>> loadDashboard(const Cache &cache, const DashboardLayout &layout, const QString &unit,
                                           const Cancellation &cancellation = {}, QDate asOf = QDate());

} // namespace dh

Q_DECLARE_METATYPE(dh::DashboardTile)
