#include "gui/appoptions.h"
#include "models/viewstate.h"

#include <QTest>

using namespace dh;

class TestAppOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const auto o = parseAppOptions({u"dieuhanh"_qs});
        QVERIFY(o.ok());
        QVERIFY(o->screenshot.isEmpty());
        QCOMPARE(o->view, u"home"_qs);
        QVERIFY(!o->size.isValid());
    }

    void screenshot()
    {
        const auto o = parseAppOptions({u"dieuhanh"_qs, u"--screenshot"_qs, u"/tmp/a.png"_qs, u"--size=3840x2160"_qs,
                                        u"--view"_qs, u"home"_qs, u"--lang"_qs, u"en"_qs, u"--cache"_qs, u"c.sqlite"_qs});
        QVERIFY(o.ok());
        QCOMPARE(o->screenshot, u"/tmp/a.png"_qs);
        QCOMPARE(o->size, QSize(3840, 2160));
        QCOMPARE(o->language, u"en"_qs);
        QCOMPARE(o->cachePath, u"c.sqlite"_qs);
    }

    void packAndPdfGoTogether()
    {
        const auto o = parseAppOptions({u"dieuhanh"_qs, u"--pack"_qs, u"monthly.json"_qs, u"--pdf"_qs, u"/tmp/out.pdf"_qs});
        QVERIFY(o.ok());
        QCOMPARE(o->pack, u"monthly.json"_qs);
        QCOMPARE(o->pdf, u"/tmp/out.pdf"_qs);
        QVERIFY(!parseAppOptions({u"dieuhanh"_qs, u"--pack"_qs, u"monthly.json"_qs}).ok());
        QVERIFY(!parseAppOptions({u"dieuhanh"_qs, u"--pdf"_qs, u"/tmp/out.pdf"_qs}).ok());
        QVERIFY(!parseAppOptions({u"dieuhanh"_qs, u"--pack"_qs, u"m.json"_qs, u"--pdf"_qs, u"o.pdf"_qs, u"--screenshot"_qs, u"s.png"_qs}).ok());
    }

    void layoutAndMapView()
    {
        const auto o = parseAppOptions({u"dieuhanh"_qs, u"--layout"_qs, u"/srv/wall.json"_qs, u"--view"_qs,
                                        u"map:pubinv.rate:2025-06:63"_qs});
        QVERIFY(o.ok());
        QCOMPARE(o->layout, u"/srv/wall.json"_qs);
        QCOMPARE(o->view, u"map:pubinv.rate:2025-06:63"_qs);
    }

    void endpointsAndSyncView()
    {
        const auto o = parseAppOptions({u"dieuhanh"_qs, u"--endpoints"_qs, u"/etc/dieuhanh/endpoints.json"_qs, u"--view"_qs, u"sync"_qs});
        QVERIFY(o.ok());
        QCOMPARE(o->endpoints, u"/etc/dieuhanh/endpoints.json"_qs);
        QCOMPARE(o->view, u"sync"_qs);
        QVERIFY(parseAppOptions({u"dieuhanh"_qs})->endpoints.isEmpty());
    }

    void wall()
    {
        const auto o = parseAppOptions({u"dieuhanh"_qs, u"--wall"_qs, u"/srv/walls/briefing.json"_qs, u"--screen"_qs, u"DP-2"_qs});
        QVERIFY(o.ok());
        QCOMPARE(o->wall, u"/srv/walls/briefing.json"_qs);
        QCOMPARE(o->screen, u"DP-2"_qs);
        const auto shot = parseAppOptions({u"dieuhanh"_qs, u"--wall=w.json"_qs, u"--screenshot"_qs, u"w.png"_qs, u"--size"_qs, u"7680x2160"_qs});
        QVERIFY(shot.ok());
        QCOMPARE(shot->wall, u"w.json"_qs);
        QCOMPARE(shot->size, QSize(7680, 2160));
        QVERIFY(shot->screen.isEmpty());
        QVERIFY(parseAppOptions({u"dieuhanh"_qs})->wall.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad size") << QStringList{u"dieuhanh"_qs, u"--size"_qs, u"big"_qs};
        QTest::newRow("bad lang") << QStringList{u"dieuhanh"_qs, u"--lang"_qs, u"fr"_qs};
        QTest::newRow("bad view") << QStringList{u"dieuhanh"_qs, u"--view"_qs, u"nowhere"_qs};
        QTest::newRow("no value") << QStringList{u"dieuhanh"_qs, u"--screenshot"_qs};
        QTest::newRow("unknown") << QStringList{u"dieuhanh"_qs, u"--fullscreen-now"_qs, u"1"_qs};
        QTest::newRow("screen without wall") << QStringList{u"dieuhanh"_qs, u"--screen"_qs, u"all"_qs};
        QTest::newRow("wall without file") << QStringList{u"dieuhanh"_qs, u"--wall"_qs};
        QTest::newRow("positional") << QStringList{u"dieuhanh"_qs, u"file.sqlite"_qs};
    }

    void errors()
    {
        QFETCH(QStringList, args);
        const auto o = parseAppOptions(args);
        QVERIFY(!o.ok());
        QVERIFY(!o.error().message.isEmpty());
    }

    void appOptionsAcceptMapViews_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("map") << u"map:budget.revenue"_qs;
        QTest::newRow("map at a period") << u"map:pubinv.rate:2025-06"_qs;
        QTest::newRow("map at a period, 63") << u"map:pubinv.rate:2025-06:63"_qs;
        QTest::newRow("map, 34") << u"map:pubinv.rate:34"_qs;
    }

    void appOptionsAcceptMapViews()
    {
        QFETCH(QString, view);
        const auto o = parseAppOptions({u"dieuhanh"_qs, u"--screenshot"_qs, u"/tmp/map.png"_qs, u"--view"_qs, view});
        QVERIFY(o.ok());
        QCOMPARE(o->view, view);
        // main() dereferences the parse of the option: what the options accept must parse.
        QVERIFY(ViewState::parse(o->view).has_value());
        const auto equals = parseAppOptions({u"dieuhanh"_qs, u"--view="_qs + view});
        QVERIFY(equals.ok());
        QCOMPARE(equals->view, view);
    }

    void wallControlOptions()
    {
        const QStringList wall = {u"dieuhanh"_qs, u"--wall"_qs, u"wall.json"_qs};
        const auto o = parseAppOptions(wall + QStringList{u"--control"_qs, u"https://hub.vpcp.local:8787/"_qs, u"--wall-id"_qs, u"north-01"_qs});
        QVERIFY2(o.ok(), o ? "" : qPrintable(o.error().message));
        QCOMPARE(o->control, QUrl(u"https://hub.vpcp.local:8787/"_qs));
        QCOMPARE(o->wallId, u"north-01"_qs);
        QVERIFY(!parseAppOptions(wall + QStringList{u"--control"_qs, u"https://hub/"_qs}));
        QVERIFY(!parseAppOptions(wall + QStringList{u"--wall-id"_qs, u"north"_qs}));
        QVERIFY(!parseAppOptions(wall + QStringList{u"--control"_qs, u"ftp://hub/"_qs, u"--wall-id"_qs, u"north"_qs}));
        QVERIFY(!parseAppOptions(wall + QStringList{u"--control"_qs, u"https://hub/"_qs, u"--wall-id"_qs, u"north/1"_qs}));
        // The control channel drives a wall; without one it has nothing to drive.
        const auto noWall = parseAppOptions({u"dieuhanh"_qs, u"--control"_qs, u"https://hub/"_qs, u"--wall-id"_qs, u"north"_qs});
        QVERIFY(!noWall);
        QVERIFY(noWall.error().message.contains(u"--wall"_qs));
        QVERIFY(!parseAppOptions(wall + QStringList{u"--pack"_qs, u"p.json"_qs, u"--pdf"_qs, u"p.pdf"_qs}));
    }

    void appOptionsRefuseMalformedMapViews_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("map:") << u"map:"_qs;
        QTest::newRow("not a period") << u"map:X:notaperiod"_qs;
        QTest::newRow("two maps") << u"map:X:34:63"_qs;
    }

    void appOptionsRefuseMalformedMapViews()
    {
        QFETCH(QString, view);
        const auto o = parseAppOptions({u"dieuhanh"_qs, u"--view"_qs, view});
        QVERIFY(!o.ok());
        QVERIFY(o.error().message.contains(view));
    }
};

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
