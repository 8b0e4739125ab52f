#include "hub/tokenstore.h"

#include "core/clock.h"
#include "sync/wallcontrolclient.h"
#include "hubprocess.h"
#include "tempcache.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

// Wall control between processes: dieuhanh-hub in a child process, and a wall and a presenter as
// clients in this one, over 127.0.0.1. Each command reaches the wall within a second; tokens are
// required and roles kept; a wall that restarts gets the current state; old commands are dropped
// within the bound; and when the hub goes away the wall says since when, and comes back with it.
class TestWallControlLoop : public QObject
{
    Q_OBJECT

    struct Reply
    {
        int status = 0;
        QJsonObject body;
    };

    std::unique_ptr<test::TempCache> m_cache;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_hub;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;

    static const QByteArray &wallToken() { static const QByteArray t = "wall-token-1"; return t; }
    static const QByteArray &presenterToken() { static const QByteArray t = "presenter-token-1"; return t; }
    static const QByteArray &readerToken() { static const QByteArray t = "reader-token-1"; return t; }

    QUrl hubUrl() const { return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_port)); }

    // Starts the hub and waits for its "serving" line; port 0 takes a free one.
    bool startHub(quint16 port)
    {
        m_hub = std::make_unique<QProcess>();
        const auto started = test::startHub(
            *m_hub, {u"--cache"_s, m_cache->path(), u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--tokens"_s, m_dir.filePath(u"tokens"_s)});
        m_port = started.value_or(0);
        return started.has_value();
    }

    Reply call(const QByteArray &method, const QString &path, const QByteArray &token, const QByteArray &body = {})
    {
        QNetworkRequest request(hubUrl().resolved(QUrl(path)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return out;
    }

    std::unique_ptr<WallControlClient> client(const QByteArray &token, const QString &wall = u"north"_s)
    {
        WallControlClient::Timing timing;
        timing.wait = std::chrono::seconds(5);
        timing.backoffMin = std::chrono::milliseconds(100);
        timing.backoffMax = std::chrono::milliseconds(400);
        return std::make_unique<WallControlClient>(WallControlEndpoint{hubUrl(), wall, token, {}}, Clock::system(), timing);
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
        QVERIFY(m_dir.isValid());
        m_cache = std::make_unique<test::TempCache>();
        QVERIFY2(m_cache->ok(), qPrintable(m_cache->error()));
        QFile tokens(m_dir.filePath(u"tokens"_s));
        QVERIFY(tokens.open(QIODevice::WriteOnly));
        tokens.write((TokenStore::hashLine(u"wall-01"_s, wallToken(), u"wall"_s) + u'\n' + TokenStore::hashLine(u"desk"_s, presenterToken(), u"presenter"_s)
                      + u'\n' + TokenStore::hashLine(u"reader"_s, readerToken()) + u'\n')
                         .toUtf8());
        tokens.close();
        QVERIFY(startHub(0));
    }

    void commandsReachTheWallWithinASecond()
    {
        auto wall = client(wallToken());
        QSignalSpy connection(wall.get(), &WallControlClient::connectionChanged);
        QList<std::pair<WallCommand, qint64>> received;
        QElapsedTimer clock;
        clock.start();
        connect(wall.get(), &WallControlClient::commandReceived, this, [&](const WallCommand &c) { received.append({c, clock.elapsed()}); });
        wall->listen(threePages());
        QTRY_VERIFY(wall->isConnected());
        QCOMPARE(connection.first().first().toBool(), true);
        // A new wall is given the state it publishes: page 0, running.
        QTRY_COMPARE(received.size(), 4);
        QCOMPARE(received.first().first, WallCommand::goTo(0));
        received.clear();

        auto presenter = client(presenterToken());
        QSignalSpy statuses(presenter.get(), &WallControlClient::statusReceived);
        presenter->watchStatus();
        QTRY_COMPARE(statuses.size(), 1);
        QCOMPARE(statuses.first().first().value<WallStatus>().pages.size(), 3);
        QVERIFY(statuses.first().at(1).toBool());

        const QJsonObject hanoi{{u"page"_s, u"indicator"_s}, {u"indicator"_s, u"gdp"_s}, {u"scope"_s, u"VN-HN"_s}};
        const QList<WallCommand> commands{WallCommand::of(WallCommand::Kind::Next), WallCommand::goTo(2), WallCommand::of(WallCommand::Kind::Pause),
                                          WallCommand::of(WallCommand::Kind::Black), WallCommand::follow(hanoi)};
        QSignalSpy sent(presenter.get(), &WallControlClient::commandSent);
        qint64 worst = 0;
        for (const WallCommand &command : commands) {
            // Each while the wall's poll is held: the time measured is the relay's.
            const qsizetype count = received.size();
            const qint64 before = clock.elapsed();
            presenter->send(command);
            QTRY_COMPARE_WITH_TIMEOUT(received.size(), count + 1, 1000);
            QCOMPARE(received.last().first.kind, command.kind);
            QCOMPARE(received.last().first.page, command.page);
            QCOMPARE(received.last().first.view, command.view);
            worst = std::max(worst, received.last().second - before);
            QTRY_COMPARE(sent.size(), received.size());
            QCOMPARE(sent.last().first().value<WallCommand>().sequence, received.last().first.sequence);
        }
        qInfo() << "slowest command, presenter to wall:" << worst << "ms";
        QCOMPARE(received.last().first.view, hanoi);

        // The wall shows it; the presenter sees its status.
        WallStatus shown = threePages();
        shown.page = 2;
        shown.paused = shown.black = true;
        shown.following = hanoi;
        wall->publishStatus(shown);
        QTRY_VERIFY(!statuses.isEmpty() && statuses.last().first().value<WallStatus>() == shown);

        QSignalSpy listed(presenter.get(), &WallControlClient::wallsListed);
        presenter->listWalls();
        QVERIFY(listed.wait(5000));
        const QJsonArray walls = listed.first().first().toJsonArray();
        QCOMPARE(walls.size(), 1);
        QCOMPARE(walls.at(0).toObject().value(u"wall"_s).toString(), u"north"_s);
        QVERIFY(walls.at(0).toObject().value(u"online"_s).toBool());
    }

    void aRestartingWallGetsTheCurrentState()
    {
        auto wall = client(wallToken());
        QList<WallCommand> received;
        connect(wall.get(), &WallControlClient::commandReceived, this, [&](const WallCommand &c) { received.append(c); });
        wall->listen(threePages());
        QTRY_COMPARE(received.size(), 4);
        QCOMPARE(received.at(0), WallCommand::goTo(2));
        QCOMPARE(received.at(1).kind, WallCommand::Kind::Pause);
        QCOMPARE(received.at(2).kind, WallCommand::Kind::Black);
        QCOMPARE(received.at(3).kind, WallCommand::Kind::Follow);
        QCOMPARE(received.at(3).view.value(u"scope"_s).toString(), u"VN-HN"_s);
    }

    void controlNeedsTheRightToken()
    {
        const QByteArray next = R"({"command":"next"})";
        QCOMPARE(call("POST", u"control/walls/north/commands"_s, {}, next).status, 401);
        QCOMPARE(call("POST", u"control/walls/north/commands"_s, "wrong", next).status, 401);
        const Reply listener = call("POST", u"control/walls/north/commands"_s, wallToken(), next);
        QCOMPARE(listener.status, 403);
        QCOMPARE(listener.body.value(u"rule"_s).toString(), u"ROLE"_s);
        QCOMPARE(call("GET", u"control/walls/north/commands?since=0"_s, readerToken()).status, 403);
        QCOMPARE(call("PUT", u"control/walls/north/status"_s, readerToken(), "{}").status, 403);
        // The reader still reads the reporting API.
        QCOMPARE(call("GET", u"v1/units"_s, readerToken()).status, 200);

        const Reply unknown = call("POST", u"control/walls/south/commands"_s, presenterToken(), next);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.body.value(u"rule"_s).toString(), u"WALL_UNKNOWN"_s);
        QCOMPARE(call("POST", u"control/walls/north/commands"_s, presenterToken(), "{not json").body.value(u"rule"_s).toString(), u"BAD_JSON"_s);
        QCOMPARE(call("POST", u"control/walls/north/commands"_s, presenterToken(), R"({"command":"explode"})").status, 400);
        QCOMPARE(call("POST", u"control/walls/north/commands"_s, presenterToken(), R"({"command":"goto","page":3})").status, 422);
        QCOMPARE(call("PUT", u"control/walls/north/status"_s, wallToken(), QByteArray(100 * 1024, ' ')).status, 413);
        QCOMPARE(call("GET", u"control/walls/north/commands?since=-1"_s, wallToken()).status, 400);
        QCOMPARE(call("GET", u"control/walls/north/commands?since=0&wait=600"_s, wallToken()).status, 400);
        QCOMPARE(call("GET", u"control/walls"_s, wallToken()).status, 200);
    }

    void aClientThatLeavesAHeldPollIsForgotten()
    {
        const qint64 version = call("GET", u"control/walls/north/status"_s, presenterToken()).body.value(u"version"_s).toInteger();
        QNetworkRequest request(hubUrl().resolved(QUrl(u"control/walls/north/status?since=%1&wait=30"_s.arg(version))));
        request.setRawHeader("Authorization", "Bearer " + presenterToken());
        QNetworkReply *held = m_network.get(request);
        QTRY_COMPARE(call("GET", u"health"_s, {}).body.value(u"waiting"_s).toInt(), 1);
        held->abort();
        held->deleteLater();
        QTRY_COMPARE(call("GET", u"health"_s, {}).body.value(u"waiting"_s).toInt(), 0);
        // The change that would have answered it finds nobody to write to, and the hub goes on.
        WallStatus moved = threePages();
        moved.page = 1;
        QCOMPARE(call("PUT", u"control/walls/north/status"_s, wallToken(), QJsonDocument(moved.toJson()).toJson()).status, 200);
        QCOMPARE(call("GET", u"control/walls/north/status"_s, presenterToken()).body.value(u"version"_s).toInteger(), version + 1);
    }

    void commandsKeptAreBounded()
    {
        const Reply before = call("GET", u"control/walls/north/status"_s, presenterToken());
        QCOMPARE(before.status, 200);
        const qint64 start = before.body.value(u"sequence"_s).toInteger();
        for (int i = 0; i < 300; ++i)
            QCOMPARE(call("POST", u"control/walls/north/commands"_s, presenterToken(), R"({"command":"goto","page":1})").status, 202);
        const qint64 last = start + 300;
        const Reply recent = call("GET", u"control/walls/north/commands?since=%1"_s.arg(last - 10), wallToken());
        QCOMPARE(recent.body.value(u"commands"_s).toArray().size(), 10);
        QCOMPARE(recent.body.value(u"sequence"_s).toInteger(), last);
        // Those after the start were dropped: the state instead of a replay.
        const Reply old = call("GET", u"control/walls/north/commands?since=%1"_s.arg(start), wallToken());
        QVERIFY(old.body.value(u"commands"_s).toArray().isEmpty());
        QCOMPARE(old.body.value(u"state"_s).toObject().value(u"page"_s).toInt(), 1);
    }

    void guessingTokensIsSlowedDown()
    {
        int status = 0;
        for (int i = 0; i < 12 && status != 429; ++i)
            status = call("GET", u"control/walls"_s, "guess-" + QByteArray::number(i)).status;
        QCOMPARE(status, 429);
        // Once refused, even the right token waits.
        QCOMPARE(call("GET", u"control/walls"_s, presenterToken()).status, 429);
    }

    void theWallSaysWhenTheHubWasLostAndComesBackWithIt()
    {
        // A hub of its own: the last one refuses this address for a minute.
        m_hub->kill();
        QVERIFY(m_hub->waitForFinished(10000));
        QVERIFY(startHub(0));

        auto wall = client(wallToken());
        QSignalSpy connection(wall.get(), &WallControlClient::connectionChanged);
        wall->listen(threePages());
        QTRY_VERIFY(wall->isConnected());

        const QDateTime killed = QDateTime::currentDateTimeUtc();
        m_hub->kill();
        QVERIFY(m_hub->waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!wall->isConnected(), 10000);
        const QDateTime lost = wall->lostSince();
        QVERIFY(lost.isValid());
        QVERIFY2(qAbs(killed.secsTo(lost)) <= 2, qPrintable(lost.toString(Qt::ISODate)));
        QCOMPARE(connection.last().at(1).toDateTime(), lost);

        // The hub returns on the same port, knowing nothing: the wall publishes itself again.
        QVERIFY(startHub(m_port));
        QTRY_VERIFY_WITH_TIMEOUT(wall->isConnected(), 10000);
        QTRY_COMPARE(call("GET", u"control/walls/north/status"_s, presenterToken()).status, 200);
        QVERIFY(!wall->lostSince().isValid());
    }

    void aWallReadsItsTokenFromTheEnvironment()
    {
        qputenv("DIEUHANH_CONTROL_TOKEN", wallToken() + '\n');
        const auto endpoint = WallControlEndpoint::withControlToken(hubUrl(), u"north"_s);
        qunsetenv("DIEUHANH_CONTROL_TOKEN");
        QVERIFY2(endpoint, endpoint ? "" : qPrintable(endpoint.error().message));
        QCOMPARE(endpoint->token, wallToken());
        QCOMPARE(endpoint->wall, u"north"_s);
    }

    void cleanupTestCase()
    {
        if (m_hub) {
            m_hub->kill();
            m_hub->waitForFinished(10000);
        }
    }
};

QTEST_GUILESS_MAIN(TestWallControlLoop)
#include "tst_wallcontrolloop.moc"
