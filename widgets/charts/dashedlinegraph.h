#pragma once

#include <qcustomplot.h>

namespace dh {

// A graph for a dashed series (last year's line beside this year's) that draws the line Qt would
// draw, without Qt's cost for it. Qt fills the outline of a whole dashed polyline in one pass, and
// its rasterizer walks every dash of the outline again for each band of rows it fills: the cost
// grows with the square of the dashes, so a dashed series across a wide chart would cost more than
// all the rest of the plot. Filled a few dashes at a time, the outline is the same and so are the
// pixels, but where two dashes of different batches overlap (at a sharp turn), which blend as two
// fills instead of one. Solid and hairline pens are QCPGraph's own drawing.
class DashedLineGraph final : public QCPGraph
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashedLineGraph)

public:
    DashedLineGraph(QCPAxis *keyAxis, QCPAxis *valueAxis);

protected:
    void drawLinePlot(QCPPainter *painter, const QVector<QPointF> &lines) const override;
};

} // namespace dh
