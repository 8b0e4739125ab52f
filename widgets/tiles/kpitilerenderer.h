#pragma once

#include "kpitiledata.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace dh {

// Lays out and paints a KPI tile on any QPainter, scaling type with the tile so one layout reads
// on a laptop and on a wall. Text that would not fit is shrunk, then elided — never clipped — and
// the layout says so, for tests.
class KpiTileRenderer
{
public:
    struct Layout
    {
        QRectF title;
        QRectF badge;
        QRectF value;
        QRectF unit;
        QRectF period;
        QList<QRectF> deltas;
        QRectF cumulative;
        QRectF progress;
        QRectF progressText;
        QRectF sparkline;
        QRectF footer;
        QFont titleFont;
        QFont valueFont;
        QFont textFont;
        QFont smallFont;
        QString titleText;   // as drawn (possibly elided)
        QString valueText;
        bool elided = false;   // some text had to be shortened
        bool overflow = false; // the lines did not fit above the target bar, even at the smallest type
        double scale = 1.0;    // of the type, against the tile's natural size
        double demand = 0.0;   // height the lines and their gaps take
        double room = 0.0;     // height inside the padding
    };

    // maxScale caps the type below what fits, so the tiles of a grid can share one size.
    Layout layout(const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style, double maxScale = 1.0) const;
    // The largest type scale (≤ 1) at which everything fits the rect.
    double fitScale(const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style) const;
    void paint(QPainter &painter, const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style,
               bool hovered = false, double maxScale = 1.0) const;
    // With a layout made earlier for the same rect, data and style.
    void paint(QPainter &painter, const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style,
               const Layout &layout, bool hovered) const;
    // The layout at a given type scale, whether it fits or not (overflow says).
    Layout layoutAt(const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style, double scale) const;
};

} // namespace dh
