#include "charts/chartwidget.h"
#include "charts/dashedlinegraph.h"
#include "charts/rankingchart.h"
#include "charts/sparkline.h"
#include "charts/stackedchart.h"
#include "charts/timeserieschart.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace dh;

class TestCharts : public QObject
{
    Q_OBJECT

private:
    struct Charts
    {
        TimeSeriesChart *series;
        RankingChart *ranking;
        StackedChart *stacked;

        QList<ChartWidget *> all() const { return {series, ranking, stacked}; }
    };

    // One chart of each kind in the window, with data, a legend and text items.
    static Charts makeCharts(QWidget *window)
    {
        Charts c{new TimeSeriesChart(window), new RankingChart(window), new StackedChart(window)};
        c.series->setData({{QStringLiteral("Thu"), {0, 1, 2}, {10, 20, 30}, Qt::blue, ChartSeries::Style::Line}}, ChartFormat());
        c.ranking->setItems({{QStringLiteral("a"), QStringLiteral("An Giang"), 30}, {QStringLiteral("b"), QStringLiteral("Bắc Ninh"), 20}},
                            ChartFormat());
        c.stacked->setLayers({{QStringLiteral("central"), {0, 1}, {5, 6}, Qt::blue, ChartSeries::Style::Bars}}, ChartFormat());
        return c;
    }

    // Every text of the plot — axis ticks and labels, legend, text items — is in the type.
    static void checkType(ChartWidget *chart, int pixels)
    {
        const QByteArray name = chart->metaObject()->className();
        QCOMPARE(chart->font().pixelSize(), pixels);
        QCustomPlot *plot = chart->plot();
        for (QCPAxis *axis : plot->axisRect()->axes()) {
            QVERIFY2(axis->tickLabelFont().pixelSize() == pixels, name.constData());
            QVERIFY2(axis->labelFont().pixelSize() == pixels, name.constData());
        }
        QVERIFY2(plot->legend->font().pixelSize() == pixels, name.constData());
        int texts = 0;
        for (int i = 0; i < plot->itemCount(); ++i) {
            if (const auto *text = qobject_cast<QCPItemText *>(plot->item(i))) {
                QVERIFY2(text->font().pixelSize() == pixels, name.constData());
                ++texts;
            }
        }
        if (qobject_cast<RankingChart *>(chart))
            QCOMPARE(texts, 2); // the value at each bar's end
    }

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

