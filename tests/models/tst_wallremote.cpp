#include "models/playlistrunner.h"
#include "models/viewstate.h"
#include "models/wallremote.h"

#include "core/clock.h"
#include "sync/wallcontrolclient.h"
#include "hubprocess.h"
#include "tempcache.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

// A wall's own PlaylistRunner under a presenter's control, between processes: dieuhanh-hub in a
// child process, the wall (a WallControlClient and the WallRemote that ties it to the runner) and a
// presenter in this one. The hub's commands turn the runner's pages, pause it and make it follow
// the presenter's view; what the runner shows goes back to the presenter.
class TestWallRemote : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempCache> m_cache;
    QTemporaryDir m_dir;
    QProcess m_hub;
    quint16 m_port = 0;

    static QString tokenLine(const QString &name, const QByteArray &token, const QString &role)
    {
        return name + u' ' + QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex()) + u' ' + role;
    }

    std::unique_ptr<WallControlClient> client(const QByteArray &token)
    {
        WallControlClient::Timing timing;
        timing.wait = std::chrono::seconds(5);
        timing.backoffMin = std::chrono::milliseconds(100);
        timing.backoffMax = std::chrono::milliseconds(400);
        const QUrl hub(u"http://127.0.0.1:%1/"_s.arg(m_port));
        return std::make_unique<WallControlClient>(WallControlEndpoint{hub, u"remote"_s, token, {}}, Clock::system(), timing);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cache = std::make_unique<test::TempCache>();
        QVERIFY2(m_cache->ok(), qPrintable(m_cache->error()));
        QFile tokens(m_dir.filePath(u"tokens"_s));
        QVERIFY(tokens.open(QIODevice::WriteOnly));
        tokens.write((tokenLine(u"wall"_s, "wall-token", u"wall"_s) + u'\n' + tokenLine(u"desk"_s, "desk-token", u"presenter"_s) + u'\n').toUtf8());
        tokens.close();
        const auto port = test::startHub(m_hub, {u"--cache"_s, m_cache->path(), u"--listen"_s, u"127.0.0.1:0"_s, u"--tokens"_s, tokens.fileName()});
        QVERIFY2(port, "the hub did not start");
        m_port = *port;
    }

    void cleanupTestCase()
    {
        m_hub.terminate();
        QVERIFY(m_hub.waitForFinished(10000));
    }

    void aPresenterDrivesTheWallsRunner()
    {
        WallPlaylist playlist;
        for (const QString &label : {u"Cả nước"_s, u"Hà Nội"_s, u"TP. Hồ Chí Minh"_s}) {
            WallPage page;
            page.label = label;
            page.duration = std::chrono::minutes(10);
            playlist.pages.append(page);
        }
        PlaylistRunner runner(playlist, Clock::system());
        runner.start();
        auto wall = client("wall-token");
        WallRemote remote(*wall, runner);
        remote.start();
        QTRY_VERIFY(wall->isConnected());

        auto presenter = client("desk-token");
        QSignalSpy statuses(presenter.get(), &WallControlClient::statusReceived);
        presenter->watchStatus();
        QTRY_VERIFY(!statuses.isEmpty() && statuses.last().first().value<WallStatus>().pages.size() == 3);
        QCOMPARE(statuses.last().first().value<WallStatus>().pages.at(1), u"Hà Nội"_s);

        presenter->send(WallCommand::of(WallCommand::Kind::Next));
        QTRY_COMPARE_WITH_TIMEOUT(runner.currentIndex(), 1, 2000);
        presenter->send(WallCommand::goTo(2));
        QTRY_COMPARE_WITH_TIMEOUT(runner.currentIndex(), 2, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(statuses.last().first().value<WallStatus>().page == 2, 2000);
        presenter->send(WallCommand::of(WallCommand::Kind::Pause));
        QTRY_VERIFY_WITH_TIMEOUT(runner.isPaused(), 2000);
        presenter->send(WallCommand::of(WallCommand::Kind::Black));
        QTRY_VERIFY_WITH_TIMEOUT(runner.isBlack(), 2000);

        ViewState view;
        view.page = ViewState::Page::Indicator;
        view.indicator = u"exports"_s;
        view.scope = u"VN25-01"_s;
        presenter->send(WallCommand::follow(view.toJson()));
        QTRY_VERIFY_WITH_TIMEOUT(runner.following().has_value(), 2000);
        QCOMPARE(*runner.following(), view);
        QTRY_VERIFY_WITH_TIMEOUT(statuses.last().first().value<WallStatus>().following.has_value(), 2000);
        presenter->stop();
        wall->stop();
    }
};

QTEST_GUILESS_MAIN(TestWallRemote)
#include "tst_wallremote.moc"
