#include "sync/readers/pxwebtable.h"

#include <QTest>
#include <QUrl>

using namespace dh;
using namespace Qt::StringLiterals;

namespace {

// A table's metadata as the statistics office's PX-Web answers a GET on
// /PXWeb/api/v1/vi/<database>/<folder>/V02.01.px (modelled on it; the figures are made up).
const QByteArray kGsoMetadata = R"js({
  "title": "Diện tích, dân số và mật độ dân số phân theo địa phương theo Địa phương, Năm và Chỉ tiêu",
  "variables": [
    {"code": "Địa phương", "text": "Địa phương", "values": ["0", "1", "2"],
     "valueTexts": ["CẢ NƯỚC", "Đồng bằng sông Hồng", "Hà Nội"]},
    {"code": "Năm", "text": "Năm", "values": ["0", "1", "2"], "valueTexts": ["2021", "2022", "Sơ bộ 2023"], "time": true},
    {"code": "Chỉ tiêu", "text": "Chỉ tiêu", "values": ["0", "1", "2"],
     "valueTexts": ["Diện tích (Km2)", "Dân số trung bình (Nghìn người)", "Mật độ dân số (Người/km2)"], "elimination": false}
  ]
})js";

// Its answer to a query in json-stat2, as PX-Web writes one; this server gives no time role.
const QByteArray kGsoAnswer = R"js({
  "class": "dataset", "version": "2.0",
  "label": "Diện tích, dân số và mật độ dân số phân theo địa phương theo Địa phương, Năm và Chỉ tiêu",
  "source": "Tổng cục Thống kê", "updated": "2024-07-01T09:00:00Z",
  "note": ["Số liệu năm 2023 là số liệu sơ bộ."],
  "role": {"metric": ["Chỉ tiêu"]},
  "id": ["Địa phương", "Năm", "Chỉ tiêu"], "size": [2, 2, 1],
  "dimension": {
    "Địa phương": {"label": "Địa phương", "category": {"index": {"0": 0, "2": 1}, "label": {"0": "CẢ NƯỚC", "2": "Hà Nội"}}},
    "Năm": {"label": "Năm", "category": {"index": {"1": 0, "2": 1}}},
    "Chỉ tiêu": {"label": "Chỉ tiêu", "category": {"index": {"1": 0}, "label": {"1": "Dân số trung bình (Nghìn người)"},
                 "unit": {"1": {"base": "Nghìn người", "decimals": 1}}}}
  },
  "value": [1000.5, 1010.2, 80.5, null],
  "status": {"3": ".."},
  "extension": {"px": {"infofile": "None", "tableid": "V02.01", "decimals": 1, "official-statistics": false,
                       "aggregallowed": true, "language": "vi", "matrix": "V02.01", "subject-code": "DSLD"}}
})js";

// Statistics Sweden's shape: English texts, elimination, a time role in the answer.
const QByteArray kScbMetadata = R"js({"title": "Population by region, observations and year",
  "variables": [
    {"code": "Region", "text": "region", "values": ["00", "01", "0114"], "valueTexts": ["Sweden", "Stockholm county", "Upplands Väsby"], "elimination": true},
    {"code": "ContentsCode", "text": "observations", "values": ["BE0101N1", "BE0101N2"], "valueTexts": ["Population", "Population growth"]},
    {"code": "Tid", "text": "year", "values": ["2021", "2022", "2023"], "valueTexts": ["2021", "2022", "2023"], "time": true}
  ]})js";

const QByteArray kScbAnswer = R"js({"version": "2.0", "class": "dataset", "label": "Population by region, observations and year",
  "source": "Statistics Sweden", "updated": "2024-02-21T07:00:00Z",
  "id": ["Region", "ContentsCode", "Tid"], "size": [2, 1, 2],
  "dimension": {
    "Region": {"label": "region", "category": {"index": {"00": 0, "01": 1}, "label": {"00": "Sweden", "01": "Stockholm county"}},
               "extension": {"show": "value"}},
    "ContentsCode": {"label": "observations", "category": {"index": {"BE0101N1": 0}, "label": {"BE0101N1": "Population"},
                     "unit": {"BE0101N1": {"base": "number", "decimals": 0}}}},
    "Tid": {"label": "year", "category": {"index": {"2022": 0, "2023": 1}, "label": {"2022": "2022", "2023": "2023"}}}
  },
  "value": [10521556, 10551707, 2454821, 2467163],
  "role": {"time": ["Tid"], "metric": ["ContentsCode"]},
  "extension": {"px": {"tableid": "TAB638", "language": "en"}}})js";

} // namespace

