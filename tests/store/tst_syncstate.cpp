#include "store/observationwriter.h"
#include "tempcache.h"

#include <QTest>

using namespace dh;
using test::TempCache;
using Mode = ObservationWriter::Mode;
using Outcome = ObservationWriter::Outcome;

// The sync engine's state in the cache: cursors that follow their batch, and runs.
class TestSyncState : public QObject
{
    Q_OBJECT

private:
    static Observation rev(int month, double value)
    {
        return TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2025, month), value);
    }

    static SyncCursor cursor(const QString &resource, qint64 since, const QString &etag = {})
    {
        return {u"hub"_qs, resource, since, etag, u"Tue, 01 Jul 2025 00:00:00 GMT"_qs};
    }

    static std::optional<SyncCursor> held(Cache &cache, const QString &resource)
    {
        const auto c = cache.syncState().cursor(u"hub"_qs, resource);
        return c ? *c : std::nullopt;
    }

    static SyncRun run(SyncRun::Outcome outcome, qint64 written, int minute)
    {
        SyncRun r;
        r.endpoint = QStringLiteral("hub");
        r.startedAt = QDateTime(QDate(2025, 7, 1), QTime(8, minute), Qt::UTC);
        r.finishedAt = r.startedAt.addSecs(20);
        r.outcome = outcome;
        r.written = written;
        r.requests = 2;
        r.bytes = 1000;
        if (outcome == SyncRun::Outcome::Failed)
            r.error = QStringLiteral("HTTP 503");
        return r;
    }

