#include "chartwidget.h"

#include "chartlegend.h"

#include <qcustomplot.h>

#include <QVBoxLayout>

namespace dh {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    // A replot draws the plot and leaves it to the window's next paint, rather than painting the
    // window there and then (QCustomPlot's default): a drill-down replots every chart of the page,
    // and an immediate refresh paints every region of the window waiting for it, once per chart.
    m_plot->setPlottingHint(QCP::phImmediateRefresh, false);
    // QCustomPlot keeps its top layer (for a rubber band, which these charts have not) in a buffer
    // of its own, which every paint draws over the plot, empty as it is.
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

void ChartWidget::applyFonts()
{
    const QFont base = font();
    for (QCPAxis *axis : m_plot->axisRect()->axes()) {
        axis->setTickLabelFont(base);
        axis->setLabelFont(base);
    }
    setLegendFont(m_plot, base);
    for (int i = 0; i < m_plot->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(m_plot->item(i)))
            text->setFont(base);
    }
}

void ChartWidget::fontChanged()
{
    applyFonts();
    m_plot->replot();
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        fontChanged();
    QWidget::changeEvent(event);
}

} // namespace dh
