#include "store/observationwriter.h"
#include "tempcache.h"

#include <QTest>

using namespace dh;
using test::TempCache;
using Mode = ObservationWriter::Mode;
using Outcome = ObservationWriter::Outcome;

// The feed of changes: the positions the writer hands out, the tombstones of removals, and the
// pages a hub serves from it.
class TestFeed : public QObject
{
    Q_OBJECT

private:
    static Observation rev(int month, double value, int revision = 1, const QString &unit = u"VN-HN"_qs)
    {
        return TempCache::observation(u"rev"_qs, unit, Period::month(2025, month), value, revision);
    }

    static qint64 position(Cache &cache) { return cache.feed().position().valueOr(-1); }

    static QList<FeedEntry> all(Cache &cache, qint64 since = 0)
    {
        FeedQuery q;
        q.since = since;
        q.limit = 1000000;
        const auto page = cache.feed().kpiChanges(q);
        return page ? page->entries : QList<FeedEntry>();
    }

    // Each entry as "position:month=value" ("position:month removed"), for comparing a whole feed.
    static QStringList describe(const QList<FeedEntry> &entries)
    {
        QStringList out;
        for (const FeedEntry &e : entries) {
            out.append(QString::number(e.position) + u':' + e.observation.unit + u'/' + e.observation.period.toString()
                       + (e.removed ? u" removed"_qs : u'=' + QString::number(e.observation.value)));
        }
        return out;
    }

    static void commit(ObservationWriter &w)
    {
        const auto r = w.commit();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->committed);
    }

