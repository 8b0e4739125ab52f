#include "models/presenterfollower.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

// "Follow me": nothing is sent while off; turned on, the current view goes at once; a burst of
// views sends the first and then only the last, no sooner than the interval after it; a view
// that returns to the one sent drops the one between; turned off, one unfollow.
class TestPresenterFollower : public QObject
{
    Q_OBJECT

    static ViewState province(const QString &scope)
    {
        ViewState v;
        v.page = ViewState::Page::Indicator;
        v.indicator = u"gdp"_s;
        v.scope = scope;
        return v;
    }

private slots:
    void aBurstSendsItsLastView()
    {
        QList<WallCommand> sent;
        QList<qint64> at;
        QElapsedTimer clock;
        clock.start();
        PresenterFollower follower([&](const WallCommand &c) { sent.append(c); at.append(clock.elapsed()); }, std::chrono::milliseconds(300));
        follower.viewChanged(province(u"VN-HN"_s));
        QVERIFY(sent.isEmpty());

        follower.setFollowing(true);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).kind, WallCommand::Kind::Follow);
        QCOMPARE(ViewState::fromJson(sent.at(0).view).scope, u"VN-HN"_s);

        for (const QString &scope : {u"VN-SG"_s, u"VN-DN"_s, u"VN-HP"_s, u"VN-CT"_s})
            follower.viewChanged(province(scope));
        QCOMPARE(sent.size(), 1);
        QTRY_COMPARE(sent.size(), 2);
        QCOMPARE(ViewState::fromJson(sent.at(1).view).scope, u"VN-CT"_s);
        QVERIFY2(at.at(1) - at.at(0) >= 290, qPrintable(QString::number(at.at(1) - at.at(0))));

        // Away and back to the view sent within the interval: that moment is never sent.
        follower.viewChanged(province(u"VN-03"_s));
        follower.viewChanged(province(u"VN-CT"_s));
        QVERIFY(follower.isHolding());
        QTRY_VERIFY(!follower.isHolding());
        QCOMPARE(sent.size(), 2);
        follower.viewChanged(province(u"VN-07"_s));
        QCOMPARE(sent.size(), 3);
        QCOMPARE(ViewState::fromJson(sent.at(2).view).scope, u"VN-07"_s);

        follower.setFollowing(false);
        QCOMPARE(sent.size(), 4);
        QCOMPARE(sent.at(3).kind, WallCommand::Kind::Unfollow);
        follower.viewChanged(province(u"VN-HN"_s));
        QCOMPARE(sent.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPresenterFollower)
#include "tst_presenterfollower.moc"
