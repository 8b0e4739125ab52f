#include "store/observationwriter.h"
#include "tempcache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dh;
using test::TempCache;
using Mode = ObservationWriter::Mode;
using Outcome = ObservationWriter::Outcome;

class TestObservationWriter : public QObject
{
    Q_OBJECT

private:
    static Observation rev(int month, double value, int revision = 1)
    {
        return TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2025, month), value, revision);
    }

    static qint64 count(Cache &cache) { return cache.statistics().summary()->observations; }

private slots:
    void removesAKeyKeepingItsValue()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"sdmx"_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(1, 10)), Outcome::Written);
        QCOMPARE(w->write(rev(2, 20)), Outcome::Written);
        QVERIFY(w->commit().ok());
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->remove(rev(1, 0)), Outcome::Removed);
        QCOMPARE(w->remove(rev(3, 0)), Outcome::Unchanged); // a key the cache does not hold
        Observation unknown = rev(1, 0);
        unknown.unit = QStringLiteral("VN-00");
        QCOMPARE(w->remove(unknown, 4, u"raw"), Outcome::Quarantined);
        w->rollback();
        QCOMPARE(count(t.cache()), 2); // rolled back with its batch
        QVERIFY(w->begin(Mode::RowByRow).ok());
        QCOMPARE(w->remove(rev(1, 0)), Outcome::Removed);
        const auto report = w->commit();
        QVERIFY(report.ok());
        QCOMPARE(report->removed, 1);
        QCOMPARE(count(t.cache()), 1);
        const auto history = t.cache().observations().revisions(u"rev"_qs, u"VN-HN"_qs, Period::month(2025, 1));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().value, 10.0);
    }

    void quarantineReasons_data()
    {
        QTest::addColumn<Observation>("row");
        QTest::addColumn<QString>("reason");
        Observation unknownIndicator = rev(1, 1);
        unknownIndicator.indicator = QStringLiteral("nope");
        QTest::newRow("unknown indicator") << unknownIndicator << u"Unknown indicator code nope"_qs;
        Observation unknownUnit = rev(1, 1);
        unknownUnit.unit = QStringLiteral("VN-00");
        QTest::newRow("unknown unit") << unknownUnit << u"Unknown unit code VN-00"_qs;
        Observation quarter = rev(1, 1);
        quarter.period = Period::quarter(2025, 1);
        QTest::newRow("periodicity") << quarter << u"does not fit"_qs;
        QTest::newRow("not finite") << rev(1, std::numeric_limits<double>::infinity()) << u"not a finite number"_qs;
        Observation measure = rev(1, 1);
        measure.measure = QStringLiteral("USD");
        QTest::newRow("unit of measure") << measure << u"Wrong unit of measure"_qs;
    }

    void quarantineReasons()
    {
        QFETCH(Observation, row);
        QFETCH(QString, reason);
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"file:x.csv"_qs);
        QVERIFY(w->begin(Mode::RowByRow).ok());
        QCOMPARE(w->write(row, 7, u"raw,text"), Outcome::Quarantined);
        const auto report = w->commit();
        QVERIFY(report.ok());
        QCOMPARE(report->quarantined.size(), 1);
        QVERIFY2(report->quarantined.first().reason.contains(reason), qPrintable(report->quarantined.first().reason));
        const auto stored = *t.cache().quarantine().records();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().line, 7);
        QCOMPARE(stored.first().record, u"raw,text"_qs);
        QCOMPARE(stored.first().source, u"file:x.csv"_qs);
        QCOMPARE(stored.first().receivedAt, t.clock().now());
        QCOMPARE(count(t.cache()), 0);
    }

    // A unit holds no period that ended before it came into being: a 2025 province's 2024 months
    // are read from the provinces it merged, and a stored value would silently replace that figure.
    // A period that straddles its first day is its own, and a province merged into a successor may
    // go on past its last day (the 34 are read from it).
    void unitOutsideItsValidity_data()
    {
        QTest::addColumn<Observation>("row");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("2025 province, 2024 month")
            << TempCache::observation(u"rev"_qs, u"VN25-01"_qs, Period::month(2024, 1), 100) << false;
        QTest::newRow("2025 province, last month before it")
            << TempCache::observation(u"rev"_qs, u"VN25-01"_qs, Period::month(2025, 6), 100) << false;
        QTest::newRow("2025 province, quarter before it")
            << TempCache::observation(u"rev"_qs, u"VN25-01"_qs, Period::quarter(2025, 2), 100, 1, ValueKind::Target) << false;
        QTest::newRow("2025 province, its first month")
            << TempCache::observation(u"rev"_qs, u"VN25-01"_qs, Period::month(2025, 7), 100) << true;
        QTest::newRow("2025 province, the year of the reform")
            << TempCache::observation(u"rev"_qs, u"VN25-01"_qs, Period::year(2025), 100, 1, ValueKind::Target) << true;
        QTest::newRow("merged province after the reform")
            << TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2026, 1), 100) << true;
        QTest::newRow("nation") << TempCache::observation(u"rev"_qs, u"VN"_qs, Period::month(2010, 1), 100) << true;
    }

    void unitOutsideItsValidity()
    {
        QFETCH(Observation, row);
        QFETCH(bool, accepted);
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"x"_qs);
        QVERIFY(w->begin(Mode::RowByRow).ok());
        QCOMPARE(w->write(row, 2), accepted ? Outcome::Written : Outcome::Quarantined);
        const auto report = w->commit();
        QVERIFY(report.ok());
        if (!accepted) {
            const QString reason = report->quarantined.first().reason;
            QVERIFY2(reason.contains(u"VN25-01") && reason.contains(u"2025-07-01") && reason.contains(row.period.toString()),
                     qPrintable(reason));
        }
    }

    // A unit that ceased without a successor (a level abolished, say) holds nothing after its end.
    void unitCeasedWithoutSuccessor()
    {
        auto read = [](const char *name) {
            QFile f(QStringLiteral(":/admin/") + QLatin1StringView(name));
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        const QString ministries = read("ministries.csv") + u"BXX,Bộ thử,Test ministry,,2025-02-28,\n"_qs;
        const auto registry = UnitRegistry::fromCsv(read("provinces-2008.csv"), read("provinces-2025.csv"), ministries,
                                                    read("countries.csv"));
        QVERIFY2(registry.ok(), qPrintable(registry.ok() ? QString() : registry.error().message));
        QTemporaryDir dir;
        auto cache = Cache::open(dir.filePath(u"c.sqlite"_qs), *registry);
        QVERIFY(cache.ok());
        QVERIFY((*cache)->catalogue().upsert(TempCache::catalogue()).ok());
        auto w = (*cache)->writer(u"x"_qs);
        QVERIFY(w->begin(Mode::RowByRow).ok());
        QCOMPARE(w->write(TempCache::observation(u"rev"_qs, u"BXX"_qs, Period::month(2025, 2), 1)), Outcome::Written);
        QCOMPARE(w->write(TempCache::observation(u"rev"_qs, u"BXX"_qs, Period::month(2025, 3), 1)), Outcome::Quarantined);
        const QString reason = w->report().quarantined.first().reason;
        QVERIFY2(reason.contains(u"BXX") && reason.contains(u"2025-02-28") && reason.contains(u"2025-03"), qPrintable(reason));
        QVERIFY(w->commit().ok());
    }

    // A breakdown names the indicator's dimensions and the values the catalogue lists for them;
    // anything else would be stored as a new key of its own.
    void breakdownsAreCheckedAgainstTheCatalogue_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<QString>("disaggregation");
        QTest::addColumn<QString>("reason"); // empty: accepted
        QTest::newRow("listed") << u"rev"_qs << u"level=central;tax=vat"_qs << QString();
        QTest::newRow("no dimensions") << u"pm"_qs << u"foo=bar"_qs << u"pm has no disaggregation"_qs;
        QTest::newRow("unknown dimension") << u"rev"_qs << u"foo=bar"_qs << u"rev has no dimension \"foo\" (its dimensions: level, tax)"_qs;
        QTest::newRow("unknown value") << u"rev"_qs << u"level=regional"_qs << u"\"regional\" is not a value of the dimension level of rev"_qs;
        QTest::newRow("line break") << u"rev"_qs << u"level=cen\ntral"_qs << u"level=cen\\ntral"_qs;
        QTest::newRow("escape") << u"rev"_qs << u"level=\x1b[31mcentral"_qs << u"level=\\x1B[31mcentral"_qs;
        QTest::newRow("formula =") << u"rev"_qs << u"level==1+1"_qs << u"spreadsheet"_qs;
        QTest::newRow("formula +") << u"rev"_qs << u"level=+1"_qs << u"spreadsheet"_qs;
        QTest::newRow("formula -") << u"rev"_qs << u"level=-1"_qs << u"spreadsheet"_qs;
        QTest::newRow("formula @") << u"rev"_qs << u"@level=central"_qs << u"spreadsheet"_qs;
    }

    void breakdownsAreCheckedAgainstTheCatalogue()
    {
        QFETCH(QString, indicator);
        QFETCH(QString, disaggregation);
        QFETCH(QString, reason);
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"x"_qs);
        QVERIFY(w->begin(Mode::RowByRow).ok());
        Observation o = TempCache::observation(indicator, u"VN-HN"_qs, Period::month(2025, 1), 1);
        o.disaggregation = disaggregation;
        QCOMPARE(w->write(o), reason.isEmpty() ? Outcome::Written : Outcome::Quarantined);
        QCOMPARE(w->write(o), reason.isEmpty() ? Outcome::Unchanged : Outcome::Quarantined); // the same key again, as checked once
        const auto report = w->commit();
        QVERIFY(report.ok());
        if (!reason.isEmpty()) {
            const QString said = report->quarantined.first().reason;
            QVERIFY2(said.contains(reason), qPrintable(said));
            QVERIFY2(!said.contains(u'\n') && !said.contains(u'\x1b'), qPrintable(said));
            QCOMPARE(*t.cache().observations().disaggregations(indicator, u"VN-HN"_qs), QStringList());
        }
    }

    void measureMatchingTheIndicatorIsAccepted()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"x"_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        Observation vi = rev(1, 1);
        vi.measure = QStringLiteral("tỷ đồng");
        Observation en = rev(2, 1);
        en.measure = QStringLiteral("VND bn");
        QCOMPARE(w->write(vi), Outcome::Written);
        QCOMPARE(w->write(en), Outcome::Written);
        QVERIFY(w->commit()->committed);
    }

    void allOrNothingWritesNothingOnABadRow()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"x"_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(1, 10)), Outcome::Written);
        QCOMPARE(w->write(rev(2, 20)), Outcome::Written);
        w->reject(3, u"garbage", u"Malformed number"_qs);
        const auto report = w->commit();
        QVERIFY(report.ok());
        QVERIFY(!report->committed);
        QCOMPARE(count(t.cache()), 0);
        QCOMPARE(t.cache().quarantine().records()->size(), 1);
        QCOMPARE(t.cache().quarantine().records()->first().reason, u"Malformed number"_qs);
    }

    void rowByRowWritesTheGoodRows()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"x"_qs);
        QVERIFY(w->begin(Mode::RowByRow).ok());
        w->write(rev(1, 10));
        Observation bad = rev(2, 20);
        bad.unit = QStringLiteral("VN-00");
        w->write(bad, 3);
        w->write(rev(3, 30));
        const auto report = w->commit();
        QVERIFY(report->committed);
        QCOMPARE(report->written, 2);
        QCOMPARE(report->quarantined.size(), 1);
        QCOMPARE(count(t.cache()), 2);
    }

    void duplicatesAndRevisions()
    {
        TempCache t;
        QVERIFY(t.ok());
        {
            auto w = t.cache().writer(u"x"_qs);
            QVERIFY(w->begin(Mode::RowByRow).ok());
            QCOMPARE(w->write(rev(1, 10)), Outcome::Written);
            QCOMPARE(w->write(rev(1, 10)), Outcome::Unchanged);   // the same figure twice is harmless
            QCOMPARE(w->write(rev(1, 11)), Outcome::Quarantined); // same key and revision, another value
            QVERIFY(w->report().quarantined.last().reason.contains(u"duplicate key"));
            QVERIFY(w->commit()->committed);
        }
        {
            auto w = t.cache().writer(u"revision"_qs);
            QVERIFY(w->begin(Mode::AllOrNothing).ok());
            QCOMPARE(w->write(rev(1, 12, 2)), Outcome::Written);  // a revised figure replaces the value…
            QVERIFY(w->commit()->committed);
        }
        const auto now = t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs});
        QCOMPARE(now->first().value, 12.0);
        QCOMPARE(now->first().revision, 2);
        const auto history = t.cache().observations().revisions(u"rev"_qs, u"VN-HN"_qs, Period::month(2025, 1)); // …and the old one is kept
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().value, 10.0);
        QCOMPARE(history->first().revision, 1);
        QCOMPARE(t.cache().statistics().summary()->revisionsKept, 1);
        {
            auto w = t.cache().writer(u"stale"_qs);
            QVERIFY(w->begin(Mode::RowByRow).ok());
            QCOMPARE(w->write(rev(1, 10, 1)), Outcome::Quarantined); // an older revision
            QVERIFY(w->report().quarantined.last().reason.contains(u"older"));
            QVERIFY(w->commit().ok());
        }
        QCOMPARE(t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs})->first().value, 12.0);
    }

    // A provisional figure made final keeps its value and revision: the new status is taken, and
    // the provisional row is kept in the history as any replaced figure is.
    void aStatusChangeAtTheSameRevisionIsTaken()
    {
        TempCache t;
        QVERIFY(t.ok());
        Observation provisional = rev(1, 10, 2);
        provisional.status = ObservationStatus::Provisional;
        Observation finalised = rev(1, 10, 2);
        finalised.status = ObservationStatus::Final;
        {
            auto w = t.cache().writer(u"x"_qs);
            QVERIFY(w->begin(Mode::AllOrNothing).ok());
            QCOMPARE(w->write(provisional), Outcome::Written);
            QVERIFY(w->commit()->committed);
        }
        {
            auto w = t.cache().writer(u"x"_qs);
            QVERIFY(w->begin(Mode::AllOrNothing).ok());
            QCOMPARE(w->write(finalised), Outcome::Written);
            const auto report = w->commit();
            QVERIFY(report->committed);
            QCOMPARE(report->written, 1);
            QCOMPARE(report->unchanged, 0);
        }
        const auto series = *t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs});
        QCOMPARE(series.first().status, ObservationStatus::Final);
        QCOMPARE(series.first().value, 10.0);
        QCOMPARE(series.first().revision, 2);
        const auto history = *t.cache().observations().revisions(u"rev"_qs, u"VN-HN"_qs, Period::month(2025, 1));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().status, ObservationStatus::Provisional);
        QCOMPARE(history.first().revision, 2);
        {
            auto w = t.cache().writer(u"x"_qs);
            QVERIFY(w->begin(Mode::AllOrNothing).ok());
            QCOMPARE(w->write(finalised), Outcome::Unchanged); // the same value and status: a repeat
            Observation other = rev(1, 11, 2);
            other.status = ObservationStatus::Provisional;
            QCOMPARE(w->write(other), Outcome::Quarantined); // another value at the same revision stays a conflict
            QVERIFY(!w->commit()->committed);
        }
        QCOMPARE(t.cache().statistics().summary()->revisionsKept, 1);
    }

    // An older revision with the value held is stale and changes nothing; with another value it is
    // a conflict.
    void anOlderRevisionOfTheSameValueIsUnchanged()
    {
        TempCache t;
        QVERIFY(t.ok());
        {
            auto w = t.cache().writer(u"x"_qs);
            QVERIFY(w->begin(Mode::AllOrNothing).ok());
            QCOMPARE(w->write(rev(1, 12, 3)), Outcome::Written);
            QVERIFY(w->commit()->committed);
        }
        auto w = t.cache().writer(u"old"_qs);
        QVERIFY(w->begin(Mode::RowByRow).ok());
        Observation stale = rev(1, 12, 1);
        stale.status = ObservationStatus::Provisional;
        QCOMPARE(w->write(stale, 2), Outcome::Unchanged);
        QCOMPARE(w->write(rev(1, 10, 2), 3), Outcome::Quarantined);
        const auto report = w->commit();
        QVERIFY(report.ok());
        QCOMPARE(report->unchanged, 1);
        QCOMPARE(report->quarantined.size(), 1);
        QCOMPARE(report->quarantined.first().line, 3);
        QVERIFY2(report->quarantined.first().reason.contains(u"older than the cached revision 3 (value 12)"),
                 qPrintable(report->quarantined.first().reason));
        const auto series = *t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs});
        QCOMPARE(series.first().revision, 3);
        QCOMPARE(series.first().status, ObservationStatus::Final);
        QCOMPARE(t.cache().statistics().summary()->revisionsKept, 0);
    }

    // A withdrawal older than the figure held (a file replayed after a revision) removes nothing;
    // one at or above its revision removes it.
    void aStaleWithdrawalRemovesNothing()
    {
        TempCache t;
        QVERIFY(t.ok());
        {
            auto w = t.cache().writer(u"x"_qs);
            QVERIFY(w->begin(Mode::AllOrNothing).ok());
            QCOMPARE(w->write(rev(1, 50, 5)), Outcome::Written);
            QCOMPARE(w->write(rev(2, 60, 5)), Outcome::Written);
            QVERIFY(w->commit()->committed);
        }
        {
            auto w = t.cache().writer(u"x"_qs);
            QVERIFY(w->begin(Mode::AllOrNothing).ok());
            QCOMPARE(w->remove(rev(1, 0, 2)), Outcome::Unchanged);
            const auto report = w->commit();
            QVERIFY(report->committed);
            QCOMPARE(report->removed, 0);
            QCOMPARE(report->unchanged, 1);
        }
        QCOMPARE(count(t.cache()), 2);
        QCOMPARE(t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs})->first().value, 50.0);
        QCOMPARE(t.cache().statistics().summary()->revisionsKept, 0); // no history copy without the removal
        {
            auto w = t.cache().writer(u"x"_qs);
            QVERIFY(w->begin(Mode::AllOrNothing).ok());
            QCOMPARE(w->remove(rev(1, 0, 5)), Outcome::Removed);
            QCOMPARE(w->remove(rev(2, 0, 6)), Outcome::Removed);
            QCOMPARE(w->commit()->removed, 2);
        }
        QCOMPARE(count(t.cache()), 0);
        QCOMPARE(t.cache().statistics().summary()->revisionsKept, 2);
    }

    // A row of this file that repeats the cached figure is where the key was first seen: a later
    // row with another value is told that line, not the cached value. A stale repeat is not: the
    // figure held is not the one it carries.
    void aDuplicateOfACachedFigureNamesItsLine()
    {
        TempCache t;
        QVERIFY(t.ok());
        {
            auto w = t.cache().writer(u"x"_qs);
            QVERIFY(w->begin(Mode::AllOrNothing).ok());
            QCOMPARE(w->write(rev(1, 10, 1)), Outcome::Written);
            QCOMPARE(w->write(rev(2, 20, 2)), Outcome::Written);
            QVERIFY(w->commit()->committed);
        }
        auto w = t.cache().writer(u"x"_qs);
        QVERIFY(w->begin(Mode::RowByRow).ok());
        QCOMPARE(w->write(rev(1, 10, 1), 2), Outcome::Unchanged);
        QCOMPARE(w->write(rev(1, 10, 1), 3), Outcome::Unchanged);
        QCOMPARE(w->write(rev(1, 11, 1), 4), Outcome::Quarantined);
        QCOMPARE(w->write(rev(2, 20, 1), 5), Outcome::Unchanged); // stale
        QCOMPARE(w->write(rev(2, 21, 2), 6), Outcome::Quarantined);
        const auto report = w->commit();
        QVERIFY(report.ok());
        QCOMPARE(report->quarantined.size(), 2);
        QVERIFY2(report->quarantined.at(0).reason.contains(u"duplicate key in this file: line 2 "),
                 qPrintable(report->quarantined.at(0).reason));
        QVERIFY2(report->quarantined.at(1).reason.contains(u"Conflicting value for the same key and revision 2: cached 20"),
                 qPrintable(report->quarantined.at(1).reason));
    }

    // A breakdown is stored under its one canonical spelling; another spelling, or a malformed key,
    // would be a breakdown of its own beside it.
    void nonCanonicalBreakdownsAreRefused_data()
    {
        QTest::addColumn<QString>("disaggregation");
        QTest::addColumn<QString>("reason");
        QTest::newRow("order") << u"tax=vat;level=central"_qs << u"canonical form \"level=central;tax=vat\""_qs;
        QTest::newRow("spaces") << u"level = central"_qs << u"canonical form \"level=central\""_qs;
        QTest::newRow("trailing ;") << u"level=central;"_qs << u"canonical form \"level=central\""_qs;
        QTest::newRow("no value") << u"central"_qs << u"\"central\" is malformed"_qs;
        QTest::newRow("two values") << u"level=central;level=local"_qs << u"is malformed"_qs;
    }

    void nonCanonicalBreakdownsAreRefused()
    {
        QFETCH(QString, disaggregation);
        QFETCH(QString, reason);
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"x"_qs);
        QVERIFY(w->begin(Mode::RowByRow).ok());
        Observation o = rev(1, 1);
        o.disaggregation = disaggregation;
        QCOMPARE(w->write(o, 2), Outcome::Quarantined);
        QCOMPARE(w->write(o, 3), Outcome::Quarantined); // as checked once
        const auto report = w->commit();
        QVERIFY(report.ok());
        QCOMPARE(report->quarantined.size(), 2);
        QVERIFY2(report->quarantined.first().reason.contains(reason), qPrintable(report->quarantined.first().reason));
        QCOMPARE(count(t.cache()), 0);
        QCOMPARE(*t.cache().observations().disaggregations(u"rev"_qs, u"VN-HN"_qs), QStringList());
    }

    // Revisions of one key met in one batch: the newest wins whatever the order, and every figure it
    // replaced is kept.
    void revisionsWithinOneBatch()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"x"_qs);
        QVERIFY(w->begin(Mode::RowByRow).ok());
        QCOMPARE(w->write(rev(3, 30, 1), 2, u"rev,VN-HN,2025-03,30,1"), Outcome::Written);
        QCOMPARE(w->write(rev(3, 31, 2), 3, u"rev,VN-HN,2025-03,31,2"), Outcome::Written);
        QCOMPARE(w->write(rev(3, 32, 3), 4, u"rev,VN-HN,2025-03,32,3"), Outcome::Written);
        QCOMPARE(w->write(rev(3, 31, 2), 5, u"rev,VN-HN,2025-03,31,2"), Outcome::Quarantined); // older than the one now held
        QCOMPARE(w->write(rev(3, 32, 3), 6, u"rev,VN-HN,2025-03,32,3"), Outcome::Unchanged);
        const auto report = w->commit();
        QVERIFY(report.ok());
        QVERIFY(report->committed);
        QCOMPARE(report->written, 3);
        QCOMPARE(report->unchanged, 1);
        QCOMPARE(report->quarantined.size(), 1);
        QCOMPARE(report->quarantined.first().line, 5);
        QVERIFY2(report->quarantined.first().reason.contains(u"older than revision 3 (value 32) on line 4 of this file"),
                 qPrintable(report->quarantined.first().reason));
        const auto series = *t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs});
        QCOMPARE(series.size(), 1);
        QCOMPARE(series.first().value, 32.0);
        QCOMPARE(series.first().revision, 3);
        const auto history = *t.cache().observations().revisions(u"rev"_qs, u"VN-HN"_qs, Period::month(2025, 3));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).value, 30.0);
        QCOMPARE(history.at(1).value, 31.0);
        QCOMPARE(count(t.cache()), 1);
    }

    // Rows that differ from the one before in a single field each keep their own: the writer binds
    // again only what changed.
    void eachRowKeepsItsOwnFields()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"x"_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QList<Observation> rows;
        for (int m = 1; m <= 12; ++m) {
            Observation o = rev(m, m * 1.25, m % 3 + 1);
            o.status = m % 2 ? ObservationStatus::Provisional : ObservationStatus::Final;
            o.provenance.retrievedAt = m % 4 ? QDateTime() : QDateTime(QDate(2025, m, 1), QTime(8, 0), Qt::UTC);
            rows.append(o);
        }
        Observation other = rev(5, 99); // the same period on another unit, then back
        other.unit = QStringLiteral("VN-SG");
        rows.insert(6, other);
        for (const Observation &o : rows)
            QCOMPARE(w->write(o), Outcome::Written);
        QVERIFY(w->commit()->committed);
        const auto series = *t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs});
        QCOMPARE(series.size(), 12);
        for (int m = 1; m <= 12; ++m) {
            const SeriesPoint &p = series.at(m - 1);
            QCOMPARE(p.period, Period::month(2025, m));
            QCOMPARE(p.value, m * 1.25);
            QCOMPARE(p.revision, m % 3 + 1);
            QCOMPARE(p.status, m % 2 ? ObservationStatus::Provisional : ObservationStatus::Final);
            QCOMPARE(p.retrievedAt, m % 4 ? t.clock().now() : QDateTime(QDate(2025, m, 1), QTime(8, 0), Qt::UTC));
        }
        const auto sg = *t.cache().observations().series({u"rev"_qs, u"VN-SG"_qs});
        QCOMPARE(sg.size(), 1);
        QCOMPARE(sg.first().value, 99.0);
    }

    // A batch refused whole leaves no revision behind either: neither the figure nor its history.
    void refusedBatchKeepsNoRevision()
    {
        TempCache t;
        QVERIFY(t.ok());
        {
            auto w = t.cache().writer(u"x"_qs);
            QVERIFY(w->begin(Mode::AllOrNothing).ok());
            QCOMPARE(w->write(rev(4, 40, 1)), Outcome::Written);
            QVERIFY(w->commit()->committed);
        }
        auto w = t.cache().writer(u"x"_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(rev(4, 41, 2)), Outcome::Written);
        QCOMPARE(w->write(rev(5, std::numeric_limits<double>::quiet_NaN())), Outcome::Quarantined);
        QVERIFY(!w->commit()->committed);
        QCOMPARE(t.cache().observations().series({u"rev"_qs, u"VN-HN"_qs})->first().value, 40.0);
        QVERIFY(t.cache().observations().revisions(u"rev"_qs, u"VN-HN"_qs, Period::month(2025, 4))->isEmpty());
        QCOMPARE(t.cache().statistics().summary()->revisionsKept, 0);
    }

    void reimportChangesNothing()
    {
        TempCache t;
        QVERIFY(t.ok());
        for (int pass = 0; pass < 2; ++pass) {
            auto w = t.cache().writer(u"x"_qs);
            QVERIFY(w->begin(Mode::AllOrNothing).ok());
            for (int m = 1; m <= 12; ++m)
                w->write(rev(m, m * 1.5));
            const auto report = w->commit();
            QCOMPARE(report->written, pass == 0 ? 12 : 0);
            QCOMPARE(report->unchanged, pass == 0 ? 0 : 12);
        }
        QCOMPARE(count(t.cache()), 12);
    }

    void abandonedImportLeavesNothing()
    {
        TempCache t;
        QVERIFY(t.ok());
        {
            auto w = t.cache().writer(u"x"_qs);
            QVERIFY(w->begin(Mode::RowByRow).ok());
            for (int m = 1; m <= 12; ++m)
                w->write(rev(m, m));
            // destroyed without commit: as if the process were killed mid-import
        }
        QCOMPARE(count(t.cache()), 0);
        QVERIFY(t.reopen());
        QCOMPARE(count(t.cache()), 0);
        auto w = t.cache().writer(u"x"_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        w->write(rev(1, 1));
        QVERIFY(w->commit()->committed);
        QCOMPARE(count(t.cache()), 1);
    }

    void annualTargetForAMonthlyIndicator()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"plan"_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        QCOMPARE(w->write(TempCache::observation(u"rev"_qs, u"VN"_qs, Period::year(2026), 2400000, 1, ValueKind::Target)),
                 Outcome::Written);
        QCOMPARE(w->write(TempCache::observation(u"rev"_qs, u"VN"_qs, Period::year(2026), 5, 1, ValueKind::InPeriod)),
                 Outcome::Quarantined); // only a target may be coarser than the periodicity
        QVERIFY(!w->commit()->committed);
    }

    void disaggregationsGetIds()
    {
        TempCache t;
        QVERIFY(t.ok());
        auto w = t.cache().writer(u"x"_qs);
        QVERIFY(w->begin(Mode::AllOrNothing).ok());
        Observation a = rev(1, 5);
        a.disaggregation = QStringLiteral("level=central;tax=vat");
        Observation b = rev(1, 6);
        b.disaggregation = QStringLiteral("level=local");
        QCOMPARE(w->write(a), Outcome::Written);
        QCOMPARE(w->write(b), Outcome::Written);
        QCOMPARE(w->write(rev(1, 11)), Outcome::Written);
        QVERIFY(w->commit()->committed);
        QCOMPARE(*t.cache().observations().disaggregations(u"rev"_qs, u"VN-HN"_qs), (QStringList{u"level=central;tax=vat"_qs, u"level=local"_qs}));
    }

    // The cache failing in the middle of a batch (a full disk, an I/O error) fails the batch whole,
    // whether SQLite ends the transaction itself or only refuses the statement: none of it is
    // written, not even the rows after the failure one by one.
    void aFailingCacheFailsTheWholeBatch_data()
    {
        QTest::addColumn<QByteArray>("raise");
        QTest::newRow("the transaction ends") << QByteArray("ROLLBACK");
        QTest::newRow("the statement fails") << QByteArray("ABORT");
    }

    void aFailingCacheFailsTheWholeBatch()
    {
        QFETCH(QByteArray, raise);
        for (const auto mode : {ObservationWriter::Mode::AllOrNothing, ObservationWriter::Mode::RowByRow}) {
            TempCache t;
            QVERIFY(t.ok());
            // Another program makes the cache fail on one value.
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(t.path().toUtf8().constData(), &db), SQLITE_OK);
            const QByteArray trigger = "CREATE TRIGGER failing BEFORE INSERT ON observation WHEN new.value = 666"
                                       " BEGIN SELECT RAISE(" + raise + ", 'disk I/O error'); END";
            QCOMPARE(sqlite3_exec(db, trigger.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);

            auto w = t.cache().writer(u"x"_qs);
            QVERIFY(w->begin(mode).ok());
            QCOMPARE(w->write(rev(1, 1)), ObservationWriter::Outcome::Written);
            QCOMPARE(w->write(rev(2, 666)), ObservationWriter::Outcome::Failed);
            QCOMPARE(w->write(rev(3, 3)), ObservationWriter::Outcome::Failed);
            const auto r = w->commit();
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, Error::Code::Storage);
            QVERIFY(r.error().message.contains(u"nothing of it was written"));
            w.reset();
            QCOMPARE(count(t.cache()), 0);
            QVERIFY(t.cache().quarantine().records()->isEmpty());
            // The cache is usable after: a batch without the failing value goes in.
            auto again = t.cache().writer(u"x"_qs);
            QVERIFY(again->begin(mode).ok());
            QCOMPARE(again->write(rev(4, 4)), ObservationWriter::Outcome::Written);
            QVERIFY(again->commit().ok());
            QCOMPARE(count(t.cache()), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestObservationWriter)
#include "tst_observationwriter.moc"
