#pragma once

#include "kpitiledata.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStaticText>

class QPainter;

namespace dh {

// Lays out and paints a KPI tile on any QPainter, scaling type with the tile so one layout reads
// on a laptop and on a wall. Text that would not fit is shrunk, then elided — never clipped — and
// the layout says so, for tests.
class KpiTileRenderer
{
public:
    // A line of text shaped once, when the tile is laid out: measuring it and drawing it as a
    // string would shape it twice more on every frame.
    struct Label
    {
        QPointF topLeft;
        QStaticText text;
        QFont font;
        QColor colour;
    };

    // The direction of a change, drawn rather than typed: the UI font has no arrows, and a fallback
    // font for one glyph looks out of place and costs a font lookup.
    struct Marker
    {
        QRectF box;
        int direction = 0;
        QColor colour;
    };

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
        QList<Label> labels; // every text of the tile, as drawn
        QList<Marker> markers;
        bool elided = false;   // some text had to be shortened
        bool overflow = false; // the lines did not fit above the target bar, even at the smallest type
        double scale = 1.0;    // of the type, against the tile's natural size
        double demand = 0.0;   // height the lines and their gaps take
        double room = 0.0;     // height inside the padding
    };

    // At the scale that fits; maxScale caps the type below it, so the tiles of a grid can share one
    // size.
    Layout layout(const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style, double maxScale = 1.0) const;
    // The largest type scale (≤ 1) at which everything fits the rect, estimated without loading a
    // font; layout() corrects it where the font's lines run taller than estimated.
    double fitScale(const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style) const;
    void paint(QPainter &painter, const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style,
               bool hovered = false, double maxScale = 1.0) const;
    // With a layout made earlier for the same rect, data and style.
    void paint(QPainter &painter, const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style,
               const Layout &layout, bool hovered) const;
    // Lines of text already shaped are kept for the next tile painted on the same thread; a thread
    // that paints tiles only for a while forgets them before it ends, while its fonts still exist.
    static void forgetText();

private:
    // The layout at a given type scale, whether it fits or not (overflow says).
    Layout layoutAt(const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style, double scale) const;

    enum class Detail { Estimate, Labels };
    // Estimate: the heights from the type's pixel sizes alone, loading no font (the value keeps
    // its size, which asks the most height); Labels: measured, with the text shaped and elided as
    // drawn.
    Layout build(const QRectF &rect, const KpiTileData &data, const KpiTileStyle &style, double scale, Detail detail) const;
};

} // namespace dh
