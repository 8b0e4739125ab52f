#include "clirun.h"
#include "store/cache.h"
#include "sync/readers/pxwebquery.h"
#include "sync/readers/pxwebtable.h"
#include "sync/readers/reportingreader.h"
#include "sync/readers/worldbankapireader.h"
#include "syncfixtures.h"
#include "tempcache.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace dh;

Q_DECLARE_METATYPE(dh::test::SyncFixture)

// The sync fixtures (tests/data/sync/) are what the engine's tests serve over HTTP: each is
// imported here through `dieuhanh-sync import` into a test cache, as the engine writes what it
// pulls, and must give exactly the observations syncFixtures() promises, with the values,
// revisions and removals its documents state.
class TestSyncFixtures : public QObject
{
    Q_OBJECT

private:
    using Run = test::CliRun;

    Run cli(QStringList arguments) { return test::runCli(std::move(arguments), m_clock); }

    // Imports one fixture document into the test cache, through the fixture's mapping if any.
    Run importFixture(const QString &format, const QString &document, const QString &mapping, QStringList more = {})
    {
        QStringList arguments{u"--cache"_qs, m_cache->path(), u"import"_qs, test::syncFixturePath(document), u"--format"_qs, format};
        if (!mapping.isEmpty())
            arguments << u"--mapping"_qs << test::syncFixturePath(mapping);
        return cli(arguments + more);
    }

    std::unique_ptr<Cache> open()
    {
        auto cache = Cache::open(m_cache->path(), m_cache->registry(), Cache::OpenMode::ReadOnly);
        return cache ? std::move(*cache) : nullptr;
    }

    static qint64 count(const Cache &cache)
    {
        qint64 n = 0;
        const auto walked = cache.observations().forEach(QString(), [&](const Observation &) {
            ++n;
            return true;
        });
        return walked ? n : -1;
    }

    // The one value of a key, or nothing.
    static std::optional<UnitValue> valueOf(const Cache &cache, const QString &indicator, const QString &unit, const Period &period,
                                            const QString &disaggregation = QString())
    {
        const auto values = cache.observations().crossSection(indicator, period, {unit}, disaggregation);
        if (!values || values->size() != 1)
            return std::nullopt;
        return values->first();
    }

    static QByteArray bytes(const QString &relative)
    {
        QFile f(test::syncFixturePath(relative));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static test::SyncFixture fixture(const QString &format)
    {
        const auto all = test::syncFixtures();
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const test::SyncFixture &f) { return f.format == format; });
        return it == all.cend() ? test::SyncFixture() : *it;
    }

    std::unique_ptr<test::TempCache> m_cache;
    test::FakeClock m_clock;

