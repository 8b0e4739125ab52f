#include "models/playlistrunner.h"
#include "models/wallkeys.h"

#include "fakeclock.h"

#include <QKeySequence>
#include <QSignalSpy>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

// Pages of 10, 20 and 30 seconds.
WallPlaylist threePages(bool loop = true)
{
    WallPlaylist list;
    list.id = u"three"_s;
    list.loop = loop;
    for (int i = 1; i <= 3; ++i)
        list.pages.append(WallPage{WallLayout(), QString(), QString::number(i), milliseconds(i * 10000)});
    return list;
}

ViewState presenterView()
{
    ViewState v;
    v.page = ViewState::Page::Indicator;
    v.indicator = u"cpi.yoy"_s;
    v.scope = u"VN25-01"_s;
    return v;
}

} // namespace

// The playlist runner on a fake clock: pages change at their deadlines exactly, pause and follow
// keep a page's elapsed time, black keeps the clock running, and signals come only on changes.
class TestPlaylistRunner : public QObject
{
    Q_OBJECT

private:
    void advanceMs(test::FakeClock &clock, qint64 ms) { clock.set(clock.now().addMSecs(ms)); }

private slots:
    void startShowsTheFirstPage()
    {
        test::FakeClock clock;
        PlaylistRunner runner(threePages(), clock);
        QSignalSpy pages(&runner, &PlaylistRunner::pageChanged);
        runner.start();
        runner.start();
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0).at(0).toInt(), 0);
        QCOMPARE(runner.currentPage().label, u"1"_s);
        QCOMPARE(runner.progress(), 0.0);
    }

    // A presenter may choose the page before the wall starts.
    void startShowsThePageChosenBefore()
    {
        test::FakeClock clock;
        PlaylistRunner runner(threePages(), clock);
        QVERIFY(runner.goTo(1));
        QSignalSpy pages(&runner, &PlaylistRunner::pageChanged);
        runner.start();
        QCOMPARE(runner.currentIndex(), 1);
        QCOMPARE(pages.size(), 0);
        clock.advanceSecs(20);
        runner.tick();
        QCOMPARE(runner.currentIndex(), 2);
    }

    void changesAtTheDeadlineExactly()
    {
        test::FakeClock clock;
        PlaylistRunner runner(threePages(), clock);
        QSignalSpy pages(&runner, &PlaylistRunner::pageChanged);
        runner.start();
        advanceMs(clock, 9999);
        runner.tick();
        QCOMPARE(runner.currentIndex(), 0);
        QCOMPARE(runner.progress(), 0.9999);
        advanceMs(clock, 1);
        runner.tick();
        QCOMPARE(runner.currentIndex(), 1);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(runner.progress(), 0.0);
        // A late tick does not push the next deadline back: page 2 started at page 1's deadline.
        advanceMs(clock, 20000 + 500);
        runner.tick();
        QCOMPARE(runner.currentIndex(), 2);
        QCOMPARE(runner.progress(), 500.0 / 30000);
        // The last page wraps around to the first.
        advanceMs(clock, 29500);
        runner.tick();
        QCOMPARE(runner.currentIndex(), 0);
        QCOMPARE(pages.size(), 4);
    }

    // After a long stall (a suspended machine) the next page starts afresh rather than the
    // runner racing through the pages it missed.
    void aLongStallShowsOneNextPage()
    {
        test::FakeClock clock;
        PlaylistRunner runner(threePages(), clock);
        runner.start();
        clock.advanceSecs(3600);
        runner.tick();
        QCOMPARE(runner.currentIndex(), 1);
        QCOMPARE(runner.progress(), 0.0);
    }

    void pauseKeepsTheElapsedTime()
    {
        test::FakeClock clock;
        PlaylistRunner runner(threePages(), clock);
        QSignalSpy paused(&runner, &PlaylistRunner::pausedChanged);
        runner.start();
        clock.advanceSecs(4);
        runner.setPaused(true);
        runner.setPaused(true);
        QCOMPARE(paused.size(), 1);
        QVERIFY(runner.isPaused());
        clock.advanceSecs(100);
        runner.tick();
        QCOMPARE(runner.currentIndex(), 0);
        QCOMPARE(runner.progress(), 0.4);
        runner.togglePaused();
        QCOMPARE(paused.size(), 2);
        QCOMPARE(paused.at(1).at(0).toBool(), false);
        clock.advanceSecs(5);
        runner.tick();
        QCOMPARE(runner.currentIndex(), 0);
        QCOMPARE(runner.progress(), 0.9);
        clock.advanceSecs(1);
        runner.tick();
        QCOMPARE(runner.currentIndex(), 1);
    }

    void nextAndPreviousWrapWhenLooping()
    {
        test::FakeClock clock;
        PlaylistRunner runner(threePages(), clock);
        QSignalSpy pages(&runner, &PlaylistRunner::pageChanged);
        runner.start();
        clock.advanceSecs(5);
        runner.next();
        QCOMPARE(runner.currentIndex(), 1);
        QCOMPARE(runner.progress(), 0.0); // a page asked for starts at its beginning
        runner.next();
        runner.next();
        QCOMPARE(runner.currentIndex(), 0);
        runner.previous();
        QCOMPARE(runner.currentIndex(), 2);
        QCOMPARE(pages.size(), 5);
        QCOMPARE(pages.last().at(0).toInt(), 2);
    }

    void aPlaylistThatDoesNotLoopFinishes()
    {
        test::FakeClock clock;
        PlaylistRunner runner(threePages(false), clock);
        QSignalSpy finished(&runner, &PlaylistRunner::finished);
        QSignalSpy pages(&runner, &PlaylistRunner::pageChanged);
        runner.start();
        runner.previous();
        QCOMPARE(runner.currentIndex(), 0);
        QVERIFY(runner.goTo(2));
        runner.next();
        QCOMPARE(runner.currentIndex(), 2);
        QCOMPARE(pages.size(), 2);
        clock.advanceSecs(29);
        runner.tick();
        QCOMPARE(finished.size(), 0);
        clock.advanceSecs(1);
        runner.tick();
        runner.tick();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(runner.currentIndex(), 2);
        QCOMPARE(runner.progress(), 1.0);
        // A page asked for after the end runs again.
        runner.previous();
        QCOMPARE(runner.currentIndex(), 1);
        QCOMPARE(runner.progress(), 0.0);
    }

    void goToRefusesPagesOutside()
    {
        test::FakeClock clock;
        PlaylistRunner runner(threePages(), clock);
        QSignalSpy pages(&runner, &PlaylistRunner::pageChanged);
        runner.start();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no page 3"_s));
        QVERIFY(!runner.goTo(3));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no page -1"_s));
        QVERIFY(!runner.goTo(-1));
        QCOMPARE(runner.currentIndex(), 0);
        QVERIFY(runner.goTo(2));
        QCOMPARE(runner.currentIndex(), 2);
        QCOMPARE(pages.size(), 2);
        // The page shown again restarts its time but is no change of page.
        clock.advanceSecs(10);
        QVERIFY(runner.goTo(2));
        QCOMPARE(pages.size(), 2);
        QCOMPARE(runner.progress(), 0.0);
    }

    void blackKeepsTheClockRunning()
    {
        test::FakeClock clock;
        PlaylistRunner runner(threePages(), clock);
        QSignalSpy black(&runner, &PlaylistRunner::blackChanged);
        runner.start();
        runner.toggleBlack();
        runner.setBlack(true);
        QCOMPARE(black.size(), 1);
        QVERIFY(runner.isBlack());
        clock.advanceSecs(10);
        runner.tick();
        QCOMPARE(runner.currentIndex(), 1);
        QVERIFY(runner.isBlack());
        runner.toggleBlack();
        QCOMPARE(black.size(), 2);
        QVERIFY(!runner.isBlack());
    }

    void followingStopsTheRotation()
    {
        test::FakeClock clock;
        PlaylistRunner runner(threePages(), clock);
        QSignalSpy following(&runner, &PlaylistRunner::followingChanged);
        runner.start();
        clock.advanceSecs(3);
        runner.follow(presenterView());
        runner.follow(presenterView());
        QCOMPARE(following.size(), 1);
        QCOMPARE(runner.following(), std::optional(presenterView()));
        clock.advanceSecs(600);
        runner.tick();
        QCOMPARE(runner.currentIndex(), 0);
        QCOMPARE(runner.progress(), 0.3);
        // Unset, the rotation goes on from where it was.
        runner.follow(std::nullopt);
        QCOMPARE(following.size(), 2);
        QCOMPARE(runner.following(), std::nullopt);
        clock.advanceSecs(7);
        runner.tick();
        QCOMPARE(runner.currentIndex(), 1);
        // A page asked for by hand ends following.
        runner.follow(presenterView());
        runner.next();
        QCOMPARE(runner.following(), std::nullopt);
        QCOMPARE(following.size(), 4);
        QCOMPARE(runner.currentIndex(), 2);
    }

    // A pause and a follow together: the page's time stands still until both are over.
    void pauseAndFollowTogether()
    {
        test::FakeClock clock;
        PlaylistRunner runner(threePages(), clock);
        runner.start();
        clock.advanceSecs(2);
        runner.setPaused(true);
        runner.follow(presenterView());
        clock.advanceSecs(50);
        runner.setPaused(false);
        clock.advanceSecs(50);
        runner.tick();
        QCOMPARE(runner.progress(), 0.2);
        runner.follow(std::nullopt);
        clock.advanceSecs(8);
        runner.tick();
        QCOMPARE(runner.currentIndex(), 1);
    }

    void progressIsSignalledOnChangesOnly()
    {
        test::FakeClock clock;
        PlaylistRunner runner(threePages(), clock);
        QSignalSpy progress(&runner, &PlaylistRunner::progressChanged);
        runner.start();
        runner.tick();
        runner.tick();
        QCOMPARE(progress.size(), 1);
        clock.advanceSecs(5);
        runner.tick();
        runner.tick();
        QCOMPARE(progress.size(), 2);
        QCOMPARE(progress.last().at(0).toDouble(), 0.5);
    }

    // A single layout shown with --wall has nothing to rotate to.
    void aSinglePageStays()
    {
        test::FakeClock clock;
        WallPlaylist one = threePages();
        one.pages.resize(1);
        PlaylistRunner runner(one, clock);
        QSignalSpy pages(&runner, &PlaylistRunner::pageChanged);
        runner.start();
        clock.advanceSecs(3600);
        runner.tick();
        runner.next();
        QCOMPARE(pages.size(), 1);
        QCOMPARE(runner.progress(), 0.0);
    }

    // The timer looks at the clock by itself: the page changes with no tick() from the test.
    void theTimerTicks()
    {
        test::FakeClock clock;
        PlaylistRunner runner(threePages(), clock);
        QSignalSpy pages(&runner, &PlaylistRunner::pageChanged);
        runner.start();
        clock.advanceSecs(10);
        QVERIFY(pages.wait(5000));
        QCOMPARE(runner.currentIndex(), 1);
    }

    void keys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("action"); // -1: none
        using A = WallKeyAction;
        const std::pair<Qt::Key, std::optional<A>> table[] = {
            {Qt::Key_PageDown, A::Next}, {Qt::Key_Right, A::Next}, {Qt::Key_Down, A::Next}, {Qt::Key_Space, A::Next},
            {Qt::Key_PageUp, A::Previous}, {Qt::Key_Left, A::Previous}, {Qt::Key_Up, A::Previous},
            {Qt::Key_B, A::ToggleBlack}, {Qt::Key_Period, A::ToggleBlack},
            {Qt::Key_P, A::TogglePause}, {Qt::Key_Pause, A::TogglePause},
            {Qt::Key_Escape, A::Leave}, {Qt::Key_Home, A::First}, {Qt::Key_F5, A::First},
            {Qt::Key_A, std::nullopt}, {Qt::Key_F4, std::nullopt}, {Qt::Key_Q, std::nullopt},
        };
        for (const auto &[key, action] : table)
            QTest::newRow(qPrintable(QKeySequence(key).toString())) << int(key) << (action ? int(*action) : -1);
    }

    void keys()
    {
        QFETCH(int, key);
        QFETCH(int, action);
        const std::optional<WallKeyAction> got = wallKeyAction(key);
        QCOMPARE(got ? int(*got) : -1, action);
    }
};

QTEST_GUILESS_MAIN(TestPlaylistRunner)
#include "tst_playlistrunner.moc"
