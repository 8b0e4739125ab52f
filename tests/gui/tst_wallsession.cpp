#include "gui/wall/wallsession.h"

#include "store/cache.h"
#include "store/observationwriter.h"

#include "fakeclock.h"
#include "testdata.h"

#include <QFile>
#include <QGuiApplication>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;
using namespace std::chrono_literals;

// A wall of two 1080p screens, run on the offscreen platform told of two screens (CTest starts it
// with QT_QPA_PLATFORM=offscreen:configfile=tests/data/wall/two-screens.json): one window per
// screen, placed by name, each showing its half of the canvas; pages turn on the fake clock only
// once drawn; keys reach the runner; a failing sync puts up the offline banner.
class TestWallSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UnitRegistry m_registry = *UnitRegistry::fromResources();
    test::FakeClock m_clock;

    static WallLayout twoScreens(const char *indicator)
    {
        WallLayout l;
        l.id = QLatin1String(indicator);
        l.screenColumns = 2;
        l.screenSize = QSize(1920, 1080);
        l.cellRows = 1;
        l.cellColumns = 1;
        // Named the other way round from the platform's order: the names decide.
        l.screens = {WallScreen{0, 0, QStringLiteral("DP-2"), -1}, WallScreen{0, 1, QStringLiteral("DP-1"), -1}};
        WallPanel chart;
        chart.id = QStringLiteral("chart");
        chart.kind = WallPanel::Kind::Chart;
        chart.cells = QRect(0, 0, 1, 1);
        chart.indicator = QLatin1String(indicator);
        WallPanel clock;
        clock.id = QStringLiteral("clock");
        clock.kind = WallPanel::Kind::Clock;
        clock.cells = QRect(1, 0, 1, 1);
        l.panels = {chart, clock};
        return l;
    }

    WallPlaylist playlist()
    {
        WallPlaylist p;
        p.id = QStringLiteral("test");
        for (const char *indicator : {"exports", "cpi.yoy"}) {
            WallPage page;
            page.layout = twoScreens(indicator);
            page.label = QLatin1String(indicator);
            page.duration = 30s;
            p.pages.append(page);
        }
        return p;
    }

    std::unique_ptr<WallSession> session()
    {
        WallSessionOptions o;
        o.cachePath = test::copyOfSample(m_dir.path());
        o.kiosk = false;
        return std::make_unique<WallSession>(playlist(), m_registry, m_clock, o);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
        if (QGuiApplication::screens().size() < 2)
            QSKIP("the offscreen platform was not given two screens (run through CTest, which passes configfile=)");
    }

    void windowsOnTheirScreens()
    {
        auto wall = session();
        QSignalSpy shown(wall.get(), &WallSession::pageShown);
        wall->start();
        QVERIFY(shown.wait(60000));
        QCOMPARE(shown.first().at(0).toInt(), 0);
        QCOMPARE(wall->windows().size(), 2);
        for (WallWindow *w : wall->windows()) {
            QVERIFY(w->isVisible());
            QCOMPARE(w->screen()->name(), w->screenName());
            QCOMPARE(w->geometry(), w->screen()->geometry());
            QCOMPARE(w->page(), wall->currentPage());
        }
        QCOMPARE(wall->windows().at(0)->screenName(), QStringLiteral("DP-2"));
        QCOMPARE(wall->windows().at(0)->source(), QRect(0, 0, 1920, 1080));
        QCOMPARE(wall->windows().at(1)->source(), QRect(1920, 0, 1920, 1080));
        QCOMPARE(wall->windows().at(1)->geometry().topLeft(), QPoint(0, 0));
    }

    void screenOptionLimitsTheWall()
    {
        WallSessionOptions o;
        o.cachePath = test::copyOfSample(m_dir.path());
        o.kiosk = false;
        o.screen = QStringLiteral("DP-1");
        WallSession wall(playlist(), m_registry, m_clock, o);
        wall.start();
        QCOMPARE(wall.windows().size(), 1);
        QCOMPARE(wall.windows().first()->source(), QRect(1920, 0, 1920, 1080));
    }

    // The clock passes the page's 30 s: the next page is drawn off screen and swapped in whole.
    void rotationOnTheFakeClock()
    {
        auto wall = session();
        QSignalSpy shown(wall.get(), &WallSession::pageShown);
        wall->start();
        QVERIFY(shown.wait(60000));
        WallPageHost *first = wall->currentPage();
        m_clock.advanceSecs(31);
        wall->runner().tick();
        QCOMPARE(wall->runner().currentIndex(), 1);
        // Until the next page is complete, the first stays on screen.
        QVERIFY(wall->pendingPage() == nullptr || wall->currentPage() == first);
        QVERIFY(shown.size() == 2 || shown.wait(60000));
        QCOMPARE(shown.last().at(0).toInt(), 1);
        QVERIFY(wall->currentPage() != first);
        QVERIFY(wall->currentPage()->isComplete());
        QCOMPARE(wall->currentPage()->page().label, QStringLiteral("cpi.yoy"));
        for (WallWindow *w : wall->windows())
            QCOMPARE(w->page(), wall->currentPage());
    }

    // The next page is drawn off screen while the first is shown; at the deadline that very page
    // goes on screen within the runner's tick, with no reading of the cache (no event loop) between
    // the deadline and the swap.
    void theNextPageIsDrawnBeforeItsDeadline()
    {
        auto wall = session();
        QSignalSpy shown(wall.get(), &WallSession::pageShown);
        wall->start();
        QVERIFY(shown.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(wall->upcomingPage() && wall->upcomingPage()->isComplete(), 60000);
        WallPageHost *drawn = wall->upcomingPage();
        QCOMPARE(drawn->page().label, QStringLiteral("cpi.yoy"));
        m_clock.advanceSecs(31);
        wall->runner().tick();
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.last().at(0).toInt(), 1);
        QCOMPARE(wall->currentPage(), drawn);
        for (WallWindow *w : wall->windows())
            QCOMPARE(w->page(), drawn);
        // The page after it (the first again: the playlist loops) is being drawn in its turn.
        QVERIFY(wall->upcomingPage());
        QCOMPARE(wall->upcomingPage()->page().label, QStringLiteral("exports"));
    }

    void keysReachTheRunner()
    {
        auto wall = session();
        QSignalSpy shown(wall.get(), &WallSession::pageShown);
        wall->start();
        QVERIFY(shown.wait(60000));
        QTest::keyClick(wall->windows().first(), Qt::Key_B);
        QVERIFY(wall->runner().isBlack());
        for (WallWindow *w : wall->windows())
            QVERIFY(w->isBlack());
        QTest::keyClick(wall->windows().last(), Qt::Key_B);
        QVERIFY(!wall->runner().isBlack());
        QTest::keyClick(wall->windows().first(), Qt::Key_PageDown);
        QCOMPARE(wall->runner().currentIndex(), 1);
        QSignalSpy left(wall.get(), &WallSession::left);
        QTest::keyClick(wall->windows().first(), Qt::Key_Escape);
        QCOMPARE(left.size(), 1);
    }

    // With an endpoints file, the session asks the cache which endpoints brought each indicator
    // and gives it their schedule; an indicator the bundled sample alone brought gets none.
    void schedulesFromTheEndpointsThatBroughtTheData()
    {
        const QString cachePath = test::copyOfSample(m_dir.path());
        {
            auto cache = Cache::open(cachePath, m_registry);
            QVERIFY(cache.ok());
            auto writer = (*cache)->writer(QStringLiteral("gso-kpi"));
            QVERIFY(writer->begin(ObservationWriter::Mode::AllOrNothing).ok());
            Observation o;
            o.indicator = QStringLiteral("exports");
            o.unit = UnitRegistry::nationCode();
            o.period = Period::month(2026, 10);
            o.value = 1;
            o.provenance.revision = 1000000;
            QCOMPARE(writer->write(o), ObservationWriter::Outcome::Written);
            QVERIFY(writer->commit().ok());
        }
        const QString endpointsPath = m_dir.filePath(QStringLiteral("endpoints.json"));
        QFile file(endpointsPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Nothing listens there: the sync fails, which does not matter to the schedules.
        const auto endpoint = [](const char *id, const char *schedule) -> QByteArray {
            return QByteArray("{\"id\": \"") + id + "\", \"label\": {\"vi\": \"" + id + "\"}, \"format\": \"reporting\", "
                "\"url\": \"http://127.0.0.1:1/" + id + "\", \"schedule\": " + schedule + "}";
        };
        file.write(QByteArray("{\"version\": 1, \"endpoints\": [") + endpoint("gso-kpi", "{\"every\": 30}") + ", "
                   + endpoint("mof-budget", "{\"daily\": \"06:30\"}") + "]}");
        file.close();
        WallSessionOptions o;
        o.cachePath = cachePath;
        o.endpointsPath = endpointsPath;
        o.kiosk = false;
        WallSession wall(playlist(), m_registry, m_clock, o);
        wall.start();
        QTRY_VERIFY_WITH_TIMEOUT(!wall.schedules().isEmpty(), 60000);
        QCOMPARE(wall.schedules().size(), 1);
        QCOMPARE(wall.schedules().value(QStringLiteral("exports")).kind, EndpointSchedule::Kind::Every);
        QCOMPARE(wall.schedules().value(QStringLiteral("exports")).everyMinutes, 30);
        QVERIFY(!wall.schedules().contains(QStringLiteral("cpi.yoy")));
    }

    void offlineBanner()
    {
        auto wall = session();
        QSignalSpy shown(wall.get(), &WallSession::pageShown);
        wall->start();
        QVERIFY(shown.wait(60000));
        QVERIFY(wall->bannerText().isEmpty());
        SyncRun run;
        run.endpoint = QStringLiteral("gso");
        run.outcome = SyncRun::Outcome::Failed;
        run.startedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 12), Qt::UTC);
        wall->connection().takeRun(run);
        wall->tick();
        const QString expected = QStringLiteral("Offline since %1").arg(QLocale(QLocale::Vietnamese).toString(run.startedAt.toLocalTime(), QStringLiteral("HH:mm")));
        QCOMPARE(wall->bannerText(), expected);
        for (WallWindow *w : wall->windows())
            QCOMPARE(w->banner(), expected);
        run.outcome = SyncRun::Outcome::Ok;
        wall->connection().takeRun(run);
        wall->tick();
        for (WallWindow *w : wall->windows())
            QVERIFY(w->banner().isEmpty());
    }
};

QTEST_MAIN(TestWallSession)
#include "tst_wallsession.moc"
