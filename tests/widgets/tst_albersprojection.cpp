#include "map/albersprojection.h"
#include "map/geomath.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace dh;

class TestAlbersProjection : public QObject
{
    Q_OBJECT

private:
    // The area of a longitude/latitude box on the WGS84 ellipsoid, from the authalic formula
    // A = a²/2 · Δλ · (q(φ2) − q(φ1)), independent of any projection.
    static double ellipsoidBoxKm2(double lon1, double lat1, double lon2, double lat2)
    {
        const double a = 6378.137;
        const double f = 1.0 / 298.257223563;
        const double e2 = f * (2.0 - f);
        const double e = std::sqrt(e2);
        const auto q = [&](double latDeg) {
            const double s = std::sin(latDeg * std::numbers::pi / 180.0);
            return (1.0 - e2) * (s / (1.0 - e2 * s * s) - std::log((1.0 - e * s) / (1.0 + e * s)) / (2.0 * e));
        };
        return a * a / 2.0 * ((lon2 - lon1) * std::numbers::pi / 180.0) * (q(lat2) - q(lat1));
    }

private slots:
    void roundTrip()
    {
        const AlbersProjection p = AlbersProjection::vietnam();
        for (const QPointF lonLat : {QPointF(105.852, 21.029), QPointF(106.6, 8.69), QPointF(114.43, 10.28),
                                     QPointF(102.14, 22.4), QPointF(112.4, 16.8)}) {
            const QPointF back = p.unproject(p.project(lonLat));
            QVERIFY2(std::abs(back.x() - lonLat.x()) < 1e-9 && std::abs(back.y() - lonLat.y()) < 1e-9,
                     qPrintable(QStringLiteral("%1,%2").arg(back.x(), 0, 'f', 12).arg(back.y(), 0, 'f', 12)));
        }
        // The origin, and north up along the central meridian.
        QVERIFY(p.project({106.0, 16.0}).manhattanLength() < 1e-9);
        QVERIFY(p.project({106.0, 21.0}).y() > 500.0);
    }

    void equalArea()
    {
        const AlbersProjection p = AlbersProjection::vietnam();
        for (const QRectF box : {QRectF(104.0, 20.0, 1.0, 1.0), QRectF(106.0, 8.5, 2.0, 1.5), QRectF(112.0, 16.0, 0.5, 0.5)}) {
            // Densified edges: straight lines in the projection follow the box's curved sides.
            QPolygonF ring;
            constexpr int steps = 200;
            for (int i = 0; i < steps; ++i)
                ring << QPointF(box.left() + box.width() * i / steps, box.top());
            for (int i = 0; i < steps; ++i)
                ring << QPointF(box.right(), box.top() + box.height() * i / steps);
            for (int i = 0; i < steps; ++i)
                ring << QPointF(box.right() - box.width() * i / steps, box.bottom());
            for (int i = 0; i < steps; ++i)
                ring << QPointF(box.left(), box.bottom() - box.height() * i / steps);
            const double projected = GeoMath::signedArea(p.project(ring));
            const double exact = ellipsoidBoxKm2(box.left(), box.top(), box.right(), box.bottom());
            QVERIFY2(std::abs(projected / exact - 1.0) < 1e-5, qPrintable(QStringLiteral("%1 vs %2").arg(projected).arg(exact)));
        }
    }

    void fitKeepsAspectAndCentres()
    {
        const QRectF projected(-100, -200, 200, 400); // 1:2, y north
        const QRectF pixels(10, 20, 1000, 500);
        const QTransform t = AlbersProjection::fit(projected, pixels);
        QCOMPARE(t.map(projected.center()), pixels.center());
        QCOMPARE(t.m11(), 1.25);
        QCOMPARE(t.m22(), -1.25);
        // North is up: the top of the projected box maps to the top of the pixels.
        QCOMPARE(t.map(QPointF(0, 200)).y(), 20.0);
    }
};

QTEST_GUILESS_MAIN(TestAlbersProjection)
#include "tst_albersprojection.moc"
