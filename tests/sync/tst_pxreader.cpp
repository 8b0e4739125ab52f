#include "sync/readers/pxcharset.h"
#include "sync/readers/pxreader.h"
#include "sync/readers/sourceperiod.h"

#include "testdata.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

#include <cmath>

using namespace dh;

namespace {

QByteArray fileBytes(const QString &name)
{
    QFile file(test::sharedDataPath(QStringLiteral("formats/px/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The key of a cell as category ids, "a/b/c", to compare with what the file says in words.
QString keyText(const StatDocument &doc, qsizetype cell)
{
    QStringList ids;
    for (int d = 0; d < doc.dimensions.size(); ++d)
        ids << doc.dimensions.at(d).categories.at(doc.category(cell, d)).id;
    return ids.join(u'/');
}

// A small table: two stub variables and one heading variable, 2 × 2 × 3 cells.
const QByteArray kSmall = "CHARSET=\"ANSI\";\n"
                          "CODEPAGE=\"utf-8\";\n"
                          "MATRIX=\"POP01\";\n"
                          "TITLE=\"Population by region, sex and year\";\n"
                          "CONTENTS=\"Population\";\n"
                          "UNITS=\"persons\";\n"
                          "DECIMALS=0;\n"
                          "SOURCE=\"General Statistics Office\";\n"
                          "LAST-UPDATED=\"20250314 09:30\";\n"
                          "STUB=\"region\",\"sex\";\n"
                          "HEADING=\"year\";\n"
                          "VALUES(\"region\")=\"Hà Nội\",\"Đà Nẵng\";\n"
                          "VALUES(\"sex\")=\"male\",\"female\";\n"
                          "VALUES(\"year\")=\"2022\",\"2023\",\"2024\";\n"
                          "CODES(\"region\")=\"VN-HN\",\"VN-DN\";\n"
                          "TIMEVAL(\"year\")=TLIST(A1),\"2022\",\"2023\",\"2024\";\n"
                          "DATA=\n"
                          "1 2 3\n"
                          "4 5 6\n"
                          "7 8 9\n"
                          "10 11 12;\n";

} // namespace

// PX files (PC-Axis) read into the flat cube: the official samples to the values their README
// gives, every keyword the reader uses, code pages, the symbols, and malformed files refused with
// the rule they break — never a crash.
class TestPxReader : public QObject
{
    Q_OBJECT

private slots:
    // --- the official samples ---

    void sample14001()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside this checkout");
        const auto doc = PxReader::read(fileBytes(QStringLiteral("14001.px")));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->cellCount(), 8064);
        QCOMPARE(doc->value(7), std::optional(28138.0));
        QCOMPARE(doc->value(159), std::optional(422.0));
        QCOMPARE(doc->value(0), std::optional(162743.0));
        // ISO-8859-15 decoded, CRLF line ends, the stub then the heading variables.
        QCOMPARE(doc->dimensions.at(0).id, u"Comunidad Autónoma de residencia del matrimonio"_qs);
        QCOMPARE(doc->dimensions.at(1).id, u"edad de los cónyuges"_qs);
        QCOMPARE(doc->dimensions.at(2).id, u"sexo "_qs);
        QCOMPARE(doc->dimensions.at(3).id, u"estado civil anterior de los cónyuges"_qs);
        // One content: a metric dimension of the reader's own, with the file's unit.
        QCOMPARE(doc->dimensions.size(), 5);
        QCOMPARE(doc->dimensions.at(4).role, DimensionRole::Metric);
        QCOMPARE(doc->dimensions.at(4).categories.at(0).id, u"14001"_qs);
        QCOMPARE(doc->dimensions.at(4).categories.at(0).unit.value(QString()), u"matrimonios"_qs);
        QCOMPARE(doc->dimensions.at(4).categories.at(0).decimals, std::optional(0));
        QCOMPARE(doc->id, u"14001"_qs);
        QVERIFY(doc->label.value(QString()).startsWith(u"Matrimonios de diferente sexo por Comunidad Autónoma"));
        QCOMPARE(doc->source, u"Instituto Nacional de Estadística"_qs);
        QVERIFY2(doc->warnings.isEmpty(), qPrintable(doc->warnings.join(u'\n')));
        QCOMPARE(doc->dimensionOfRole(DimensionRole::Time), -1);
        // Cell 7 is the eighth of the first row: the last heading combination of the first stub row.
        QCOMPARE(doc->category(7, 0), 0);
        QCOMPARE(doc->category(7, 1), 0);
        QCOMPARE(doc->category(7, 2), 1);
        QCOMPARE(doc->category(7, 3), 3);
        // ".." cells are missing, never zero.
        QVERIFY(!doc->value(8).has_value());
        QCOMPARE(doc->status(8), u".."_qs);
    }

    void sample27067()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside this checkout");
        const auto doc = PxReader::read(fileBytes(QStringLiteral("27067.px")));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->cellCount(), 1 * 29 * 4 * 7);
        QCOMPARE(doc->dimensions.at(0).categories.at(0).id, u"CA06"_qs);
        QCOMPARE(doc->dimensions.at(0).categories.at(0).label.value(QString()), u"06 Cantabria"_qs);
        int dots = 0;
        int dot = 0;
        for (qsizetype c = 0; c < doc->cellCount(); ++c) {
            if (doc->status(c) == u"..")
                ++dots;
            if (doc->status(c) == u".")
                ++dot;
            if (!doc->status(c).isEmpty())
                QVERIFY2(!doc->value(c).has_value(), qPrintable(keyText(*doc, c)));
        }
        QVERIFY(dots > 0);
        QVERIFY(dot > 0);
        QCOMPARE(doc->status(0), u".."_qs);
        // The first number of the file: 100.0, the index of December 2018 in division 08.
        const qsizetype first = 2 * 4 * 7;
        QCOMPARE(doc->value(first), std::optional(100.0));
        QCOMPARE(keyText(*doc, first), u"CA06/08 Otras industrias extractivas/Índice/2018M12/2015_CC"_qs);
        // PRECISION("Índice y tasas","Índice")=3 on that category; the rest shows SHOWDECIMALS.
        QCOMPARE(doc->dimensions.at(2).categories.at(0).decimals, std::optional(3));
        QCOMPARE(doc->dimensions.at(4).categories.at(0).decimals, std::optional(1));
        // No TIMEVAL: "Periodo" is the one variable whose codes and values read as periods.
        QCOMPARE(doc->dimensionOfRole(DimensionRole::Time), 3);
        QCOMPARE(SourcePeriod::parse(doc->dimensions.at(3).categories.at(0).id)->toString(), u"2018-12"_qs);
    }

