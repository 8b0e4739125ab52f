#include "timeserieschart.h"

#include "chartlegend.h"
#include "dashedlinegraph.h"

#include <qcustomplot.h>

#include <cmath>

namespace dh {

namespace {

// Ticks at positions the caller can name (period indices), not at fractions between them.
class NamedTicker final : public QCPAxisTicker
{
public:
    explicit NamedTicker(std::function<QString(double)> name) : m_name(std::move(name)) {}

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return m_name && tick == std::round(tick) ? m_name(tick) : QString();
    }
    double getTickStep(const QCPRange &range) override
    {
        const double raw = range.size() / std::max(2, tickCount());
        for (double step : {1.0, 2.0, 3.0, 6.0, 12.0, 24.0, 36.0, 60.0, 120.0}) {
            if (step >= raw)
                return step;
        }
        return std::ceil(raw / 12.0) * 12.0;
    }

private:
    std::function<QString(double)> m_name;
};

class ValueTicker final : public QCPAxisTicker
{
public:
    explicit ValueTicker(std::function<QString(double)> name) : m_name(std::move(name)) {}

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar format, int precision) override
    {
        return m_name ? m_name(tick) : QCPAxisTicker::getTickLabel(tick, locale, format, precision);
    }

private:
    std::function<QString(double)> m_name;
};

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : ChartWidget(parent)
{
    plot()->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // A thick antialiased polyline is stroked as one self-crossing outline, the slowest thing the
    // view draws; as separate segments it is cheap.
    plot()->setPlottingHint(QCP::phFastPolylines, true);
    plot()->axisRect()->setRangeDrag(Qt::Horizontal);
    plot()->axisRect()->setRangeZoom(Qt::Horizontal);
    placeLegendAbove(plot());
    plot()->setMouseTracking(true);
    connect(plot(), &QCustomPlot::mouseMove, this, &TimeSeriesChart::showReadOut);
    connect(plot(), &QCustomPlot::mouseDoubleClick, this, [this] { resetZoom(); });
}

void TimeSeriesChart::setData(const QList<ChartSeries> &series, const ChartFormat &format)
{
    m_series = series;
    m_format = format;
    plot()->clearPlottables();
    plot()->clearItems();
    m_tracer = nullptr;
    m_label = nullptr;
    const QFont base = font();
    plot()->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new NamedTicker(format.xLabel)));
    plot()->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new ValueTicker(format.value)));
    plot()->yAxis->setLabel(format.valueAxis);

    for (const ChartSeries &s : series) {
        QVector<double> x;
        QVector<double> y;
        for (qsizetype i = 0; i < s.x.size() && i < s.y.size(); ++i) {
            x.append(s.x.at(i));
            y.append(std::isnan(s.y.at(i)) ? qQNaN() : s.y.at(i));
        }
        if (s.style == ChartSeries::Style::Bars) {
            auto *bars = new QCPBars(plot()->xAxis, plot()->yAxis);
            bars->setName(s.name);
            bars->setData(x, y);
            bars->setWidth(0.7);
            bars->setBrush(s.color);
            bars->setPen(Qt::NoPen);
            continue;
        }
        QCPGraph *g = s.style == ChartSeries::Style::DashedLine ? new DashedLineGraph(plot()->xAxis, plot()->yAxis) : plot()->addGraph();
        g->setName(s.name);
        g->setData(x, y, true);
        // Lines thicken with the type, which the window scales for walls.
        const double weight = std::max(1.0, QFontInfo(base).pixelSize() / 14.0);
        QPen pen(s.color, weight * (s.style == ChartSeries::Style::Line ? 2.5 : 1.8));
        if (s.style == ChartSeries::Style::DashedLine)
            pen.setStyle(Qt::DashLine);
        g->setPen(pen);
        if (s.style == ChartSeries::Style::Step)
            g->setLineStyle(QCPGraph::lsStepCenter);
        if (s.style == ChartSeries::Style::Line)
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, s.color, s.color, 4));
    }

    m_tracer = new QCPItemTracer(plot());
    m_tracer->setStyle(QCPItemTracer::tsNone);
    m_tracer->setVisible(false);
    m_label = new QCPItemText(plot());
    m_label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_label->position->setCoords(0.01, 0.02);
    m_label->setPadding(QMargins(6, 4, 6, 4));
    m_label->setBrush(QColor(255, 255, 255, 230));
    m_label->setPen(QPen(QColor(0xc9, 0xd1, 0xd9)));
    m_label->setTextAlignment(Qt::AlignLeft);
    m_label->setVisible(false);
    applyFonts();
    resetZoom();
}

void TimeSeriesChart::resetZoom()
{
    plot()->rescaleAxes();
    const QCPRange x = plot()->xAxis->range();
    plot()->xAxis->setRange(x.lower - 0.5, x.upper + 0.5);
    QCPRange y = plot()->yAxis->range();
    const double pad = std::max(1e-9, y.size() * 0.08);
    // Values that are all positive keep zero in sight when it is near, as readers expect.
    const double lower = y.lower >= 0 && y.lower - pad < 0 ? 0.0 : y.lower - pad;
    plot()->yAxis->setRange(lower, y.upper + pad);
    plot()->replot();
}

QString TimeSeriesChart::readOut(double x) const
{
    const double key = std::round(x);
    QStringList lines;
    if (m_format.xLabel)
        lines.append(m_format.xLabel(key));
    for (const ChartSeries &s : m_series) {
        for (qsizetype i = 0; i < s.x.size() && i < s.y.size(); ++i) {
            if (s.x.at(i) == key && !std::isnan(s.y.at(i))) {
                lines.append(s.name + QStringLiteral(": ") + (m_format.value ? m_format.value(s.y.at(i)) : QString::number(s.y.at(i))));
                break;
            }
        }
    }
    return lines.size() > 1 ? lines.join(u'\n') : QString();
}

void TimeSeriesChart::showReadOut(QMouseEvent *event)
{
    if (!m_label)
        return;
    const double x = plot()->xAxis->pixelToCoord(event->position().x());
    const QString text = readOut(x);
    m_label->setVisible(!text.isEmpty());
    m_label->setText(text);
    plot()->replot(QCustomPlot::rpQueuedReplot);
}

void TimeSeriesChart::fontChanged()
{
    if (m_series.isEmpty())
        ChartWidget::fontChanged();
    else
        setData(m_series, m_format);
}

} // namespace dh
