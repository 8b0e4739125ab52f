#include "sync/readers/pxwebquery.h"
#include "sync/readers/pxwebtable.h"

#include <QJsonDocument>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kMetadata = R"({"title": "Population by region, observations and year",
  "variables": [
    {"code": "Region", "text": "region", "values": ["00", "01", "0114", "0115", "0180"], "elimination": true},
    {"code": "ContentsCode", "text": "observations", "values": ["BE0101N1", "BE0101N2"]},
    {"code": "Tid", "text": "year", "values": ["2019", "2020", "2021", "2022", "2023"], "time": true}
  ]})";

PxWebTable table()
{
    return *PxWebTable::fromJson(kMetadata, u"en"_s);
}

} // namespace

// The body of a PX-Web API v1 query: built, read back, and checked against the table.
class TestPxWebQuery : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheBodyAServerExpects()
    {
        PxWebQuery query;
        query.item(u"Region"_s, {u"00"_s, u"01"_s}).all(u"ContentsCode"_s).top(u"Tid"_s, 3);
        QCOMPARE(query.toJson(),
                 QByteArray(R"({"query":[{"code":"Region","selection":{"filter":"item","values":["00","01"]}},)"
                            R"({"code":"ContentsCode","selection":{"filter":"all","values":["*"]}},)"
                            R"({"code":"Tid","selection":{"filter":"top","values":["3"]}}],)"
                            R"("response":{"format":"json-stat2"}})"));

        // The same query as a PX-Web site shows it under "API for this table": read back equal.
        const QByteArray shown = R"({
          "query": [
            {"code": "Region", "selection": {"filter": "item", "values": ["00", "01"]}},
            {"code": "ContentsCode", "selection": {"filter": "all", "values": ["*"]}},
            {"code": "Tid", "selection": {"filter": "top", "values": ["3"]}}
          ],
          "response": {"format": "json-stat2"}
        })";
        const auto read = PxWebQuery::fromJson(shown);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(*read, query);
        QCOMPARE(QJsonDocument::fromJson(read->toJson()), QJsonDocument::fromJson(shown));
    }

    void carriesGroupingsThrough()
    {
        const QByteArray body = R"({"query": [
            {"code": "Region", "selection": {"filter": "vs:RegionKommun07", "values": ["0114", "0115"]}},
            {"code": "Alder", "selection": {"filter": "agg:Ålder10år", "values": ["-9", "10-19"]}},
            {"code": "Tid", "selection": {"filter": "top", "values": [5]}}],
            "response": {"format": "px"}})";
        const auto read = PxWebQuery::fromJson(body);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->selections.size(), 3);
        QCOMPARE(read->selections.at(0).filter, PxWebQuery::Filter::ValueSet);
        QCOMPARE(read->selections.at(0).grouping, u"RegionKommun07"_s);
        QCOMPARE(read->selections.at(1).filter, PxWebQuery::Filter::Aggregation);
        QCOMPARE(read->selections.at(1).grouping, u"Ålder10år"_s);
        QCOMPARE(read->selections.at(2).values, QStringList{u"5"_s});
        QCOMPARE(read->format, u"px"_s);
        const auto again = PxWebQuery::fromJson(read->toJson());
        QVERIFY(again.ok());
        QCOMPARE(*again, *read);
        QVERIFY(read->toJson().contains(R"("filter":"agg:Ålder10år")"));
    }

    // A value code written as a number keeps every digit.
    void readsNumericValuesWhole()
    {
        const auto read = PxWebQuery::fromJson(R"({"query": [{"code": "Tháng", "selection": {"filter": "item", "values": [2024010, 7]}}]})");
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->selections.at(0).values, (QStringList{u"2024010"_s, u"7"_s}));
    }

    void refusesWhatIsNotAQuery_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("not json") << QByteArray("{\"query\":");
        QTest::newRow("no query") << QByteArray(R"({"response": {"format": "json-stat2"}})");
        QTest::newRow("no code") << QByteArray(R"({"query": [{"selection": {"filter": "item", "values": ["1"]}}]})");
        QTest::newRow("unknown filter") << QByteArray(R"({"query": [{"code": "Tid", "selection": {"filter": "bottom", "values": ["1"]}}]})");
        QTest::newRow("value an object") << QByteArray(R"({"query": [{"code": "Tid", "selection": {"filter": "item", "values": [{}]}}]})");
    }

    void refusesWhatIsNotAQuery()
    {
        QFETCH(QByteArray, input);
        const auto read = PxWebQuery::fromJson(input);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().rule, u"PXWEB_QUERY_INVALID"_s);
    }

    void checksAgainstTheTable_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem"); // empty: the table can answer it
        const auto body = [](const char *selections) -> QByteArray {
            return QByteArray(R"({"query":[)") + selections + R"(],"response":{"format":"json-stat2"}})";
        };
        QTest::newRow("fine, region eliminated")
            << body(R"({"code":"ContentsCode","selection":{"filter":"item","values":["BE0101N1"]}},{"code":"Tid","selection":{"filter":"top","values":["2"]}})")
            << QString();
        QTest::newRow("a prefix wildcard")
            << body(R"({"code":"Region","selection":{"filter":"all","values":["01*"]}},{"code":"ContentsCode","selection":{"filter":"all","values":["*"]}},)"
                    R"({"code":"Tid","selection":{"filter":"all","values":["*"]}})")
            << QString();
        QTest::newRow("unknown variable") << body(R"({"code":"Kon","selection":{"filter":"item","values":["1"]}})") << u"Kon"_s;
        QTest::newRow("unknown value")
            << body(R"({"code":"ContentsCode","selection":{"filter":"item","values":["BE0101N9"]}},{"code":"Tid","selection":{"filter":"all","values":["*"]}})")
            << u"BE0101N9"_s;
        QTest::newRow("time left out") << body(R"({"code":"ContentsCode","selection":{"filter":"all","values":["*"]}})") << u"Tid"_s;
        QTest::newRow("top zero")
            << body(R"({"code":"ContentsCode","selection":{"filter":"all","values":["*"]}},{"code":"Tid","selection":{"filter":"top","values":["0"]}})")
            << u"Tid"_s;
        QTest::newRow("wildcard matches nothing")
            << body(R"({"code":"ContentsCode","selection":{"filter":"all","values":["XX*"]}},{"code":"Tid","selection":{"filter":"top","values":["1"]}})")
            << u"ContentsCode"_s;
        QTest::newRow("selected twice")
            << body(R"({"code":"Tid","selection":{"filter":"top","values":["1"]}},{"code":"Tid","selection":{"filter":"top","values":["1"]}})")
            << u"Tid"_s;
        QTest::newRow("empty selection")
            << body(R"({"code":"ContentsCode","selection":{"filter":"item","values":[]}},{"code":"Tid","selection":{"filter":"top","values":["1"]}})")
            << u"ContentsCode"_s;
    }

    void checksAgainstTheTable()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        const auto query = PxWebQuery::fromJson(body);
        QVERIFY(query.ok());
        const Result<void> checked = query->check(table());
        if (problem.isEmpty()) {
            QVERIFY2(checked.ok(), checked.ok() ? "" : qPrintable(checked.error().message));
        } else {
            QVERIFY(!checked.ok());
            QCOMPARE(checked.error().rule, u"PXWEB_QUERY_INVALID"_s);
            QVERIFY2(checked.error().message.contains(problem), qPrintable(checked.error().message));
        }
    }

    void countsTheCells()
    {
        PxWebQuery query;
        query.item(u"Region"_s, {u"00"_s, u"01"_s}).all(u"ContentsCode"_s).top(u"Tid"_s, 3);
        QCOMPARE(query.cellCount(table()), 2 * 2 * 3);
        PxWebQuery eliminated;
        eliminated.all(u"ContentsCode"_s, u"BE0101N1"_s).top(u"Tid"_s, 10);
        QCOMPARE(eliminated.cellCount(table()), 1 * 1 * 5);
        PxWebQuery prefix;
        prefix.all(u"Region"_s, u"01*"_s).all(u"ContentsCode"_s).all(u"Tid"_s);
        QCOMPARE(prefix.cellCount(table()), 4 * 2 * 5); // 01, 0114, 0115, 0180
        const auto grouped = PxWebQuery::fromJson(R"({"query":[{"code":"Region","selection":{"filter":"vs:Lan","values":["01"]}}]})");
        QVERIFY(grouped.ok());
        QCOMPARE(grouped->cellCount(table()), -1);
    }

    // A query larger than a server takes goes as parts along time, each within the limit, that
    // together ask for every cell once.
    void splitsAlongTime()
    {
        PxWebQuery query;
        query.item(u"Region"_s, {u"00"_s, u"01"_s}).all(u"ContentsCode"_s).all(u"Tid"_s);
        QCOMPARE(query.split(table(), 20), QList<PxWebQuery>{query});
        const QList<PxWebQuery> parts = query.split(table(), 9); // 4 cells a year: two years a part
        QCOMPARE(parts.size(), 3);
        QStringList years;
        for (const PxWebQuery &part : parts) {
            QVERIFY(part.cellCount(table()) <= 9);
            QVERIFY(part.check(table()).ok());
            years += part.selections.last().values;
            QCOMPARE(part.selections.first(), query.selections.first());
        }
        QCOMPARE(years, (QStringList{u"2019"_s, u"2020"_s, u"2021"_s, u"2022"_s, u"2023"_s}));
        // top asks for the latest years: the parts name them.
        PxWebQuery latest;
        latest.all(u"ContentsCode"_s).top(u"Tid"_s, 3);
        const QList<PxWebQuery> topParts = latest.split(table(), 2);
        QCOMPARE(topParts.size(), 3);
        QCOMPARE(topParts.last().selections.last().values, QStringList{u"2023"_s});
        QCOMPARE(topParts.first().selections.last().values, QStringList{u"2021"_s});
        // A part cannot be smaller than one time value: a single year stays whole.
        PxWebQuery one;
        one.all(u"Region"_s).all(u"ContentsCode"_s).item(u"Tid"_s, {u"2020"_s});
        QCOMPARE(one.split(table(), 2).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPxWebQuery)
#include "tst_pxwebquery.moc"
