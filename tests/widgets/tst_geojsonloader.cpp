#include "map/geojsonloader.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace dh;

class TestGeoJsonLoader : public QObject
{
    Q_OBJECT

private:
    QList<GeoRegion> m_regions;

    const GeoRegion *find(const QString &id) const
    {
        for (const GeoRegion &r : m_regions) {
            if (r.id == id)
                return &r;
        }
        return nullptr;
    }

    QString regionAt(const QPointF &lonLat) const
    {
        QStringList hits;
        for (const GeoRegion &r : m_regions) {
            if (r.contains(lonLat))
                hits.append(r.id);
        }
        return hits.join(u',');
    }

private slots:
    void initTestCase()
    {
        const auto result = GeoJsonLoader::loadProvinces2008();
        QVERIFY2(result.ok(), qPrintable(result.error));
        m_regions = result.regions;
    }

    void everyProvinceOf2008HasAShape()
    {
        QFile csv(QStringLiteral(DIEUHANH_SOURCE_DIR "/resources/admin/provinces-2008.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
        const qsizetype isoColumn = lines.first().split(u',').indexOf(u"iso_3166_2"_qs);
        QVERIFY(isoColumn >= 0);
        QSet<QString> iso;
        for (qsizetype i = 1; i < lines.size(); ++i)
            iso.insert(lines.at(i).trimmed().split(u',').at(isoColumn));
        QCOMPARE(iso.size(), 63);
        QCOMPARE(m_regions.size(), 63); // 64 features, Côn Đảo merged
        for (const QString &code : iso) {
            const GeoRegion *r = find(code);
            QVERIFY2(r, qPrintable(code));
            QVERIFY(!r->name.isEmpty());
            QVERIFY(r->areaKm2() > 100.0);
        }
    }

    void conDaoJoinsBaRiaVungTau()
    {
        const GeoRegion *r = find(u"VN-43"_qs);
        QVERIFY(r);
        QCOMPARE(r->name, u"Bà Rịa - Vũng Tàu"_qs); // the larger part names the region
        QCOMPARE(r->rings.size(), 2);
        QCOMPARE(regionAt({106.60, 8.69}), u"VN-43"_qs); // Côn Sơn
    }

    void ringsAreNormalised()
    {
        for (const GeoRegion &r : m_regions) {
            for (const QPolygonF &ring : r.rings) {
                QVERIFY(ring.size() >= 3);
                QVERIFY(ring.constFirst() != ring.constLast());
            }
        }
    }

    void pointLookups_data()
    {
        QTest::addColumn<QPointF>("lonLat");
        QTest::addColumn<QString>("id");
        QTest::newRow("Hoàn Kiếm lake") << QPointF(105.852, 21.029) << u"VN-HN"_qs;
        QTest::newRow("Hội An") << QPointF(108.335, 15.880) << u"VN-27"_qs;
        QTest::newRow("Côn Sơn") << QPointF(106.60, 8.69) << u"VN-43"_qs;
        QTest::newRow("Hoàng Sa islet") << QPointF(112.3968, 16.8063) << u"VN-DN"_qs;
        QTest::newRow("Hoàng Sa, west") << QPointF(111.6818, 16.508) << u"VN-DN"_qs;
        QTest::newRow("Trường Sa islet") << QPointF(114.4327, 10.284) << u"VN-34"_qs;
        QTest::newRow("Trường Sa, south") << QPointF(114.3426, 9.575) << u"VN-34"_qs;
        QTest::newRow("Bến Thành") << QPointF(106.698, 10.772) << u"VN-SG"_qs;
        QTest::newRow("open sea") << QPointF(110.0, 14.0) << QString();
    }

    void pointLookups()
    {
        QFETCH(QPointF, lonLat);
        QFETCH(QString, id);
        QCOMPARE(regionAt(lonLat), id);
    }

    void totalArea()
    {
        // geoBoundaries' metadata: 64 units of 5,157.9 km² on average = 330,109 km².
        double total = 0;
        for (const GeoRegion &r : m_regions)
            total += r.areaKm2();
        QVERIFY2(std::abs(total / 330109.0 - 1.0) < 0.005, qPrintable(QString::number(total)));
    }

    void mergesHolesAndErrors()
    {
        const QByteArray json = R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"k":"A","n":"Ring"},"geometry":{"type":"Polygon","coordinates":[
                [[0,0],[0,10],[10,10],[10,0],[0,0]], [[2,2],[8,2],[8,8],[2,8],[2,2]]]}},
            {"type":"Feature","properties":{"k":"B","n":"Two"},"geometry":{"type":"MultiPolygon","coordinates":[
                [[[20,0],[21,0],[21,1],[20,1],[20,0]]], [[[30,0],[31,0],[31,1],[30,1],[30,0]]]]}},
            {"type":"Feature","properties":{"k":"C"},"geometry":{"type":"Point","coordinates":[1,1]}}]})";
        const auto result = GeoJsonLoader::parse(json, u"k"_qs, u"n"_qs);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.regions.size(), 2);
        const GeoRegion &a = result.regions.at(0);
        QVERIFY(a.contains({1, 1}));
        QVERIFY(!a.contains({5, 5})); // in the hole
        QVERIFY(a.areaKm2() > 0.0);
        QCOMPARE(result.regions.at(1).rings.size(), 2);

        QVERIFY(!GeoJsonLoader::parse("{", u"k"_qs, u"n"_qs).ok());
        QVERIFY(!GeoJsonLoader::parse(R"({"type":"Feature"})", u"k"_qs, u"n"_qs).ok());
        const auto noKey = GeoJsonLoader::parse(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
            "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]})", u"k"_qs, u"n"_qs);
        QVERIFY(!noKey.ok());
        QVERIFY(noKey.error.contains(u"\"k\""));
        const auto badRing = GeoJsonLoader::parse(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"k":"X"},
            "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,"x"],[1,1],[0,0]]]}}]})", u"k"_qs, u"n"_qs);
        QVERIFY(!badRing.ok());
        QVERIFY(!GeoJsonLoader::load(u"/nonexistent.geojson"_qs, u"k"_qs, u"n"_qs).ok());
    }
};

QTEST_GUILESS_MAIN(TestGeoJsonLoader)
#include "tst_geojsonloader.moc"
