#include "dashedlinegraph.h"

#include <QPainterPathStroker>

namespace dh {

namespace {

// Dashes filled in one pass: enough that the fills' overhead does not count, few enough that the
// rasterizer's bands stay cheap.
constexpr int kDashesPerFill = 8;

// Fills the outline of a stroke a few dashes (subpaths) at a time.
void fillInBatches(QCPPainter *painter, const QPainterPath &outline, const QBrush &brush)
{
    QPainterPath batch;
    batch.setFillRule(outline.fillRule());
    int dashes = 0;
    for (int i = 0; i < outline.elementCount(); ++i) {
        const QPainterPath::Element e = outline.elementAt(i);
        switch (e.type) {
        case QPainterPath::MoveToElement:
            if (dashes == kDashesPerFill) {
                painter->fillPath(batch, brush);
                batch.clear();
                batch.setFillRule(outline.fillRule());
                dashes = 0;
            }
            ++dashes;
            batch.moveTo(e);
            break;
        case QPainterPath::LineToElement: batch.lineTo(e); break;
        case QPainterPath::CurveToElement: // round caps and joins; the two data elements follow
            batch.cubicTo(e, outline.elementAt(i + 1), outline.elementAt(i + 2));
            i += 2;
            break;
        case QPainterPath::CurveToDataElement: break;
        }
    }
    if (!batch.isEmpty())
        painter->fillPath(batch, brush);
}

} // namespace

DashedLineGraph::DashedLineGraph(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPGraph(keyAxis, valueAxis)
{
}

void DashedLineGraph::drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const
{
    const QPen pen = painter->pen();
    // What QCPGraph draws cheaply already (solid lines as segments, hairlines with the cosmetic
    // stroker), or must draw as a polyline (vector output), it draws.
    if (pen.style() == Qt::SolidLine || pen.style() == Qt::NoPen || pen.color().alpha() == 0 || pen.isCosmetic()
        || qFuzzyCompare(pen.widthF(), 1.0) || painter->modes().testFlag(QCPPainter::pmVectorized)) {
        QCPGraph::drawLinePlot(painter, lines);
        return;
    }
    applyDefaultAntialiasingHint(painter);
    const QPainterPathStroker stroker(pen);
    // As QCPGraph does: a missing value (NaN, or an infinite one) breaks the line, and each piece
    // starts the dash pattern afresh.
    qsizetype start = 0;
    for (qsizetype i = 0; i <= lines.size(); ++i) {
        if (i < lines.size() && !qIsNaN(lines.at(i).x()) && !qIsNaN(lines.at(i).y()) && !qIsInf(lines.at(i).y()))
            continue;
        if (i - start >= 2) {
            QPainterPath piece(lines.at(start));
            for (qsizetype k = start + 1; k < i; ++k)
                piece.lineTo(lines.at(k));
            fillInBatches(painter, stroker.createStroke(piece), pen.brush());
        }
        start = i + 1;
    }
}

} // namespace dh
