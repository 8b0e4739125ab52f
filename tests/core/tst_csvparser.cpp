#include "core/csvparser.h"

#include <QTest>

using namespace dh;

class TestCsvParser : public QObject
{
    Q_OBJECT

private:
    static QList<QStringList> all(const QString &text) { return readCsvTable(text); }

private slots:
    // OWASP's guidance on CSV injection: a text cell a spreadsheet would run as a formula gets a
    // leading apostrophe; numbers stay as they are; and the reader takes the apostrophe off again,
    // so every text comes back as it was.
    void cellsAreNeutralisedAndRestored_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << u"VN-HN"_qs << u"VN-HN"_qs;
        QTest::newRow("formula") << u"=HYPERLINK(\"http://x\",\"y\")"_qs << u"'=HYPERLINK(\"http://x\",\"y\")"_qs;
        QTest::newRow("plus") << u"+cmd"_qs << u"'+cmd"_qs;
        QTest::newRow("minus text") << u"-2+3"_qs << u"'-2+3"_qs;
        QTest::newRow("at") << u"@SUM(A1)"_qs << u"'@SUM(A1)"_qs;
        QTest::newRow("tab") << u"\tx"_qs << u"'\tx"_qs;
        QTest::newRow("carriage return") << u"\rx"_qs << u"'\rx"_qs;
        QTest::newRow("apostrophe") << u"'quoted"_qs << u"''quoted"_qs;
        QTest::newRow("apostrophe formula") << u"'=1"_qs << u"''=1"_qs;
        QTest::newRow("negative number") << u"-1234.5"_qs << u"-1234.5"_qs;
        QTest::newRow("signed exponent") << u"+1.5e-7"_qs << u"+1.5e-7"_qs;
        QTest::newRow("leading point") << u"-.5"_qs << u"-.5"_qs;
        QTest::newRow("minus alone") << u"-"_qs << u"'-"_qs;
        QTest::newRow("not finite") << u"-inf"_qs << u"'-inf"_qs;
        QTest::newRow("empty") << QString() << QString();
    }

    void cellsAreNeutralisedAndRestored()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(CsvCell::neutralised(text), cell);
        QCOMPARE(CsvCell::restored(cell).toString(), text);
    }

    void plainAndQuoted()
    {
        const auto rows = all(u"a,b,c\n1,\"two, with comma\",3\n\"say \"\"hi\"\"\",,x\n"_qs);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1), (QStringList{u"1"_qs, u"two, with comma"_qs, u"3"_qs}));
        QCOMPARE(rows.at(2), (QStringList{u"say \"hi\""_qs, QString(), u"x"_qs}));
    }

    void lineBreaksBomAndBlankLines()
    {
        const QString text = QChar(0xFEFF) + u"h1,h2\r\n\r\n\"multi\nline\",2\r\n\nlast,3"_qs;
        CsvParser parser(text);
        QList<QStringView> f;
        QVERIFY(parser.next(f));
        QCOMPARE(f.first().toString(), u"h1"_qs); // the byte-order mark is not part of the first name
        QCOMPARE(parser.lineNumber(), 1);
        QVERIFY(parser.next(f));
        QCOMPARE(f.first().toString(), u"multi\nline"_qs);
        QCOMPARE(parser.lineNumber(), 3);
        QVERIFY(parser.next(f));
        QCOMPARE(parser.lineNumber(), 6);
        QCOMPARE(f.at(1).toString(), u"3"_qs);
        QCOMPARE(parser.rawRecord().toString(), u"last,3"_qs);
        QVERIFY(!parser.next(f));
    }

    void unterminatedQuote()
    {
        CsvParser parser(u"a,\"open\nb,c\n"_qs);
        QList<QStringView> f;
        QVERIFY(parser.next(f));
        QVERIFY(parser.malformed());
    }

    void otherSeparator()
    {
        CsvParser parser(u"a;b;\"c;d\"\n"_qs, u';');
        QList<QStringView> f;
        QVERIFY(parser.next(f));
        QCOMPARE(f.size(), 3);
        QCOMPARE(f.at(2).toString(), u"c;d"_qs);
        QVERIFY(!parser.malformed());
    }

    void emptyFieldsAtEnds()
    {
        const auto rows = all(u",a,\n"_qs);
        QCOMPARE(rows.first(), (QStringList{QString(), u"a"_qs, QString()}));
    }
};

QTEST_GUILESS_MAIN(TestCsvParser)
#include "tst_csvparser.moc"
