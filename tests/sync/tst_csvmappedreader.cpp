#include "sync/csvmappedreader.h"

#include <QTest>

using namespace dh;

// A CSV of any layout, read through the columns a code mapping names.
class TestCsvMappedReader : public QObject
{
    Q_OBJECT

private:
    static CodeMapping mapping(const char *csv)
    {
        auto m = CodeMapping::fromJson(QByteArray(QByteArray(R"({"version": 1, "constants": {"indicator": "pop"}, "csv": )") + csv + "}"));
        if (!m)
            qFatal("%s", qPrintable(m.error().message));
        return *m;
    }

private slots:
    void readsColumnsByName()
    {
        const CodeMapping m = mapping(R"({"columns": {"unit": "Tỉnh", "period": "Năm", "value": "Số", "status": "TT",
                                          "disaggregations": {"Giới tính": "sex"}}})");
        // No byte-order mark; columns in another order; a quoted field with a comma and a quote.
        const auto doc = CsvMappedReader::read("Năm,Giới tính,Số,Tỉnh,TT,other\n"
                                               "2024,Nam,12.5,\"Hà Nội, \"\"thủ đô\"\"\",p,x\n"
                                               "2024,Nữ,,Hà Nội,,y\n",
                                               m);
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        QCOMPARE(doc->format, u"csv-mapped"_qs);
        QCOMPARE(doc->dimensions.size(), 3);
        QCOMPARE(doc->dimensions.at(0).id, u"Tỉnh"_qs);
        QCOMPARE(doc->dimensions.at(0).role, DimensionRole::Geo);
        QCOMPARE(doc->dimensions.at(1).role, DimensionRole::Time);
        QCOMPARE(doc->dimensions.at(2).id, u"Giới tính"_qs);
        QCOMPARE(doc->dimensions.at(0).categories.size(), 2);
        QCOMPARE(doc->dimensions.at(0).categories.at(0).id, u"Hà Nội, \"thủ đô\""_qs);
        QCOMPARE(doc->cellCount(), 2);
        QCOMPARE(doc->value(0), std::optional(12.5));
        QCOMPARE(doc->status(0), u"p"_qs);
        QCOMPARE(doc->value(1), std::nullopt);
    }

    void readsADecimalCommaAfterAByteOrderMark()
    {
        const CodeMapping m = mapping(R"({"delimiter": "\t", "decimalComma": true, "columns": {"unit": "u", "period": "p", "value": "v"}})");
        const auto doc = CsvMappedReader::read("\xEF\xBB\xBFu\tp\tv\nVN-HN\t2024\t-1234,5\n", m);
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().message));
        QCOMPARE(doc->value(0), std::optional(-1234.5));
        // A point would be a thousands separator in one file and a decimal point in another.
        const auto point = CsvMappedReader::read("u\tp\tv\nVN-HN\t2024\t1.234,5\n", m);
        QVERIFY(!point.ok());
        QVERIFY2(point.error().message.contains(u"Line 2, column v"), qPrintable(point.error().message));
    }

    void refusesNamingTheLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("message");
        QTest::newRow("column") << QByteArray("unit,period,val\n") << u"CSV_COLUMN_MISSING"_qs << u"\"value\""_qs;
        QTest::newRow("fields") << QByteArray("unit,period,value\nVN-HN,2024\n") << u"CSV_FIELD_COUNT"_qs << u"Line 2"_qs;
        QTest::newRow("number") << QByteArray("unit,period,value\nVN-HN,2024,1e999\n") << u"CSV_NOT_A_NUMBER"_qs << u"Line 2"_qs;
        QTest::newRow("code") << QByteArray("unit,period,value\n,2024,1\n") << u"CSV_CODE_EMPTY"_qs << u"column unit"_qs;
        QTest::newRow("quote") << QByteArray("unit,period,value\nVN-HN,\"2024,1\n") << u"CSV_MALFORMED"_qs << u"Line 2"_qs;
        QTest::newRow("utf-8") << QByteArray("unit,period,value\n\xff,2024,1\n") << u"CSV_NOT_UTF8"_qs << u"UTF-8"_qs;
        QTest::newRow("empty") << QByteArray("") << u"CSV_EMPTY"_qs << u"empty"_qs;
    }

    void refusesNamingTheLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, rule);
        QFETCH(QString, message);
        const CodeMapping m = mapping(R"({"columns": {"unit": "unit", "period": "period", "value": "value"}})");
        const auto doc = CsvMappedReader::read(text, m);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().rule, rule);
        QVERIFY2(doc.error().message.contains(message), qPrintable(doc.error().message));
    }

    void needsACsvSection()
    {
        const auto m = CodeMapping::fromJson(R"({"version": 1})");
        QCOMPARE(CsvMappedReader::read("a\n1\n", *m).error().rule, u"MAPPING_NO_CSV"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCsvMappedReader)
#include "tst_csvmappedreader.moc"
