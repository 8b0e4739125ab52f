#include "map/choroplethmap.h"
#include "map/colorbrewer.h"
#include "map/geojsonloader.h"

#include <QApplication>
#include <QHelpEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

using namespace dh;

class TestChoroplethMap : public QObject
{
    Q_OBJECT

private:
    QList<GeoRegion> m_regions;

    ChoroplethInput input() const
    {
        ChoroplethInput in;
        in.regions = m_regions;
        in.insets = {{QRectF(QPointF(111.0, 15.6), QPointF(113.2, 17.2)), u"Quần đảo Hoàng Sa (Đà Nẵng)"_qs},
                     {QRectF(QPointF(111.6, 7.6), QPointF(116.0, 11.8)), u"Quần đảo Trường Sa (Khánh Hòa)"_qs}};
        QHash<QString, double> values;
        for (qsizetype i = 0; i < m_regions.size(); ++i)
            values.insert(m_regions.at(i).id, 10.0 + double(i));
        values.remove(u"VN-SG"_qs);
        in.frames = {{QString(), values}};
        in.edges = {10, 25, 40, 55, 73};
        in.colors = ColorBrewer::colors(ColorBrewer::Scheme::Greens, 4);
        in.format = [](double v) { return QString::number(v, 'f', 1).replace(u'.', u','); };
        in.noDataLabel = u"Không có số liệu"_qs;
        in.title = u"Bản đồ thử"_qs;
        return in;
    }

    void setUp(ChoroplethMap &map) const
    {
        map.setInput(input());
        map.resize(900, 800);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
    }

    static QPoint at(const ChoroplethMap &map, const QPointF &lonLat, int frame = 0)
    {
        return map.renderer().toPixel(QRectF(map.rect()), lonLat, frame).toPoint();
    }

    // The colour the map shows inside the region around the point in the frame, away from labels
    // and borders; invalid if no such pixel is found.
    static QColor shownInside(const ChoroplethMap &map, const QImage &image, const QPointF &lonLat, const QString &id, int frame)
    {
        const QRectF rect(map.rect());
        const ChoroplethRenderer &renderer = map.renderer();
        const ChoroplethLayout &l = renderer.layout(rect);
        const QPointF centre = renderer.toPixel(rect, lonLat, frame);
        for (int dy = -30; dy <= 30; dy += 3) {
            for (int dx = -30; dx <= 30; dx += 3) {
                const QPointF p = centre + QPointF(dx, dy);
                bool clear = std::none_of(l.labels.cbegin(), l.labels.cend(),
                                          [&](const ChoroplethLayout::Label &label) { return label.rect.adjusted(-4, -4, 4, 4).contains(p); });
                for (int k = -3; k <= 3 && clear; k += 3) {
                    for (int j = -3; j <= 3 && clear; j += 3) {
                        const auto hit = renderer.hitTest(rect, p + QPointF(k, j));
                        clear = hit.id == id && hit.frame == frame;
                    }
                }
                if (clear)
                    return QColor(image.pixel(p.toPoint()));
            }
        }
        return {};
    }

    static void wheel(ChoroplethMap &map, const QPoint &pos, int delta)
    {
        QWheelEvent event(pos, map.mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&map, &event);
    }

private slots:
    void initTestCase()
    {
        const auto loaded = GeoJsonLoader::loadProvinces2008();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        m_regions = loaded.regions;
    }

