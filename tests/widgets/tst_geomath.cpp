#include "map/geomath.h"
#include "map/occupancygrid.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace dh;

class TestGeoMath : public QObject
{
    Q_OBJECT

private slots:
    void areaAndContainment()
    {
        const QPolygonF square({QPointF(0, 0), QPointF(4, 0), QPointF(4, 4), QPointF(0, 4)});
        QCOMPARE(GeoMath::signedArea(square), 16.0);
        QPolygonF clockwise = square;
        std::reverse(clockwise.begin(), clockwise.end());
        QCOMPARE(GeoMath::signedArea(clockwise), -16.0);
        QVERIFY(GeoMath::ringContains(square, {1, 1}));
        QVERIFY(!GeoMath::ringContains(square, {5, 1}));
        const QPolygonF hole({QPointF(1, 1), QPointF(1, 3), QPointF(3, 3), QPointF(3, 1)});
        QVERIFY(!GeoMath::ringsContain({square, hole}, {2, 2}));
        QVERIFY(GeoMath::ringsContain({square, hole}, {0.5, 2}));
        QCOMPARE(GeoMath::distanceToSegment({2, 3}, {0, 0}, {4, 0}), 3.0);
        QCOMPARE(GeoMath::distanceToSegment({7, 4}, {0, 0}, {4, 0}), 5.0);
        QCOMPARE(GeoMath::distanceToRings({square}, {2, 1}), 1.0);
    }

    void simplifyWithinTolerance()
    {
        // A noisy circle: what is dropped stays within the tolerance of what is kept.
        QPolygonF circle;
        for (int i = 0; i < 720; ++i) {
            const double a = i * std::numbers::pi / 360.0;
            circle << QPointF(100 * std::cos(a), 100 * std::sin(a) + (i % 2 ? 0.1 : -0.1));
        }
        const QPolygonF simple = GeoMath::simplify(circle, 0.5, true);
        QVERIFY(simple.size() < 120);
        QVERIFY(simple.size() >= 3);
        for (const QPointF &p : circle)
            QVERIFY(GeoMath::distanceToRings({simple}, p) <= 0.5 + 1e-9);
        // An open line keeps its ends; a tiny ring stays a triangle.
        const QPolygonF line({QPointF(0, 0), QPointF(1, 0.01), QPointF(2, 0), QPointF(3, 5)});
        const QPolygonF kept = GeoMath::simplify(line, 0.5, false);
        QCOMPARE(kept.first(), line.first());
        QCOMPARE(kept.last(), line.last());
        QCOMPARE(kept.size(), 3);
        const QPolygonF speck({QPointF(0, 0), QPointF(0.01, 0), QPointF(0.01, 0.01), QPointF(0, 0.01), QPointF(0, 0.005)});
        QCOMPARE(GeoMath::simplify(speck, 1.0, true).size(), 3);
    }

    void poleIsInsideAndCentral()
    {
        // A "C": its centroid lies in the gap, the pole in the thick back.
        const QPolygonF c({QPointF(0, 0), QPointF(10, 0), QPointF(10, 2), QPointF(3, 2), QPointF(3, 8),
                           QPointF(10, 8), QPointF(10, 10), QPointF(0, 10)});
        const GeoMath::Pole pole = GeoMath::poleOfInaccessibility({c}, 0.01);
        QVERIFY(GeoMath::ringContains(c, pole.point));
        QVERIFY(pole.point.x() < 3.0);
        QVERIFY(std::abs(pole.distance - 1.5) < 0.05);
        const QPolygonF square({QPointF(0, 0), QPointF(4, 0), QPointF(4, 4), QPointF(0, 4)});
        const GeoMath::Pole centre = GeoMath::poleOfInaccessibility({square}, 0.001);
        QVERIFY((centre.point - QPointF(2, 2)).manhattanLength() < 0.01);
        QVERIFY(std::abs(centre.distance - 2.0) < 0.01);
    }

    void occupancyFindsTheNearestFreeRoom()
    {
        OccupancyGrid grid(QRectF(0, 0, 100, 100), 2.0);
        grid.occupy(QRectF(0, 0, 60, 100)); // the left 60 % taken
        QVERIFY(!grid.isFree(QRectF(50, 10, 20, 20)));
        QVERIFY(grid.isFree(QRectF(62, 10, 20, 20)));
        const auto at = grid.findFree(QSizeF(20, 20), QPointF(0, 50));
        QVERIFY(at);
        QVERIFY(at->left() >= 60.0 && at->right() <= 100.0);
        QVERIFY(std::abs(at->center().y() - 50.0) <= 2.0);
        QVERIFY(!grid.findFree(QSizeF(50, 20), QPointF(0, 0)));
        QVERIFY(!grid.findFree(QSizeF(20, 20), QPointF(90, 90), QRectF(0, 0, 50, 50)));
    }
};

QTEST_GUILESS_MAIN(TestGeoMath)
#include "tst_geomath.moc"
