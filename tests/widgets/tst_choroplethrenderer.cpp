#include "analytics/classbreaks.h"
#include "map/choroplethrenderer.h"
#include "map/colorbrewer.h"
#include "map/geodissolve.h"
#include "map/geojsonloader.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <cmath>

using namespace dh;

class TestChoroplethRenderer : public QObject
{
    Q_OBJECT

private:
    QList<GeoRegion> m_regions63;
    QList<GeoRegion> m_regions34;

    static QList<MapInset> insets()
    {
        return {{QRectF(QPointF(111.0, 15.6), QPointF(113.2, 17.2)), u"Quần đảo Hoàng Sa (Đà Nẵng)"_qs},
                {QRectF(QPointF(111.6, 7.6), QPointF(116.0, 11.8)), u"Quần đảo Trường Sa (Khánh Hòa)"_qs}};
    }

    static QString vietnamese(double v)
    {
        // 1.234,5 — the app passes its own formatter; this one is enough for the test.
        QString s = QLocale(QLocale::English).toString(v, 'f', 1);
        s.replace(u',', u'\x01').replace(u'.', u',').replace(u'\x01', u'.');
        return s;
    }

    // Deterministic synthetic values with a north–south gradient, a few provinces without data.
    static QHash<QString, double> values(const QList<GeoRegion> &regions, int seed, QStringList noData = {})
    {
        QHash<QString, double> out;
        for (const GeoRegion &r : regions) {
            if (noData.contains(r.id))
                continue;
            uint hash = uint(seed) * 2654435761u;
            for (const QChar c : r.id)
                hash = hash * 31u + c.unicode();
            const double h = double(hash % 1000) / 1000.0;
            out.insert(r.id, 40.0 + 2.5 * (r.bounds.center().y() - 8.0) + 25.0 * h + seed * 1.5);
        }
        return out;
    }

    void configure(ChoroplethRenderer &renderer, const QList<GeoRegion> &regions, const QList<ChoroplethFrame> &frames) const
    {
        renderer.setRegions(regions);
        renderer.setInsets(insets());
        renderer.setFrames(frames);
        QList<double> all;
        for (const ChoroplethFrame &f : frames)
            all.append(f.values.values());
        const QList<double> edges = ClassBreaks::naturalBreaks(all, 5);
        renderer.setClasses(edges, ColorBrewer::colors(ColorBrewer::Scheme::YlGnBu, int(edges.size()) - 1));
        renderer.setValueFormatter(&vietnamese);
        renderer.setLegendTitle(u"Tỷ lệ giải ngân (%)"_qs);
        renderer.setNoDataLabel(u"Không có số liệu"_qs);
        renderer.setTitle(u"Giải ngân vốn đầu tư công"_qs, u"Tháng 10/2026 · Số liệu mô phỏng"_qs);
        renderer.setAttribution(u"Administrative boundaries: geoBoundaries.org"_qs);
        renderer.setLabelPriority({u"VN-HN"_qs, u"VN-SG"_qs, u"VN25-01"_qs, u"VN25-79"_qs});
    }

