#include "sync/readers/worldbankapireader.h"

#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

namespace {

// A page as https://api.worldbank.org/v2/en/country/VNM;EAS/indicator/NY.GDP.MKTP.CD?format=json
// answers it (the values of Viet Nam are the WDI's, as in the bundled WDI file; the aggregate's
// row is null, as the API writes a year not yet published).
const QByteArray kGdpPage = R"js([
  {"page": 1, "pages": 2, "per_page": "3", "total": 5, "sourceid": "2",
   "sourcename": "World Development Indicators", "lastupdated": "2025-07-01"},
  [
    {"indicator": {"id": "NY.GDP.MKTP.CD", "value": "GDP (current US$)"}, "country": {"id": "VN", "value": "Viet Nam"},
     "countryiso3code": "VNM", "date": "2024", "value": 476324572783.807, "unit": "", "obs_status": "", "decimal": 0},
    {"indicator": {"id": "NY.GDP.MKTP.CD", "value": "GDP (current US$)"}, "country": {"id": "VN", "value": "Viet Nam"},
     "countryiso3code": "VNM", "date": "2023", "value": 433805036898.465, "unit": "", "obs_status": "E", "decimal": 0},
    {"indicator": {"id": "NY.GDP.MKTP.CD", "value": "GDP (current US$)"}, "country": {"id": "Z4", "value": "East Asia & Pacific"},
     "countryiso3code": "", "date": "2024", "value": null, "unit": "", "obs_status": "", "decimal": 0}
  ]
])js";

WorldBankResponse readOk(const QByteArray &bytes, const QString &language = u"en"_qs)
{
    Result<WorldBankResponse> r = WorldBankApiReader::read(bytes, language);
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    return std::move(r).value();
}

QByteArray page(const QByteArray &rows)
{
    return R"([{"page": 1, "pages": 1, "per_page": 50, "total": 1}, )" + rows + "]";
}

QByteArray row(const QByteArray &date, const QByteArray &value = "1.5")
{
    return R"({"indicator": {"id": "X", "value": "x"}, "country": {"id": "VN", "value": "Viet Nam"},
               "countryiso3code": "VNM", "date": ")" + date + R"(", "value": )" + value + "}";
}

} // namespace

