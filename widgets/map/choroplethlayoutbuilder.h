#pragma once

#include "choroplethdata.h"
#include "choroplethlayout.h"
#include "projectedmap.h"

#include <functional>

namespace dh {

class OccupancyGrid;

// Computes a ChoroplethLayout: bands for the title and the attribution, the grid of small
// multiples, whether the archipelagos fit in place or go to framed insets, free room for the
// legend and the insets (in the sea, beside the country), the projected paths at the current zoom
// simplified to half a pixel, and labels placed greedily by priority so none overlap.
class ChoroplethLayoutBuilder
{
public:
    enum class LabelMode { None, Names, Values, NamesAndValues };

    // Everything the layout depends on, borrowed from the renderer for one build.
    struct Input
    {
        const ProjectedMap *map = nullptr;
        const QList<ChoroplethFrame> *frames = nullptr;
        QList<double> edges;
        QList<QColor> colors;
        std::function<QString(double)> format;
        QString legendTitle;
        QString noDataLabel;
        bool showNoData = false;
        QString title;
        QString subtitle;
        QString attribution;
        QStringList insetLabels;
        LabelMode labelMode = LabelMode::NamesAndValues;
        QStringList labelPriority; // region ids labelled before the rest
        bool innerBorders = true;
        ChoroplethStyle style;
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
    Legend measureLegend(const ChoroplethLayout &l) const;
    void placeFrames(ChoroplethLayout &l, const QRectF &content, const QSizeF &legendSize) const;
    void layoutCell(ChoroplethLayout &l, const QSizeF &mapSize, const QSizeF &legendSize, bool legendInside) const;
    // Returns 0, or the width of a strip east of the mainland that would let the insets keep their
    // geographic side.
    double placeInsets(ChoroplethLayout &l, OccupancyGrid &grid, const QRectF &area) const;
    void buildPaths(ChoroplethLayout &l, const QRectF &area) const;
    void placeLabels(ChoroplethLayout &l) const;

    const Input &m_in;
};

} // namespace dh
