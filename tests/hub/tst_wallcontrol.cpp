#include "hub/hubgate.h"
#include "hub/wallcontrol.h"

#include "fakeclock.h"

#include <QJsonArray>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

// The hub's wall-control state in-process: commands numbered per wall and kept within bounds, the
// state a (re)starting wall is given instead of old relative commands, status versions, unknown
// walls and pages refused with their HTTP status, and the walls' number bounded.
class TestWallControl : public QObject
{
    Q_OBJECT

    test::FakeClock m_clock;
    std::unique_ptr<HubGate> m_gate;

    std::unique_ptr<WallControl> control(WallControl::Limits limits = {})
    {
        return std::make_unique<WallControl>(m_clock, *m_gate, [] { return qsizetype(0); }, limits);
    }

    static WallStatus threePages()
    {
        WallStatus status;
        status.pages = QStringList{u"Cả nước"_s, u"Hà Nội"_s, u"TP. Hồ Chí Minh"_s};
        return status;
    }

private slots:
    void initTestCase()
    {
        auto tokens = TokenStore::fromText(TokenStore::hashLine(u"desk"_s, "p", u"presenter"_s), u"tokens"_s);
        QVERIFY(tokens);
        m_gate = std::make_unique<HubGate>(m_clock, std::move(*tokens), FailureLimiter::Limits());
    }

    void commandsAreNumberedAndGivenAfterAPosition()
    {
        auto wall = control();
        QVERIFY(wall->publish(u"north"_s, threePages(), u"wall-01"_s));
        QCOMPARE(wall->post(u"north"_s, WallCommand::of(WallCommand::Kind::Next)).value(), 1);
        QCOMPARE(wall->post(u"north"_s, WallCommand::goTo(2)).value(), 2);
        QCOMPARE(wall->post(u"north"_s, WallCommand::follow(QJsonObject{{u"page"_s, u"map"_s}})).value(), 3);

        const auto page = wall->commandsAfter(u"north"_s, 1);
        QVERIFY(page);
        QCOMPARE(page->sequence, 3);
        QVERIFY(!page->state);
        QCOMPARE(page->commands.size(), 2);
        QCOMPARE(page->commands.at(0).kind, WallCommand::Kind::GoTo);
        QCOMPARE(page->commands.at(0).page, 2);
        QCOMPARE(page->commands.at(0).sequence, 2);
        QCOMPARE(page->commands.at(1).view.value(u"page"_s).toString(), u"map"_s);
        QVERIFY(wall->commandsAfter(u"north"_s, 3)->commands.isEmpty());
    }

    void aStartingWallGetsTheStateNotAReplay()
    {
        auto wall = control();
        QVERIFY(wall->publish(u"north"_s, threePages(), u"wall-01"_s));
        for (WallCommand c : {WallCommand::of(WallCommand::Kind::Next), WallCommand::of(WallCommand::Kind::Next),
                              WallCommand::of(WallCommand::Kind::Pause), WallCommand::of(WallCommand::Kind::Black)})
            QVERIFY(wall->post(u"north"_s, c));

        // No position: a wall that starts.
        const auto fresh = wall->commandsAfter(u"north"_s, std::nullopt);
        QVERIFY(fresh && fresh->state && fresh->commands.isEmpty());
        QCOMPARE(fresh->sequence, 4);
        QCOMPARE(fresh->state->page, 2);
        QVERIFY(fresh->state->paused);
        QVERIFY(fresh->state->black);
        QVERIFY(!fresh->state->following);
        // A position past the hub's: the hub restarted under the wall.
        const auto ahead = wall->commandsAfter(u"north"_s, 99);
        QVERIFY(ahead && ahead->state);
        QCOMPARE(ahead->sequence, 4);
        // Two nexts from the last page wrap round; the wall's own status is the truth after.
        QVERIFY(wall->post(u"north"_s, WallCommand::of(WallCommand::Kind::Next)));
        QCOMPARE(wall->commandsAfter(u"north"_s, std::nullopt)->state->page, 0);
        WallStatus shown = threePages();
        shown.page = 1;
        QVERIFY(wall->publish(u"north"_s, shown, u"wall-01"_s));
        QCOMPARE(wall->commandsAfter(u"north"_s, std::nullopt)->state->page, 1);
    }

    void commandsKeptAreBounded()
    {
        auto wall = control(WallControl::Limits{.commandsKept = 16});
        QVERIFY(wall->publish(u"north"_s, threePages(), u"wall-01"_s));
        for (int i = 0; i < 1000; ++i)
            QVERIFY(wall->post(u"north"_s, WallCommand::goTo(i % 3)));
        const auto recent = wall->commandsAfter(u"north"_s, 990);
        QCOMPARE(recent->commands.size(), 10);
        QCOMPARE(recent->commands.constFirst().sequence, 991);
        const auto all = wall->commandsAfter(u"north"_s, 984);
        QCOMPARE(all->commands.size(), 16);
        // The commands after 10 were dropped: the wall gets the state.
        const auto gap = wall->commandsAfter(u"north"_s, 10);
        QVERIFY(gap->state);
        QVERIFY(gap->commands.isEmpty());
        QCOMPARE(gap->state->page, 999 % 3);
    }

