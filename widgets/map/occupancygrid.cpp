#include "occupancygrid.h"

#include <QPainter>

#include <cmath>

namespace dh {

OccupancyGrid::OccupancyGrid(const QRectF &area, double cellSize)
    : m_area(area)
    , m_cell(std::max(1.0, cellSize))
    , m_mask(std::max(1, int(std::ceil(area.width() / m_cell))), std::max(1, int(std::ceil(area.height() / m_cell))),
             QImage::Format_Grayscale8)
{
    m_mask.fill(0);
}

void OccupancyGrid::occupy(const QPainterPath &path, double margin)
{
    QPainter painter(&m_mask);
    painter.scale(1.0 / m_cell, 1.0 / m_cell);
    painter.translate(-m_area.topLeft());
    painter.setPen(margin > 0 ? QPen(Qt::white, 2.0 * margin) : QPen(Qt::NoPen));
    painter.setBrush(Qt::white);
    painter.drawPath(path);
    m_dirty = true;
}

void OccupancyGrid::occupy(const QRectF &rect)
{
    QPainter painter(&m_mask);
    painter.scale(1.0 / m_cell, 1.0 / m_cell);
    painter.translate(-m_area.topLeft());
    painter.fillRect(rect, Qt::white);
    m_dirty = true;
}

void OccupancyGrid::updateSums() const
{
    if (!m_dirty)
        return;
    const int w = m_mask.width();
    const int h = m_mask.height();
    m_sums.fill(0, qsizetype(w + 1) * (h + 1));
    for (int y = 0; y < h; ++y) {
        const uchar *line = m_mask.constScanLine(y);
        int row = 0;
        for (int x = 0; x < w; ++x) {
            row += line[x] ? 1 : 0;
            m_sums[qsizetype(y + 1) * (w + 1) + x + 1] = m_sums[qsizetype(y) * (w + 1) + x + 1] + row;
        }
    }
    m_dirty = false;
}

int OccupancyGrid::occupiedIn(int x, int y, int w, int h) const
{
    const int stride = m_mask.width() + 1;
    const auto at = [&](int cx, int cy) { return m_sums[qsizetype(cy) * stride + cx]; };
    return at(x + w, y + h) - at(x, y + h) - at(x + w, y) + at(x, y);
}

bool OccupancyGrid::isFree(const QRectF &rect) const
{
    if (!m_area.contains(rect))
        return false;
    updateSums();
    const int x0 = int(std::floor((rect.left() - m_area.left()) / m_cell));
    const int y0 = int(std::floor((rect.top() - m_area.top()) / m_cell));
    const int x1 = std::min(m_mask.width(), int(std::ceil((rect.right() - m_area.left()) / m_cell)));
    const int y1 = std::min(m_mask.height(), int(std::ceil((rect.bottom() - m_area.top()) / m_cell)));
    return occupiedIn(x0, y0, std::max(0, x1 - x0), std::max(0, y1 - y0)) == 0;
}

std::optional<QRectF> OccupancyGrid::findFree(const QSizeF &size, const QPointF &ideal, const QRectF &within) const
{
    updateSums();
    const int w = int(std::ceil(size.width() / m_cell));
    const int h = int(std::ceil(size.height() / m_cell));
    const int cols = m_mask.width() - w;
    const int rows = m_mask.height() - h;
    std::optional<QRectF> best;
    double bestDistance = 0.0;
    for (int y = 0; y <= rows; ++y) {
        for (int x = 0; x <= cols; ++x) {
            if (occupiedIn(x, y, w, h) != 0)
                continue;
            QRectF r(m_area.left() + x * m_cell, m_area.top() + y * m_cell, size.width(), size.height());
            r.moveRight(std::min(r.right(), m_area.right()));
            r.moveBottom(std::min(r.bottom(), m_area.bottom()));
            if (!within.isNull() && !within.contains(r))
                continue;
            const QPointF d = r.center() - ideal;
            const double distance = QPointF::dotProduct(d, d);
            if (!best || distance < bestDistance) {
                best = r;
                bestDistance = distance;
            }
        }
    }
    return best;
}

} // namespace dh
