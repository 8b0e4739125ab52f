#include "charts/rankingchart.h"
#include "charts/sparkline.h"
#include "charts/stackedchart.h"
#include "charts/timeserieschart.h"

#include <qcustomplot.h>

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace dh;

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void timeSeriesReadOut()
    {
        TimeSeriesChart chart;
        chart.resize(800, 400);
        ChartFormat format;
        format.xLabel = [](double x) -> QString { return QStringLiteral("kỳ %1").arg(int(x)); };
        format.value = [](double y) -> QString { return QString::number(y, 'f', 1) + QStringLiteral(" tỷ"); };
        chart.setData({{QStringLiteral("Thu"), {0, 1, 2}, {10, 20, 30}, Qt::blue, ChartSeries::Style::Line},
                       {QStringLiteral("Cùng kỳ"), {0, 1, 2}, {8, std::nan(""), 25}, Qt::gray, ChartSeries::Style::DashedLine}},
                      format);
        QCOMPARE(chart.readOut(1.2), u"kỳ 1\nThu: 20.0 tỷ"_qs);          // the missing value is left out
        QCOMPARE(chart.readOut(2), u"kỳ 2\nThu: 30.0 tỷ\nCùng kỳ: 25.0 tỷ"_qs);
        QVERIFY(chart.readOut(7).isEmpty());
        QCOMPARE(chart.plot()->graphCount(), 2);
        QVERIFY(chart.plot()->xAxis->range().contains(0) && chart.plot()->xAxis->range().contains(2));
        QVERIFY(chart.plot()->yAxis->range().contains(30));
    }

    void rankingClicks()
    {
        RankingChart chart;
        chart.resize(500, 400);
        chart.show();
        chart.setItems({{QStringLiteral("a"), QStringLiteral("An Giang"), 30}, {QStringLiteral("b"), QStringLiteral("Bắc Ninh"), 20},
                        {QStringLiteral("c"), QStringLiteral("Cà Mau"), 10}},
                       ChartFormat(), QStringLiteral("b"));
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.plot()->replot();
        QCustomPlot *plot = chart.plot();
        const QPoint second(int(plot->xAxis->coordToPixel(5)), int(plot->yAxis->coordToPixel(1)));
        QCOMPARE(chart.itemAt(second), u"b"_qs);
        QSignalSpy clicked(&chart, &RankingChart::itemClicked);
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, QPoint(int(plot->xAxis->coordToPixel(5)), int(plot->yAxis->coordToPixel(2))));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toString(), u"c"_qs);
        QVERIFY(chart.itemAt(QPoint(1, 1)).isEmpty());
    }

    void stackedLayers()
    {
        StackedChart chart;
        chart.resize(500, 300);
        chart.setLayers({{QStringLiteral("central"), {0, 1}, {5, 6}, Qt::blue, ChartSeries::Style::Bars},
                         {QStringLiteral("local"), {0, 1}, {3, 4}, Qt::yellow, ChartSeries::Style::Bars}},
                        ChartFormat());
        QCOMPARE(chart.layerCount(), 2);
        QCOMPARE(chart.plot()->plottableCount(), 2);
        QVERIFY(chart.plot()->yAxis->range().upper >= 10.0); // the stack, not a layer, sets the scale
    }

    void sparklineDraws()
    {
        QImage image(200, 60, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        Sparkline::paint(painter, QRectF(5, 5, 190, 50), {1, 2, std::nan(""), 4, 3}, Qt::red);
        painter.end();
        int red = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                red += qRed(image.pixel(x, y)) > 200 && qGreen(image.pixel(x, y)) < 80;
        QVERIFY(red > 50);
        QImage blank(200, 60, QImage::Format_ARGB32_Premultiplied);
        blank.fill(Qt::white);
        QPainter p2(&blank);
        Sparkline::paint(p2, QRectF(5, 5, 190, 50), {std::nan(""), 3}, Qt::red); // one point: nothing to draw
        p2.end();
        QCOMPARE(blank.pixel(100, 30), QColor(Qt::white).rgba());
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