    void unknownWallsAndPagesAreRefused()
    {
        auto wall = control();
        const auto unknown = wall->post(u"south"_s, WallCommand::of(WallCommand::Kind::Next));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().httpStatus, 404);
        QCOMPARE(unknown.error().rule, u"WALL_UNKNOWN"_s);
        QCOMPARE(wall->commandsAfter(u"south"_s, 0).error().httpStatus, 404);
        QCOMPARE(wall->statusOf(u"south"_s).error().httpStatus, 404);
        QVERIFY(wall->publish(u"north"_s, threePages(), u"wall-01"_s));
        const auto beyond = wall->post(u"north"_s, WallCommand::goTo(3));
        QVERIFY(!beyond);
        QCOMPARE(beyond.error().httpStatus, 422);
        QCOMPARE(wall->commandsAfter(u"north"_s, 0)->sequence, 0);
    }

    void statusVersionMovesOnlyOnAChange()
    {
        auto wall = control();
        QVERIFY(wall->publish(u"north"_s, threePages(), u"wall-01"_s));
        QVERIFY(wall->publish(u"north"_s, threePages(), u"wall-01"_s));
        QCOMPARE(wall->statusOf(u"north"_s)->value(u"version"_s).toInteger(), 1);
        WallStatus black = threePages();
        black.black = true;
        QVERIFY(wall->publish(u"north"_s, black, u"wall-01"_s));
        const QJsonObject status = *wall->statusOf(u"north"_s);
        QCOMPARE(status.value(u"version"_s).toInteger(), 2);
        QVERIFY(status.value(u"online"_s).toBool());
        QCOMPARE(status.value(u"status"_s).toObject().value(u"black"_s).toBool(), true);
        QCOMPARE(status.value(u"status"_s).toObject().value(u"pages"_s).toArray().size(), 3);

        m_clock.advanceSecs(120);
        QVERIFY(!wall->statusOf(u"north"_s)->value(u"online"_s).toBool());
        const QJsonArray walls = wall->walls();
        QCOMPARE(walls.size(), 1);
        QCOMPARE(walls.at(0).toObject().value(u"wall"_s).toString(), u"north"_s);
        QCOMPARE(walls.at(0).toObject().value(u"pages"_s).toInt(), 3);
    }

    void wallsAreBoundedAndOfflineOnesMakeRoom()
    {
        auto wall = control(WallControl::Limits{.maxWalls = 2});
        QVERIFY(wall->publish(u"a"_s, threePages(), u"w"_s));
        m_clock.advanceSecs(1);
        QVERIFY(wall->publish(u"b"_s, threePages(), u"w"_s));
        const auto full = wall->publish(u"c"_s, threePages(), u"w"_s);
        QVERIFY(!full);
        QCOMPARE(full.error().httpStatus, 503);
        m_clock.advanceSecs(300);
        QVERIFY(wall->publish(u"b"_s, threePages(), u"w"_s));
        QVERIFY(wall->publish(u"c"_s, threePages(), u"w"_s));
        QCOMPARE(wall->walls().size(), 2);
        QCOMPARE(wall->statusOf(u"a"_s).error().httpStatus, 404);
    }

    void commandsAndStatusesReadTheirOwnJson()
    {
        for (const WallCommand &c : {WallCommand::goTo(4), WallCommand::follow(QJsonObject{{u"scope"_s, u"VN-HN"_s}}), WallCommand::of(WallCommand::Kind::Unblack)})
            QCOMPARE(WallCommand::fromJson(c.toJson()).value(), c);
        QVERIFY(!WallCommand::fromJson(QJsonObject{{u"command"_s, u"explode"_s}}));
        QVERIFY(!WallCommand::fromJson(QJsonObject{{u"command"_s, u"goto"_s}}));
        QVERIFY(!WallCommand::fromJson(QJsonObject{{u"command"_s, u"goto"_s}, {u"page"_s, 1.5}}));
        QVERIFY(!WallCommand::fromJson(QJsonObject{{u"command"_s, u"follow"_s}, {u"view"_s, u"map"_s}}));
        WallStatus status = threePages();
        status.following = QJsonObject{{u"page"_s, u"indicator"_s}};
        QCOMPARE(WallStatus::fromJson(status.toJson()).value(), status);
        status.page = 3;
        const auto bad = WallStatus::fromJson(status.toJson());
        QVERIFY(!bad);
        QCOMPARE(bad.error().rule, u"WALL_STATUS"_s);
        QVERIFY(isValidWallId(u"wall-01.north_A"));
        QVERIFY(!isValidWallId(u"wall/01"));
        QVERIFY(!isValidWallId(u""));
    }
};

QTEST_GUILESS_MAIN(TestWallControl)
#include "tst_wallcontrol.moc"
