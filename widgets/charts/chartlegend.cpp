#include "chartlegend.h"

#include <qcustomplot.h>

namespace dh {

void placeLegendAbove(QCustomPlot *plot)
{
    plot->legend->setVisible(true);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->plotLayout()->setRowSpacing(0);
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    plot->legend->setMargins(QMargins(4, 2, 4, 0));
    plot->legend->setLayer(QStringLiteral("legend"));
}

void setLegendFont(QCustomPlot *plot, const QFont &font)
{
    plot->legend->setFont(font);
    const int h = QFontMetrics(font).height();
    plot->legend->setIconSize(2 * h, h * 2 / 3);
}

} // namespace dh
