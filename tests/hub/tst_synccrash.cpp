#include "hubtesting.h"

#include "testdata.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;

// A dieuhanh-sync killed at random points of a sync from a hub, again and again: after each kill
// the client's cache passes SQLite's integrity check, and holds exactly the pages it committed —
// every observation up to its saved feed position and none after, so each page (a batch with its
// cursor) went in whole or not at all. A last run completes the sync to the hub's figures.
class TestSyncCrash : public QObject
{
    Q_OBJECT

    static constexpr int kKills = 20;
    static constexpr int kMaxRuns = 80;
    static constexpr int kPageSize = 50;

    std::unique_ptr<test::TempCache> m_hub;
    std::unique_ptr<HubServer> m_server;
    QTemporaryDir m_dir;
    QString m_endpoints;

    QString program() const { return qEnvironmentVariable("DIEUHANH_BINARY_DIR") + u"/bin/dieuhanh-sync"_qs; }
    QString clientPath() const { return m_dir.filePath(u"client.sqlite"_qs); }

    // Starts a sync into cache and serves it (the hub runs on this thread, in the spy's event loop)
    // until it ends, or kills it at killAfterMs. Returns whether it was killed.
    bool runSync(const QString &cache, int killAfterMs, int *exitCode = nullptr)
    {
        QProcess sync;
        sync.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy ended(&sync, &QProcess::finished);
        sync.start(program(), {u"--cache"_qs, cache, u"sync"_qs, u"--endpoints"_qs, m_endpoints});
        if (!sync.waitForStarted(10000))
            return false;
        const bool killed = !ended.wait(killAfterMs < 0 ? 60000 : std::max(killAfterMs, 1));
        if (killed) {
            sync.kill();
            sync.waitForFinished(10000);
        } else if (exitCode) {
            *exitCode = sync.exitCode();
        }
        return killed;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(program()));
        QVERIFY(m_dir.isValid());
        m_hub = std::make_unique<test::TempCache>();
        QVERIFY2(m_hub->ok(), qPrintable(m_hub->error()));
        QVERIFY(test::writeAll(m_hub->cache(), test::hubFigures(480)));
        m_server = std::make_unique<HubServer>(m_hub->cache(), Clock::system(), HubServerOptions{});
        const auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        EndpointFile file;
        file.endpoints = {test::hubEndpoint(*port, kPageSize)};
        m_endpoints = m_dir.filePath(u"endpoints.json"_qs);
        QVERIFY(file.write(m_endpoints));
    }

    void killedSyncsLeaveWholeBatches()
    {
        // How long a whole sync takes here, so the kills fall all along it.
        const QString calibration = m_dir.filePath(u"calibration.sqlite"_qs);
        QElapsedTimer timer;
        timer.start();
        int calibrated = -1;
        QVERIFY(!runSync(calibration, -1, &calibrated));
        QCOMPARE(calibrated, 0);
        const int span = int(std::max<qint64>(timer.elapsed(), 50));
        auto *random = QRandomGenerator::global();
        int killed = 0;
        for (int run = 0; run < kMaxRuns && killed < kKills; ++run) {
            const bool wasKilled = runSync(clientPath(), int(random->bounded(span)));
            killed += wasKilled ? 1 : 0;
            auto client = Cache::open(clientPath(), m_hub->registry());
            QVERIFY2(client, client ? "" : qPrintable(client.error().message));
            QVERIFY2((*client)->checkIntegrity(), "integrity_check failed after a kill");
            const auto cursor = (*client)->syncState().cursor(u"hub"_qs, u"kpi-data"_qs);
            QVERIFY(cursor);
            const qint64 since = *cursor ? (*cursor)->since : 0;
            // The hub's figures up to that position, and only those, are in the client.
            const auto page = m_hub->cache().feed().kpiChanges(FeedQuery{.since = 0, .limit = int(std::max<qint64>(since, 1))});
            QVERIFY(page);
            const qint64 expected = since == 0 ? 0 : page->entries.size();
            QCOMPARE((*client)->statistics().summary()->observations, expected);
            if (!wasKilled) {
                // A run that ended by itself has synced everything: start again from nothing.
                client->reset();
                for (const QString &suffix : {QString(), u"-wal"_qs, u"-shm"_qs})
                    QFile::remove(clientPath() + suffix);
            }
        }
        QVERIFY2(killed >= kKills, qPrintable(u"only %1 runs were killed mid-sync"_qs.arg(killed)));
        int code = -1;
        QVERIFY(!runSync(clientPath(), -1, &code));
        QCOMPARE(code, 0);
        auto client = Cache::open(clientPath(), m_hub->registry(), Cache::OpenMode::ReadOnly);
        QVERIFY(client);
        QCOMPARE(test::figureLines(**client), test::figureLines(m_hub->cache()));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_hub.reset();
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