private slots:
    void init()
    {
        m_cache = std::make_unique<test::TempCache>();
        QVERIFY2(m_cache->ok(), qPrintable(m_cache->error()));
        m_cache->close();
    }

    void everyFixtureGivesItsObservations_data()
    {
        QTest::addColumn<test::SyncFixture>("fixture");
        QStringList formats;
        for (const test::SyncFixture &f : test::syncFixtures()) {
            QTest::newRow(qPrintable(f.format)) << f;
            formats.append(f.format);
        }
        QCOMPARE(formats, (QStringList{u"reporting"_qs, u"jsonstat"_qs, u"sdmx-json"_qs, u"pxweb"_qs, u"worldbank"_qs, u"csv-mapped"_qs}));
    }

    void everyFixtureGivesItsObservations()
    {
        QFETCH(test::SyncFixture, fixture);
        QVERIFY(!fixture.documents.isEmpty());
        QVERIFY(!fixture.contentType.isEmpty());
        QVERIFY(fixture.observations >= 10 && fixture.observations <= 40);
        // PX-Web's first answer is the table's metadata, which holds no values.
        const QList<QString> data = fixture.format == u"pxweb" ? fixture.documents.mid(1) : fixture.documents;
        for (const QString &document : data) {
            const Run r = importFixture(fixture.format, document, fixture.mappingFile);
            QVERIFY2(r.code == 0, qPrintable(document + u": " + r.out + r.err));
            QVERIFY2(r.out.contains(u" 0 quarantined."), qPrintable(r.out));
            QVERIFY2(!r.err.contains(u"warning"), qPrintable(r.err));
        }
        const auto cache = open();
        QVERIFY(cache);
        QCOMPARE(count(*cache), fixture.observations);
        // The last answer again, as a client that asks once more from the same place: nothing new.
        const Run again = importFixture(fixture.format, data.last(), fixture.mappingFile);
        QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
        QVERIFY2(again.out.contains(u" 0 written,"), qPrintable(again.out));
        QCOMPARE(count(*cache), fixture.observations);
    }

    // Page 2 of the feed revises a value of page 1, withdraws another and adds four.
    void reportingPagesReviseAndWithdraw()
    {
        const test::SyncFixture f = fixture(u"reporting"_qs);
        Run r = importFixture(f.format, f.documents.at(0), {});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"17 cells, 16 observations, 0 refused, 1 missing values skipped"), qPrintable(r.err));
        {
            const auto cache = open();
            QCOMPARE(count(*cache), qint64(16));
            QCOMPARE(valueOf(*cache, u"rev"_qs, u"VN25-01"_qs, Period::month(2025, 8))->value, 39870.0);
            QCOMPARE(valueOf(*cache, u"rev"_qs, u"VN25-01"_qs, Period::month(2025, 7), u"level=central"_qs)->value, 24800.0);
            QCOMPARE(valueOf(*cache, u"rev"_qs, u"VN25-79"_qs, Period::month(2025, 8), u"level=local;tax=vat"_qs)->value, 6120.0);
            QVERIFY(valueOf(*cache, u"rev"_qs, u"VN25-48"_qs, Period::month(2025, 8)));
            QVERIFY(!valueOf(*cache, u"rev"_qs, u"VN25-48"_qs, Period::month(2025, 8), u"level=central"_qs)); // null: missing
        }
        r = importFixture(f.format, f.documents.at(1), {});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"1 observations removed"), qPrintable(r.out));
        const auto cache = open();
        QCOMPARE(count(*cache), qint64(19));
        const auto revised = valueOf(*cache, u"rev"_qs, u"VN25-01"_qs, Period::month(2025, 8));
        QVERIFY(revised);
        QCOMPARE(revised->value, 40125.0);
        QCOMPARE(revised->status, ObservationStatus::Final);
        SeriesQuery q;
        q.indicator = u"rev"_qs;
        q.unit = u"VN25-01"_qs;
        q.periodKind = Period::Kind::Month;
        const auto series = cache->observations().series(q);
        QVERIFY(series.ok());
        QCOMPARE(series->size(), 3); // 2025-07, -08, -09
        QCOMPARE(series->at(1).revision, 2);
        QCOMPARE(series->at(0).revision, 1);
        const auto history = cache->observations().revisions(u"rev"_qs, u"VN25-01"_qs, Period::month(2025, 8));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().value, 39870.0);
        QCOMPARE(history->first().revision, 1);
        QVERIFY(!valueOf(*cache, u"rev"_qs, u"VN25-48"_qs, Period::month(2025, 8)));
        const auto withdrawn = cache->observations().revisions(u"rev"_qs, u"VN25-48"_qs, Period::month(2025, 8));
        QVERIFY(withdrawn.ok());
        QCOMPARE(withdrawn->size(), 1);
        QCOMPARE(withdrawn->first().value, 3080.0);
        QCOMPARE(valueOf(*cache, u"gdp"_qs, u"VN"_qs, Period::month(2025, 9))->value, 1041200.0);
    }

    // The pages chain: each asks from where the one before ended, and the feed ends empty.
    void reportingPagingChains()
    {
        qint64 since = 0;
        const QStringList pages{u"reporting/kpi-data-page1.json"_qs, u"reporting/kpi-data-page2.json"_qs, u"reporting/kpi-data-empty.json"_qs};
        qint64 sequence = 0;
        for (const QString &page : pages) {
            const auto packet = ReportingReader::read(bytes(page));
            QVERIFY2(packet.ok(), packet.ok() ? "" : qPrintable(packet.error().message));
            QVERIFY(packet->kpiData());
            QVERIFY(packet->envelope.paging);
            QCOMPARE(packet->envelope.paging->since, since);
            QVERIFY(packet->envelope.sequence > sequence);
            sequence = packet->envelope.sequence;
            QCOMPARE(packet->envelope.paging->hasMore, page.endsWith(u"page1.json"));
            since = packet->envelope.paging->nextSince;
        }
        QCOMPARE(since, qint64(23));
        const Run r = importFixture(u"reporting"_qs, pages.last(), {});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"0 records read, 0 written"), qPrintable(r.out));
    }

    // The catalogue packets describe rev and gdp as the test cache has them.
    void reportingCatalogueMatchesTheTestCache()
    {
        const auto packet = ReportingReader::read(bytes(u"reporting/indicator-catalogue.json"_qs));
        QVERIFY2(packet.ok(), packet.ok() ? "" : qPrintable(packet.error().message));
        QVERIFY(packet->indicators());
        QCOMPARE(packet->indicators()->size(), 2);
        const QList<Indicator> expected = test::TempCache::catalogue();
        for (const Indicator &sent : *packet->indicators()) {
            const auto it = std::find_if(expected.cbegin(), expected.cend(), [&](const Indicator &i) { return i.code == sent.code; });
            QVERIFY2(it != expected.cend(), qPrintable(sent.code));
            QCOMPARE(sent.unitVi, it->unitVi);
            QCOMPARE(sent.periodicity, it->periodicity);
            QCOMPARE(sent.aggregation, it->aggregation);
            QCOMPARE(sent.dimensions, it->dimensions);
            QCOMPARE(sent.dimensionValues, it->dimensionValues);
        }
        const auto dimensions = ReportingReader::read(bytes(u"reporting/disaggregation-catalogue.json"_qs));
        QVERIFY2(dimensions.ok(), dimensions.ok() ? "" : qPrintable(dimensions.error().message));
        QVERIFY(dimensions->dimensions());
        QCOMPARE(dimensions->dimensions()->size(), 2);
        QCOMPARE(dimensions->dimensions()->at(1).values.size(), 3);
        const auto status = ReportingReader::read(bytes(u"reporting/report-status.json"_qs));
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().message));
        QVERIFY(status->reportStatus());
        QCOMPARE(status->reportStatus()->size(), 5);
        QCOMPARE(status->reportStatus()->first().state, ReportStatus::State::Revised);
        QCOMPARE(status->reportStatus()->first().revision, 2);
    }

    // A page whose rev is in thousands of billions: every rev value is refused, and the page, all
    // or nothing, writes nothing.
    void reportingUnitChangeIsRefused()
    {
        const Run r = importFixture(u"reporting"_qs, u"reporting/kpi-data-unit-changed.json"_qs, {});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"0 written, 0 unchanged, 12 quarantined"), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"Wrong unit of measure: rev is reported in tỷ đồng, not nghìn tỷ đồng."), qPrintable(r.err));
        const auto cache = open();
        QCOMPARE(count(*cache), qint64(0));
    }

    void jsonStatValues()
    {
        const test::SyncFixture f = fixture(u"jsonstat"_qs);
        const Run r = importFixture(f.format, f.documents.first(), f.mappingFile);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const auto cache = open();
        QCOMPARE(valueOf(*cache, u"gdp"_qs, u"VN25-01"_qs, Period::month(2025, 7))->value, 98500.0);
        QCOMPARE(valueOf(*cache, u"gdp"_qs, u"VN25-01"_qs, Period::month(2025, 9))->status, ObservationStatus::Provisional);
        QCOMPARE(valueOf(*cache, u"cpi"_qs, u"VN25-79"_qs, Period::month(2025, 9))->value, 3.49);
        QVERIFY(!valueOf(*cache, u"gdp"_qs, u"VN25-48"_qs, Period::month(2025, 9)));
    }

    // JSON-stat has no revisions: a changed past value at the same revision is a conflict,
    // quarantined; as the publisher's next revision it replaces the value and history keeps the old.
    void jsonStatRevisedPastValue()
    {
        const test::SyncFixture f = fixture(u"jsonstat"_qs);
        QCOMPARE(importFixture(f.format, f.documents.first(), f.mappingFile).code, 0);
        const Run same = importFixture(f.format, u"jsonstat/dataset-revised.json"_qs, f.mappingFile);
        QCOMPARE(same.code, 1);
        QVERIFY2(same.out.contains(u"1 quarantined"), qPrintable(same.out));
        {
            const auto cache = open();
            QCOMPARE(valueOf(*cache, u"gdp"_qs, u"VN25-01"_qs, Period::month(2025, 7))->value, 98500.0);
        }
        const Run newer = importFixture(f.format, u"jsonstat/dataset-revised.json"_qs, f.mappingFile, {u"--revision"_qs, u"2"_qs});
        QVERIFY2(newer.code == 0, qPrintable(newer.out + newer.err));
        const auto cache = open();
        QCOMPARE(count(*cache), f.observations);
        QCOMPARE(valueOf(*cache, u"gdp"_qs, u"VN25-01"_qs, Period::month(2025, 7))->value, 98720.0);
        const auto history = cache->observations().revisions(u"gdp"_qs, u"VN25-01"_qs, Period::month(2025, 7));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().value, 98500.0);
    }

    // GRDP stated in thousands of billions while the catalogue's gdp is in billions.
    void jsonStatUnitChangeIsRefused()
    {
        const test::SyncFixture f = fixture(u"jsonstat"_qs);
        const Run r = importFixture(f.format, u"jsonstat/dataset-unit-changed.json"_qs, f.mappingFile);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"0 written, 0 unchanged, 11 quarantined"), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"Wrong unit of measure: gdp is reported in tỷ đồng, not nghìn tỷ đồng."), qPrintable(r.err));
        const auto cache = open();
        QCOMPARE(count(*cache), qint64(0));
    }

    void sdmxJsonValues()
    {
        const test::SyncFixture f = fixture(u"sdmx-json"_qs);
        QCOMPARE(importFixture(f.format, f.documents.first(), f.mappingFile).code, 0);
        const auto cache = open();
        const auto cpi = valueOf(*cache, u"cpi"_qs, u"VN25-79"_qs, Period::month(2025, 9));
        QVERIFY(cpi);
        QCOMPARE(cpi->value, 3.49);
        QCOMPARE(cpi->status, ObservationStatus::Provisional);
        QCOMPARE(valueOf(*cache, u"pm"_qs, u"VN25-01"_qs, Period::month(2025, 7))->value, 38.6);
        QVERIFY(!valueOf(*cache, u"pm"_qs, u"VN25-79"_qs, Period::month(2025, 9)));
    }

    // The table, the query the endpoint selects and the answer belong together.
    void pxWebTableQueryAndAnswer()
    {
        const test::SyncFixture f = fixture(u"pxweb"_qs);
        const auto table = PxWebTable::fromJson(bytes(f.documents.first()), u"vi"_qs);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
        QCOMPARE(table->timeVariable(), 1);
        const auto query = PxWebQuery::fromJson(bytes(f.queryFile));
        QVERIFY2(query.ok(), query.ok() ? "" : qPrintable(query.error().message));
        const auto checked = query->check(*table);
        QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
        QCOMPARE(query->cellCount(*table), f.observations);
        const auto answer = table->readData(bytes(f.documents.last()));
        QVERIFY2(answer.ok(), answer.ok() ? "" : qPrintable(answer.error().message));
        QCOMPARE(qint64(answer->document.cellCount()), f.observations);

        QCOMPARE(importFixture(f.format, f.documents.last(), f.mappingFile).code, 0);
        const auto cache = open();
        QCOMPARE(valueOf(*cache, u"pop"_qs, u"VN-HN"_qs, Period::year(2023))->value, 8587.1);
        QCOMPARE(valueOf(*cache, u"pop"_qs, u"VN"_qs, Period::year(2021))->value, 98506.2);
    }

    void worldBankPages()
    {
        const test::SyncFixture f = fixture(u"worldbank"_qs);
        qint64 rows = 0;
        for (int page = 1; page <= 2; ++page) {
            const auto read = WorldBankApiReader::read(bytes(f.documents.at(page - 1)));
            QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
            QCOMPARE(read->paging.page, page);
            QCOMPARE(read->paging.pages, 2);
            QCOMPARE(read->paging.hasNextPage(), page == 1);
            rows += read->document.cellCount() + read->skippedNulls;
            QCOMPARE(qint64(read->paging.total), qint64(20));
        }
        QCOMPARE(rows, qint64(20));
        QCOMPARE(importFixture(f.format, f.documents.at(0), f.mappingFile).code, 0);
        {
            const auto cache = open();
            QCOMPARE(count(*cache), qint64(10));
        }
        QCOMPARE(importFixture(f.format, f.documents.at(1), f.mappingFile).code, 0);
        const auto cache = open();
        QCOMPARE(valueOf(*cache, u"pop"_qs, u"VN"_qs, Period::year(2024))->value, 100987.686);
        QCOMPARE(valueOf(*cache, u"pop"_qs, u"KHM"_qs, Period::year(2023))->value, 17423.88);
        QVERIFY(!valueOf(*cache, u"pop"_qs, u"KHM"_qs, Period::year(2024)));
    }

    void csvMappedValues()
    {
        const test::SyncFixture f = fixture(u"csv-mapped"_qs);
        const Run r = importFixture(f.format, f.documents.first(), f.mappingFile);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(u"1 missing values skipped"), qPrintable(r.err));
        const auto cache = open();
        const auto local = valueOf(*cache, u"rev"_qs, u"VN25-01"_qs, Period::month(2025, 8), u"level=local"_qs);
        QVERIFY(local);
        QCOMPARE(local->value, 15970.5);
        QCOMPARE(local->status, ObservationStatus::Provisional);
        QCOMPARE(valueOf(*cache, u"gdp"_qs, u"VN"_qs, Period::month(2025, 8))->status, ObservationStatus::Estimate);
        QVERIFY(!valueOf(*cache, u"rev"_qs, u"VN25-79"_qs, Period::month(2025, 8), u"level=central"_qs));
    }
};

QTEST_GUILESS_MAIN(TestSyncFixtures)
#include "tst_syncfixtures.moc"
