#include "stackedchart.h"

#include "chartlegend.h"

#include <qcustomplot.h>

#include <cmath>

namespace dh {

StackedChart::StackedChart(QWidget *parent)
    : ChartWidget(parent)
{
    placeLegendAbove(plot());
}

void StackedChart::setLayers(const QList<ChartSeries> &layers, const ChartFormat &format)
{
    plot()->clearPlottables();
    m_layers = int(layers.size());
    plot()->yAxis->setLabel(format.valueAxis);

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QCPBars *below = nullptr;
    double lo = 0.0;
    double hi = 0.0;
    QMap<double, double> totals;
    for (const ChartSeries &layer : layers) {
        auto *bars = new QCPBars(plot()->xAxis, plot()->yAxis);
        bars->setName(layer.name);
        bars->setWidth(0.7);
        bars->setStackingGap(0);
        bars->setBrush(layer.color);
        bars->setPen(QPen(layer.color.darker(120)));
        QVector<double> x;
        QVector<double> y;
        for (qsizetype i = 0; i < layer.x.size() && i < layer.y.size(); ++i) {
            const double v = std::isnan(layer.y.at(i)) ? 0.0 : layer.y.at(i);
            x.append(layer.x.at(i));
            y.append(v);
            totals[layer.x.at(i)] += v;
        }
        bars->setData(x, y, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        lo = std::min(lo, it.value());
        hi = std::max(hi, it.value());
        if (format.xLabel)
            ticker->addTick(it.key(), format.xLabel(it.key()));
    }
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setTickLabelRotation(totals.size() > 8 ? 45 : 0);
    if (format.value) {
        struct Named final : QCPAxisTicker
        {
            std::function<QString(double)> name;
            QString getTickLabel(double tick, const QLocale &, QChar, int) override { return name(tick); }
        };
        auto named = QSharedPointer<Named>::create();
        named->name = format.value;
        plot()->yAxis->setTicker(named);
    }
    if (!totals.isEmpty())
        plot()->xAxis->setRange(totals.firstKey() - 0.6, totals.lastKey() + 0.6);
    plot()->yAxis->setRange(lo, hi * 1.15 + 1e-9);
    applyFonts();
    plot()->replot();
}

} // namespace dh
