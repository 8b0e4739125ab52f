#pragma once

#include "chartdata.h"

#include <QWidget>

class QCustomPlot;

namespace dh {

// Stacked bars over period positions: one layer per category (a breakdown such as central and
// local revenue), in the order given, bottom first.
class StackedChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackedChart)

public:
    explicit StackedChart(QWidget *parent = nullptr);

    void setLayers(const QList<ChartSeries> &layers, const ChartFormat &format);
    int layerCount() const { return m_layers; }
    QCustomPlot *plot() const { return m_plot; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();
    QCustomPlot *m_plot;
    int m_layers = 0;
};

} // namespace dh
