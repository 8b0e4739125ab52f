#include "sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace dh {

namespace {

QPointF unitNormal(const QPointF &a, const QPointF &b)
{
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    return length > 0 ? QPointF(-d.y() / length, d.x() / length) : QPointF();
}

// A thick line as one outline to fill: the stroker traces every segment's joins and caps, which
// costs far more than a fill, and a wall's first frame draws many sparklines. At each point the
// outline is offset along the bisector of its segments' normals, lengthened so both edges keep the
// width (within twice the width at sharp turns).
void addRibbon(QPainterPath &path, const QList<QPointF> &points, double halfWidth)
{
    if (points.size() < 2)
        return;
    QList<QPointF> offsets;
    offsets.reserve(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF before = i > 0 ? unitNormal(points.at(i - 1), points.at(i)) : QPointF();
        const QPointF after = i + 1 < points.size() ? unitNormal(points.at(i), points.at(i + 1)) : QPointF();
        QPointF m = before + after;
        const double length = std::hypot(m.x(), m.y());
        if (before.isNull() || after.isNull() || length < 1e-6) {
            m = before.isNull() ? after : before;
        } else {
            m /= length;
            m /= std::max(0.5, QPointF::dotProduct(m, after));
        }
        offsets.append(m * halfWidth);
    }
    path.moveTo(points.first() + offsets.first());
    for (qsizetype i = 1; i < points.size(); ++i)
        path.lineTo(points.at(i) + offsets.at(i));
    for (qsizetype i = points.size() - 1; i >= 0; --i)
        path.lineTo(points.at(i) - offsets.at(i));
    path.closeSubpath();
}

} // namespace

void Sparkline::paint(QPainter &painter, const QRectF &rect, const QList<double> &values, const QColor &lineColour,
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
    painter.setPen(Qt::NoPen);
    const double halfWidth = std::max(1.5, rect.height() / 30.0) / 2;
    QPainterPath line;
    line.setFillRule(Qt::WindingFill); // a ribbon folding over itself at a sharp turn stays filled
    QPainterPath area;
    QList<QPointF> run;
    // Each run of values between gaps is a ribbon, and the area under it.
    auto endRun = [&] {
        if (run.size() > 1 && fill.isValid()) {
            area.moveTo(run.first().x(), rect.bottom());
            for (const QPointF &p : std::as_const(run))
                area.lineTo(p);
            area.lineTo(run.last().x(), rect.bottom());
            area.closeSubpath();
        }
        addRibbon(line, run, halfWidth);
        run.clear();
    };
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (std::isnan(values.at(i)))
            endRun();
        else
            run.append(point(i));
    }
    endRun();
    if (fill.isValid()) {
        // The area's only slanted edge lies under the line, so it needs no antialiasing (which
        // would make the fill much slower).
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillPath(area, fill);
        painter.setRenderHint(QPainter::Antialiasing);
    }
    painter.fillPath(line, lineColour);
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        if (!std::isnan(values.at(i))) {
            const double r = std::max(2.5, rect.height() / 18.0);
            painter.setBrush(lineColour);
            painter.drawEllipse(point(i), r, r);
            break;
        }
    }
    painter.restore();
}

} // namespace dh