private slots:
    void aCursorIsSavedOnlyWithItsCommittedBatch()
    {
        TempCache t;
        QVERIFY(t.ok());
        QCOMPARE(held(t.cache(), u"kpi-data"_qs), std::nullopt);
        auto w = t.cache().writer(u"hub"_qs);

        // Rolled back: no cursor.
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        w->setCursor(cursor(u"kpi-data"_qs, 5));
        QCOMPARE(w->write(rev(1, 10)), Outcome::Written);
        w->rollback();
        QCOMPARE(held(t.cache(), u"kpi-data"_qs), std::nullopt);

        // Refused for a bad row: no cursor, and the one set is forgotten with the batch.
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        w->setCursor(cursor(u"kpi-data"_qs, 6));
        Observation bad = rev(2, 1);
        bad.unit = QStringLiteral("VN-00");
        QCOMPARE(w->write(bad), Outcome::Quarantined);
        QVERIFY(!w->commit()->committed);
        QCOMPARE(held(t.cache(), u"kpi-data"_qs), std::nullopt);

        // Committed: each resource's last cursor, with the observations.
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        w->setCursor(cursor(u"kpi-data"_qs, 7));
        QCOMPARE(w->write(rev(3, 30)), Outcome::Written);
        w->setCursor(cursor(u"kpi-data"_qs, 8, u"\"e8\""_qs));
        w->setCursor(cursor(u"report-status"_qs, 2));
        QVERIFY(w->commit()->committed);
        QCOMPARE(held(t.cache(), u"kpi-data"_qs), cursor(u"kpi-data"_qs, 8, u"\"e8\""_qs));
        QCOMPARE(held(t.cache(), u"report-status"_qs), cursor(u"report-status"_qs, 2));

        // A later batch that commits without a cursor leaves the saved ones.
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(4, 40)), Outcome::Written);
        QVERIFY(w->commit()->committed);
        QCOMPARE(held(t.cache(), u"kpi-data"_qs)->since, 8);
    }

    void standaloneCursorsAndARestart()
    {
        TempCache t;
        QVERIFY(t.ok());
        QVERIFY(t.cache().syncState().saveCursor(cursor(u"kpi-data"_qs, 3, u"\"a\""_qs)).ok());
        QVERIFY(t.cache().syncState().saveCursor(cursor(u"kpi-data"_qs, 4, u"\"b\""_qs)).ok());
        SyncCursor other = cursor(u"kpi-data"_qs, 9);
        other.endpoint = QStringLiteral("gso");
        QVERIFY(t.cache().syncState().saveCursor(other).ok());
        QCOMPARE(held(t.cache(), u"kpi-data"_qs)->etag, u"\"b\""_qs);
        QVERIFY(t.reopen());
        QCOMPARE(held(t.cache(), u"kpi-data"_qs)->since, 4);
        QVERIFY(t.cache().syncState().clearCursors(u"hub"_qs).ok());
        QCOMPARE(held(t.cache(), u"kpi-data"_qs), std::nullopt);
        QCOMPARE(t.cache().syncState().cursor(u"gso"_qs, u"kpi-data"_qs)->value_or(SyncCursor{}).since, 9);
    }

    void runsAndStatuses()
    {
        TempCache t;
        QVERIFY(t.ok());
        QVERIFY(t.cache().syncState().statuses()->isEmpty());
        using O = SyncRun::Outcome;
        const auto first = t.cache().syncState().recordRun(run(O::Ok, 100, 0));
        QVERIFY(first.ok());
        QVERIFY(*first > 0);
        QVERIFY(t.cache().syncState().recordRun(run(O::Failed, 0, 1)).ok());
        QVERIFY(t.cache().syncState().recordRun(run(O::NotModified, 0, 2)).ok());
        QVERIFY(t.cache().syncState().recordRun(run(O::Ok, 20, 3)).ok());
        QVERIFY(t.cache().syncState().recordRun(run(O::Cancelled, 5, 4)).ok());
        SyncRun elsewhere = run(O::Failed, 0, 5);
        elsewhere.endpoint = QStringLiteral("gso");
        QVERIFY(t.cache().syncState().recordRun(elsewhere).ok());

        const auto statuses = t.cache().syncState().statuses();
        QVERIFY(statuses.ok());
        QCOMPARE(statuses->size(), 2);
        const EndpointStatus &gso = statuses->at(0);
        QCOMPARE(gso.endpoint, u"gso"_qs);
        QCOMPARE(gso.lastSuccess, std::nullopt);
        QCOMPARE(gso.lastFailure->error, u"HTTP 503"_qs);
        QCOMPARE(gso.observationsPulled, 0);
        const EndpointStatus &hub = statuses->at(1);
        QCOMPARE(hub.last->outcome, O::Cancelled);
        QCOMPARE(hub.lastSuccess->outcome, O::Ok);
        QCOMPARE(hub.lastSuccess->startedAt, QDateTime(QDate(2025, 7, 1), QTime(8, 3), Qt::UTC));
        QCOMPARE(hub.lastFailure->startedAt, QDateTime(QDate(2025, 7, 1), QTime(8, 1), Qt::UTC));
        QCOMPARE(hub.observationsPulled, 120); // the successful runs only
        SyncRun expected = run(O::Ok, 100, 0);
        expected.id = *first;
        QCOMPARE(t.cache().syncState().runs(u"hub"_qs)->last(), expected);
    }

    // Old runs go, but not the last success and the last failure, nor the total pulled.
    void runsArePruned()
    {
        TempCache t;
        QVERIFY(t.ok());
        using O = SyncRun::Outcome;
        QVERIFY(t.cache().syncState().recordRun(run(O::Failed, 0, 0)).ok());
        QVERIFY(t.cache().syncState().recordRun(run(O::Ok, 7, 1)).ok());
        for (int i = 0; i < SyncStateRepository::maxRunsKept + 10; ++i)
            QVERIFY(t.cache().syncState().recordRun(run(O::Cancelled, 0, 2)).ok());
        const auto runs = t.cache().syncState().runs(u"hub"_qs, 5000);
        QCOMPARE(runs->size(), SyncStateRepository::maxRunsKept + 2);
        const auto status = t.cache().syncState().statuses()->at(0);
        QCOMPARE(status.lastFailure->startedAt.time(), QTime(8, 0));
        QCOMPARE(status.lastSuccess->written, 7);
        QCOMPARE(status.observationsPulled, 7);
        QVERIFY(t.cache().syncState().recordRun(run(O::Ok, 1, 3)).ok());
        // The old success is no longer the last: it goes.
        QCOMPARE(t.cache().syncState().runs(u"hub"_qs, 5000)->size(), SyncStateRepository::maxRunsKept + 1);
        QCOMPARE(t.cache().syncState().statuses()->at(0).observationsPulled, 8);
    }
};

QTEST_GUILESS_MAIN(TestSyncState)
#include "tst_syncstate.moc"
