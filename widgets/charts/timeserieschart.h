#pragma once

#include "chartdata.h"
#include "chartwidget.h"

class QMouseEvent;
class QCPItemText;
class QCPItemTracer;

namespace dh {

// A time-series chart on QCustomPlot: lines (the series, last year's, the target) over period
// positions, with wheel zoom and drag pan along time, and a hover read-out of every series at the
// period under the mouse.
class TimeSeriesChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChart)

public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);

    void setData(const QList<ChartSeries> &series, const ChartFormat &format);
    // The read-out text for a position, as the hover shows it (exposed for tests).
    QString readOut(double x) const;
    void resetZoom();

protected:
    // The pens thicken with the type, so the series are drawn again.
    void fontChanged() override;

private:
    void showReadOut(QMouseEvent *event);

    QCPItemTracer *m_tracer = nullptr;
    QCPItemText *m_label = nullptr;
    QList<ChartSeries> m_series;
    ChartFormat m_format;
};

} // namespace dh
