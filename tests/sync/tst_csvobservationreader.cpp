#include "sync/csvobservationreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <charconv>
#include <cmath>
#include <cstring>

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

    // A file larger than one read chunk gives the same rows and line numbers as the text at once,
    // with quotes in the file (a quoted line break included) and without.
    void chunkedFileEqualsWholeText_data()
    {
        QTest::addColumn<bool>("quoted");
        QTest::newRow("quoted") << true;
        QTest::newRow("plain") << false;
    }

    void chunkedFileEqualsWholeText()
    {
        QFETCH(bool, quoted);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_qs);
        QString text = u"indicator,unit,period,value,disaggregation\n"_qs;
        const int rows = 320000;
        int physicalLines = 1;
        for (int i = 0; i < rows; ++i) {
            const QString disaggregation = !quoted ? QString()
                                           : i == 200000 ? u"\"note=a\nb\""_qs // a line break inside quotes
                                                         : u"\"note=a\""_qs;
            text += QStringLiteral("ind.%1,VN-HN,%2,%3,%4\n")
                        .arg(i % 400).arg(Period::month(2011, 1).next(i % 180).toString()).arg(i * 0.25, 0, 'f', 2)
                        .arg(disaggregation);
            physicalLines += quoted && i == 200000 ? 2 : 1;
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
        QCOMPARE(chunked.lines.last(), qint64(physicalLines));
        QCOMPARE(chunked.rejected.size(), 1);
        QCOMPARE(chunked.rejected.first().first, qint64(physicalLines + 1));
        QCOMPARE(chunked.rows.at(234567).value, 234567 * 0.25);
        QCOMPARE(chunked.rows.at(234567).disaggregation, quoted ? u"note=a"_qs : QString());
        if (quoted)
            QCOMPARE(chunked.rows.at(200000).disaggregation, u"note=a\nb"_qs);
    }

    // Every double written as the shortest text that identifies it reads back to the same bits, and the
    // spellings the reader took before are still taken.
    void numbersRoundTripExactly()
    {
        QString text = u"indicator,unit,period,value\n"_qs;
        QList<double> values = {0.0, -0.0, 0.1, 1.0 / 3, 1e-320, 5e-324, 1.7976931348623157e308, -2.2250738585072014e-308,
                                123456789012345678.0, 0.30000000000000004};
        quint64 state = 7;
        while (values.size() < 20000) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            double v;
            const quint64 bits = state ^ (state >> 29);
            std::memcpy(&v, &bits, sizeof v);
            if (std::isfinite(v))
                values.append(v);
        }
        for (double v : values) {
            // The shortest text that reads back as v (std::to_chars); QString::number drops the sign of -0.
            char buffer[32];
            const auto written = std::to_chars(buffer, buffer + sizeof buffer, v);
            text += u"a,VN,2025-01,"_qs + QLatin1StringView(buffer, written.ptr - buffer) + u'\n';
        }
        Collected c;
        QCOMPARE(*readText(text, c), values.size());
        QVERIFY(c.rejected.isEmpty());
        for (qsizetype i = 0; i < values.size(); ++i) {
            const double read = c.rows.at(i).value;
            QVERIFY2(std::memcmp(&read, &values.at(i), sizeof read) == 0,
                     qPrintable(QString::number(values.at(i), 'g', 17) + u" read as "_qs + QString::number(read, 'g', 17)));
        }

        Collected s;
        const auto n = readText(u"indicator,unit,period,value\n"
                                u"a,VN,2025-01,+1.5\n"     // 2
                                u"a,VN,2025-01,1E3\n"      // 3
                                u"a,VN,2025-01,.25\n"      // 4
                                u"a,VN,2025-01,7.\n"       // 5
                                u"a,VN,2025-01, 12 \n"     // 6
                                u"a,VN,2025-01,1e400\n"    // 7 out of range
                                u"a,VN,2025-01,infinity\n" // 8
                                u"a,VN,2025-01,0x10\n"     // 9
                                u"a,VN,2025-01,1e\n"       // 10
                                u"a,VN,2025-01,٣\n"    // 11 an Arabic-Indic three
                                u"a,VN,2025-01,1_000\n"_qs, // 12
                                s);
        QCOMPARE(*n, 11);
        QCOMPARE(s.rows.size(), 5);
        QCOMPARE(s.rows.at(0).value, 1.5);
        QCOMPARE(s.rows.at(1).value, 1000.0);
        QCOMPARE(s.rows.at(2).value, 0.25);
        QCOMPARE(s.rows.at(3).value, 7.0);
        QCOMPARE(s.rows.at(4).value, 12.0);
        QCOMPARE(s.rejected.size(), 6);
        for (qsizetype i = 0; i < s.rejected.size(); ++i) {
            QCOMPARE(s.rejected.at(i).first, qint64(7 + i));
            QVERIFY2(s.rejected.at(i).second.contains(u"Malformed number"), qPrintable(s.rejected.at(i).second));
        }
    }

    // Batches hold consecutive records in order, at most the size asked, accepted and rejected
    // alike, each with its line and its raw text as it stood in the input.
    void batchesKeepOrderLinesAndRawText()
    {
        const QString text = u"indicator,unit,period,value\n"
                             u"a,VN,2025-01,1\n"
                             u"a,VN,2025-13,2\n"
                             u"\n"
                             u"a,VN,2025-02,3\n"
                             u"a,\"VN\",2025-03,4\n"
                             u"a,VN,2025-04\n"
                             u"a,VN,2025-05,6\n"
                             u"a,VN,2025-06,x\n"_qs;
        const QStringList lines = text.split(u'\n');
        CsvObservationReader reader(u"test"_qs, QDateTime());
        QList<qsizetype> sizes;
        QList<qint64> seenLines;
        QStringList raws;
        QStringList reasons;
        const auto n = reader.readText(text, [&](ObservationBatch &&batch) {
            sizes.append(batch.records.size());
            for (const auto &record : batch.records) {
                seenLines.append(record.line);
                raws.append(batch.raw(record).toString());
                reasons.append(record.reason);
            }
            return true;
        }, 3);
        QVERIFY(n.ok());
        QCOMPARE(*n, 7);
        QCOMPARE(sizes, (QList<qsizetype>{3, 3, 1}));
        QCOMPARE(seenLines, (QList<qint64>{2, 3, 5, 6, 7, 8, 9}));
        for (qsizetype i = 0; i < seenLines.size(); ++i)
            QCOMPARE(raws.at(i), lines.at(seenLines.at(i) - 1));
        QCOMPARE(reasons.at(0), QString());
        QVERIFY(reasons.at(1).contains(u"period"));
        QCOMPARE(reasons.at(2), QString());
        QCOMPARE(reasons.at(3), QString());
        QVERIFY(reasons.at(4).contains(u"fields"));
        QCOMPARE(reasons.at(5), QString());
        QVERIFY(reasons.at(6).contains(u"number"));
    }

    void aStoppedReadIsCancelled()
    {
        QString text = u"indicator,unit,period,value\n"_qs;
        for (int i = 0; i < 100; ++i)
            text += u"a,VN,2025-01,1\n"_qs;
        CsvObservationReader reader(u"test"_qs, QDateTime());
        int batches = 0;
        const auto n = reader.readText(text, [&](ObservationBatch &&) { return ++batches < 2; }, 10);
        QVERIFY(!n.ok());
        QCOMPARE(n.error().code, Error::Code::Cancelled);
        QCOMPARE(batches, 2);
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
