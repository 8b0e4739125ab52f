#pragma once

#include "models/dashboardloader.h"
#include "models/indicatorview.h"
#include "models/tasksummary.h"
#include "models/walllayout.h"

#include "tiles/kpitiledata.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

namespace dh {

// What one wall panel draws, as text and numbers already formatted: made from the data a view
// controller delivers, compared with the last one so a panel repaints only when what it shows
// differs, and painted by WallPanelPainter.
struct WallPanelContent
{
    struct Bar
    {
        QString label;
        double value = 0.0;
        QString text;
    };

    WallPanel::Kind kind = WallPanel::Kind::Text;
    QString title;
    QString subtitle;      // unit and period
    QString asOf;          // "As of 01/11/2026 08:00", or empty
    QDateTime asOfTime;
    bool synthetic = false;
    bool stale = false;
    QString error;         // shown instead of the body

    QList<KpiTileData> tiles;          // KpiTiles, BigKpi
    int tileColumns = 0;               // KpiTiles: the layout's "columns"; 0: the painter chooses
    QList<Bar> bars;                   // Ranking, Breakdown, TaskSummary
    QStringList periods;               // Chart: the periods' labels
    QList<double> values;              // Chart: NaN where missing
    QList<double> lastYear;
    QString latestText;                // Chart: the last value, formatted
    bool columns = false;              // Chart: a column per period ("style": "bars") rather than a line
    QHash<QString, double> mapValues;  // Map: by province
    bool map34 = true;
    bool lowerIsBetter = false;
    int decimals = 1;
    QString bigText;                   // Clock: the time; Text: the headline
    QString smallText;                 // Clock: the date; Text: the text below the headline

    // Everything drawn, as bytes: two contents with the same signature paint the same pixels.
    QByteArray signature() const;
};

// The content of a panel from the data its controller delivered, in the wall's language.
WallPanelContent dashboardContent(const WallPanel &panel, const QList<DashboardTile> &tiles, const QLocale &locale,
                                  bool synthetic);
WallPanelContent indicatorContent(const WallPanel &panel, const IndicatorViewData &data, const QLocale &locale,
                                  bool synthetic);
WallPanelContent errorContent(const WallPanel &panel, const QString &message, const QLocale &locale);
// The four task states of the panel's scope (scopeName, empty for the nation) at the summary's date.
WallPanelContent taskContent(const WallPanel &panel, const TaskSummary &summary, const QString &scopeName, const QLocale &locale,
                             bool synthetic);

} // namespace dh