    void clickAndHover()
    {
        ChoroplethMap map;
        setUp(map);
        QCOMPARE(map.focusPolicy(), Qt::StrongFocus);
        QSignalSpy clicked(&map, &ChoroplethMap::regionClicked);
        QSignalSpy hovered(&map, &ChoroplethMap::regionHovered);

        const QPoint hanoi = at(map, {105.852, 21.029});
        QTest::mouseMove(&map, hanoi);
        QCOMPARE(map.hoveredRegion(), u"VN-HN"_qs);
        QCOMPARE(hovered.last().first().toString(), u"VN-HN"_qs);
        QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, hanoi);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toString(), u"VN-HN"_qs);

        // The islands answer too.
        QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, at(map, {112.3968, 16.8063}));
        QCOMPARE(clicked.last().first().toString(), u"VN-DN"_qs);
        // The sea does not.
        QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, QPoint(map.width() - 5, map.height() / 2));
        QCOMPARE(clicked.size(), 2);

        // The keyboard clicks the hovered province.
        QTest::mouseMove(&map, hanoi);
        map.setFocus();
        QTest::keyClick(&map, Qt::Key_Return);
        QCOMPARE(clicked.last().first().toString(), u"VN-HN"_qs);
        QCOMPARE(map.accessibleName(), u"Bản đồ thử"_qs);
    }

    void tooltipShowsNameAndValue()
    {
        ChoroplethMap map;
        setUp(map);
        const QPoint hanoi = at(map, {105.852, 21.029});
        QHelpEvent help(QEvent::ToolTip, hanoi, map.mapToGlobal(hanoi));
        QApplication::sendEvent(&map, &help);
        QVERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(u"Hà Nội"));
        const qsizetype i = std::find_if(m_regions.cbegin(), m_regions.cend(), [](const GeoRegion &r) { return r.id == u"VN-HN"; }) - m_regions.cbegin();
        QVERIFY2(QToolTip::text().contains(QString::number(10.0 + double(i), 'f', 1).replace(u'.', u',')), qPrintable(QToolTip::text()));

        const QPoint saigon = at(map, {106.698, 10.772});
        QHelpEvent noData(QEvent::ToolTip, saigon, map.mapToGlobal(saigon));
        QApplication::sendEvent(&map, &noData);
        QVERIFY(QToolTip::text().contains(u"Không có số liệu"));
        QToolTip::hideText();
    }

    void zoomAndPan()
    {
        ChoroplethMap map;
        setUp(map);
        const QPoint hanoi = at(map, {105.852, 21.029});
        wheel(map, hanoi, 120 * 4);
        QVERIFY(map.renderer().zoom() > 1.9);
        // Zooming keeps Hà Nội under the pointer.
        QVERIFY((at(map, {105.852, 21.029}) - hanoi).manhattanLength() <= 1);
        QSignalSpy clicked(&map, &ChoroplethMap::regionClicked);
        QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, hanoi);
        QCOMPARE(clicked.last().first().toString(), u"VN-HN"_qs);

        // A drag pans and is not a click.
        const QPointF before = map.renderer().pan();
        QTest::mousePress(&map, Qt::LeftButton, Qt::NoModifier, hanoi);
        QTest::mouseMove(&map, hanoi + QPoint(30, 10));
        QTest::mouseMove(&map, hanoi + QPoint(60, 20));
        QTest::mouseRelease(&map, Qt::LeftButton, Qt::NoModifier, hanoi + QPoint(60, 20));
        QCOMPARE(clicked.size(), 1);
        QVERIFY((map.renderer().pan() - before - QPointF(60, 20)).manhattanLength() < 1.0);

        map.setFocus();
        QTest::keyClick(&map, Qt::Key_Home);
        QCOMPARE(map.renderer().zoom(), 1.0);
        QCOMPARE(map.renderer().pan(), QPointF());
        QTest::keyClick(&map, Qt::Key_Plus);
        QCOMPARE(map.renderer().zoom(), 1.25);
        QTest::keyClick(&map, Qt::Key_Left);
        QVERIFY(map.renderer().pan().x() > 0);
        QTest::keyClick(&map, Qt::Key_Minus);
        QCOMPARE(map.renderer().zoom(), 1.0);
        QTest::keyClick(&map, Qt::Key_Plus);
        QTest::keyClick(&map, Qt::Key_0);
        QCOMPARE(map.renderer().zoom(), 1.0);
        wheel(map, hanoi, 240);
        QVERIFY(map.renderer().zoom() > 1.0);
        QTest::mouseDClick(&map, Qt::LeftButton, Qt::NoModifier, hanoi);
        QCOMPARE(map.renderer().zoom(), 1.0);
        // Zooming out never goes below the fitted view.
        wheel(map, hanoi, -1200);
        QCOMPARE(map.renderer().zoom(), 1.0);
    }

    void smallMultiplesClickPerFrame()
    {
        ChoroplethMap map;
        setUp(map);
        // One class per frame: 20, 35, 50 and 65 fall in the first to the fourth. Without labels,
        // which would cover the small provinces of four maps side by side.
        ChoroplethInput in = input();
        in.labelMode = ChoroplethInput::LabelMode::None;
        in.frames.clear();
        for (int i = 0; i < 4; ++i) {
            QHash<QString, double> values;
            for (const GeoRegion &r : m_regions)
                values.insert(r.id, 20.0 + 15.0 * i);
            in.frames.append({QStringLiteral("Quý %1/2026").arg(i + 1), values});
        }
        map.setInput(in);
        QSignalSpy clicked(&map, &ChoroplethMap::regionClicked);
        for (int f = 0; f < 4; ++f) {
            QTest::mouseClick(&map, Qt::LeftButton, Qt::NoModifier, at(map, {108.1, 13.9}, f));
            QCOMPARE(clicked.last().first().toString(), u"VN-30"_qs);
        }
        const QPoint third = at(map, {105.852, 21.029}, 2);
        QHelpEvent help(QEvent::ToolTip, third, map.mapToGlobal(third));
        QApplication::sendEvent(&map, &help);
        QVERIFY(QToolTip::text().contains(u"Quý 3/2026"));
        QVERIFY(QToolTip::text().contains(u"50,0"));
        QToolTip::hideText();

        // What the widget shows: Gia Lai in each frame's class colour.
        const QImage shown = map.grab().toImage();
        QCOMPARE(shown.size(), map.size());
        for (int f = 0; f < 4; ++f)
            QCOMPARE(shownInside(map, shown, {108.1, 13.9}, u"VN-30"_qs, f), in.colors.at(f));
    }
};

QTEST_MAIN(TestChoroplethMap)
#include "tst_choroplethmap.moc"
