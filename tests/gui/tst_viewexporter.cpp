// Views leaving the app: a chart and a map as SVG (well-formed, paths and text, no embedded image)
// and as PNG at 1×, 2× and 3× their size; a table view as XLSX with the sources sheet and as CSV;
// the formats each kind of view offers.
#include "gui/viewexporter.h"
#include "gui/viewimage.h"

#include "charts/timeserieschart.h"
#include "map/choroplethmap.h"
#include "map/colorbrewer.h"
#include "map/geojsonloader.h"
#include "exports/xlsxbookwriter.h"
#include "models/indicatortablemodel.h"
#include "models/modeltable.h"
#include "xlsxreading.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace dh;

class TestViewExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct SvgContent
    {
        bool wellFormed = false;
        int paths = 0;
        int texts = 0;
        int images = 0;
        QString allText;
    };

    static SvgContent readSvg(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        SvgContent c;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                if (xml.isCharacters())
                    c.allText += xml.text();
                continue;
            }
            if (xml.name() == u"path" || xml.name() == u"polyline" || xml.name() == u"polygon" || xml.name() == u"rect")
                ++c.paths;
            else if (xml.name() == u"text")
                ++c.texts;
            else if (xml.name() == u"image")
                ++c.images;
        }
        c.wellFormed = !xml.hasError();
        return c;
    }

    static QImage renderedSvg(const QString &path, const QSize &size)
    {
        QSvgRenderer renderer(path);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        return image;
    }

    // The rightmost column with a dark pixel: where the chart's axis and ticks end.
    static int lastInkedColumn(const QImage &image)
    {
        for (int x = image.width() - 1; x >= 0; --x) {
            for (int y = 0; y < image.height(); ++y) {
                if (qGray(image.pixel(x, y)) < 100)
                    return x;
            }
        }
        return -1;
    }

    static void fillChart(TimeSeriesChart &chart)
    {
        ChartFormat format;
        format.title = u"Thu ngân sách"_qs;
        format.valueAxis = u"tỷ đồng"_qs;
        format.xLabel = [](double x) { return u"tháng %1"_qs.arg(int(x) + 1); };
        format.value = [](double y) { return QString::number(y, 'f', 1); };
        chart.setData({{u"Thu"_qs, {0, 1, 2, 3}, {10, 20, 15, 30}, Qt::blue, ChartSeries::Style::Line},
                       {u"Cùng kỳ"_qs, {0, 1, 2, 3}, {8, 12, 14, 25}, Qt::gray, ChartSeries::Style::Bars}},
                      format);
        chart.resize(640, 400);
        chart.show();
    }

