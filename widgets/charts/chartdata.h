#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <functional>

namespace dh {

// One line or bar set of a chart, as plain values: x are positions (e.g. period indices), y the
// values (NaN where missing).
struct ChartSeries
{
    enum class Style { Line, DashedLine, Bars, Step };

    QString name;
    QList<double> x;
    QList<double> y;
    QColor color;
    Style style = Style::Line;
};

// How a chart names its axis positions and values, supplied by the caller so the chart never
// knows about periods, units or locales.
struct ChartFormat
{
    std::function<QString(double x)> xLabel;      // "tháng 7/2025"
    std::function<QString(double y)> value;       // "1.234,5 tỷ đồng"
    QString title;
    QString valueAxis;                             // "tỷ đồng"
};

} // namespace dh