private slots:
    void eachChangeTakesTheNextPosition()
    {
        TempCache t;
        QVERIFY(t.ok());
        QCOMPARE(position(t.cache()), 0);
        auto w = t.cache().writer(u"feed"_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(1, 10)), Outcome::Written);
        QCOMPARE(w->write(rev(2, 20)), Outcome::Written);
        QCOMPARE(w->write(rev(3, 30)), Outcome::Written);
        commit(*w);
        QCOMPARE(position(t.cache()), 3);
        QCOMPARE(describe(all(t.cache())), (QStringList{u"1:VN-HN/2025-01=10"_qs, u"2:VN-HN/2025-02=20"_qs, u"3:VN-HN/2025-03=30"_qs}));

        // A new revision and a new status move the key to the end of the feed; the same figure
        // again takes no position.
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(1, 11, 2)), Outcome::Written);
        QCOMPARE(w->write(rev(3, 30)), Outcome::Unchanged);
        Observation final2 = rev(2, 20);
        final2.status = ObservationStatus::Provisional;
        QCOMPARE(w->write(final2), Outcome::Written);
        commit(*w);
        QCOMPARE(position(t.cache()), 5);
        QCOMPARE(describe(all(t.cache())), (QStringList{u"3:VN-HN/2025-03=30"_qs, u"4:VN-HN/2025-01=11"_qs, u"5:VN-HN/2025-02=20"_qs}));
        const auto last = all(t.cache()).last().observation;
        QCOMPARE(last.status, ObservationStatus::Provisional);
        QCOMPARE(last.indicator, u"rev"_qs);
        QCOMPARE(last.provenance.source, u"feed"_qs);
        QCOMPARE(last.provenance.revision, 1);
        QCOMPARE(last.provenance.retrievedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC));

        // Only the changes after a position.
        QCOMPARE(describe(all(t.cache(), 4)), QStringList{u"5:VN-HN/2025-02=20"_qs});
        QVERIFY(all(t.cache(), 5).isEmpty());
    }

    void aBatchNotCommittedUsesNoPosition()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"feed"_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(1, 10)), Outcome::Written);
        commit(*w);

        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(2, 20)), Outcome::Written);
        w->rollback();
        QCOMPARE(position(t.cache()), 1);

        // Refused whole for a bad row: its good rows take no position either.
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(3, 30)), Outcome::Written);
        Observation bad = rev(4, 40);
        bad.unit = QStringLiteral("VN-00");
        QCOMPARE(w->write(bad), Outcome::Quarantined);
        const auto refused = w->commit();
        QVERIFY(refused.ok());
        QVERIFY(!refused->committed);
        QCOMPARE(position(t.cache()), 1);

        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(5, 50)), Outcome::Written);
        commit(*w);
        QCOMPARE(describe(all(t.cache())), (QStringList{u"1:VN-HN/2025-01=10"_qs, u"2:VN-HN/2025-05=50"_qs}));
    }

    void aRemovalLeavesATombstoneUntilTheKeyComesBack()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"feed"_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(1, 10)), Outcome::Written);
        QCOMPARE(w->write(rev(2, 20)), Outcome::Written);
        commit(*w);

        auto withdrawal = t.cache().writer(u"withdrawal"_qs);
        QVERIFY(withdrawal->begin(Mode::AllOrNothing).ok());
        QCOMPARE(withdrawal->remove(rev(1, 0, 2)), Outcome::Removed);
        QCOMPARE(withdrawal->remove(rev(7, 0, 2)), Outcome::Unchanged); // not held: no tombstone
        commit(*withdrawal);
        QCOMPARE(position(t.cache()), 3);
        const auto feed = all(t.cache());
        QCOMPARE(describe(feed), (QStringList{u"2:VN-HN/2025-02=20"_qs, u"3:VN-HN/2025-01 removed"_qs}));
        QCOMPARE(feed.last().observation.provenance.revision, 2);
        QCOMPARE(feed.last().observation.provenance.source, u"withdrawal"_qs);
        QCOMPARE(feed.last().observation.indicator, u"rev"_qs);

        // Removed again (a replayed withdrawal) is nothing new; written again, the key is in the
        // feed once, as the figure it now has.
        QVERIFY(withdrawal->begin(Mode::AllOrNothing).ok());
        QCOMPARE(withdrawal->remove(rev(1, 0, 2)), Outcome::Unchanged);
        commit(*withdrawal);
        QCOMPARE(position(t.cache()), 3);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(1, 12, 3)), Outcome::Written);
        commit(*w);
        QCOMPARE(describe(all(t.cache())), (QStringList{u"2:VN-HN/2025-02=20"_qs, u"4:VN-HN/2025-01=12"_qs}));

        // A tombstone rolled back with its batch was never there.
        QVERIFY(withdrawal->begin(Mode::AllOrNothing).ok());
        QCOMPARE(withdrawal->remove(rev(2, 0, 5)), Outcome::Removed);
        withdrawal->rollback();
        QCOMPARE(describe(all(t.cache())), (QStringList{u"2:VN-HN/2025-02=20"_qs, u"4:VN-HN/2025-01=12"_qs}));
    }

    void pagesWithFiltersAndHasMore()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"feed"_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        // Positions 1–24: months 1–12 of Hà Nội and of Huế, interleaved.
        for (int month = 1; month <= 12; ++month) {
            QCOMPARE(w->write(rev(month, month)), Outcome::Written);
            QCOMPARE(w->write(rev(month, 100 + month, 1, u"VN-HP"_qs)), Outcome::Written);
        }
        commit(*w);
        auto w2 = t.cache().writer(u"feed"_qs);
        QVERIFY(w2->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w2->remove(rev(3, 0, 2)), Outcome::Removed); // position 25
        commit(*w2);

        FeedQuery q;
        q.limit = 10;
        auto page = t.cache().feed().kpiChanges(q);
        QVERIFY(page.ok());
        QCOMPARE(page->entries.size(), 10);
        QCOMPARE(page->since, 0);
        QCOMPARE(page->nextSince, 11); // position 5 was removed since
        QVERIFY(page->hasMore);

        // Following nextSince reads every change once, the removal last.
        QList<FeedEntry> read = page->entries;
        int pages = 1;
        while (page->hasMore) {
            q.since = page->nextSince;
            page = t.cache().feed().kpiChanges(q);
            QVERIFY(page.ok());
            QCOMPARE(page->since, q.since);
            read += page->entries;
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(read.size(), 24); // 23 figures and the tombstone of the one removed
        QCOMPARE(page->nextSince, 25);
        QVERIFY(read.last().removed);
        for (qsizetype i = 1; i < read.size(); ++i)
            QVERIFY(read.at(i - 1).position < read.at(i).position);

        // An empty page keeps since.
        q.since = 25;
        page = t.cache().feed().kpiChanges(q);
        QVERIFY(page.ok());
        QVERIFY(page->entries.isEmpty());
        QCOMPARE(page->nextSince, 25);
        QVERIFY(!page->hasMore);

        // Filtered: one unit, months 2 to 5 — the tombstone of March included, page by page.
        FeedQuery hanoi;
        hanoi.units = QStringList{u"VN-HN"_qs};
        hanoi.from = Period::month(2025, 2);
        hanoi.to = Period::month(2025, 5);
        hanoi.limit = 2;
        page = t.cache().feed().kpiChanges(hanoi);
        QVERIFY(page.ok());
        QCOMPARE(describe(page->entries), (QStringList{u"3:VN-HN/2025-02=2"_qs, u"7:VN-HN/2025-04=4"_qs}));
        QVERIFY(page->hasMore);
        hanoi.since = page->nextSince;
        page = t.cache().feed().kpiChanges(hanoi);
        QCOMPARE(describe(page->entries), (QStringList{u"9:VN-HN/2025-05=5"_qs, u"25:VN-HN/2025-03 removed"_qs}));
        QVERIFY(!page->hasMore);

        // A period filter of another kind: the first quarter holds its months.
        FeedQuery quarter;
        quarter.units = QStringList{u"VN-HP"_qs};
        quarter.from = Period::quarter(2025, 1);
        quarter.to = Period::quarter(2025, 1);
        page = t.cache().feed().kpiChanges(quarter);
        QCOMPARE(describe(page->entries), (QStringList{u"2:VN-HP/2025-01=101"_qs, u"4:VN-HP/2025-02=102"_qs, u"6:VN-HP/2025-03=103"_qs}));

        // Indicators: one the cache has no data of, and one it does not know.
        FeedQuery other;
        other.indicators = QStringList{u"pm"_qs};
        QVERIFY(t.cache().feed().kpiChanges(other)->entries.isEmpty());
        other.indicators = QStringList{u"nope"_qs};
        QVERIFY(t.cache().feed().kpiChanges(other)->entries.isEmpty());
        other.indicators = QStringList{u"nope"_qs, u"rev"_qs};
        QCOMPARE(t.cache().feed().kpiChanges(other)->entries.size(), 24);

        FeedQuery none;
        none.limit = 0;
        QVERIFY(!t.cache().feed().kpiChanges(none).ok());
    }

    void provenanceCarriesTheEtag()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"hub"_qs);
        w->setOrigin(u"reporting"_qs, u"https://hub.example/v1/kpi-data"_qs, u"\"f-17\""_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(1, 10)), Outcome::Written);
        commit(*w);
        w->setOrigin(u"reporting"_qs, u"https://hub.example/v1/kpi-data"_qs, u"\"f-18\""_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(2, 20)), Outcome::Written);
        commit(*w);
        const auto feed = all(t.cache());
        QCOMPARE(feed.size(), 2);
        QCOMPARE(feed.at(0).observation.provenance.etag, u"\"f-17\""_qs);
        QCOMPARE(feed.at(1).observation.provenance.etag, u"\"f-18\""_qs);
        QCOMPARE(feed.at(1).observation.provenance.format, u"reporting"_qs);
        QCOMPARE(feed.at(1).observation.provenance.location, u"https://hub.example/v1/kpi-data"_qs);
        QStringList etags;
        QVERIFY(t.cache().observations().forEach(u"rev"_qs, [&](const Observation &o) {
            etags.append(o.provenance.etag);
            return true;
        }).ok());
        QCOMPARE(etags, (QStringList{u"\"f-17\""_qs, u"\"f-18\""_qs}));
        // Reopened, the source is read back from the file.
        QVERIFY(t.reopen());
        QCOMPARE(all(t.cache()).at(1).observation.provenance.etag, u"\"f-18\""_qs);
    }
};

QTEST_GUILESS_MAIN(TestFeed)
#include "tst_feed.moc"