private slots:
    void chartAsSvgIsVectors()
    {
        TimeSeriesChart chart;
        fillChart(chart);
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QString path = m_dir.filePath(u"chart.svg"_qs);
        QVERIFY(ViewImage::writeSvg(chart, path, u"Thu"_qs).ok());
        const SvgContent svg = readSvg(path);
        QVERIFY(svg.wellFormed);
        QVERIFY2(svg.paths > 10, qPrintable(QString::number(svg.paths)));
        QVERIFY(svg.texts > 0);
        QCOMPARE(svg.images, 0);
        QVERIFY2(svg.allText.contains(u"Cùng kỳ"_qs), qPrintable(svg.allText.left(400)));
        // Drawn at the size it has on screen: rendered back, the plot's frame fills the drawing,
        // as it fills the PNG.
        const QImage drawn = renderedSvg(path, chart.size());
        const QImage shown = ViewImage::image(chart, 1);
        QVERIFY(!drawn.isNull());
        // Text is laid out again by the SVG's reader, so the ends differ by a few pixels; a chart
        // drawn at 3/4 of its size would end a quarter of the width early.
        QVERIFY2(qAbs(lastInkedColumn(drawn) - lastInkedColumn(shown)) <= chart.width() / 20,
                 qPrintable(u"%1 vs %2"_qs.arg(lastInkedColumn(drawn)).arg(lastInkedColumn(shown))));
    }

    void mapAsSvgIsVectorsEvenWhereDataIsMissing()
    {
        const auto loaded = GeoJsonLoader::loadProvinces2008();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        ChoroplethInput in;
        in.regions = loaded.regions;
        QHash<QString, double> values;
        for (qsizetype i = 0; i < in.regions.size(); ++i)
            values.insert(in.regions.at(i).id, 10.0 + double(i));
        // A province without data is hatched: lines on a vector device, not a texture image.
        values.remove(u"VN-SG"_qs);
        in.frames = {{QString(), values}};
        in.edges = {10, 25, 40, 55, 73};
        in.colors = ColorBrewer::colors(ColorBrewer::Scheme::Greens, 4);
        in.format = [](double v) { return QString::number(v, 'f', 1); };
        in.noDataLabel = u"Không có số liệu"_qs;
        in.title = u"Bản đồ thử"_qs;
        ChoroplethMap map;
        map.setInput(in);
        map.resize(700, 640);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        const QString path = m_dir.filePath(u"map.svg"_qs);
        QVERIFY(ViewImage::writeSvg(map, path, u"Bản đồ"_qs).ok());
        const SvgContent svg = readSvg(path);
        QVERIFY(svg.wellFormed);
        QVERIFY2(svg.paths >= 63, qPrintable(QString::number(svg.paths)));
        QCOMPARE(svg.images, 0);
        QVERIFY(svg.allText.contains(u"Bản đồ thử"_qs));
        QVERIFY(svg.allText.contains(u"Không có số liệu"_qs));
    }

    void pngIsTheViewSizeTimesTheScale()
    {
        TimeSeriesChart chart;
        fillChart(chart);
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        for (int scale : {1, 2, 3}) {
            const QString path = m_dir.filePath(u"chart-%1.png"_qs.arg(scale));
            QVERIFY(ViewImage::writePng(chart, scale, path).ok());
            const QImage image(path);
            QCOMPARE(image.size(), chart.size() * scale);
            // Something was drawn: more than the background's one colour.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            }
            QVERIFY2(colours.size() > 3, qPrintable(QString::number(colours.size())));
        }
    }

    void formatsFollowTheView()
    {
        TimeSeriesChart chart;
        QTableView table;
        using F = ViewExporter::Format;
        QCOMPARE(ViewExporter::formats(chart, false), (QList<F>{F::Png, F::Svg}));
        QCOMPARE(ViewExporter::formats(chart, true), (QList<F>{F::Xlsx, F::Csv, F::Png, F::Svg}));
        QCOMPARE(ViewExporter::formats(table, true), (QList<F>{F::Xlsx, F::Csv, F::Png}));
    }

    void aTableViewExportsItsTableWithTheSources()
    {
        if (!XlsxReading::available())
            QSKIP("the unzip tool is not installed, so the workbook cannot be opened to be checked");
        IndicatorViewData d;
        d.indicator.code = u"budget.revenue"_qs;
        d.indicator.nameVi = u"Thu ngân sách"_qs;
        d.indicator.unitVi = u"tỷ đồng"_qs;
        d.indicator.sourceAgency = u"Bộ Tài chính"_qs;
        d.indicator.decimals = 1;
        d.periods = {Period::month(2025, 6), Period::month(2025, 7)};
        d.values = {1200.0, 1234.5};
        d.statuses = {ObservationStatus::Final, ObservationStatus::Final};
        d.lastYear = {1000.0, 1100.0};
        IndicatorTableModel model;
        model.setView(d);
        QWidget window;
        QTableView table(&window);
        table.setModel(&model);
        ViewExporter exporter(window);
        exporter.attach(&table, &model, u"Series"_qs);
        exporter.setMetadata([] {
            TableBook b;
            b.sources = {{u"budget.revenue"_qs, u"Thu ngân sách"_qs, {}, u"tỷ đồng"_qs, u"Bộ Tài chính"_qs, true}};
            b.synthetic = true;
            return b;
        });
        const ViewExporter::TableMaker series = [&model] { return modelTable(model, u"Series"_qs); };
        QCOMPARE(table.contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(table.actions().size(), 1);

        const QString xlsxPath = m_dir.filePath(u"series.xlsx"_qs);
        const auto written = exporter.write(table, series, u"Series"_qs, ViewExporter::Format::Xlsx, 1, xlsxPath);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        const XlsxReading xlsx(xlsxPath);
        QCOMPARE(xlsx.sheetNames(), (QStringList{u"Series"_qs, XlsxBookWriter::sourcesSheetName()}));
        const XlsxReading::Cell value = xlsx.sheet(u"Series"_qs).cells.value(u"B2"_qs);
        QCOMPARE(value.value.toDouble(), 1234.5);
        QCOMPARE(value.numberFormat, u"#,##0.0"_qs);
        QCOMPARE(xlsx.sheet(XlsxBookWriter::sourcesSheetName()).cells.value(u"E2"_qs).value, u"Bộ Tài chính"_qs);

        const QString csvPath = m_dir.filePath(u"series.csv"_qs);
        QVERIFY(exporter.write(table, series, u"Series"_qs, ViewExporter::Format::Csv, 1, csvPath).ok());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(bytes.contains(",1234.5,"), bytes.constData());
    }
};

QTEST_MAIN(TestViewExporter)
#include "tst_viewexporter.moc"
