#pragma once

#include "wallpanelcontent.h"

#include "map/choroplethrenderer.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace dh {

class UnitRegistry;

// Paints one wall panel's content on any QPainter, in the wall theme: a frame with the title, the
// body of the panel's kind (tiles, a chart, bars, the map, a clock, a headline) and a footer with
// the unit and period, the "as of", the stale mark and the synthetic-data label. No text is set
// below the wall's minimum size, the map's legend and archipelago names included (the map renderer
// is given the minimum). Titles, units and periods flow onto further lines where the panel has
// room; a line that still does not fit is elided, and the painter says so. A value is never cut:
// a tile it does not fit is left out. KPI tiles are drawn here rather than by the desk's
// KpiTileRenderer: at the wall's type a tile keeps its title, value, period and first change, and
// drops the sparkline, the target bar and the footer the desk tile scales down to fit.
class WallPanelPainter
{
    Q_DECLARE_TR_FUNCTIONS(WallPanelPainter)
    Q_DISABLE_COPY_MOVE(WallPanelPainter)

public:
    // What the last paint did, for tests.
    struct Report
    {
        int smallestText = 0;   // pixel size of the smallest type drawn
        bool elided = false;    // some line was shortened to fit, or a map's text overlaps
        QStringList texts;      // every line of the frame, as drawn
    };

    explicit WallPanelPainter(const UnitRegistry &registry);

    // minText: the smallest em size in pixels on this wall's screens (wall::minTextPixels).
    void paint(QPainter &painter, const QRectF &rect, const WallPanelContent &content, int minText);
    const Report &report() const { return m_report; }

private:
    struct Item
    {
        QString text;
        QColor colour;
    };

    // The lines of a text wrapped at word boundaries into the width, at most maxLines, the last
    // elided if the text runs on.
    QStringList wrap(const QString &text, const QFont &font, double width, int maxLines);
    enum class Flow { Up, Down, Centred };
    // Items flowed left to right into lines (an item wider than the line takes lines of its own,
    // broken between words), from the bottom of the area up, from its top down, or centred from
    // the top; lines that do not fit are left out from the far end. Returns the height taken.
    double flow(QPainter &painter, const QRectF &area, const QList<Item> &items, const QFont &font, Flow from);
    // The lines those items take in the width, before any is left out.
    QList<QList<Item>> flowLines(const QList<Item> &items, const QFont &font, double width);
    // The parts of a "unit · period · scope" line, as items that can flow onto several lines.
    static QList<Item> items(const QString &joined, const QColor &colour);
    void paintTile(QPainter &painter, const QRectF &rect, const KpiTileData &tile, bool withTitle, int minText);
    void text(QPainter &painter, const QRectF &box, const QString &line, const QFont &font, const QColor &colour,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
    void note(int pixelSize);
    void paintTiles(QPainter &painter, const QRectF &body, const WallPanelContent &content, int minText);
    void paintChart(QPainter &painter, const QRectF &body, const WallPanelContent &content, int minText);
    void paintBars(QPainter &painter, const QRectF &body, const WallPanelContent &content, int minText);
    void paintMap(QPainter &painter, const QRectF &body, const WallPanelContent &content, int minText);
    void paintBigText(QPainter &painter, const QRectF &body, const WallPanelContent &content, int minText);
    void paintWrapped(QPainter &painter, const QRectF &body, const QString &text, const QColor &colour, int minText,
                      int maxText);

    const UnitRegistry &m_registry;
    ChoroplethRenderer m_map;
    QByteArray m_mapSignature;
    int m_mapMinText = 0;
    Report m_report;
};

} // namespace dh