    void sample1001BrokenAccents()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside this checkout");
        const auto doc = PxReader::read(fileBytes(QStringLiteral("1001.px")));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->cellCount(), 7 * 3 * 24);
        QCOMPARE(doc->value(0), std::optional(0.86));
        // The file says ISO-8859-15 but is UTF-8 whose accents were replaced before it was written:
        // read as UTF-8 with the loss shown, not as "Ã¯Â¿Â½"-style garbage, and said in warnings.
        QCOMPARE(doc->dimensions.at(0).id, u"Sector econ\uFFFDmico"_qs);
        QVERIFY(!doc->dimensions.at(0).id.contains(u"ï¿½"));
        QVERIFY2(doc->warnings.size() >= 2, qPrintable(doc->warnings.join(u'\n')));
        QVERIFY(doc->warnings.join(u'\n').contains(u"UTF-8"));
        QVERIFY(doc->warnings.join(u'\n').contains(u"U+FFFD"));
    }

    void sampleMultilingual()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside this checkout");
        const auto doc = PxReader::read(fileBytes(QStringLiteral("px-x-0602000000_107.px")));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->cellCount(), 20 * 4 * 5 * 2 * 76);
        const StatDimension &division = doc->dimensions.at(0);
        QCOMPARE(division.id, u"Wirtschaftsabteilung"_qs);
        QCOMPARE(division.label.value(u"de"_qs), u"Wirtschaftsabteilung"_qs);
        QCOMPARE(division.label.value(u"fr"_qs), u"Division économique"_qs);
        QCOMPARE(division.label.value(u"it"_qs), u"Divisione economica"_qs);
        QCOMPARE(division.label.value(u"en"_qs), u"Economic division"_qs);
        QCOMPARE(division.categories.at(0).id, u"5-96"_qs);
        QCOMPARE(division.categories.at(0).label.value(u"de"_qs), u"5-96 Total"_qs);
        QCOMPARE(division.categories.at(0).label.value(u"it"_qs), u"5-96 Totale"_qs);
        QCOMPARE(division.categories.at(0).label.value(u"en"_qs), u"5-96 Total"_qs);
        // TIMEVAL(Q1): the quarter variable is the time dimension; its codes read as the quarters.
        const int time = doc->dimensionOfRole(DimensionRole::Time);
        QCOMPARE(time, 4);
        QCOMPARE(doc->dimensions.at(time).categories.at(0).id, u"2004Q1"_qs);
        QCOMPARE(doc->dimensions.at(time).label.value(u"en"_qs), u"Quarter"_qs);
        const StatCategory &content = doc->dimensions.at(doc->dimensionOfRole(DimensionRole::Metric)).categories.at(0);
        QCOMPARE(content.unit.value(u"de"_qs), u"Prozent"_qs);
        QCOMPARE(content.unit.value(u"en"_qs), u"Percent"_qs);
        QCOMPARE(content.decimals, std::optional(1));
        QCOMPARE(doc->updated, QDateTime(QDate(2023, 2, 24), QTime(8, 30)));
        QCOMPARE(doc->statusLabels.value(u"...."_qs).value(u"en"_qs), u"*"_qs);
        // Labelled ISO-8859-15, with Windows-1252 apostrophes: read as such, and said.
        QVERIFY(doc->warnings.join(u'\n').contains(u"Windows-1252"));
        QVERIFY(doc->dimensions.at(0).categories.at(12).label.value(u"fr"_qs).contains(u"d’information"));
    }

    void sample1443()
    {
        if (!test::hasSharedData())
            QSKIP("../shared/data is not beside this checkout");
        const auto doc = PxReader::read(fileBytes(QStringLiteral("1443.px")));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->cellCount(), 2460);
        QCOMPARE(doc->value(0), std::optional(38.999108));
        int missing = 0;
        for (qsizetype c = 0; c < doc->cellCount(); ++c) {
            if (!doc->value(c)) {
                ++missing;
                QCOMPARE(doc->status(c), u".."_qs);
            }
        }
        QVERIFY(missing > 0);
        QCOMPARE(doc->dimensions.at(0).categories.at(0).id, u"null"_qs);
        QCOMPARE(doc->dimensions.at(0).categories.at(1).id, u"CA01"_qs);
        QCOMPARE(doc->dimensions.at(0).categories.at(1).label.value(QString()), u"Andalucía"_qs);
        QCOMPARE(doc->dimensionOfRole(DimensionRole::Time), 2);
        QCOMPARE(doc->dimensions.at(3).categories.at(0).decimals, std::optional(6));
    }

    // --- the keywords, in small files written here ---

    void stubThenHeadingOrder()
    {
        const auto doc = PxReader::read(kSmall);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->format, u"px"_qs);
        QCOMPARE(doc->id, u"POP01"_qs);
        QCOMPARE(doc->label.value(QString()), u"Population by region, sex and year"_qs);
        QCOMPARE(doc->source, u"General Statistics Office"_qs);
        QCOMPARE(doc->updated, QDateTime(QDate(2025, 3, 14), QTime(9, 30)));
        QCOMPARE(doc->cellCount(), 12);
        QCOMPARE(keyText(*doc, 0), u"VN-HN/male/2022/POP01"_qs);
        QCOMPARE(keyText(*doc, 2), u"VN-HN/male/2024/POP01"_qs);
        QCOMPARE(keyText(*doc, 3), u"VN-HN/female/2022/POP01"_qs);
        QCOMPARE(keyText(*doc, 11), u"VN-DN/female/2024/POP01"_qs);
        QCOMPARE(doc->value(5), std::optional(6.0));
        QCOMPARE(doc->value(11), std::optional(12.0));
        // CODES are the ids, VALUES the labels; VALUES are the ids where there are no CODES.
        QCOMPARE(doc->dimensions.at(0).categories.at(1).label.value(QString()), u"Đà Nẵng"_qs);
        QCOMPARE(doc->dimensions.at(1).categories.at(1).id, u"female"_qs);
        QCOMPARE(doc->dimensions.at(2).role, DimensionRole::Time);
        QCOMPARE(doc->dimensions.at(3).role, DimensionRole::Metric);
        QCOMPARE(doc->dimensions.at(3).label.value(QString()), u"Population"_qs);
        QCOMPARE(doc->dimensions.at(3).categories.at(0).unit.value(QString()), u"persons"_qs);
        QCOMPARE(doc->dimensions.at(3).categories.at(0).decimals, std::optional(0));
        QVERIFY2(doc->warnings.isEmpty(), qPrintable(doc->warnings.join(u'\n')));
    }

    void multilingualKeys()
    {
        const QByteArray file = "CODEPAGE=\"utf-8\";\nLANGUAGE=\"vi\";\nLANGUAGES=\"vi\",\"en\";\n"
                                "TITLE=\"Dân số\";\nTITLE[en]=\"Population\";\n"
                                "UNITS=\"người\";\nUNITS[en]=\"persons\";\n"
                                "STUB=\"Tỉnh\";\nSTUB[en]=\"Province\";\nHEADING=\"Năm\";\nHEADING[en]=\"Year\";\n"
                                "VALUES(\"Tỉnh\")=\"Hà Nội\",\"Huế\";\nVALUES[en](\"Province\")=\"Hanoi\",\"Hue\";\n"
                                "VALUES(\"Năm\")=\"2024\";\nVALUES[en](\"Year\")=\"2024\";\n"
                                "CODES(\"Tỉnh\")=\"01\",\"46\";\nCODES[en](\"Province\")=\"01\",\"46\";\n"
                                "DATASYMBOL2=\"không có số liệu\";\nDATASYMBOL2[en]=\"not available\";\n"
                                "DATA=\n8587 \"..\";";
        const auto doc = PxReader::read(file);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->label.value(u"vi"_qs), u"Dân số"_qs);
        QCOMPARE(doc->label.value(u"en"_qs), u"Population"_qs);
        QCOMPARE(doc->dimensions.at(0).id, u"Tỉnh"_qs);
        QCOMPARE(doc->dimensions.at(0).label.value(u"en"_qs), u"Province"_qs);
        QCOMPARE(doc->dimensions.at(0).categories.at(1).id, u"46"_qs);
        QCOMPARE(doc->dimensions.at(0).categories.at(1).label.value(u"vi"_qs), u"Huế"_qs);
        QCOMPARE(doc->dimensions.at(0).categories.at(1).label.value(u"en"_qs), u"Hue"_qs);
        QCOMPARE(doc->dimensions.at(2).categories.at(0).unit.value(u"en"_qs), u"persons"_qs);
        QCOMPARE(doc->dimensions.at(2).categories.at(0).unit.value(u"vi"_qs), u"người"_qs);
        QCOMPARE(doc->statusLabels.value(u".."_qs).value(u"en"_qs), u"not available"_qs);
        QCOMPARE(doc->statusLabels.value(u".."_qs).value(u"vi"_qs), u"không có số liệu"_qs);
        QVERIFY(!doc->value(1).has_value());
        // A single variable of periods without TIMEVAL is the time dimension.
        QCOMPARE(doc->dimensionOfRole(DimensionRole::Time), 1);
    }

    void otherLanguageOutOfStepIsLeftOutWithAWarning()
    {
        const QByteArray file = "LANGUAGE=\"en\";\nSTUB=\"Region\";\nSTUB[fr]=\"Région\";\n"
                                "VALUES(\"Region\")=\"North\",\"South\";\nVALUES[fr](\"Région\")=\"Nord\";\n"
                                "DATA=1 2;";
        const auto doc = PxReader::read(file);
        QVERIFY(doc.ok());
        QCOMPARE(doc->dimensions.at(0).label.value(u"fr"_qs), u"Région"_qs);
        QVERIFY(!doc->dimensions.at(0).categories.at(0).label.contains(u"fr"_qs));
        QCOMPARE(doc->warnings.size(), 1);
    }

    void timeval_data()
    {
        QTest::addColumn<QByteArray>("values");
        QTest::addColumn<QByteArray>("timeval");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("years") << QByteArray("\"2010\",\"2011\",\"2012\"") << QByteArray("TLIST(A1),\"2010\",\"2011\",\"2012\"")
                               << QStringList{u"2010"_qs, u"2011"_qs, u"2012"_qs};
        QTest::newRow("range") << QByteArray("\"2010\",\"2011\",\"2012\"") << QByteArray("TLIST(A1, \"2010\"-\"2012\")")
                               << QStringList{u"2010"_qs, u"2011"_qs, u"2012"_qs};
        QTest::newRow("months") << QByteArray("\"2024M11\",\"2024M12\",\"2025M01\"") << QByteArray("TLIST(M1),\"202411\",\"202412\",\"202501\"")
                                << QStringList{u"2024M11"_qs, u"2024M12"_qs, u"2025M01"_qs};
        QTest::newRow("month range") << QByteArray("\"Nov 2024\",\"Dec 2024\",\"Jan 2025\"") << QByteArray("TLIST(M1, \"202411\"-\"202501\")")
                                     << QStringList{u"2024-11"_qs, u"2024-12"_qs, u"2025-01"_qs};
        // Values that do not read as periods take the canonical form of TIMEVAL's period.
        QTest::newRow("quarters") << QByteArray("\"2013T4\",\"2014T1\",\"2014T2\"") << QByteArray("TLIST(Q1),\"20134\",\"20141\",\"20142\"")
                                  << QStringList{u"2013-Q4"_qs, u"2014-Q1"_qs, u"2014-Q2"_qs};
        QTest::newRow("halves") << QByteArray("\"2024H1\",\"2024H2\",\"2025H1\"") << QByteArray("TLIST(H1),\"20241\",\"20242\",\"20251\"")
                                << QStringList{u"2024H1"_qs, u"2024H2"_qs, u"2025H1"_qs};
        QTest::newRow("weeks") << QByteArray("\"w1\",\"w2\",\"w3\"") << QByteArray("TLIST(W1),\"202501\",\"202502\",\"202503\"")
                               << QStringList{u"2025-W01"_qs, u"2025-W02"_qs, u"2025-W03"_qs};
    }

    void timeval()
    {
        QFETCH(QByteArray, values);
        QFETCH(QByteArray, timeval);
        QFETCH(QStringList, ids);
        const QByteArray file = "HEADING=\"t\";\nVALUES(\"t\")=" + values + ";\nTIMEVAL(\"t\")=" + timeval + ";\nDATA=1 2 3;";
        const auto doc = PxReader::read(file);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->dimensions.at(0).role, DimensionRole::Time);
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(doc->dimensions.at(0).categories.at(i).id, ids.at(i));
            QVERIFY(SourcePeriod::parse(ids.at(i)).ok());
        }
        QVERIFY2(doc->warnings.isEmpty(), qPrintable(doc->warnings.join(u'\n')));
    }

    void timeWithoutTimevalNeedsOneCandidate()
    {
        // Two variables of periods: which is time is for the mapping to say.
        const auto two = PxReader::read("STUB=\"a\",\"b\";\nVALUES(\"a\")=\"2024\";\nVALUES(\"b\")=\"2025\";\nDATA=1;");
        QVERIFY(two.ok());
        QCOMPARE(two->dimensionOfRole(DimensionRole::Time), -1);
        // Codes that read as years with values that do not are not periods (region codes).
        const auto regions = PxReader::read("STUB=\"r\";\nVALUES(\"r\")=\"Bern\",\"Zürich\";\nCODES(\"r\")=\"2001\",\"2002\";\nDATA=1 2;");
        QVERIFY(regions.ok());
        QCOMPARE(regions->dimensionOfRole(DimensionRole::Time), -1);
    }

    void unreadableTimevalIsKeptWithAWarning()
    {
        const auto doc = PxReader::read("HEADING=\"t\";\nVALUES(\"t\")=\"a\";\nTIMEVAL(\"t\")=TLIST(A1),\"year one\";\nDATA=1;");
        QVERIFY(doc.ok());
        QCOMPARE(doc->dimensions.at(0).role, DimensionRole::Time);
        QCOMPARE(doc->dimensions.at(0).categories.at(0).id, u"a"_qs);
        QCOMPARE(doc->warnings.size(), 1);
    }

    void contentVariableUnitsAndDecimals()
    {
        const QByteArray file = "CODEPAGE=\"utf-8\";\nDECIMALS=2;\nSHOWDECIMALS=1;\nUNITS=\"units\";\n"
                                "CONTVARIABLE=\"contents\";\nSTUB=\"contents\";\nHEADING=\"year\";\n"
                                "VALUES(\"contents\")=\"Exports\",\"Imports\",\"Balance\";\n"
                                "CODES(\"contents\")=\"EX\",\"IM\",\"BAL\";\nVALUES(\"year\")=\"2024\";\n"
                                "UNITS(\"Exports\")=\"million USD\";\nUNITS(\"contents\",\"Imports\")=\"tonnes\";\n"
                                "PRECISION(\"contents\",\"Balance\")=3;\n"
                                "LAST-UPDATED(\"Exports\")=\"20250102 08:00\";\nLAST-UPDATED(\"Imports\")=\"20250105 10:15\";\n"
                                "ELIMINATION(\"contents\")=\"All\";\n"
                                "DATA=\n1.5\n-2.25\n3e2;";
        const auto doc = PxReader::read(file);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->dimensions.size(), 2);
        const StatDimension &contents = doc->dimensions.at(0);
        QCOMPARE(contents.role, DimensionRole::Metric);
        QCOMPARE(contents.categories.at(0).unit.value(QString()), u"million USD"_qs);
        QCOMPARE(contents.categories.at(1).unit.value(QString()), u"tonnes"_qs);
        QCOMPARE(contents.categories.at(2).unit.value(QString()), u"units"_qs);
        QCOMPARE(contents.categories.at(0).decimals, std::optional(1));
        QCOMPARE(contents.categories.at(2).decimals, std::optional(3));
        QCOMPARE(doc->updated, QDateTime(QDate(2025, 1, 5), QTime(10, 15)));
        QCOMPARE(doc->value(1), std::optional(-2.25));
        QCOMPARE(doc->value(2), std::optional(300.0));
        // ELIMINATION names a value the variable does not have.
        QCOMPARE(doc->warnings.size(), 1);
        QVERIFY(doc->warnings.constFirst().contains(u"ELIMINATION"));
    }

    void theSameKeywordTwiceIsRead()
    {
        // STUB and STUB[vi] in a file whose language is vi, VALUES repeated word for word.
        const auto doc = PxReader::read("LANGUAGE=\"vi\";\nSTUB=\"s\";\nSTUB[vi]=\"s\";\nVALUES(\"s\")=\"a\",\"b\";\n"
                                        "VALUES[vi](\"s\")=\"a\",\"b\";\nDATA=1 2;");
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->cellCount(), 2);
    }

    void eliminationAndVariableCode()
    {
        const auto doc = PxReader::read("STUB=\"Region\";\nVARIABLECODE(\"Region\")=\"REG\";\nVALUES(\"Region\")=\"All\",\"North\";\n"
                                        "ELIMINATION(\"Region\")=\"All\";\nDATA=3 1;");
        QVERIFY(doc.ok());
        QCOMPARE(doc->dimensions.at(0).id, u"REG"_qs);
        QCOMPARE(doc->dimensions.at(0).label.value(QString()), u"Region"_qs);
        QVERIFY(doc->warnings.isEmpty());
    }

    void separatorsAndSymbols()
    {
        const QByteArray file = "STUB=\"s\";\nVALUES(\"s\")=\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\",\"l\",\"m\",\"n\";\n"
                                "DATASYMBOL3=\"confidential\";\nDATASYMBOLNIL=\"nil\";\nDATASYMBOLSUM=\"sum\";\n"
                                "DATA=\r\n1,2;3\t\"4\"  \".\" \"..\" \"...\" \"....\"\n\".....\" \"......\" \"-\" - \"confidential\" \"x\"\x1a";
        const auto doc = PxReader::read(file);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->cellCount(), 14);
        QCOMPARE(doc->value(0), std::optional(1.0));
        QCOMPARE(doc->value(2), std::optional(3.0));
        QCOMPARE(doc->value(3), std::optional(4.0)); // a quoted number is a number
        const QStringList dots = {u"."_qs, u".."_qs, u"..."_qs, u"...."_qs, u"....."_qs, u"......"_qs};
        for (int i = 0; i < 6; ++i) {
            QVERIFY(!doc->value(4 + i).has_value());
            QCOMPARE(doc->status(4 + i), dots.at(i));
        }
        // "-" is PX's nil: zero by its nature, with its status.
        QCOMPARE(doc->value(10), std::optional(0.0));
        QCOMPARE(doc->status(10), u"-"_qs);
        QCOMPARE(doc->value(11), std::optional(0.0));
        QCOMPARE(doc->status(11), u"-"_qs);
        QCOMPARE(doc->statusLabels.value(u"-"_qs).value(QString()), u"nil"_qs);
        // The text of a DATASYMBOL stands for its dots.
        QVERIFY(!doc->value(12).has_value());
        QCOMPARE(doc->status(12), u"..."_qs);
        QCOMPARE(doc->statusLabels.value(u"..."_qs).value(QString()), u"confidential"_qs);
        // An unknown symbol is missing, with its text as status and a warning.
        QVERIFY(!doc->value(13).has_value());
        QCOMPARE(doc->status(13), u"x"_qs);
        QCOMPARE(doc->warnings.size(), 1);
    }

    void numbers()
    {
        const auto doc = PxReader::read("STUB=\"s\";\nVALUES(\"s\")=\"a\",\"b\",\"c\",\"d\",\"e\",\"f\";\nDATA=-0.5 +12 .25 1.5E3 0 123456789012;");
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->value(0), std::optional(-0.5));
        QCOMPARE(doc->value(1), std::optional(12.0));
        QCOMPARE(doc->value(2), std::optional(0.25));
        QCOMPARE(doc->value(3), std::optional(1500.0));
        QCOMPARE(doc->value(4), std::optional(0.0));
        QCOMPARE(doc->status(4), QString());
        QCOMPARE(doc->value(5), std::optional(123456789012.0));
    }

    // --- code pages ---

    void codePages_data()
    {
        QTest::addColumn<QByteArray>("declaration");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("warnings");
        QTest::newRow("iso-8859-15") << QByteArray("CODEPAGE=\"iso-8859-15\";") << QByteArray("\xA4 \xBD\xE9") << u"€ œé"_qs << 0;
        QTest::newRow("iso-8859-1") << QByteArray("CODEPAGE=\"iso-8859-1\";") << QByteArray("\xA4 \xE9") << u"¤ é"_qs << 0;
        QTest::newRow("windows-1252") << QByteArray("CODEPAGE=\"windows-1252\";") << QByteArray("\x80 \x92\xE9") << u"€ ’é"_qs << 0;
        QTest::newRow("ansi, no code page") << QByteArray("CHARSET=\"ANSI\";") << QByteArray("\x93x\x94 \xE9") << u"“x” é"_qs << 0;
        QTest::newRow("utf-8") << QByteArray("CODEPAGE=\"UTF-8\";") << QByteArray("Th\xE1\xBB\xA7 \xC4\x91\xC3\xB4") << u"Thủ đô"_qs << 0;
        QTest::newRow("utf-8, no code page") << QByteArray("") << QByteArray("\xC4\x90\xC3\xA0") << u"Đà"_qs << 0;
        // Mislabelled files are read as what they are, and the label is said to be wrong.
        QTest::newRow("iso-8859-1 with Windows quotes") << QByteArray("CODEPAGE=\"iso-8859-1\";") << QByteArray("\x92\xE9") << u"’é"_qs << 1;
        QTest::newRow("says latin, is utf-8") << QByteArray("CODEPAGE=\"iso-8859-15\";") << QByteArray("\xC3\xA9t\xC3\xA9") << u"été"_qs << 1;
        QTest::newRow("says utf-8, is latin") << QByteArray("CODEPAGE=\"utf-8\";") << QByteArray("\xE9t\xE9") << u"été"_qs << 1;
        QTest::newRow("no code page, not ansi") << QByteArray("") << QByteArray("\xE9t\xE9") << u"été"_qs << 1;
        QTest::newRow("unknown code page") << QByteArray("CODEPAGE=\"x-klingon\";") << QByteArray("\xE9") << u"é"_qs << 1;
        // Encoded twice before it was written: read as written, and said.
        QTest::newRow("double-encoded") << QByteArray("CODEPAGE=\"utf-8\";") << QByteArray("\xC3\x83\xC2\xA9t\xC3\x83\xC2\xA9") << u"Ã©tÃ©"_qs << 1;
        QTest::newRow("undefined byte") << QByteArray("CODEPAGE=\"windows-1252\";") << QByteArray("a\x81") << u"a\uFFFD"_qs << 1;
    }

    void codePages()
    {
        QFETCH(QByteArray, declaration);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(int, warnings);
        const QByteArray file = declaration + "\nSTUB=\"v\";\nVALUES(\"v\")=\"" + bytes + "\";\nDATA=1;";
        const auto doc = PxReader::read(file);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QCOMPARE(doc->dimensions.at(0).categories.at(0).id, text);
        QCOMPARE(doc->warnings.size(), warnings);
    }

    void codePagesOfIcu()
    {
        // Windows-1250 and -1258 (Vietnamese) are Qt's only where it is built with ICU, as Debian's is.
        if (!QStringDecoder("windows-1250").isValid())
            QSKIP("this Qt has no ICU code pages");
        const auto cz = PxReader::read("CODEPAGE=\"windows-1250\";\nSTUB=\"v\";\nVALUES(\"v\")=\"\x8A\x9A\xE8\";\nDATA=1;");
        QVERIFY(cz.ok());
        QCOMPARE(cz->dimensions.at(0).categories.at(0).id, u"Ššč"_qs);
        QVERIFY(cz->warnings.isEmpty());
        const auto vi = PxReader::read("CODEPAGE=\"windows-1258\";\nSTUB=\"v\";\nVALUES(\"v\")=\"\xD0\xE0\";\nDATA=1;");
        QVERIFY(vi.ok());
        QCOMPARE(vi->dimensions.at(0).categories.at(0).id.normalized(QString::NormalizationForm_C), u"Đà"_qs);
    }

    void doubleEncodingIsFound()
    {
        QCOMPARE(PxCharset::doubleEncodedCount(u"Ã©tÃ© â€™ Ä‘á»‡ ï¿½"), 6);
        QCOMPARE(PxCharset::doubleEncodedCount(u"été, Đà Nẵng, São Paulo, CAFÉ, naïve ’"), 0);
    }

    // --- malformed files ---

    void refused_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("rule");
        const QByteArray head = "STUB=\"s\";\nVALUES(\"s\")=\"a\",\"b\";\n";
        const auto row = [](const char *name, const QByteArray &file, const char *rule) {
            QTest::newRow(name) << file << QString::fromLatin1(rule);
        };
        row("empty", "", "PX_DATA_MISSING");
        row("no DATA", head, "PX_DATA_MISSING");
        row("not PX", "<html><body>", "PX_KEYWORD_MALFORMED");
        row("binary", QByteArray("\x00\x01\x02", 3), "PX_KEYWORD_MALFORMED");
        row("keyword too long", QByteArray(100, 'A') + "=1;\nDATA=1;", "PX_KEYWORD_MALFORMED");
        row("no equals", "STUB \"s\";\nDATA=1;", "PX_KEYWORD_MALFORMED");
        row("empty language", "STUB[]=\"s\";\nDATA=1;", "PX_KEYWORD_MALFORMED");
        row("open parenthesis", "VALUES(\"s\"=\"a\";", "PX_KEYWORD_MALFORMED");
        row("unterminated text", "STUB=\"s;\nDATA=1;", "PX_STRING_UNTERMINATED");
        row("unterminated subkey", "VALUES(\"s)=1;", "PX_STRING_UNTERMINATED");
        row("no semicolon", "STUB=\"s\"", "PX_KEYWORD_UNTERMINATED");
        row("no variables", "TITLE=\"t\";\nDATA=1;", "PX_STUB_HEADING_MISSING");
        row("no VALUES", "STUB=\"s\";\nDATA=1;", "PX_VALUES_MISSING");
        row("empty VALUES", "STUB=\"s\";\nVALUES(\"s\")=;\nDATA=1;", "PX_VALUES_MISSING");
        row("VALUES of an unknown variable", head + "VALUES(\"t\")=\"x\";\nDATA=1 2;", "PX_STUB_UNKNOWN");
        row("CODES of an unknown variable", head + "CODES(\"t\")=\"x\";\nDATA=1 2;", "PX_STUB_UNKNOWN");
        row("CONTVARIABLE unknown", head + "CONTVARIABLE=\"t\";\nDATA=1 2;", "PX_STUB_UNKNOWN");
        row("CODES count", head + "CODES(\"s\")=\"1\";\nDATA=1 2;", "PX_CODES_COUNT_MISMATCH");
        row("duplicate codes", head + "CODES(\"s\")=\"1\",\"1\";\nDATA=1 2;", "PX_CATEGORY_DUPLICATE");
        row("duplicate values", "STUB=\"s\";\nVALUES(\"s\")=\"a\",\"a\";\nDATA=1 2;", "PX_CATEGORY_DUPLICATE");
        row("duplicate variable", "STUB=\"s\";\nHEADING=\"s\";\nVALUES(\"s\")=\"a\";\nDATA=1;", "PX_VARIABLE_DUPLICATE");
        row("VALUES twice", head + "VALUES(\"s\")=\"b\",\"a\";\nDATA=1 2;", "PX_KEYWORD_DUPLICATE");
        row("STUB twice", head + "STUB=\"t\";\nDATA=1 2;", "PX_KEYWORD_DUPLICATE");
        row("list without commas", "STUB=\"s\";\nVALUES(\"s\")=\"a\" \"b\" c;\nDATA=1;", "PX_VALUE_MALFORMED");
        row("DECIMALS not a number", head + "DECIMALS=two;\nDATA=1 2;", "PX_VALUE_MALFORMED");
        row("DECIMALS too many", head + "DECIMALS=99;\nDATA=1 2;", "PX_VALUE_MALFORMED");
        row("PRECISION not a number", head + "PRECISION(\"s\",\"a\")=x;\nDATA=1 2;", "PX_VALUE_MALFORMED");
        row("TIMEVAL count", head + "TIMEVAL(\"s\")=TLIST(A1),\"2020\";\nDATA=1 2;", "PX_TIMEVAL_COUNT_MISMATCH");
        row("TIMEVAL range", head + "TIMEVAL(\"s\")=TLIST(A1, \"2020\"-\"2029\");\nDATA=1 2;", "PX_TIMEVAL_COUNT_MISMATCH");
        row("TIMEVAL range backwards", head + "TIMEVAL(\"s\")=TLIST(A1, \"2021\"-\"2020\");\nDATA=1 2;", "PX_TIMEVAL_COUNT_MISMATCH");
        row("TLIST open", head + "TIMEVAL(\"s\")=TLIST(A1,\"2020\",\"2021\";\nDATA=1 2;", "PX_VALUE_MALFORMED");
        row("TLIST bad range", head + "TIMEVAL(\"s\")=TLIST(A1, \"2020\"+\"2021\");\nDATA=1 2;", "PX_VALUE_MALFORMED");
        row("CONTVARIABLE is time", head + "TIMEVAL(\"s\")=TLIST(A1),\"2020\",\"2021\";\nCONTVARIABLE=\"s\";\nDATA=1 2;", "PX_CONTVARIABLE_TIME");
        row("KEYS", head + "KEYS(\"s\")=VALUES;\nDATA=\"a\",1;", "PX_KEYS_UNSUPPORTED");
        row("too few cells", head + "DATA=1;", "PX_DATA_COUNT_MISMATCH");
        row("too many cells", head + "DATA=1 2 3;", "PX_DATA_COUNT_MISMATCH");
        row("no cells", head + "DATA=", "PX_DATA_COUNT_MISMATCH");
        row("keyword after DATA", head + "DATA=1 2;\nNOTE=\"late\";", "PX_DATA_COUNT_MISMATCH");
        row("word", head + "DATA=1 abc;", "PX_DATA_NOT_A_NUMBER");
        row("inf", head + "DATA=1 inf;", "PX_DATA_NOT_A_NUMBER");
        row("nan", head + "DATA=nan 1;", "PX_DATA_NOT_A_NUMBER");
        row("out of range", head + "DATA=1 1e999;", "PX_DATA_NOT_A_NUMBER");
        row("hexadecimal", head + "DATA=1 0x10;", "PX_DATA_NOT_A_NUMBER");
        row("decimal comma", head + "DATA=1,5 2,5;", "PX_DATA_COUNT_MISMATCH");
        row("two signs", head + "DATA=1 +-2;", "PX_DATA_NOT_A_NUMBER");
        row("unterminated symbol", head + "DATA=1 \"..;", "PX_STRING_UNTERMINATED");
    }

    void refused()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, rule);
        const auto doc = PxReader::read(file);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().rule, rule);
        QCOMPARE(doc.error().code, Error::Code::Invalid);
        QVERIFY(!doc.error().message.isEmpty());
    }

    void messagesNameThePlace()
    {
        const auto codes = PxReader::read("STUB=\"region\";\nVALUES(\"region\")=\"a\",\"b\";\nCODES(\"region\")=\"1\";\nDATA=1 2;");
        QVERIFY(!codes.ok());
        QVERIFY2(codes.error().message.contains(u"CODES on line 3"), qPrintable(codes.error().message));
        QVERIFY(codes.error().message.contains(u"region"));
        const auto cell = PxReader::read("STUB=\"s\";\nVALUES(\"s\")=\"a\",\"b\",\"c\";\nDATA=\n1\n2 x;");
        QVERIFY(!cell.ok());
        QVERIFY2(cell.error().message.contains(u"cell 2 (line 5)"), qPrintable(cell.error().message));
    }

    void hugeCubeIsRefusedBeforeAllocating()
    {
        QByteArray values = "\"0\"";
        for (int i = 1; i < 5000; ++i)
            values += ",\"" + QByteArray::number(i) + '"';
        QByteArray file = "STUB=\"a\",\"b\",\"c\",\"d\",\"e\",\"f\";\n";
        for (const char *v : {"a", "b", "c", "d", "e", "f"})
            file += "VALUES(\"" + QByteArray(v) + "\")=" + values + ";\n";
        file += "DATA=1 2 3;";
        const auto doc = PxReader::read(file);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().rule, u"PX_DATA_COUNT_MISMATCH"_qs);
    }

    void thousandsOfVariablesAreRefused()
    {
        // Each one-value variable costs the document a key per cell, not the file a byte per cell.
        QByteArray stub = "\"v\"";
        QByteArray values = "VALUES(\"v\")=\"0\",\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\";\n";
        for (int i = 0; i < 2000; ++i) {
            stub += ",\"v" + QByteArray::number(i) + '"';
            values += "VALUES(\"v" + QByteArray::number(i) + "\")=\"x\";\n";
        }
        const QByteArray file = "STUB=" + stub + ";\n" + values + "DATA=1 1 1 1 1 1 1 1 1 1;";
        const auto doc = PxReader::read(file);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().rule, u"PX_CUBE_TOO_LARGE"_qs);
    }

    // Every prefix of a file, and many files with bytes changed, are read or refused: never a
    // crash, a hang or a cell out of its cube.
    void damagedFilesNeverCrash()
    {
        QByteArray base = kSmall;
        base.replace("DATA=", "DATASYMBOL1=\"n/a\";\nNOTE=\"a \"\"quoted\"\" note\";\nDATA=\".\" \"-\" ");
        base.replace("1 2 3\n", "");
        for (qsizetype n = 0; n <= base.size(); ++n)
            (void)PxReader::read(base.first(n));
        QRandomGenerator random(20250701);
        const QByteArray alphabet = "\"=;,()[]-. \n\r\t0123456789AZaz\xC3\xA9\x80\xFF";
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = base;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(int(bytes.size()));
                switch (random.bounded(3)) {
                case 0: bytes[at] = alphabet.at(random.bounded(int(alphabet.size()))); break;
                case 1: bytes.remove(at, 1 + random.bounded(8)); break;
                default: bytes.insert(at, alphabet.at(random.bounded(int(alphabet.size())))); break;
                }
            }
            const auto doc = PxReader::read(bytes);
            if (!doc.ok()) {
                QVERIFY(!doc.error().rule.isEmpty());
                continue;
            }
            for (qsizetype c = 0; c < doc->cellCount(); ++c) {
                for (int d = 0; d < doc->dimensions.size(); ++d)
                    QVERIFY(doc->category(c, d) < doc->dimensions.at(d).categories.size());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPxReader)
#include "tst_pxreader.moc"
