#pragma once

#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QRectF>

#include <optional>

namespace dh {

// A coarse raster of what is already drawn in an area, for finding free room for a map's legend
// and inset boxes — in the sea or over the neighbouring countries rather than on the provinces.
// Queries are constant time through a summed-area table.
class OccupancyGrid
{
public:
    OccupancyGrid(const QRectF &area, double cellSize);

    // Marks the path's interior and a margin around its outline.
    void occupy(const QPainterPath &path, double margin);
    void occupy(const QRectF &rect);
    bool isFree(const QRectF &rect) const;
    // Of the free places for a box of the size inside the area (and inside `within` if given),
    // the one whose centre is nearest to the ideal point.
    std::optional<QRectF> findFree(const QSizeF &size, const QPointF &ideal, const QRectF &within = QRectF()) const;

private:
    int occupiedIn(int x, int y, int w, int h) const;
    void updateSums() const;

    QRectF m_area;
    double m_cell;
    QImage m_mask;
    mutable QList<int> m_sums; // (w + 1) × (h + 1)
    mutable bool m_dirty = true;
};

} // namespace dh
