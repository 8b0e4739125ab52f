#include "hubtesting.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dh;

// The whole path of DESIGN.md §5: a hub serving a cache, and a client that fills an empty cache
// from it through the sync engine — equal after a full sync, and equal again after the hub's side
// takes new revisions, a withdrawal, new figures and a catalogue change, by an incremental sync
// that fetches only those. With nothing new the client's run is one request.
class TestHubSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempCache> m_hub;
    std::unique_ptr<HubServer> m_server;
    QTemporaryDir m_dir;
    quint16 m_port = 0;

    QString clientPath() const { return m_dir.filePath(u"client.sqlite"_qs); }

    QStringList clientLines()
    {
        auto client = Cache::open(clientPath(), m_hub->registry(), Cache::OpenMode::ReadOnly);
        return client ? test::figureLines(**client) : QStringList{u"error: "_qs + client.error().message};
    }

    void compareCatalogues()
    {
        auto client = Cache::open(clientPath(), m_hub->registry(), Cache::OpenMode::ReadOnly);
        QVERIFY(client);
        QVERIFY(m_hub->cache().catalogue().load());
        const QList<Indicator> hub = m_hub->cache().catalogue().all();
        QCOMPARE((*client)->catalogue().size(), hub.size());
        for (const Indicator &i : hub) {
            const auto mine = (*client)->catalogue().find(i.code);
            QVERIFY2(mine, qPrintable(i.code));
            QCOMPARE(mine->nameVi, i.nameVi);
            QCOMPARE(mine->unitVi, i.unitVi);
            QCOMPARE(mine->periodicity, i.periodicity);
            QCOMPARE(mine->aggregation, i.aggregation);
            QCOMPARE(mine->dimensionValues, i.dimensionValues);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hub = std::make_unique<test::TempCache>();
        QVERIFY2(m_hub->ok(), qPrintable(m_hub->error()));
        QVERIFY(test::writeAll(m_hub->cache(), test::hubFigures()));
        m_server = std::make_unique<HubServer>(m_hub->cache(), Clock::system(), HubServerOptions{});
        const auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        m_port = *port;
    }

    void fullSyncFillsAnEmptyCache()
    {
        const SyncRun run = test::syncOnce(clientPath(), m_hub->registry(), test::hubEndpoint(m_port, 500));
        QCOMPARE(run.error, QString());
        QCOMPARE(run.outcome, SyncRun::Outcome::Ok);
        const QStringList hub = test::figureLines(m_hub->cache());
        QCOMPARE(run.written, hub.size());
        QCOMPARE(clientLines(), hub);
        compareCatalogues();
    }

    void incrementalSyncBringsOnlyTheChanges()
    {
        // The hub's side moves on: revisions of past figures, a withdrawal, new figures, and an
        // indicator renamed in the catalogue.
        QList<Observation> revised;
        const Period first = *Period::parse(u"2015-07");
        for (const QString &unit : {u"VN-HN"_qs, u"VN-SG"_qs, u"VN-DN"_qs}) {
            Observation o = test::TempCache::observation(u"gdp"_qs, unit, first, 5000.5, 2);
            revised.append(o);
        }
        QVERIFY(test::writeAll(m_hub->cache(), revised, u"revision"_qs));
        {
            auto writer = m_hub->cache().writer(u"withdrawal"_qs);
            QVERIFY(writer->begin(ObservationWriter::Mode::AllOrNothing));
            QCOMPARE(writer->remove(test::TempCache::observation(u"gdp"_qs, u"VN-HP"_qs, first, 0, 1)), ObservationWriter::Outcome::Removed);
            QVERIFY(writer->commit());
        }
        QVERIFY(test::writeAll(m_hub->cache(), {test::TempCache::observation(u"pm"_qs, u"VN-HN"_qs, first, 41.5)}, u"new"_qs));
        QList<Indicator> catalogue = m_hub->cache().catalogue().all();
        for (Indicator &i : catalogue) {
            if (i.code == u"pm")
                i.nameVi = u"Bụi mịn PM2.5"_qs;
        }
        QVERIFY(m_hub->cache().catalogue().upsert(catalogue));

        const SyncRun run = test::syncOnce(clientPath(), m_hub->registry(), test::hubEndpoint(m_port, 500));
        QCOMPARE(run.error, QString());
        QCOMPARE(run.outcome, SyncRun::Outcome::Ok);
        QCOMPARE(run.written, 4);
        QCOMPARE(run.removed, 1);
        QCOMPARE(run.unchanged, 0);
        QCOMPARE(clientLines(), test::figureLines(m_hub->cache()));
        compareCatalogues();
        auto client = Cache::open(clientPath(), m_hub->registry(), Cache::OpenMode::ReadOnly);
        QVERIFY(client);
        // The revised figures' first revisions, and the withdrawn one, are in the client's history.
        QCOMPARE((*client)->statistics().summary()->revisionsKept, 4);
    }

    void nothingNewIsOneRequest()
    {
        // The first run after the end of the feed finds an empty page and keeps its tag…
        const SyncRun probe = test::syncOnce(clientPath(), m_hub->registry(), test::hubEndpoint(m_port, 500));
        QCOMPARE(probe.outcome, SyncRun::Outcome::NotModified);
        // …so the next asks once and is answered 304.
        const SyncRun run = test::syncOnce(clientPath(), m_hub->registry(), test::hubEndpoint(m_port, 500));
        QCOMPARE(run.error, QString());
        QCOMPARE(run.outcome, SyncRun::Outcome::NotModified);
        QCOMPARE(run.requests, 1);
        QCOMPARE(run.written, 0);
    }

    // A scheduled client holds a long poll on the hub's feed, so a figure the hub gets reaches it
    // within moments, not at its next scheduled run.
    void scheduledClientFollowsTheFeedLive()
    {
        const QString path = clientPath();
        const UnitRegistry registry = m_hub->registry();
        SyncEngine engine([path, registry]() -> Result<std::unique_ptr<SyncTarget>> {
            auto cache = Cache::open(path, registry);
            if (!cache)
                return cache.error();
            return std::unique_ptr<SyncTarget>(std::make_unique<CacheSyncTarget>(std::move(*cache)));
        });
        QSignalSpy finished(&engine, &SyncEngine::runFinished);
        engine.setEndpoints({test::hubEndpoint(m_port, 500)});
        engine.setScheduled(true);
        engine.syncNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().first().value<SyncRun>().outcome, SyncRun::Outcome::NotModified);
        // The client's long poll is held by the hub.
        QTRY_VERIFY_WITH_TIMEOUT(m_server->waitingCount() == 1, 10000);

        // Another process gives the hub a new figure.
        {
            auto writer = Cache::open(m_hub->path(), registry);
            QVERIFY(writer);
            QVERIFY(test::writeAll(**writer, {test::TempCache::observation(u"km"_qs, u"VN-HN"_qs, *Period::parse(u"2020-01"), 812.5)}, u"live"_qs));
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(finished.wait(5000), "the client did not sync the hub's new figure");
        const SyncRun run = finished.takeFirst().first().value<SyncRun>();
        QCOMPARE(run.outcome, SyncRun::Outcome::Ok);
        QCOMPARE(run.written, 1);
        qInfo("the client had the hub's new figure %lld ms after it was committed", timer.elapsed());
        QCOMPARE(clientLines(), test::figureLines(m_hub->cache()));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_hub.reset();
    }
};

QTEST_GUILESS_MAIN(TestHubSync)
#include "tst_hubsync.moc"
