#include "clirun.h"
#include "core/csvparser.h"
#include "store/cache.h"
#include "tempcache.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace dh;

// `dieuhanh-sync import --format …` of the official sample files into a temporary cache through a
// code mapping, --print, --dry-run and the exit codes. The catalogue is the test cache's, with two
// annual indicators the samples can be mapped onto (the codes are fixtures, not a statement
// about those sources).
class TestImportFormats : public QObject
{
    Q_OBJECT

private:
    using Run = test::CliRun;

    Run cli(QStringList arguments) { return test::runCli(std::move(arguments), m_clock); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_cache->dir() + u'/' + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return path;
    }

    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    std::unique_ptr<Cache> open()
    {
        auto cache = Cache::open(m_cache->path(), m_cache->registry(), Cache::OpenMode::ReadOnly);
        return cache ? std::move(*cache) : nullptr;
    }

    QString shared(const char *relative) { return test::sharedDataPath(QString::fromLatin1(relative)); }

    // OECD unemployment (oecd.json): G7 areas onto the registry's countries, the rest left out.
    QString oecdMapping()
    {
        return writeFile(u"oecd-map.json"_qs, R"({"version": 1, "source": "oecd",
            "indicators": {"UNR": {"code": "unr", "measure": "%"}},
            "units": {"CA": "CAN", "FR": "FRA", "DE": "DEU", "IT": "ITA", "JP": "JPN", "UK": "GBR", "US": "USA",
                      "AU": null, "AT": null, "BE": null, "CL": null, "CZ": null, "DK": null, "EE": null, "FI": null,
                      "GR": null, "HU": null, "IS": null, "IE": null, "IL": null, "KR": null, "LU": null, "MX": null,
                      "NL": null, "NZ": null, "NO": null, "PL": null, "PT": null, "SK": null, "SI": null, "ES": null,
                      "SE": null, "CH": null, "TR": null, "EU15": null, "OECD": null}})");
    }

    // INE total fertility (1443.px): the national total onto the nation, both nationalities only;
    // the communities are in no table but the first.
    QString fertilityMapping()
    {
        return writeFile(u"ine-map.json"_qs, R"({"version": 1,
            "dimensions": {"unit": "Comunidades y Ciudades Autónomas", "fixed": {"Nacionalidad": "Ambas nacionalidades"}},
            "indicators": {"27": {"code": "tfr", "measure": "trẻ/1000 phụ nữ"}},
            "units": {"Total Nacional": "VN", "CA01": null}})");
    }

    std::unique_ptr<test::TempCache> m_cache;
    test::FakeClock m_clock;

