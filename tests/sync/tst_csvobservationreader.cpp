#include "sync/csvobservationreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;

class TestCsvObservationReader : public QObject
{
    Q_OBJECT

private:
    struct Collected
    {
        QList<Observation> rows;
        QList<qint64> lines;
        QList<std::pair<qint64, QString>> rejected;
    };

    static Result<qint64> readText(const QString &text, Collected &c)
    {
        CsvObservationReader reader(u"test"_qs, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        return reader.readText(
            text, [&](const Observation &o, qint64 line, QStringView) { c.rows.append(o); c.lines.append(line); },
            [&](qint64 line, QStringView, const QString &reason) { c.rejected.append({line, reason}); });
    }

private slots:
    void readsEveryColumn()
    {
        Collected c;
        const auto n = readText(u"\uFEFFvalue,period,unit,indicator,status,value_kind,revision,disaggregation,measure\r\n"
                                u"1234.5,2025-07,VN-HN,budget.revenue,provisional,cumulative,3,\"tax=vat;level=central\",tỷ đồng\r\n"
                                u"-2,2025-Q3,VN,grdp.growth,,,,,\r\n"_qs,
                                c);
        QVERIFY(n.ok());
        QCOMPARE(*n, 2);
        QCOMPARE(c.rows.size(), 2);
        const Observation &a = c.rows.first();
        QCOMPARE(a.indicator, u"budget.revenue"_qs);
        QCOMPARE(a.unit, u"VN-HN"_qs);
        QCOMPARE(a.period, Period::month(2025, 7));
        QCOMPARE(a.value, 1234.5);
        QCOMPARE(a.status, ObservationStatus::Provisional);
        QCOMPARE(a.valueKind, ValueKind::Cumulative);
        QCOMPARE(a.provenance.revision, 3);
        QCOMPARE(a.provenance.source, u"test"_qs);
        QCOMPARE(a.disaggregation, u"level=central;tax=vat"_qs);
        QCOMPARE(a.measure, u"tỷ đồng"_qs);
        const Observation &b = c.rows.last();
        QCOMPARE(b.value, -2.0);
        QCOMPARE(b.status, ObservationStatus::Final);
        QCOMPARE(b.valueKind, ValueKind::InPeriod);
        QCOMPARE(b.provenance.revision, 1);
        QVERIFY(b.disaggregation.isEmpty());
        QCOMPARE(c.lines, (QList<qint64>{2, 3}));
    }

    void rejectsBadRowsWithTheirLines()
    {
        Collected c;
        const auto n = readText(u"indicator,unit,period,value,disaggregation,value_kind,status,revision\n"
                                u"a,VN,2025-13,1,,,,\n"        // 2 period
                                u"a,VN,2025-01,1.2.3,,,,\n"    // 3 number
                                u"a,VN,2025-01,,,,,\n"         // 4 missing value
                                u"a,VN,2025-01,1,tax,,,\n"     // 5 disaggregation
                                u"a,VN,2025-01,1,,monthly,,\n" // 6 value kind
                                u"a,VN,2025-01,1,,,maybe,\n"   // 7 status
                                u"a,VN,2025-01,1,,,,two\n"     // 8 revision
                                u"a,VN,2025-01\n"              // 9 field count
                                u",VN,2025-01,1,,,,\n"         // 10 empty code
                                u"a,VN,2025-01,nan,,,,\n"      // 11 not finite
                                u"a,VN,2025-02,7,,,,\n"        // 12 good
                                u"a,\"VN,2025-03,1,,,,\n"_qs,  // 13 unterminated quote
                                c);
        QVERIFY(n.ok());
        QCOMPARE(*n, 12);
        QCOMPARE(c.rows.size(), 1);
        QCOMPARE(c.lines, QList<qint64>{12});
        QCOMPARE(c.rejected.size(), 11);
        const QStringList expected = {u"Malformed period"_qs, u"Malformed number"_qs, u"missing"_qs, u"disaggregation"_qs,
                                      u"value kind"_qs, u"status"_qs, u"revision"_qs, u"fields"_qs, u"empty"_qs,
                                      u"Malformed number"_qs, u"Unterminated"_qs};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(c.rejected.at(i).first, qint64(i + 2 + (i >= 10 ? 1 : 0)));
            QVERIFY2(c.rejected.at(i).second.contains(expected.at(i)), qPrintable(c.rejected.at(i).second));
        }
    }

    void refusesBadHeaders()
    {
        Collected c;
        QVERIFY(readText(u"indicator,unit,period\n"_qs, c).error().message.contains(u"value"));
        QVERIFY(readText(u"indicator,unit,period,value,colour\n"_qs, c).error().message.contains(u"colour"));
        QVERIFY(readText(u"indicator,unit,period,value,value\n"_qs, c).error().message.contains(u"twice"));
        QVERIFY(!readText(QString(), c).ok());
    }

    // A file larger than one read chunk gives the same rows and line numbers as the text at once.
    void chunkedFileEqualsWholeText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_qs);
        QString text = u"indicator,unit,period,value,disaggregation\n"_qs;
        const int rows = 320000;
        for (int i = 0; i < rows; ++i) {
            text += QStringLiteral("ind.%1,VN-HN,%2,%3,\"note=a\"\n")
                        .arg(i % 400).arg(Period::month(2011, 1).next(i % 180).toString()).arg(i * 0.25, 0, 'f', 2);
        }
        text += u"bad,VN,2025-01,x,\n"_qs;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        QVERIFY(f.size() > 8 << 20);

        Collected whole;
        QCOMPARE(*readText(text, whole), rows + 1);
        Collected chunked;
        CsvObservationReader reader(u"test"_qs, QDateTime());
        const auto n = reader.readFile(
            path, [&](const Observation &o, qint64 line, QStringView) { chunked.rows.append(o); chunked.lines.append(line); },
            [&](qint64 line, QStringView, const QString &reason) { chunked.rejected.append({line, reason}); });
        QVERIFY(n.ok());
        QCOMPARE(*n, rows + 1);
        QCOMPARE(chunked.rows.size(), rows);
        QCOMPARE(chunked.lines, whole.lines);
        QCOMPARE(chunked.lines.last(), qint64(rows + 1));
        QCOMPARE(chunked.rejected.size(), 1);
        QCOMPARE(chunked.rejected.first().first, qint64(rows + 2));
        QCOMPARE(chunked.rows.at(234567).value, 234567 * 0.25);
        QCOMPARE(chunked.rows.at(234567).disaggregation, u"note=a"_qs);
    }

    void missingFile()
    {
        CsvObservationReader reader(u"test"_qs, QDateTime());
        const auto n = reader.readFile(u"/nonexistent/file.csv"_qs, [](const Observation &, qint64, QStringView) {},
                                       [](qint64, QStringView, const QString &) {});
        QCOMPARE(n.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCsvObservationReader)
#include "tst_csvobservationreader.moc"
