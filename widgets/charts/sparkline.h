#pragma once

#include <QColor>
#include <QList>

class QPainter;
class QRectF;

namespace dh {

// Draws a small line of the last values of a series, with gaps where a value is missing (NaN) and
// the last point marked. Pure painting on any QPainter.
class Sparkline
{
public:
    static void paint(QPainter &painter, const QRectF &rect, const QList<double> &values, const QColor &line,
                      const QColor &fill = QColor());
};

} // namespace dh