class TestWorldBankApiReader : public QObject
{
    Q_OBJECT

private slots:
    void readsAPageAndItsPaging()
    {
        const WorldBankResponse r = readOk(kGdpPage);
        QCOMPARE(r.paging.page, 1);
        QCOMPARE(r.paging.pages, 2);
        QCOMPARE(r.paging.perPage, 3); // written as a string by the API
        QCOMPARE(r.paging.total, 5);
        QVERIFY(r.paging.hasNextPage());
        QCOMPARE(r.paging.sourceId, u"2"_qs);
        QCOMPARE(r.paging.lastUpdated, QDate(2025, 7, 1));

        const StatDocument &doc = r.document;
        QCOMPARE(doc.source, u"World Development Indicators"_qs);
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Metric), 0);
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Geo), 1);
        QCOMPARE(doc.dimensionOfRole(DimensionRole::Time), 2);
        QCOMPARE(doc.cellCount(), 2);
        QCOMPARE(r.skippedNulls, 1); // null is no observation, never zero
        QCOMPARE(doc.dimensions.at(0).categories.at(0).id, u"NY.GDP.MKTP.CD"_qs);
        QCOMPARE(doc.dimensions.at(0).categories.at(0).label.value(u"en"_qs), u"GDP (current US$)"_qs);
        QCOMPARE(doc.dimensions.at(0).categories.at(0).decimals, std::optional(0));
        QCOMPARE(doc.dimensions.at(1).categories.size(), 1); // the null row added no economy
        QCOMPARE(doc.dimensions.at(1).categories.at(0).id, u"VNM"_qs);
        QCOMPARE(doc.dimensions.at(1).categories.at(0).label.value(u"en"_qs), u"Viet Nam"_qs);
        QCOMPARE(doc.dimensions.at(2).categories.at(doc.category(1, 2)).id, u"2023"_qs);
        QCOMPARE(doc.value(0), std::optional(476324572783.807));
        QCOMPARE(doc.value(1), std::optional(433805036898.465));
        QCOMPARE(doc.status(0), QString());
        QCOMPARE(doc.status(1), u"E"_qs);
    }

    void theLastPageHasNoNext()
    {
        const WorldBankResponse r = readOk(page("[" + row("2024") + "]"));
        QVERIFY(!r.paging.hasNextPage());
    }

    void anEconomyWithoutTheSeriesHasNullRows()
    {
        const WorldBankResponse r = readOk(R"([{"page": 0, "pages": 0, "per_page": 50, "total": 0}, null])");
        QCOMPARE(r.document.cellCount(), 0);
        QVERIFY(!r.paging.hasNextPage());
    }

    void readsMonthlyAndQuarterlyDates_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QString>("period");
        QTest::newRow("year") << QByteArray("2024") << u"2024"_qs;
        QTest::newRow("month") << QByteArray("2024M07") << u"2024-07"_qs;
        QTest::newRow("quarter") << QByteArray("2024Q3") << u"2024-Q3"_qs;
    }

    void readsMonthlyAndQuarterlyDates()
    {
        QFETCH(QByteArray, date);
        QFETCH(QString, period);
        const WorldBankResponse r = readOk(page("[" + row(date) + "]"));
        QCOMPARE(r.document.dimensions.at(2).categories.at(0).id, period);
        QCOMPARE(r.document.dimensions.at(2).categories.at(0).label.value(u"en"_qs), QString::fromLatin1(date));
    }

    void labelsAreInTheRequestsLanguage()
    {
        const WorldBankResponse r = readOk(page("[" + row("2024") + "]"), u"vi"_qs);
        QCOMPARE(r.document.dimensions.at(1).categories.at(0).label.value(u"vi"_qs), u"Viet Nam"_qs);
        QVERIFY(!r.document.dimensions.at(1).categories.at(0).label.contains(u"en"_qs));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("place");
        QTest::newRow("not json") << QByteArray("[{\"page\": 1,") << u"WB_JSON_INVALID"_qs << QString();
        QTest::newRow("an object") << QByteArray("{\"page\": 1}") << u"WB_NOT_AN_ANSWER"_qs << QString();
        QTest::newRow("three elements") << QByteArray(R"([{"page":1,"pages":1,"per_page":1,"total":1}, [], []])")
                                        << u"WB_NOT_AN_ANSWER"_qs << QString();
        QTest::newRow("api error")
            << QByteArray(R"([{"message": [{"id": "120", "key": "Invalid value", "value": "The provided parameter value is not valid"}]}])")
            << u"WB_API_ERROR"_qs << u"The provided parameter value is not valid"_qs;
        QTest::newRow("no paging") << QByteArray(R"([{"page": 1}, []])") << u"WB_PAGING_INVALID"_qs << QString();
        QTest::newRow("negative total") << QByteArray(R"([{"page": 1, "pages": 1, "per_page": 1, "total": -1}, []])")
                                        << u"WB_PAGING_INVALID"_qs << QString();
        QTest::newRow("row not object") << page("[" + row("2024") + ", 3]") << u"WB_ROW_INVALID"_qs << u"Row 2"_qs;
        QTest::newRow("no date") << page(R"([{"indicator": {"id": "X"}, "countryiso3code": "VNM", "value": 1}])")
                                 << u"WB_ROW_INVALID"_qs << u"Row 1"_qs;
        QTest::newRow("text value") << page("[" + row("2024", "\"12\"") + "]") << u"WB_VALUE_INVALID"_qs << u"Row 1 (X, VNM, 2024)"_qs;
        QTest::newRow("bad date") << page("[" + row("2024-2025") + "]") << u"WB_DATE_INVALID"_qs << u"2024-2025"_qs;
        QTest::newRow("duplicate") << page("[" + row("2024") + ", " + row("2024", "2") + "]") << u"WB_ROW_DUPLICATE"_qs
                                   << u"Row 2"_qs;
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, rule);
        QFETCH(QString, place);
        const Result<WorldBankResponse> r = WorldBankApiReader::read(bytes);
        QVERIFY(!r);
        QCOMPARE(r.error().rule, rule);
        QVERIFY2(r.error().message.contains(place), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestWorldBankApiReader)
#include "tst_worldbankapireader.moc"
