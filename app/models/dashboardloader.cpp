#include "dashboardloader.h"

#include "dashboardlayout.h"

#include "store/cache.h"
#include "store/reaggregator.h"
#include "store/records.h"

#include <QCoreApplication>

namespace dh {

Result<QList<DashboardTile>> loadDashboard(const Cache &cache, const DashboardLayout &layout, const QString &unit,
                                           const Cancellation &cancellation, QDate asOf)
{
    const Reaggregator reaggregator(cache);
    QList<DashboardTile> tiles;
    for (const QString &code : layout.tiles) {
        if (cancellation.isCancelled())
            return Error::cancelled(QCoreApplication::translate("DashboardLoader", "Superseded by a newer request."));
        DashboardTile tile;
        const auto indicator = cache.catalogue().find(code);
        if (!indicator) {
            tile.indicator.code = code;
            tile.indicator.nameVi = tile.indicator.nameEn = code;
            tile.error = QCoreApplication::translate("DashboardLoader", "The indicator %1 is not in this cache.").arg(code);
            tiles.append(tile);
            continue;
        }
        tile.indicator = *indicator;
        // A tile needs its sparkline and this year and last year to date, not the whole history.
        const int perYear = std::max(1, Period::periodsPerYear(indicator->periodicity));
        const auto latest = cache.observations().latestPeriod(code, unit, indicator->periodicity, indicator->storedAs);
        if (!latest)
            return latest.error();
        std::optional<Period> last = *latest;
        std::optional<Period> to;
        if (asOf.isValid() && last && last->endDate() > asOf) {
            Period cap = Period::containing(indicator->periodicity, asOf);
            if (cap.endDate() > asOf)
                cap = cap.previous();
            last = to = cap;
        }
        const auto from = last ? std::optional<Period>(last->previous(std::max(layout.sparklinePeriods, 2 * perYear + 1))) : std::nullopt;
        SeriesQuery q{code, unit, QString(), indicator->storedAs, indicator->periodicity, from, to};
        const auto series = reaggregator.series(q);
        if (!series && series.error().code == Error::Code::Storage)
            return series.error();
        if (!series) {
            tile.error = series.error().message;
            tiles.append(tile);
            continue;
        }
        SeriesQuery targetQuery{code, unit, QString(), ValueKind::Target, Period::Kind::Year, std::nullopt, std::nullopt};
        const auto targets = reaggregator.series(targetQuery);
        if (!targets && targets.error().code == Error::Code::Storage)
            return targets.error();
        tile.figures = computeKpi(*indicator, seriesObservations(indicator->code, unit, indicator->storedAs, series->points),
                                  targets ? seriesObservations(indicator->code, unit, ValueKind::Target, targets->points) : QList<Observation>(),
                                  layout.sparklinePeriods);
        tiles.append(tile);
    }
    return tiles;
}

} // namespace dh
