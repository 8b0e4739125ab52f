#include "hubprocess.h"
#include "hubtesting.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

// Clients that leave while the hub holds their long poll (a wall switched off, a laptop closed):
// dieuhanh-hub runs in a child process, so a crash shows as a dead process; the hub forgets them
// at once, keeps answering, and a proper long poll still completes.
class TestHubLeavers : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempCache> m_cache;
    std::unique_ptr<QProcess> m_hub;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;

    QUrl url(const QString &path) const { return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)); }

    // The hub's /health body, or an empty object when it does not answer.
    QJsonObject health()
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(url(u"/health"_s)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(5000);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return body;
    }

    int waiting() { return health().value(u"waiting"_s).toInt(-1); }

    // Held requests from raw sockets, so they can be dropped without a word.
    std::vector<std::unique_ptr<QTcpSocket>> holdRequests(const QStringList &paths)
    {
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (const QString &path : paths) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, m_port);
            if (!socket->waitForConnected(5000))
                return {};
            socket->write("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            socket->flush();
            sockets.push_back(std::move(socket));
        }
        return sockets;
    }

    QStringList heldPaths(int wait) const
    {
        const qint64 end = m_cache->cache().feed().position().valueOr(0);
        const qint64 status = m_cache->cache().reportStatus().position().valueOr(0);
        const qint64 tasks = m_cache->cache().tasks().position().valueOr(0);
        return {u"/v1/kpi-data?since=%1&wait=%2"_s.arg(end).arg(wait), u"/v1/kpi-data?since=%1&wait=%2"_s.arg(end).arg(wait),
                u"/v1/kpi-data?since=%1&wait=%2"_s.arg(end).arg(wait), u"/v1/report-status?since=%1&wait=%2"_s.arg(status).arg(wait),
                u"/v1/tasks?since=%1&wait=%2"_s.arg(tasks).arg(wait)};
    }

private slots:
    void initTestCase()
    {
        m_cache = std::make_unique<test::TempCache>();
        QVERIFY2(m_cache->ok(), qPrintable(m_cache->error()));
        QVERIFY(test::writeAll(m_cache->cache(), test::hubFigures(2)));
        m_hub = std::make_unique<QProcess>();
        const auto port = test::startHub(*m_hub, {u"--cache"_s, m_cache->path(), u"--listen"_s, u"127.0.0.1:0"_s});
        QVERIFY(port);
        m_port = *port;
    }

    void leaversAreForgottenAndTheHubLives()
    {
        // Held for longer than the test waits: only forgetting them brings the count back to 0.
        for (int round = 0; round < 3; ++round) {
            auto sockets = holdRequests(heldPaths(60));
            QCOMPARE(sockets.size(), size_t(5));
            QTRY_COMPARE(waiting(), 5);
            for (auto &socket : sockets)
                socket->abort();
            QTRY_COMPARE(waiting(), 0);
        }
        // Deadlines that pass while the test runs: nothing is answered to a connection that is gone.
        auto sockets = holdRequests(heldPaths(1));
        QTRY_COMPARE(waiting(), 5);
        for (auto &socket : sockets)
            socket->close();
        QTRY_COMPARE(waiting(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!health().isEmpty() && m_hub->state() == QProcess::Running, 3000);
        QCOMPARE(health().value(u"ok"_s).toBool(), true);
    }

    void aLongPollStillCompletes()
    {
        const qint64 end = *m_cache->cache().feed().position();
        QNetworkReply *reply = m_network.get(QNetworkRequest(url(u"/v1/kpi-data?since=%1&wait=20"_s.arg(end))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QTRY_COMPARE(waiting(), 1);
        QVERIFY(finished.isEmpty());
        QVERIFY(test::writeAll(m_cache->cache(), test::hubFigures(3).mid(test::hubFigures(2).size())));
        QVERIFY(finished.wait(15000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("2015-09"));
        reply->deleteLater();
        QCOMPARE(waiting(), 0);
        QCOMPARE(m_hub->state(), QProcess::Running);
    }

    void cleanupTestCase()
    {
        if (m_hub && m_hub->state() == QProcess::Running) {
            m_hub->terminate();
            QVERIFY(m_hub->waitForFinished(10000));
            QCOMPARE(m_hub->exitStatus(), QProcess::NormalExit);
        }
    }
};

QTEST_GUILESS_MAIN(TestHubLeavers)
#include "tst_hubleavers.moc"
