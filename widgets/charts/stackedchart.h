#pragma once

#include "chartdata.h"
#include "chartwidget.h"

namespace dh {

// Stacked bars over period positions: one layer per category (a breakdown such as central and
// local revenue), in the order given, bottom first.
class StackedChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackedChart)

public:
    explicit StackedChart(QWidget *parent = nullptr);

    void setLayers(const QList<ChartSeries> &layers, const ChartFormat &format);
    int layerCount() const { return m_layers; }

private:
    int m_layers = 0;
};

} // namespace dh
