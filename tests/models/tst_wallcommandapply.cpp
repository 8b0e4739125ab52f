#include "models/wallcommandapply.h"

#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

namespace {

// What PlaylistRunner offers wall control, recorded.
struct RecordingRunner
{
    struct Page
    {
        QString label;
    };
    struct Playlist
    {
        QList<Page> pages;
    };

    Playlist list{{{u"Cả nước"_s}, {u"Hà Nội"_s}, {u"Đà Nẵng"_s}}};
    int index = 0;
    bool paused = false;
    bool black = false;
    std::optional<ViewState> followed;
    QStringList calls;

    const Playlist &playlist() const { return list; }
    int currentIndex() const { return index; }
    bool isPaused() const { return paused; }
    bool isBlack() const { return black; }
    const std::optional<ViewState> &following() const { return followed; }
    void next() { calls << u"next"_s; index = (index + 1) % 3; }
    void previous() { calls << u"previous"_s; index = (index + 2) % 3; }
    void goTo(int i) { calls << u"goTo %1"_s.arg(i); index = i; }
    void setPaused(bool p) { calls << u"paused %1"_s.arg(p); paused = p; }
    void setBlack(bool b) { calls << u"black %1"_s.arg(b); black = b; }
    void follow(const std::optional<ViewState> &v) { calls << (v ? u"follow "_s + v->scope : u"unfollow"_s); followed = v; }
};

} // namespace

// Each wall command reaches the runner as its own call; a goto of the page shown, a page that is
// not there and an unfollow of nothing call nothing; the runner's state reads back as a status.
class TestWallCommandApply : public QObject
{
    Q_OBJECT

private slots:
    void commandsDriveTheRunner()
    {
        RecordingRunner runner;
        ViewState hanoi;
        hanoi.page = ViewState::Page::Indicator;
        hanoi.indicator = u"gdp"_s;
        hanoi.scope = u"VN-HN"_s;
        using Kind = WallCommand::Kind;
        for (const WallCommand &c : {WallCommand::of(Kind::Next), WallCommand::of(Kind::Previous), WallCommand::goTo(2), WallCommand::goTo(2),
                                     WallCommand::goTo(7), WallCommand::of(Kind::Pause), WallCommand::of(Kind::Black), WallCommand::of(Kind::Unfollow),
                                     WallCommand::follow(hanoi.toJson()), WallCommand::of(Kind::Resume), WallCommand::of(Kind::Unblack),
                                     WallCommand::of(Kind::Unfollow)})
            applyWallCommand(runner, c);
        QCOMPARE(runner.calls, (QStringList{u"next"_s, u"previous"_s, u"goTo 2"_s, u"paused 1"_s, u"black 1"_s, u"follow VN-HN"_s,
                                            u"paused 0"_s, u"black 0"_s, u"unfollow"_s}));
    }

    void theRunnerReadsAsAStatus()
    {
        RecordingRunner runner;
        runner.index = 1;
        runner.black = true;
        ViewState map;
        map.page = ViewState::Page::Map;
        map.indicator = u"rev"_s;
        runner.followed = map;
        const WallStatus status = wallStatusOf(runner);
        QCOMPARE(status.pages, (QStringList{u"Cả nước"_s, u"Hà Nội"_s, u"Đà Nẵng"_s}));
        QCOMPARE(status.page, 1);
        QVERIFY(status.black);
        QVERIFY(!status.paused);
        QVERIFY(status.following);
        QCOMPARE(ViewState::fromJson(*status.following), map);
    }
};

QTEST_GUILESS_MAIN(TestWallCommandApply)
#include "tst_wallcommandapply.moc"