    static QImage render(const ChoroplethRenderer &renderer, const QSize &size)
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.paint(painter, QRectF(QPointF(0, 0), size));
        painter.end();
        return image;
    }

    static void save(const QImage &image, const QString &name)
    {
        const QString dir = qEnvironmentVariable("DIEUHANH_BINARY_DIR", QDir::tempPath()) + u"/screenshots"_qs;
        QDir().mkpath(dir);
        QVERIFY(image.save(dir + u'/' + name));
    }

    static double ink(const QImage &image)
    {
        qint64 inked = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
        }
        return double(inked) / (double(image.width() / 2) * (image.height() / 2));
    }

    // The map shows the region's class colour around the point — away from labels and borders.
    static void checkColourAt(const ChoroplethRenderer &renderer, const QImage &image, const QPointF &lonLat, const QString &id)
    {
        const QRectF rect(image.rect());
        const ChoroplethLayout &l = renderer.layout(rect);
        const QPointF centre = renderer.toPixel(rect, lonLat);
        for (int dy = -40; dy <= 40; dy += 4) {
            for (int dx = -40; dx <= 40; dx += 4) {
                const QPointF p = centre + QPointF(dx, dy);
                bool clear = true;
                for (const auto &label : l.labels)
                    clear = clear && !label.rect.adjusted(-4, -4, 4, 4).contains(p);
                for (int k = -3; k <= 3 && clear; k += 3) {
                    for (int j = -3; j <= 3 && clear; j += 3)
                        clear = renderer.hitTest(rect, p + QPointF(k, j)).id == id;
                }
                if (!clear)
                    continue;
                QCOMPARE(QColor(image.pixel(p.toPoint())), renderer.colorOf(id));
                return;
            }
        }
        QFAIL(qPrintable(u"no clear pixel in "_qs + id));
    }

    // No label overlaps another, the legend or its frame's edge, and each shows its text.
    static void checkLabels(const ChoroplethLayout &l, const QImage &image, int minimum)
    {
        int regionLabels = 0;
        for (qsizetype i = 0; i < l.labels.size(); ++i) {
            const auto &a = l.labels.at(i);
            QVERIFY(l.rect.contains(a.rect));
            // Half a pixel of slack for rounding between cell and view coordinates.
            QVERIFY2(l.frames.at(a.frame).map.adjusted(-0.5, -0.5, 0.5, 0.5).contains(a.rect), qPrintable(a.lines.join(u' ')));
            QVERIFY(!a.rect.intersects(l.legend));
            regionLabels += a.island ? 0 : 1;
            int textPixels = 0;
            for (int y = int(a.rect.top()); y < int(a.rect.bottom()); ++y) {
                for (int x = int(a.rect.left()); x < int(a.rect.right()); ++x) {
                    const QColor c(image.pixel(x, y));
                    const auto distance = [&](const QColor &d) {
                        return qAbs(c.red() - d.red()) + qAbs(c.green() - d.green()) + qAbs(c.blue() - d.blue());
                    };
                    textPixels += distance(a.text) < distance(a.halo) ? 1 : 0;
                }
            }
            QVERIFY2(textPixels >= 10, qPrintable(a.lines.join(u' ')));
            for (qsizetype j = i + 1; j < l.labels.size(); ++j) {
                const auto &b = l.labels.at(j);
                QVERIFY2(a.frame != b.frame || !a.rect.intersects(b.rect),
                         qPrintable(a.lines.join(u' ') + u" / "_qs + b.lines.join(u' ')));
            }
        }
        QVERIFY2(regionLabels >= minimum, qPrintable(QString::number(regionLabels)));
    }