        // Best first, top down, each bar as long as its value; the highlighted one in its own colour.
        const QImage image = plot->toPixmap().toImage();
        const auto at = [&](double value, double row) {
            return QColor(image.pixel(int(plot->xAxis->coordToPixel(value)), int(plot->yAxis->coordToPixel(row))));
        };
        const QColor bar(0x1f, 0x6f, 0xb5);
        const QColor highlight(0xf2, 0xa9, 0x00);
        QVERIFY(plot->yAxis->coordToPixel(0) < plot->yAxis->coordToPixel(2));
        QCOMPARE(at(28, 0), bar);
        QCOMPARE(at(18, 1), highlight);
        QCOMPARE(at(8, 2), bar);
        QVERIFY(at(12, 2) != bar); // Cà Mau's bar ends at 10
        QVERIFY(at(22, 1) != highlight);
    }

    // Another province of the same indicator ranks the same provinces: the bars and their labels
    // stay, and only the highlight moves, redrawn on the window's next paint. Other values (another
    // period) or another format are another ranking.
    void rankingMovesItsHighlight()
    {
        RankingChart chart;
        chart.resize(500, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QList<RankingChart::Item> items = {{QStringLiteral("a"), QStringLiteral("An Giang"), 30},
                                                 {QStringLiteral("b"), QStringLiteral("Bắc Ninh"), 20},
                                                 {QStringLiteral("c"), QStringLiteral("Cà Mau"), 10}};
        chart.setItems(items, ChartFormat(), QStringLiteral("a"));
        QCustomPlot *plot = chart.plot();
        auto *bars = qobject_cast<QCPBars *>(plot->plottable(0));
        auto *highlight = qobject_cast<QCPBars *>(plot->plottable(1));
        QCPAbstractItem *label = plot->item(0);
        QVERIFY(bars && highlight && label);

        chart.setItems(items, ChartFormat(), QStringLiteral("c"));
        QCOMPARE(plot->plottable(0), bars);
        QCOMPARE(plot->plottable(1), highlight);
        QCOMPARE(plot->item(0), label);
        const auto keys = [](const QCPBars *b) {
            QList<double> k;
            for (auto it = b->data()->constBegin(); it != b->data()->constEnd(); ++it)
                k.append(it->key);
            return k;
        };
        QCOMPARE(keys(bars), (QList<double>{0, 1}));
        QCOMPARE(keys(highlight), QList<double>{2});
        const QImage image = chart.grab().toImage();
        const auto at = [&](double value, double row) {
            return QColor(image.pixel(plot->mapTo(&chart, QPoint(int(plot->xAxis->coordToPixel(value)), int(plot->yAxis->coordToPixel(row))))));
        };
        QCOMPARE(at(28, 0), QColor(0x1f, 0x6f, 0xb5));
        QCOMPARE(at(8, 2), QColor(0xf2, 0xa9, 0x00));

        QList<RankingChart::Item> later = items;
        later[0].value = 35;
        chart.setItems(later, ChartFormat(), QStringLiteral("c"));
        QCOMPARE(qobject_cast<QCPItemText *>(plot->item(0))->text(), u"35"_qs);
        ChartFormat decimals;
        decimals.value = [](double v) { return QString::number(v, 'f', 1); };
        chart.setItems(later, decimals, QStringLiteral("c"));
        QCOMPARE(qobject_cast<QCPItemText *>(plot->item(0))->text(), u"35.0"_qs);
    }

    // The dashed series is the dashed polyline Qt draws, dash for dash, but for a few pixels where
    // two dashes meet at a sharp turn; a missing value breaks it as it breaks Qt's.
    void dashedLineIsQtsDashedLine()
    {
        const auto draw = [](bool batched) {
            QCustomPlot plot;
            QCPGraph *graph = batched ? new DashedLineGraph(plot.xAxis, plot.yAxis) : plot.addGraph();
            QVector<double> x;
            QVector<double> y;
            for (int i = 0; i < 140; ++i) {
                x.append(i);
                y.append(i == 70 ? std::nan("") : 100 + 40 * std::sin(i * 1.3) + i);
            }
            graph->setData(x, y, true);
            QPen pen(QColor(0x8a, 0x96, 0xa3), 1.8);
            pen.setStyle(Qt::DashLine);
            graph->setPen(pen);
            plot.rescaleAxes();
            return plot.toPixmap(900, 320).toImage().convertToFormat(QImage::Format_RGB32);
        };
        const QImage qt = draw(false);
        const QImage batched = draw(true);
        QCOMPARE(batched.size(), qt.size());
        int ink = 0;
        int differing = 0;
        int worst = 0;
        for (int py = 0; py < qt.height(); ++py) {
            for (int px = 0; px < qt.width(); ++px) {
                const QRgb a = qt.pixel(px, py);
                const QRgb b = batched.pixel(px, py);
                ink += qGray(a) < 200 ? 1 : 0;
                if (a != b) {
                    ++differing;
                    worst = std::max({worst, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
                }
            }
        }
        QVERIFY2(ink > 2000, qPrintable(QString::number(ink)));
        QVERIFY2(differing * 100 < ink, qPrintable(u"%1 of %2"_qs.arg(differing).arg(ink)));
        QVERIFY2(worst <= 64, qPrintable(QString::number(worst)));
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

        // Drawn stacked, the first layer at the bottom: 0–5 and 5–8 at the first position, 0–6 and
        // 6–10 at the second.
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCustomPlot *plot = chart.plot();
        plot->replot();
        const QImage image = plot->toPixmap().toImage();
        const auto at = [&](double x, double y) {
            return QColor(image.pixel(int(plot->xAxis->coordToPixel(x)), int(plot->yAxis->coordToPixel(y))));
        };
        QCOMPARE(at(0, 2.5), QColor(Qt::blue));
        QCOMPARE(at(0, 6.5), QColor(Qt::yellow));
        QCOMPARE(at(1, 5.5), QColor(Qt::blue));
        QCOMPARE(at(1, 9.5), QColor(Qt::yellow));
        QCOMPARE(at(0, 9.1), QColor(Qt::white)); // above the first stack
        QCOMPARE(at(0.5, 3.1), QColor(Qt::white)); // between the bars
    }

    void fontChangeReachesEveryChart()
    {
        QWidget window;
        QFont start = window.font();
        start.setPixelSize(14);
        window.setFont(start);
        const Charts charts = makeCharts(&window);
        for (ChartWidget *chart : charts.all())
            checkType(chart, 14);
        const double pen = charts.series->plot()->graph(0)->pen().widthF();
        const int rows = charts.ranking->plot()->minimumHeight();

        // The window's type, as the main window scales it on a wall.
        QFont wall = window.font();
        wall.setPixelSize(42);
        window.setFont(wall);
        for (ChartWidget *chart : charts.all())
            checkType(chart, 42);
        // What else grows with the type: the series' lines and the ranking's rows.
        QCOMPARE(charts.series->plot()->graphCount(), 1);
        QVERIFY(charts.series->plot()->graph(0)->pen().widthF() > 2.5 * pen);
        QVERIFY(charts.ranking->plot()->minimumHeight() > rows);
        // The data stays.
        QCOMPARE(charts.series->plot()->graph(0)->dataCount(), 3);
        QCOMPARE(charts.ranking->items().size(), 2);
        QCOMPARE(charts.stacked->plot()->plottableCount(), 1);
    }

    void applicationFontReachesEveryChart()
    {
        const QFont before = QApplication::font();
        const auto restore = qScopeGuard([&before] { QApplication::setFont(before); });
        QWidget window;
        const Charts charts = makeCharts(&window);
        QFont font = before;
        font.setPixelSize(27);
        QApplication::setFont(font);
        QCoreApplication::sendPostedEvents(); // the application's font reaches widgets by posted events
        for (ChartWidget *chart : charts.all())
            checkType(chart, 27);
    }

    // The line goes through the values, breaks at the missing one and marks the last; the area
    // under it takes the fill.
    void sparklineDraws()
    {
        QImage image(200, 60, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        const QRectF rect(5, 5, 190, 50);
        Sparkline::paint(painter, rect, {1, 2, std::nan(""), 4, 3}, Qt::red, Qt::green);
        painter.end();
        const auto isLine = [&](int x, int y) { return qRed(image.pixel(x, y)) > 200 && qGreen(image.pixel(x, y)) < 80; };
        // The middle of the line's ink in a column, or −1 where it has none.
        const auto lineAt = [&](int x) {
            int sum = 0;
            int n = 0;
            for (int y = 0; y < image.height(); ++y) {
                if (isLine(x, y)) {
                    sum += y;
                    ++n;
                }
            }
            return n ? double(sum) / n : -1.0;
        };
        // Values 1…4 span the rect from its bottom (55) to its top (5); the points are 47,5 px apart.
        const auto yOf = [&](double v) { return rect.bottom() - (v - 1.0) / 3.0 * rect.height(); };
        const auto between = [&](double x, double x0, double v0, double x1, double v1) {
            return yOf(v0 + (v1 - v0) * (x - x0) / (x1 - x0));
        };
        QVERIFY(qAbs(lineAt(30) - between(30, 5, 1, 52.5, 2)) < 2.0);
        QVERIFY(qAbs(lineAt(170) - between(170, 147.5, 4, 195, 3)) < 2.0);
        // Rising on the left, falling on the right.
        QVERIFY(lineAt(45) < lineAt(15));
        QVERIFY(lineAt(185) > lineAt(155));
        // The gap: no line and no fill around the missing value.
        for (int x = 70; x <= 130; x += 5) {
            QCOMPARE(lineAt(x), -1.0);
            QCOMPARE(image.pixel(x, 50), qRgb(255, 255, 255));
        }
        // The area under the line is filled, the space above it is not.
        QCOMPARE(QColor(image.pixel(170, 45)), QColor(Qt::green));
        QCOMPARE(image.pixel(170, 8), qRgb(255, 255, 255));
        // The last value is marked with a dot wider than the line.
        int dot = 0;
        int line = 0;
        for (int y = 0; y < image.height(); ++y) {
            dot += isLine(195, y) ? 1 : 0;
            line += isLine(170, y) ? 1 : 0;
        }
        QVERIFY2(dot > line, qPrintable(u"%1 %2"_qs.arg(dot).arg(line)));

        QImage blank(200, 60, QImage::Format_ARGB32_Premultiplied);
        blank.fill(Qt::white);
        QImage white = blank;
        QPainter p2(&blank);
        Sparkline::paint(p2, rect, {std::nan(""), 3}, Qt::red); // one point: nothing to draw
        p2.end();
        QCOMPARE(blank, white);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
