#include "map/choroplethrenderer.h"
#include "map/colorbrewer.h"
#include "map/geodissolve.h"
#include "map/geojsonloader.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>

#include <algorithm>
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

    // The input the tests draw: both archipelagos, five classes of equal counts over the frames
    // (the widgets know nothing of how the app classifies; any ascending edges will do).
    static ChoroplethInput input(const QList<GeoRegion> &regions, const QList<ChoroplethFrame> &frames)
    {
        ChoroplethInput in;
        in.regions = regions;
        in.insets = insets();
        in.frames = frames;
        QList<double> all;
        for (const ChoroplethFrame &f : frames)
            all.append(f.values.values());
        std::sort(all.begin(), all.end());
        for (int k = 0; k <= 5; ++k)
            in.edges.append(all.at(std::min<qsizetype>(all.size() - 1, k * all.size() / 5)));
        in.colors = ColorBrewer::colors(ColorBrewer::Scheme::YlGnBu, int(in.edges.size()) - 1);
        in.format = &vietnamese;
        in.legendTitle = u"Tỷ lệ giải ngân (%)"_qs;
        in.noDataLabel = u"Không có số liệu"_qs;
        in.title = u"Giải ngân vốn đầu tư công"_qs;
        in.subtitle = u"Tháng 10/2026 · Số liệu mô phỏng"_qs;
        in.attribution = u"Administrative boundaries: geoBoundaries.org"_qs;
        in.labelPriority = {u"VN-HN"_qs, u"VN-SG"_qs, u"VN25-01"_qs, u"VN25-79"_qs};
        return in;
    }

    // The colour of the class a value falls in, worked out here rather than asked of the renderer:
    // each class holds its upper bound.
    static QColor classColour(const ChoroplethInput &in, double value)
    {
        for (qsizetype k = 0; k + 2 < in.edges.size(); ++k) {
            if (value <= in.edges.at(k + 1))
                return in.colors.at(k);
        }
        return in.colors.at(in.edges.size() - 2);
    }

    static QColor classColour(const ChoroplethInput &in, const QString &id, int frame = 0)
    {
        return classColour(in, in.frames.at(frame).values.value(id));
    }

    static int distance(const QColor &a, const QColor &b)
    {
        return qAbs(a.red() - b.red()) + qAbs(a.green() - b.green()) + qAbs(a.blue() - b.blue());
    }

    // Whether a pixel within the radius of the point is close to one of the colours.
    static bool drawnNear(const QImage &image, const QPointF &centre, int radius, const QList<QColor> &colours)
    {
        for (int dy = -radius; dy <= radius; ++dy) {
            for (int dx = -radius; dx <= radius; ++dx) {
                const QPoint p = centre.toPoint() + QPoint(dx, dy);
                if (!image.rect().contains(p))
                    continue;
                const QColor c(image.pixel(p));
                if (std::any_of(colours.cbegin(), colours.cend(), [&](const QColor &k) { return distance(c, k) < 60; }))
                    return true;
            }
        }
        return false;
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

    // The map shows the colour around the point inside the region in the frame — away from labels
    // and borders.
    static void checkColourAt(const ChoroplethRenderer &renderer, const QImage &image, const QPointF &lonLat, const QString &id,
                              const QColor &expected, int frame = 0)
    {
        const QRectF rect(image.rect());
        const ChoroplethLayout &l = renderer.layout(rect);
        const QPointF centre = renderer.toPixel(rect, lonLat, frame);
        for (int dy = -40; dy <= 40; dy += 4) {
            for (int dx = -40; dx <= 40; dx += 4) {
                const QPointF p = centre + QPointF(dx, dy);
                bool clear = true;
                for (const auto &label : l.labels)
                    clear = clear && !label.rect.adjusted(-4, -4, 4, 4).contains(p);
                for (int k = -3; k <= 3 && clear; k += 3) {
                    for (int j = -3; j <= 3 && clear; j += 3) {
                        const auto hit = renderer.hitTest(rect, p + QPointF(k, j));
                        clear = hit.id == id && hit.frame == frame;
                    }
                }
                if (!clear)
                    continue;
                QCOMPARE(QColor(image.pixel(p.toPoint())), expected);
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
                    textPixels += distance(c, a.text) < distance(c, a.halo) ? 1 : 0;
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
        const ChoroplethInput in = input(regions, {{QString(), values(regions, 1, {u"VN-33"_qs, u"VN25-66"_qs})}});
        renderer.setInput(in);
        const QImage image = render(renderer, size);
        save(image, QStringLiteral("map-%1-%2x%3.png").arg(provinces34 ? 34 : 63).arg(size.width()).arg(size.height()));
        const QRectF rect(image.rect());
        const ChoroplethLayout &l = renderer.layout(rect);

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

        // Each province is painted in the colour of the class its value falls in.
        const QString sonLa = provinces34 ? u"VN25-14"_qs : u"VN-05"_qs;
        const QString giaLai = provinces34 ? u"VN25-52"_qs : u"VN-30"_qs;
        checkColourAt(renderer, image, {104.0, 21.3}, sonLa, classColour(in, sonLa));
        checkColourAt(renderer, image, {108.1, 13.9}, giaLai, classColour(in, giaLai));
        QCOMPARE(renderer.colorOf(giaLai), classColour(in, giaLai));
        // No data is hatched, not filled with a class colour.
        const QString noData = provinces34 ? u"VN25-66"_qs : u"VN-33"_qs;
        QVERIFY(!renderer.colorOf(noData).isValid());

        // Hoàng Sa and Trường Sa are drawn, in their provinces' colours, where the map puts them.
        const ChoroplethStyle style;
        QVERIFY(drawnNear(image, renderer.toPixel(rect, {112.3968, 16.8063}), 4, {classColour(in, daNang), style.outline}));
        QVERIFY(drawnNear(image, renderer.toPixel(rect, {114.4327, 10.284}), 4, {classColour(in, khanhHoa), style.outline}));

        // The legend: inside the view, one swatch per class in the palette's colours, in order,
        // and a hatched one for no data.
        QVERIFY(rect.contains(l.legend));
        QCOMPARE(l.legendSwatches.size(), 6);
        QCOMPARE(l.legendTexts.size(), 6);
        const QList<QColor> palette = ColorBrewer::colors(ColorBrewer::Scheme::YlGnBu, 5);
        for (int k = 0; k < 5; ++k) {
            QCOMPARE(QColor(image.pixel(l.legendSwatches.at(k).center().toPoint())), palette.at(k));
            QCOMPARE(l.legendTexts.at(k), vietnamese(in.edges.at(k)) + u" – "_qs + vietnamese(in.edges.at(k + 1)));
        }
        QCOMPARE(l.legendTexts.last(), u"Không có số liệu"_qs);
        int blank = 0;
        int hatched = 0;
        const QRect swatch = l.legendSwatches.last().toRect().adjusted(2, 2, -2, -2);
        for (int y = swatch.top(); y <= swatch.bottom(); ++y) {
            for (int x = swatch.left(); x <= swatch.right(); ++x) {
                const QColor c(image.pixel(x, y));
                blank += c == style.noData ? 1 : 0;
                hatched += distance(c, style.hatch) < distance(c, style.noData) ? 1 : 0;
            }
        }
        QVERIFY2(blank > 0 && hatched > 0, qPrintable(u"%1 %2"_qs.arg(blank).arg(hatched)));

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
        ChoroplethInput in = input(m_regions34, frames);
        in.labelMode = ChoroplethInput::LabelMode::Values;
        renderer.setInput(in);
        const QImage image = render(renderer, size);
        save(image, QStringLiteral("map-multiples-%1-%2x%3.png").arg(count).arg(size.width()).arg(size.height()));
        const QRectF rect(image.rect());
        const ChoroplethLayout &l = renderer.layout(rect);
        QCOMPARE(l.frames.size(), count);
        for (int i = 0; i < count; ++i) {
            // Each frame paints its own period's values.
            checkColourAt(renderer, image, {108.1, 13.9}, u"VN25-52"_qs, classColour(in, u"VN25-52"_qs, i), i);
            checkColourAt(renderer, image, {104.0, 21.3}, u"VN25-14"_qs, classColour(in, u"VN25-14"_qs, i), i);
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
        const ChoroplethInput in = input(m_regions63, {{QString(), values(m_regions63, 2)}});
        renderer.setInput(in);
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
        // Six times larger, Hà Nội and Hà Nam are still painted in their classes' colours.
        checkColourAt(renderer, zoomed, {105.852, 21.029}, u"VN-HN"_qs, classColour(in, u"VN-HN"_qs));
        checkColourAt(renderer, zoomed, {105.95, 20.55}, u"VN-63"_qs, classColour(in, u"VN-63"_qs));

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
        ChoroplethInput in = input(m_regions63, {{QString(), values(m_regions63, 3)}});
        renderer.setInput(in);
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
        const QRectF legend = renderer.layout(rect).legend;
        const qsizetype labels = renderer.layout(rect).labels.size();
        in.style = dark;
        renderer.setInput(in);
        QCOMPARE(renderer.hovered(), u"VN-30"_qs);
        const QImage night = render(renderer, QSize(1200, 900));
        QCOMPARE(QColor(night.pixel(3, 3)), dark.background);
        QCOMPARE(renderer.layout(rect).legend, legend);
        QCOMPARE(renderer.layout(rect).labels.size(), labels);
        checkColourAt(renderer, night, {108.1, 13.9}, u"VN-30"_qs, classColour(in, u"VN-30"_qs));
    }

    // Zoom, pan and the hovered region are the viewer's: new values keep them, and so does the
    // same geometry passed again; other regions start from the fitted view.
    void newInputKeepsTheView()
    {
        ChoroplethRenderer renderer;
        ChoroplethInput in = input(m_regions63, {{QString(), values(m_regions63, 1)}});
        renderer.setInput(in);
        const QRectF rect(0, 0, 1200, 900);
        renderer.zoomAt(rect, renderer.toPixel(rect, {105.852, 21.029}), 3.0);
        renderer.setHovered(u"VN-HN"_qs);
        const QPointF pan = renderer.pan();

        in.frames = {{QString(), values(m_regions63, 2)}};
        in.regions = QList<GeoRegion>(m_regions63.cbegin(), m_regions63.cend()); // equal, not shared
        renderer.setInput(in);
        QCOMPARE(renderer.zoom(), 3.0);
        QCOMPARE(renderer.pan(), pan);
        QCOMPARE(renderer.hovered(), u"VN-HN"_qs);
        QCOMPARE(*renderer.value(u"VN-HN"_qs), values(m_regions63, 2).value(u"VN-HN"_qs));

        renderer.setInput(input(m_regions34, {{QString(), values(m_regions34, 2)}}));
        QCOMPARE(renderer.zoom(), 1.0);
        QCOMPARE(renderer.pan(), QPointF());
        QVERIFY(renderer.hovered().isEmpty()); // VN-HN is not one of the 34
        QCOMPARE(renderer.hitTest(rect, renderer.toPixel(rect, {105.852, 21.029})).id, u"VN25-01"_qs);
        // Defaults fill what the input leaves out.
        renderer.setInput(ChoroplethInput());
        QCOMPARE(renderer.frames().size(), 1);
        QVERIFY(!renderer.input().noDataLabel.isEmpty());
        QVERIFY(renderer.input().format);
    }

    void emptyRendererPaints()
    {
        ChoroplethRenderer renderer;
        const QImage image = render(renderer, QSize(300, 200));
        QCOMPARE(QColor(image.pixel(150, 100)), QColor(Qt::white));
        QCOMPARE(renderer.hitTest(QRectF(0, 0, 300, 200), QPointF(150, 100)).id, QString());
    }

    // A wall's floor on the type: the legend and the archipelagos' names are set at no less than
    // it, the legend goes beside or under the map, and everything stays inside the view, whole.
    void minimumTextSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<bool>("noData");
        QTest::newRow("4K half panel") << QSize(1850, 900) << 112 << false;
        QTest::newRow("4K tall panel") << QSize(1850, 1800) << 112 << true;
        QTest::newRow("1080p two screens") << QSize(1850, 2000) << 56 << true;
        QTest::newRow("4K quarter panel") << QSize(1850, 740) << 112 << true;
    }

    void minimumTextSize()
    {
        QFETCH(QSize, size);
        QFETCH(int, minimum);
        QFETCH(bool, noData);
        ChoroplethInput in = input(m_regions34, {{QString(), values(m_regions34, 1, noData ? QStringList{u"VN25-66"_qs} : QStringList())}});
        in.title.clear();
        in.subtitle.clear();
        in.attribution.clear();
        in.legendTitle.clear();
        in.labelMode = ChoroplethInput::LabelMode::None;
        const QRectF rect(QPointF(0, 0), size);
        ChoroplethRenderer renderer;
        renderer.setInput(in);
        // Without the floor the map's own type is well below it, so the checks below see the floor.
        QVERIFY(renderer.layout(rect).legendFont.pixelSize() < minimum);
        QVERIFY(renderer.layout(rect).islandFont.pixelSize() < minimum);

        in.style.minTextPixels = minimum;
        renderer.setInput(in);
        const QImage image = render(renderer, size);
        save(image, QStringLiteral("map-min%1-%2x%3.png").arg(minimum).arg(size.width()).arg(size.height()));
        const ChoroplethLayout &l = renderer.layout(rect);
        QVERIFY2(l.smallestText >= minimum, qPrintable(QString::number(l.smallestText)));
        QVERIFY(l.legendFont.pixelSize() >= minimum);
        QVERIFY(l.islandFont.pixelSize() >= minimum);

        // The legend: every class and "no data", inside the view, each text whole in its place.
        QVERIFY(rect.contains(l.legend));
        QCOMPARE(l.legendSwatches.size(), noData ? 6 : 5);
        QCOMPARE(l.legendTexts.size(), l.legendTextRects.size());
        QVERIFY(noData ? l.legendTexts.last() == u"Không có số liệu"_qs : l.legendTexts.last().endsWith(vietnamese(in.edges.last())));
        const QFontMetricsF legendMetrics(l.legendFont);
        for (qsizetype i = 0; i < l.legendTexts.size(); ++i) {
            const QRectF &r = l.legendTextRects.at(i);
            QVERIFY2(l.legend.contains(r), qPrintable(l.legendTexts.at(i)));
            QVERIFY2(legendMetrics.horizontalAdvance(l.legendTexts.at(i)) <= r.width(), qPrintable(l.legendTexts.at(i)));
            for (qsizetype j = i + 1; j < l.legendTexts.size(); ++j)
                QVERIFY2(!r.intersects(l.legendTextRects.at(j)), qPrintable(l.legendTexts.at(i) + u" / "_qs + l.legendTexts.at(j)));
        }
        for (const QRectF &swatch : l.legendSwatches)
            QVERIFY(l.legend.contains(swatch));
        // The first and last bounds are always written.
        QCOMPARE(l.legendTexts.first(), l.legendStrip ? vietnamese(in.edges.first()) : vietnamese(in.edges.at(0)) + u" – "_qs + vietnamese(in.edges.at(1)));

        // Both archipelagos named, in full, inside the view and clear of the legend.
        QStringList islandLabels;
        for (const ChoroplethLayout::Label &label : l.labels) {
            QVERIFY(label.island);
            QVERIFY2(rect.contains(label.rect), qPrintable(label.lines.join(u' ')));
            QVERIFY2(QFontMetricsF(l.islandFont).horizontalAdvance(label.lines.value(0)) <= label.rect.width(), qPrintable(label.lines.join(u' ')));
            islandLabels.append(label.lines.join(u' '));
            // A quarter of a 4K screen leaves a map too small for its names at 112 px: they may
            // cover the legend there, and below 1500 px of height each other.
            if (size.height() * 112 >= 800 * minimum)
                QVERIFY2(!label.rect.intersects(l.legend), qPrintable(label.lines.join(u' ')));
        }
        QCOMPARE(islandLabels, (QStringList{u"Quần đảo Hoàng Sa (Đà Nẵng)"_qs, u"Quần đảo Trường Sa (Khánh Hòa)"_qs}));
        if (size.height() * 112 >= 1500 * minimum)
            QVERIFY(!l.labels.at(0).rect.intersects(l.labels.at(1).rect));
    }
};

QTEST_MAIN(TestChoroplethRenderer)
#include "tst_choroplethrenderer.moc"