private slots:
    void init()
    {
        m_cache = std::make_unique<test::TempCache>();
        QVERIFY2(m_cache->ok(), qPrintable(m_cache->error()));
        Indicator unr;
        unr.code = QStringLiteral("unr");
        unr.nameVi = unr.nameEn = unr.code;
        unr.unitVi = unr.unitEn = QStringLiteral("%");
        unr.periodicity = Period::Kind::Year;
        unr.aggregation = AggregationRule::NotAdditive;
        Indicator tfr = unr;
        tfr.code = QStringLiteral("tfr");
        tfr.unitVi = tfr.unitEn = QStringLiteral("trẻ/1000 phụ nữ");
        QVERIFY(m_cache->cache().catalogue().upsert({unr, tfr}).ok());
        m_cache->close();
    }

    void importsJsonStatThroughAMapping()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const Run r = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, shared("formats/jsonstat/oecd.json"), u"--format"_qs,
                           u"jsonstat"_qs, u"--mapping"_qs, oecdMapping()});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"84 written"), qPrintable(r.out)); // 7 areas × 12 years
        QVERIFY2(r.err.contains(u"432 cells, 84 observations, 0 refused, 0 missing values skipped, 348 left out"), qPrintable(r.err));
        const auto cache = open();
        QVERIFY(cache);
        SeriesQuery q;
        q.indicator = QStringLiteral("unr");
        q.unit = QStringLiteral("USA");
        q.periodKind = Period::Kind::Year;
        const auto series = cache->observations().series(q);
        QVERIFY(series.ok());
        QCOMPARE(series->size(), 12);
        QCOMPARE(series->first().period, Period::year(2003));
        QCOMPARE(series->first().value, 5.986539203); // value[33 × 12]: US, 2003
        // The document marks the last two years as estimates ("e").
        QCOMPARE(series->last().status, ObservationStatus::Estimate);
        QCOMPARE(series->first().status, ObservationStatus::Final);
        // Each observation says where it came from.
        QList<Provenance> provenance;
        QVERIFY(cache->observations().forEach(u"unr"_qs, [&](const Observation &o) {
            provenance.append(o.provenance);
            return true;
        }).ok());
        QCOMPARE(provenance.size(), 84);
        QCOMPARE(provenance.first().source, u"oecd"_qs);
        QCOMPARE(provenance.first().format, u"jsonstat"_qs);
        QCOMPARE(provenance.first().location, QFileInfo(shared("formats/jsonstat/oecd.json")).absoluteFilePath());
        QCOMPARE(provenance.first().retrievedAt, m_clock.now());
        QCOMPARE(provenance.first().revision, 1);
        // Again: nothing new.
        const Run again = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, shared("formats/jsonstat/oecd.json"), u"--format"_qs,
                               u"jsonstat"_qs, u"--mapping"_qs, oecdMapping()});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(u"0 written, 84 unchanged"), qPrintable(again.out));
    }

    void quarantinesUnmappedPxCodesWithTheirPlace()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const QString file = shared("formats/px/1443.px");
        const Run all = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, file, u"--format"_qs, u"px"_qs, u"--mapping"_qs, fertilityMapping()});
        QCOMPARE(all.code, 1);
        QVERIFY2(all.err.contains(u"Code \"CA02\" of dimension Comunidades y Ciudades Autónomas is not in the mapping's units table."), qPrintable(all.err));
        QVERIFY2(all.err.contains(u"nothing was imported"), qPrintable(all.err));
        {
            const auto cache = open();
            const auto quarantined = cache->quarantine().records(1000);
            QVERIFY(quarantined.ok());
            QVERIFY(!quarantined->isEmpty());
            // The record names the cell: every dimension's code and the value.
            QVERIFY2(quarantined->first().record.startsWith(u"Comunidades y Ciudades Autónomas=CA02;Nacionalidad=Ambas nacionalidades;Periodo=2015;"),
                     qPrintable(quarantined->first().record));
        }
        const Run rows = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, file, u"--format"_qs, u"px"_qs, u"--mapping"_qs,
                              fertilityMapping(), u"--mode"_qs, u"rows"_qs});
        QCOMPARE(rows.code, 1);
        QVERIFY2(rows.out.contains(u"41 written"), qPrintable(rows.out)); // 1975–2015 for the nation
        const auto cache = open();
        SeriesQuery q;
        q.indicator = QStringLiteral("tfr");
        q.unit = QStringLiteral("VN");
        q.periodKind = Period::Kind::Year;
        const auto series = cache->observations().series(q);
        QVERIFY(series.ok());
        QCOMPARE(series->size(), 41);
        QCOMPARE(series->last().period, Period::year(2015));
        QCOMPARE(series->last().value, 38.999108); // the first cell of DATA: the total, both nationalities, 2015
    }

    void printsInSourceOrCatalogueCodes()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const QString file = shared("formats/jsonstat/oecd.json");
        const QByteArray before = digest(m_cache->path());
        const Run source = cli({u"import"_qs, file, u"--format"_qs, u"jsonstat"_qs, u"--print"_qs});
        QVERIFY2(source.code == 0, qPrintable(source.err));
        const auto rows = readCsvTable(source.out);
        QCOMPARE(rows.size(), 433);
        QCOMPARE(rows.first(), (QStringList{u"indicator"_qs, u"unit"_qs, u"period"_qs, u"disaggregation"_qs, u"value"_qs, u"status"_qs,
                                            u"value_kind"_qs, u"revision"_qs}));
        QCOMPARE(rows.at(1), (QStringList{u"UNR"_qs, u"AU"_qs, u"2003"_qs, QString(), u"5.943826289"_qs, u"final"_qs, u"in-period"_qs, u"1"_qs}));
        QCOMPARE(rows.at(11).at(5), u"estimate"_qs);
        const Run mapped = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, file, u"--format"_qs, u"jsonstat"_qs, u"--mapping"_qs,
                                oecdMapping(), u"--print"_qs});
        QCOMPARE(mapped.code, 0);
        const auto mappedRows = readCsvTable(mapped.out);
        QCOMPARE(mappedRows.size(), 85);
        QCOMPARE(mappedRows.at(1).mid(0, 3), (QStringList{u"unr"_qs, u"CAN"_qs, u"2003"_qs}));
        QCOMPARE(digest(m_cache->path()), before);
    }

    void printNeutralisesFormulaCells()
    {
        const QString csv = writeFile(u"evil.csv"_qs, "ind;u;p;v\n=HYPERLINK(1);VN;2024;1,5\n");
        const QString map = writeFile(u"evil-map.json"_qs, R"({"version": 1, "csv": {"delimiter": ";", "decimalComma": true,
            "columns": {"indicator": "ind", "unit": "u", "period": "p", "value": "v"}}})");
        const Run r = cli({u"import"_qs, csv, u"--format"_qs, u"csv-mapped"_qs, u"--mapping"_qs, map, u"--print"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"\"'=HYPERLINK(1)\",VN,2024,,1.5,final"), qPrintable(r.out));
    }

    void dryRunLeavesTheCacheByteIdentical()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const QByteArray before = digest(m_cache->path());
        QVERIFY(!before.isEmpty());
        // Bad records: without a dry run they would be quarantined.
        const Run r = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, shared("formats/px/1443.px"), u"--format"_qs, u"px"_qs,
                           u"--mapping"_qs, fertilityMapping(), u"--mode"_qs, u"rows"_qs, u"--dry-run"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"dry run, nothing written"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"41 would be written"), qPrintable(r.out));
        QCOMPARE(digest(m_cache->path()), before);
        const Run good = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, shared("formats/jsonstat/oecd.json"), u"--format"_qs,
                              u"jsonstat"_qs, u"--mapping"_qs, oecdMapping(), u"--dry-run"_qs});
        QCOMPARE(good.code, 0);
        QVERIFY2(good.out.contains(u"84 would be written"), qPrintable(good.out));
        QCOMPARE(digest(m_cache->path()), before);
        const auto cache = open();
        QCOMPARE(cache->quarantine().records(10)->size(), 0);
        // A dry run never creates a cache.
        const QString absent = m_cache->dir() + u"/absent.sqlite";
        const Run none = cli({u"--cache"_qs, absent, u"import"_qs, shared("formats/jsonstat/oecd.json"), u"--format"_qs, u"jsonstat"_qs,
                              u"--dry-run"_qs});
        QCOMPARE(none.code, 2); // a cache named that does not exist is a mistake, never a new cache
        QVERIFY(!QFile::exists(absent));
    }

    // The reporting API's KPI data carries its own value kinds, breakdowns and revisions, in the
    // catalogue's codes: no mapping is needed, and a withdrawn value is a deletion.
    void printsReportingKpiData()
    {
        const Run r = cli({u"import"_qs, test::resourcePath(u"reporting/examples/kpi-data.json"_qs), u"--format"_qs, u"reporting"_qs,
                           u"--print"_qs});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"indicator,unit,period,disaggregation,value,status,value_kind,revision"_qs);
        QVERIFY2(lines.contains(u"budget.revenue,VN25-01,2025-07,level=central,41250,provisional,in-period,1"_qs), qPrintable(r.out));
        QVERIFY2(lines.contains(u"budget.revenue,VN25-01,2025-06,level=central,39870,final,in-period,2"_qs), qPrintable(r.out));
        QVERIFY2(lines.contains(u"budget.revenue,VN25-01,2025-07,level=local;tax=vat,3120,provisional,in-period,1"_qs), qPrintable(r.out));
        QVERIFY2(lines.contains(u"budget.revenue,VN25-79,2025-07,,318400,estimate,cumulative,1"_qs), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"1 observations deleted by the source"), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"warning"), qPrintable(r.err)); // every status is one of the project's

        const Run catalogue = cli({u"import"_qs, test::resourcePath(u"reporting/examples/indicator-catalogue.json"_qs), u"--format"_qs,
                                   u"reporting"_qs, u"--print"_qs});
        QCOMPARE(catalogue.code, 1);
        QVERIFY2(catalogue.err.contains(u"holds no observations"), qPrintable(catalogue.err));
    }

    // An SDMX-JSON message through a mapping into the cache; a later message whose data set's action
    // is Delete removes the observation it names, and nothing else.
    void importsSdmxJsonAndItsDeletions()
    {
        const QString map = writeFile(u"sdmx-map.json"_qs, R"({"version": 1, "dimensions": {"indicator": "INDICATOR", "fixed": {"FREQ": "A"}},
            "indicators": {"UNR": {"code": "unr", "measure": "%"}}, "units": {"USA": "USA", "CAN": "CAN"}})");
        const QByteArray structure = R"("structures": [{"dimensions": {
              "dataSet": [{"id": "FREQ", "keyPosition": 0, "values": [{"id": "A"}]}],
              "series": [{"id": "INDICATOR", "keyPosition": 1, "values": [{"id": "UNR"}]},
                         {"id": "REF_AREA", "keyPosition": 2, "values": [{"id": "USA"}, {"id": "CAN"}]}],
              "observation": [{"id": "TIME_PERIOD", "keyPosition": 3, "roles": ["TIME_PERIOD"], "values": [{"id": "2023"}, {"id": "2024-01-01/P1Y"}]}]},
            "measures": {"observation": [{"id": "OBS_VALUE"}]},
            "attributes": {"observation": [{"id": "OBS_STATUS", "values": [{"id": "A"}, {"id": "P"}]}]}}])";
        const QString replace = writeFile(u"replace.json"_qs, R"({"meta": {"id": "r"}, "data": {)" + structure + R"(,
            "dataSets": [{"structure": 0, "action": "Replace", "series": {
              "0:0": {"observations": {"0": [3.6, 0], "1": [4.0, 1]}}, "0:1": {"observations": {"1": [6.4, 0]}}}}]}})");
        Run r = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, replace, u"--format"_qs, u"sdmx-json"_qs, u"--mapping"_qs, map});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"3 written"), qPrintable(r.out));
        {
            const auto cache = open();
            const auto usa = cache->observations().crossSection(u"unr"_qs, Period::year(2024), {u"USA"_qs});
            QVERIFY(usa.ok());
            QCOMPARE(usa->size(), 1);
            QCOMPARE(usa->first().value, 4.0);
            QCOMPARE(usa->first().status, ObservationStatus::Provisional);
            QCOMPARE(cache->observations().crossSection(u"unr"_qs, Period::year(2023), {u"USA"_qs})->size(), 1);
        }
        const QString remove = writeFile(u"delete.json"_qs, R"({"meta": {"id": "d"}, "data": {)" + structure + R"(,
            "dataSets": [{"structure": 0, "action": "Delete", "series": {"0:0": {"observations": {"0": [null]}}}}]}})");
        r = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, remove, u"--format"_qs, u"sdmx-json"_qs, u"--mapping"_qs, map});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto cache = open();
        QCOMPARE(cache->observations().crossSection(u"unr"_qs, Period::year(2023), {u"USA"_qs})->size(), 0);
        QCOMPARE(cache->observations().crossSection(u"unr"_qs, Period::year(2024), {u"USA"_qs, u"CAN"_qs})->size(), 2);
    }

    // A World Bank API page: ISO3 economies, a null row skipped, the series code mapped.
    void importsAWorldBankPage()
    {
        const QString page = writeFile(u"wb.json"_qs, R"([{"page": 1, "pages": 1, "per_page": 50, "total": 2},
            [{"indicator": {"id": "SL.UEM.TOTL.ZS", "value": "Unemployment"}, "country": {"id": "US", "value": "United States"},
              "countryiso3code": "USA", "date": "2024", "value": 4.1, "unit": "", "obs_status": "", "decimal": 1},
             {"indicator": {"id": "SL.UEM.TOTL.ZS", "value": "Unemployment"}, "country": {"id": "US", "value": "United States"},
              "countryiso3code": "USA", "date": "2025", "value": null, "unit": "", "obs_status": "", "decimal": 1}]])");
        const QString map = writeFile(u"wb-map.json"_qs, R"({"version": 1, "indicators": {"SL.UEM.TOTL.ZS": {"code": "unr", "measure": "%"}},
            "units": {"USA": "USA"}})");
        const Run r = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, page, u"--format"_qs, u"worldbank"_qs, u"--mapping"_qs, map});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"1 written"), qPrintable(r.out));
        {
            const auto cache = open();
            const auto usa = cache->observations().crossSection(u"unr"_qs, Period::year(2024), {u"USA"_qs});
            QVERIFY(usa.ok());
            QCOMPARE(usa->size(), 1);
            QCOMPARE(usa->first().value, 4.1);
        }
        // The Bank revises the figure: at the same revision it conflicts with the cache, as the
        // publisher's revision N it replaces it.
        QFile f(page);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray revised = f.readAll().replace("\"value\": 4.1", "\"value\": 4.2");
        writeFile(u"wb.json"_qs, revised);
        const Run same = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, page, u"--format"_qs, u"worldbank"_qs, u"--mapping"_qs, map});
        QCOMPARE(same.code, 1);
        const Run newer = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, page, u"--format"_qs, u"worldbank"_qs, u"--mapping"_qs, map,
                               u"--revision"_qs, u"2"_qs});
        QVERIFY2(newer.code == 0, qPrintable(newer.err));
        const auto cache = open();
        const auto usa = cache->observations().crossSection(u"unr"_qs, Period::year(2024), {u"USA"_qs});
        QCOMPARE(usa->first().value, 4.2);
    }

    void csvMappedImports()
    {
        const QString csv = writeFile(u"gso.csv"_qs, "\xEF\xBB\xBF" "Tỉnh;Năm;Giá trị;Ghi chú\n"
                                                     "\"Hà Nội\";2024;\"8 587,1\";\n"
                                                     "Cao Bằng;2024;;\n"
                                                     "Hà Tây;2024;12,5;Sơ bộ\n");
        const QString map = writeFile(u"gso-map.json"_qs, R"({"version": 1, "constants": {"indicator": "pop"},
            "units": {"Hà Nội": "VN-HN", "Cao Bằng": "VN-04"},
            "status": {"Sơ bộ": "provisional"},
            "csv": {"delimiter": ";", "decimalComma": true, "columns": {"unit": "Tỉnh", "period": "Năm", "value": "Giá trị", "status": "Ghi chú"}}})");
        // "8 587,1" has a space: not a number.
        Run r = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, csv, u"--format"_qs, u"csv-mapped"_qs, u"--mapping"_qs, map});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"Line 2, column Giá trị: \"8 587,1\" is not a number."), qPrintable(r.err));
        writeFile(u"gso.csv"_qs, "\xEF\xBB\xBF" "Tỉnh;Năm;Giá trị;Ghi chú\n"
                                 "\"Hà Nội\";2024;\"8587,1\";\n"
                                 "Cao Bằng;2024;;\n"
                                 "Hà Tây;2024;12,5;Sơ bộ\n");
        r = cli({u"--cache"_qs, m_cache->path(), u"import"_qs, csv, u"--format"_qs, u"csv-mapped"_qs, u"--mapping"_qs, map, u"--mode"_qs, u"rows"_qs});
        QCOMPARE(r.code, 1); // Hà Tây is in no table
        QVERIFY2(r.out.contains(u"1 written"), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"1 missing values skipped"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"\"Hà Tây\""), qPrintable(r.err));
        const auto cache = open();
        const auto values = cache->observations().crossSection(u"pop"_qs, Period::year(2024), {u"VN-HN"_qs});
        QVERIFY(values.ok());
        QCOMPARE(values->size(), 1);
        QCOMPARE(values->first().value, 8587.1);
    }

    void exitCodes()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside the checkout");
        const QString file = shared("formats/jsonstat/oecd.json");
        QCOMPARE(cli({u"import"_qs, file, u"--format"_qs, u"xml"_qs}).code, 2);
        const Run wrongFormat = cli({u"import"_qs, file, u"--format"_qs, u"sdmx-json"_qs, u"--print"_qs});
        QCOMPARE(wrongFormat.code, 1); // a JSON-stat file is no SDMX message: a refused document
        QVERIFY2(wrongFormat.err.contains(u"no list of data sets"), qPrintable(wrongFormat.err));
        QCOMPARE(cli({u"import"_qs, file, u"--format"_qs, u"jsonstat"_qs, u"--print"_qs, u"--dry-run"_qs}).code, 2);
        QCOMPARE(cli({u"import"_qs, file, u"--mapping"_qs, oecdMapping()}).code, 2); // the project's CSV takes none
        QCOMPARE(cli({u"import"_qs, m_cache->dir() + u"/none.json", u"--format"_qs, u"jsonstat"_qs, u"--print"_qs}).code, 2);
        const QString badMap = writeFile(u"bad-map.json"_qs, R"({"version": 1, "units": {"AU": 3}})");
        const Run bad = cli({u"import"_qs, file, u"--format"_qs, u"jsonstat"_qs, u"--mapping"_qs, badMap, u"--print"_qs});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(u"/units/AU"), qPrintable(bad.err));
        const QString garbage = writeFile(u"garbage.json"_qs, "{\"class\": \"dataset\"");
        QCOMPARE(cli({u"import"_qs, garbage, u"--format"_qs, u"jsonstat"_qs, u"--print"_qs}).code, 1);
        QCOMPARE(cli({u"import"_qs, file, u"--format"_qs, u"csv-mapped"_qs, u"--print"_qs}).code, 2); // a usage error
    }
};

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
