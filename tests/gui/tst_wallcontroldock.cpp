#include "gui/wallcontroldock.h"

#include "core/clock.h"
#include "models/cacheservice.h"
#include "models/syncmonitor.h"
#include "models/viewcontroller.h"
#include "sync/wallcontrolclient.h"
#include "hubprocess.h"
#include "tempcache.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QListView>
#include <QPushButton>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

// The presenter's dock against a hub on 127.0.0.1 and a wall listening to it: it finds the wall,
// shows its pages and the one shown, its buttons reach the wall as commands, "Follow me" sends this
// window's view, and the wall's own changes show in the dock.
class TestWallControlDock : public QObject
{
    Q_OBJECT

    template<typename T>
    static T *withText(QWidget &root, const QString &text)
    {
        for (T *w : root.findChildren<T *>()) {
            if (w->text() == text)
                return w;
        }
        return nullptr;
    }

private slots:
    void drivesAWall()
    {
        test::TempCache hubCache;
        QVERIFY2(hubCache.ok(), qPrintable(hubCache.error()));
        // The hub in a process of its own (a GUI test links no hub), with a wall's and a presenter's token.
        QTemporaryDir dir;
        QFile tokens(dir.filePath(u"tokens"_s));
        QVERIFY(tokens.open(QIODevice::WriteOnly));
        tokens.write("north 50e721e49c013f00c62cf59f2163542a9d8df02464efeb615d31051b0fddc326 wall\n"  // sha256("w")
                     "desk 148de9c5a7a44d19e56cd9ae1a554bf67847afb0c58f6e12fa29ac7ddfca9940 presenter\n"); // sha256("p")
        tokens.close();
        QProcess hub;
        const auto port = test::startHub(hub, {u"--cache"_s, hubCache.path(), u"--listen"_s, u"127.0.0.1:0"_s, u"--tokens"_s, tokens.fileName()});
        QVERIFY(port);
        const QUrl url(u"http://127.0.0.1:%1/"_s.arg(*port));

        WallControlClient wall(WallControlEndpoint{url, u"north"_s, "w", {}}, Clock::system());
        QList<WallCommand> received;
        connect(&wall, &WallControlClient::commandReceived, this, [&](const WallCommand &c) { received.append(c); });
        WallStatus status;
        status.pages = QStringList{u"Cả nước"_s, u"Hà Nội"_s, u"Đà Nẵng"_s};
        wall.listen(status);
        QTRY_COMPARE(received.size(), 4); // the state a new wall is given
        received.clear();

        CacheService service(hubCache.registry());
        ViewController controller(service);
        SyncMonitor sync(service);
        qputenv("DIEUHANH_CONTROL_TOKEN", "p");
        WallControlDock dock(controller, sync);
        dock.show();
        dock.connectToHub(url);
        qunsetenv("DIEUHANH_CONTROL_TOKEN");

        auto *pages = dock.findChild<QListView *>();
        QVERIFY(pages);
        QAbstractItemModelTester tester(pages->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(pages->model()->rowCount(), 3);
        QCOMPARE(pages->model()->index(1, 0).data().toString(), u"Hà Nội"_s);
        QCOMPARE(pages->currentIndex().row(), 0);

        auto *next = withText<QPushButton>(dock, u"Next ▶"_s);
        QVERIFY(next);
        QTRY_VERIFY(next->isEnabled());
        next->click();
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received.last().kind, WallCommand::Kind::Next);

        pages->setCurrentIndex(pages->model()->index(2, 0));
        withText<QPushButton>(dock, u"Show this page"_s)->click();
        QTRY_COMPARE(received.size(), 2);
        QCOMPARE(received.last(), (WallCommand{WallCommand::Kind::GoTo, 2, {}, received.last().sequence}));

        withText<QCheckBox>(dock, u"Pause the playlist"_s)->click();
        QTRY_COMPARE(received.size(), 3);
        QCOMPARE(received.last().kind, WallCommand::Kind::Pause);

        withText<QCheckBox>(dock, u"Follow me: the wall shows what this window shows"_s)->click();
        QTRY_COMPARE(received.size(), 4);
        QCOMPARE(received.last().kind, WallCommand::Kind::Follow);
        QCOMPARE(ViewState::fromJson(received.last().view), controller.current());

        // The wall blacks itself out (its B key): the dock shows it.
        status.page = 2;
        status.black = true;
        wall.publishStatus(status);
        QTRY_VERIFY(withText<QCheckBox>(dock, u"Black screen"_s)->isChecked());
        QCOMPARE(pages->currentIndex().row(), 2);
        hub.kill();
        hub.waitForFinished(10000);
    }
};

QTEST_MAIN(TestWallControlDock)
#include "tst_wallcontroldock.moc"