private slots:
    void initTestCase()
    {
        const auto loaded = GeoJsonLoader::loadProvinces2008();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        m_regions63 = loaded.regions;
        QFile csv(QStringLiteral(DIEUHANH_SOURCE_DIR "/resources/admin/provinces-2008.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QHash<QString, QString> groupOf;
        QHash<QString, QString> names;
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList f = lines.at(i).trimmed().split(u',');
            groupOf.insert(f.at(1), u"VN25-"_qs + f.at(4));
        }
        QFile csv25(QStringLiteral(DIEUHANH_SOURCE_DIR "/resources/admin/provinces-2025.csv"));
        QVERIFY(csv25.open(QIODevice::ReadOnly));
        const QStringList lines25 = QString::fromUtf8(csv25.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines25.size(); ++i) {
            const QStringList f = lines25.at(i).trimmed().split(u',');
            names.insert(u"VN25-"_qs + f.at(0), f.at(1));
        }
        m_regions34 = GeoDissolve::dissolve(m_regions63, groupOf, names);
        QCOMPARE(m_regions34.size(), 34);
    }

    void singleMap_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("framed");
        QTest::addColumn<bool>("provinces34");
        QTest::newRow("1080p 63") << QSize(1920, 1080) << false << false;
        QTest::newRow("4K 63") << QSize(3840, 2160) << false << false;
        QTest::newRow("1080p 34") << QSize(1920, 1080) << false << true;
        QTest::newRow("tall 63") << QSize(560, 1200) << true << false;
        QTest::newRow("tall 34") << QSize(480, 900) << true << true;
        QTest::newRow("laptop panel 63") << QSize(900, 700) << false << false;
    }

    void singleMap()
    {
        QFETCH(QSize, size);
        QFETCH(bool, framed);
        QFETCH(bool, provinces34);
        const QList<GeoRegion> &regions = provinces34 ? m_regions34 : m_regions63;
        ChoroplethRenderer renderer;
        configure(renderer, regions, {{QString(), values(regions, 1, {u"VN-33"_qs, u"VN25-66"_qs})}});
        const QImage image = render(renderer, size);
        save(image, QStringLiteral("map-%1-%2x%3.png").arg(provinces34 ? 34 : 63).arg(size.width()).arg(size.height()));
        const QRectF rect(image.rect());
        const ChoroplethLayout &l = renderer.layout(rect);

        // Vietnam's long, narrow shape inks about 6 % of a landscape view.
        QVERIFY2(ink(image) > 0.045, qPrintable(QString::number(ink(image))));
        QCOMPARE(l.insetsFramed, framed);

        // Hit-testing, islands included, in place or in their boxes.
        const QString hanoi = provinces34 ? u"VN25-01"_qs : u"VN-HN"_qs;
        const QString daNang = provinces34 ? u"VN25-48"_qs : u"VN-DN"_qs;
        const QString khanhHoa = provinces34 ? u"VN25-56"_qs : u"VN-34"_qs;
        const QString conDao = provinces34 ? u"VN25-79"_qs : u"VN-43"_qs;
        QCOMPARE(renderer.hitTest(rect, renderer.toPixel(rect, {105.852, 21.029})).id, hanoi);
        QCOMPARE(renderer.hitTest(rect, renderer.toPixel(rect, {106.60, 8.69})).id, conDao);
        QCOMPARE(renderer.hitTest(rect, renderer.toPixel(rect, {112.3968, 16.8063})).id, daNang);
        QCOMPARE(renderer.hitTest(rect, renderer.toPixel(rect, {114.4327, 10.284})).id, khanhHoa);
        QCOMPARE(renderer.hitTest(rect, QPointF(2, 2)).id, QString());

        // The class colour shows where the map says.
        checkColourAt(renderer, image, {104.0, 21.3}, provinces34 ? u"VN25-14"_qs : u"VN-05"_qs); // Sơn La
        checkColourAt(renderer, image, {108.1, 13.9}, provinces34 ? u"VN25-52"_qs : u"VN-30"_qs); // Gia Lai
        // No data is hatched, not filled with a class colour.
        QVERIFY(!renderer.colorOf(provinces34 ? u"VN25-66"_qs : u"VN-33"_qs).isValid());

        // The legend: inside the view, one swatch per class and one for no data, in their colours.
        QVERIFY(rect.contains(l.legend));
        QCOMPARE(l.legendSwatches.size(), 6);
        QCOMPARE(l.legendTexts.last(), u"Không có số liệu"_qs);
        QVERIFY(l.legendTexts.first().contains(u','));
        QCOMPARE(QColor(image.pixel(l.legendSwatches.first().center().toPoint())),
                 ColorBrewer::colors(ColorBrewer::Scheme::YlGnBu, 5).first());
        QCOMPARE(QColor(image.pixel(l.legendSwatches.at(4).center().toPoint())),
                 ColorBrewer::colors(ColorBrewer::Scheme::YlGnBu, 5).last());

        // Labels: none overlap, both archipelagos named, nothing clipped.
        checkLabels(l, image, size.width() >= 1900 ? (provinces34 ? 28 : 40) : 12);
        QStringList islandLabels;
        for (const auto &label : l.labels) {
            if (label.island)
                islandLabels.append(label.lines.join(u' '));
        }
        QCOMPARE(islandLabels, (QStringList{u"Quần đảo Hoàng Sa (Đà Nẵng)"_qs, u"Quần đảo Trường Sa (Khánh Hòa)"_qs}));
        if (framed) {
            QCOMPARE(l.insets.size(), 2);
            QVERIFY(!l.insets.at(0).box.intersects(l.insets.at(1).box));
            for (const auto &inset : l.insets) {
                const QRectF box = inset.box.translated(l.frames.first().map.topLeft());
                QVERIFY(l.frames.first().map.contains(box));
                QVERIFY(!box.intersects(l.legend));
            }
        }
        QVERIFY(rect.contains(l.attribution) && !l.attribution.intersects(l.legend));
    }

    void smallMultiples_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("count");
        QTest::newRow("6 at 1080p") << QSize(1920, 1080) << 6;
        QTest::newRow("12 at 4K") << QSize(3840, 2160) << 12;
        QTest::newRow("4 at 1080p") << QSize(1920, 1080) << 4;
    }

    void smallMultiples()
    {
        QFETCH(QSize, size);
        QFETCH(int, count);
        QList<ChoroplethFrame> frames;
        for (int i = 0; i < count; ++i)
            frames.append({QStringLiteral("Tháng %1/2026").arg(i + 1), values(m_regions34, i + 1)});
        ChoroplethRenderer renderer;
        configure(renderer, m_regions34, frames);
        renderer.setLabelMode(ChoroplethRenderer::LabelMode::Values);
        const QImage image = render(renderer, size);
        save(image, QStringLiteral("map-multiples-%1-%2x%3.png").arg(count).arg(size.width()).arg(size.height()));
        const QRectF rect(image.rect());
        const ChoroplethLayout &l = renderer.layout(rect);
        QCOMPARE(l.frames.size(), count);
        QVERIFY(ink(image) > 0.06);
        for (int i = 0; i < count; ++i) {
            QVERIFY(rect.contains(l.frames.at(i).cell));
            QVERIFY(!l.frames.at(i).map.intersects(l.legend));
            for (int j = i + 1; j < count; ++j)
                QVERIFY(!l.frames.at(i).cell.intersects(l.frames.at(j).cell));
            // Each frame answers for itself.
            const auto hit = renderer.hitTest(rect, renderer.toPixel(rect, {105.852, 21.029}, i));
            QCOMPARE(hit.id, u"VN25-01"_qs);
            QCOMPARE(hit.frame, i);
        }
        QCOMPARE(l.legendSwatches.size(), 5); // every province has data: no "no data" entry
        checkLabels(l, image, count * 4);
    }

    void zoomAndPan()
    {
        ChoroplethRenderer renderer;
        configure(renderer, m_regions63, {{QString(), values(m_regions63, 2)}});
        const QRectF rect(0, 0, 1600, 1000);
        const QPointF hanoi = renderer.toPixel(rect, {105.852, 21.029});
        renderer.zoomAt(rect, hanoi, 6.0);
        QCOMPARE(renderer.zoom(), 6.0);
        // The point under the cursor stays put, and the view is six times larger.
        QVERIFY((renderer.toPixel(rect, {105.852, 21.029}) - hanoi).manhattanLength() < 0.5);
        QCOMPARE(renderer.hitTest(rect, hanoi).id, u"VN-HN"_qs);
        QCOMPARE(renderer.hitTest(rect, renderer.toPixel(rect, {105.95, 20.55})).id, u"VN-63"_qs); // Hà Nam
        const QImage zoomed = render(renderer, rect.size().toSize());
        save(zoomed, u"map-zoomed-hanoi.png"_qs);
        checkLabels(renderer.layout(rect), zoomed, 8);
        QVERIFY(ink(zoomed) > 0.3);

        renderer.panBy(rect, QPointF(120, -40));
        QVERIFY((renderer.toPixel(rect, {105.852, 21.029}) - hanoi - QPointF(120, -40)).manhattanLength() < 0.5);
        // Panning is bounded: the map cannot be thrown out of the view.
        renderer.panBy(rect, QPointF(1e6, 1e6));
        const QPointF far = renderer.toPixel(rect, {105.852, 21.029});
        QVERIFY(std::isfinite(far.x()) && renderer.pan().manhattanLength() < 1e5);
        renderer.zoomAt(rect, rect.center(), 1000.0);
        QCOMPARE(renderer.zoom(), ChoroplethRenderer::maxZoom);
        renderer.resetView();
        QCOMPARE(renderer.zoom(), 1.0);
        QCOMPARE(renderer.toPixel(rect, {105.852, 21.029}), hanoi);
    }

    void hoverAndStyle()
    {
        ChoroplethRenderer renderer;
        configure(renderer, m_regions63, {{QString(), values(m_regions63, 3)}});
        renderer.setHovered(u"VN-30"_qs);
        QCOMPARE(renderer.hovered(), u"VN-30"_qs);
        const QImage image = render(renderer, QSize(1200, 900));
        save(image, u"map-hover-1200x900.png"_qs);
        // The hovered outline is drawn in the hover colour somewhere along Gia Lai's border.
        const QRectF rect(image.rect());
        const QPointF inside = renderer.toPixel(rect, {108.1, 13.9});
        bool found = false;
        for (int dx = 0; dx < 300 && !found; ++dx) {
            const QColor c(image.pixel((inside + QPointF(dx, 0)).toPoint()));
            found = qAbs(c.red() - 0x0b) < 30 && qAbs(c.green() - 0x1f) < 30 && qAbs(c.blue() - 0x33) < 30;
        }
        QVERIFY(found);

        // A dark theme paints a dark background; nothing else changes in the layout.
        ChoroplethStyle dark;
        dark.background = QColor(0x10, 0x16, 0x1d);
        dark.text = QColor(0xf0, 0xf3, 0xf6);
        dark.halo = QColor(0x10, 0x16, 0x1d, 220);
        dark.legendBackground = QColor(0x10, 0x16, 0x1d, 235);
        renderer.setStyle(dark);
        const QImage night = render(renderer, QSize(1200, 900));
        QCOMPARE(QColor(night.pixel(3, 3)), dark.background);
    }

    void emptyRendererPaints()
    {
        ChoroplethRenderer renderer;
        const QImage image = render(renderer, QSize(300, 200));
        QCOMPARE(QColor(image.pixel(150, 100)), QColor(Qt::white));
        QCOMPARE(renderer.hitTest(QRectF(0, 0, 300, 200), QPointF(150, 100)).id, QString());
    }
};

QTEST_MAIN(TestChoroplethRenderer)
#include "tst_choroplethrenderer.moc"
