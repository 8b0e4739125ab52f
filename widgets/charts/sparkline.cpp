#include "sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace dh {

void Sparkline::paint(QPainter &painter, const QRectF &rect, const QList<double> &values, const QColor &line,
                      const QColor &fill)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    int present = 0;
    for (double v : values) {
        if (std::isnan(v))
            continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        ++present;
    }
    if (present < 2 || rect.width() < 4 || rect.height() < 4)
        return;
    if (hi == lo) {
        hi += 0.5;
        lo -= 0.5;
    }
    const double step = rect.width() / std::max<qsizetype>(1, values.size() - 1);
    auto point = [&](qsizetype i) {
        return QPointF(rect.left() + i * step, rect.bottom() - (values.at(i) - lo) / (hi - lo) * rect.height());
    };

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    QPainterPath area;
    bool open = false;
    qsizetype segmentStart = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (std::isnan(values.at(i))) {
            if (open && fill.isValid()) {
                area.lineTo(point(i - 1).x(), rect.bottom());
                area.lineTo(point(segmentStart).x(), rect.bottom());
                area.closeSubpath();
            }
            open = false;
            continue;
        }
        if (!open) {
            path.moveTo(point(i));
            area.moveTo(point(i));
            segmentStart = i;
            open = true;
        } else {
            path.lineTo(point(i));
            area.lineTo(point(i));
        }
    }
    if (open && fill.isValid()) {
        area.lineTo(point(values.size() - 1).x(), rect.bottom());
        area.lineTo(point(segmentStart).x(), rect.bottom());
        area.closeSubpath();
    }
    if (fill.isValid())
        painter.fillPath(area, fill);
    // Bevel joins and flat caps: round ones make the stroker trace arcs at every point, which a
    // wall of sparklines pays for on its first frame.
    painter.setPen(QPen(line, std::max(1.5, rect.height() / 30.0), Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin));
    painter.drawPath(path);
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        if (!std::isnan(values.at(i))) {
            const double r = std::max(2.5, rect.height() / 18.0);
            painter.setBrush(line);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(point(i), r, r);
            break;
        }
    }
    painter.restore();
}

} // namespace dh
