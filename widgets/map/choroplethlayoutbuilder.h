#pragma once

#include "choroplethinput.h"
#include "choroplethlayout.h"
#include "projectedmap.h"

namespace dh {

class OccupancyGrid;

// Computes a ChoroplethLayout: bands for the title and the attribution, the grid of small
// multiples, whether the archipelagos fit in place or go to framed insets, free room for the
// legend and the insets (in the sea, beside the country), the projected paths at the current zoom
// simplified to half a pixel, and labels placed greedily by priority so none overlap.
class ChoroplethLayoutBuilder
{
public:
    // What the layout is built from, borrowed from the renderer for one build: its input, the
    // regions it projected, and the viewer's state.
    struct Input
    {
        const ChoroplethInput *data = nullptr;
        const ProjectedMap *map = nullptr;
        bool showNoData = false; // some region lacks a value in some frame
        double zoom = 1.0;
        QPointF pan;
    };

    explicit ChoroplethLayoutBuilder(const Input &input);

    ChoroplethLayout build(const QRectF &rect) const;

    // The fill of a region in a frame: its class colour, or an invalid colour for no data.
    static QColor fillOf(const Input &input, int region, int frame);
    static int classOf(double value, const QList<double> &edges);

private:
    struct Legend;
    int classCount() const;
    // Rows of a swatch and its range; compact: the tighter rows of a legend beside the map.
    Legend measureLegend(const ChoroplethLayout &l, bool compact) const;
    // Swatches side by side with the class bounds under them, no wider than maxWidth if it can.
    Legend measureStrip(const ChoroplethLayout &l, double maxWidth) const;
    // Returns whether the legend placed is the strip (a compact legend under the maps).
    bool placeFrames(ChoroplethLayout &l, const QRectF &content, const QSizeF &legendSize, const QSizeF &stripSize) const;
    void layoutCell(ChoroplethLayout &l, const QSizeF &mapSize, const QSizeF &legendSize, bool legendInside) const;
    // Returns 0, or the width of a strip east of the mainland that would let the insets keep their
    // geographic side.
    double placeInsets(ChoroplethLayout &l, OccupancyGrid &grid, const QRectF &area) const;
    void buildPaths(ChoroplethLayout &l, const QRectF &area) const;
    void placeLabels(ChoroplethLayout &l) const;
    int smallestText(const ChoroplethLayout &l) const;

    const Input &m_in;
};

} // namespace dh