// The metadata of a PX-Web table and the reading of its answers.
class TestPxWebTable : public QObject
{
    Q_OBJECT

private slots:
    void readsTheMetadata()
    {
        const auto table = PxWebTable::fromJson(kGsoMetadata, u"vi"_s);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
        QVERIFY(table->title.startsWith(u"Diện tích, dân số"));
        QCOMPARE(table->variables.size(), 3);
        QCOMPARE(table->timeVariable(), 1);
        QCOMPARE(table->variableIndex(u"Chỉ tiêu"), 2);
        QCOMPARE(table->variableIndex(u"Tỉnh"), -1);
        const PxWebVariable &year = table->variables.at(1);
        QCOMPARE(year.values, (QStringList{u"0"_s, u"1"_s, u"2"_s}));
        QCOMPARE(year.valueTexts.last(), u"Sơ bộ 2023"_s);
        QVERIFY(!table->variables.at(0).elimination);

        const auto scb = PxWebTable::fromJson(kScbMetadata);
        QVERIFY(scb.ok());
        QVERIFY(scb->variables.at(0).elimination);
        QCOMPARE(scb->timeVariable(), 2);
    }

    void refusesWhatIsNotMetadata_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("place");
        QTest::newRow("a folder listing") << QByteArray(R"([{"id": "BE", "type": "l", "text": "Population"}])") << u"variables"_s;
        QTest::newRow("not json") << QByteArray("{\"title\":") << u"JSON"_s;
        QTest::newRow("no code") << QByteArray(R"({"variables": [{"text": "x", "values": []}]})") << u"1"_s;
        QTest::newRow("texts mismatch") << QByteArray(R"({"variables": [{"code": "Tid", "values": ["1", "2"], "valueTexts": ["1"]}]})")
                                        << u"Tid"_s;
        QTest::newRow("values not texts") << QByteArray(R"({"variables": [{"code": "Tid", "values": [1, 2]}]})") << u"Tid"_s;
        QTest::newRow("code twice") << QByteArray(R"({"variables": [{"code": "Tid", "values": []}, {"code": "Tid", "values": []}]})")
                                    << u"Tid"_s;
    }

    void refusesWhatIsNotMetadata()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, place);
        const auto table = PxWebTable::fromJson(input);
        QVERIFY(!table.ok());
        QCOMPARE(table.error().rule, u"PXWEB_METADATA_INVALID"_s);
        QVERIFY2(table.error().message.contains(place), qPrintable(table.error().message));
    }

    void languageOfTheUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("language");
        QTest::newRow("GSO") << u"https://pxweb.gso.gov.vn/PXWeb/api/v1/vi/D%C3%A2n%20s%E1%BB%91/V02.01.px"_s << u"vi"_s;
        QTest::newRow("GSO in English") << u"https://pxweb.gso.gov.vn/PXWeb/api/v1/en/Population/E02.01.px"_s << u"en"_s;
        QTest::newRow("SCB") << u"https://api.scb.se/OV0104/v1/doris/sv/ssd/BE/BE0101/BE0101A/BefolkningNy"_s << u"sv"_s;
        QTest::newRow("no version") << u"https://example.vn/data/table.px"_s << QString();
    }

    void languageOfTheUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, language);
        QCOMPARE(PxWebTable::languageOf(QUrl(url)), language);
    }

    void readsAnAnswerWithTheMetadatasTime()
    {
        const auto table = PxWebTable::fromJson(kGsoMetadata, u"vi"_s);
        QVERIFY(table.ok());
        const auto read = table->readData(kGsoAnswer);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const StatDocument &doc = read->document;
        QCOMPARE(doc.id, u"V02.01"_s);
        QCOMPARE(doc.source, u"Tổng cục Thống kê"_s);
        // The answer gives no time role; the metadata's time flag does.
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Time), 1);
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Metric), 2);
        QCOMPARE(doc.cellCount(), 4);
        // Category ids stay the server's codes; labels the answer leaves out come from the metadata.
        QCOMPARE(doc.dimensions.at(1).categories.at(1).id, u"2"_s);
        QCOMPARE(doc.dimensions.at(1).categories.at(1).label.value(u"vi"_s), u"Sơ bộ 2023"_s);
        QCOMPARE(doc.dimensions.at(0).categories.at(1).label.value(u"vi"_s), u"Hà Nội"_s);
        const StatCategory &population = doc.dimensions.at(2).categories.first();
        QCOMPARE(population.unit.value(u"vi"_s), u"Nghìn người"_s);
        QCOMPARE(population.decimals, std::optional(1));
        QCOMPARE(doc.value(0), std::optional(1000.5));
        QVERIFY(!doc.value(3));
        QCOMPARE(doc.status(3), u".."_s);
        QCOMPARE(read->notes, QStringList{u"Số liệu năm 2023 là số liệu sơ bộ."_s});
        QVERIFY(read->warningRules.isEmpty());
    }

    void readsStatisticsSwedensAnswer()
    {
        const auto table = PxWebTable::fromJson(kScbMetadata, PxWebTable::languageOf(QUrl(u"https://api.scb.se/OV0104/v1/doris/en/ssd/BE/BE0101/BE0101A/BefolkningNy"_s)));
        QVERIFY(table.ok());
        QCOMPARE(table->language, u"en"_s);
        const auto read = table->readData(kScbAnswer);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        const StatDocument &doc = read->document;
        QCOMPARE(doc.id, u"TAB638"_s);
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Time), 2);
        QCOMPARE(doc.dimensions.at(1).categories.first().unit.value(u"en"_s), u"number"_s);
        QCOMPARE(doc.value(2), std::optional(2454821.0));
        QCOMPARE(doc.updated, QDateTime(QDate(2024, 2, 21), QTime(7, 0), Qt::UTC));
    }

    void readsAVersion1Answer()
    {
        // The json-stat (1.0) format of PX-Web v1: a bundle of one dataset named "dataset".
        const auto table = PxWebTable::fromJson(kScbMetadata, u"en"_s);
        QVERIFY(table.ok());
        const QByteArray answer = R"({"dataset": {"label": "Population", "source": "Statistics Sweden",
            "dimension": {"id": ["Region", "Tid"], "size": [1, 2], "role": {"time": ["Tid"]},
                          "Region": {"category": {"index": {"00": 0}}}, "Tid": {"category": {"index": {"2022": 0, "2023": 1}}}},
            "value": [10521556, 10551707]}})";
        const auto read = table->readData(answer);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->document.format, u"json-stat 1.0"_s);
        QCOMPARE(read->document.dimensions.at(0).categories.first().label.value(u"en"_s), u"Sweden"_s);
        QCOMPARE(read->document.dimensions.at(0).label.value(u"en"_s), u"region"_s);
        QCOMPARE(read->document.cellCount(), 2);
        QVERIFY(read->warningRules.contains(u"BUNDLE_DEPRECATED"_s));
    }

    void refusesTheAnswerOfAnotherTable()
    {
        const auto table = PxWebTable::fromJson(kGsoMetadata, u"vi"_s);
        QVERIFY(table.ok());
        const auto read = table->readData(kScbAnswer);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().rule, u"PXWEB_TABLE_MISMATCH"_s);
        QVERIFY(read.error().message.contains(u"Region"));

        // A broken answer is refused by the JSON-stat reader, with its rule.
        const auto broken = table->readData(QByteArray(kGsoAnswer).replace("[1000.5, 1010.2, 80.5, null]", "[1000.5]"));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().rule, u"VALUE_LEN_MISMATCH"_s);
    }
};

QTEST_GUILESS_MAIN(TestPxWebTable)
#include "tst_pxwebtable.moc"
