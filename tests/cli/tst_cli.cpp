#include "clirun.h"
#include "core/csvparser.h"
#include "core/unitregistry.h"
#include "exports/csvwriter.h"
#include "exports/xlsxbookwriter.h"
#include "fakeclock.h"
#include "schemahistory.h"
#include "store/cache.h"
#include "sync/csvobservationreader.h"
#include "unprivileged.h"
#include "xlsxreading.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace dh;

// Drives dieuhanh-sync in-process on copies of the bundled sample cache.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = test::CliRun;

    Run cli(QStringList arguments) { return test::runCli(std::move(arguments), m_clock); }

    QString freshCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_sample, path))
            return {};
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text.toUtf8());
        return path;
    }

    static QList<QStringList> csv(const QString &text) { return readCsvTable(text); }

    // A synthetic monthly indicator of the given rule with provincial data.
    std::optional<Indicator> pick(AggregationRule rule, Period::Kind periodicity)
    {
        auto cache = Cache::open(m_sample, m_registry, Cache::OpenMode::ReadOnly);
        if (!cache)
            return std::nullopt;
        for (const Indicator &ind : (*cache)->catalogue().all()) {
            if (ind.aggregation == rule && ind.periodicity == periodicity && ind.origin == DataOrigin::Synthetic
                && ind.storedAs == ValueKind::InPeriod && (*cache)->observations().unitsWithData(ind.code)->contains(u"VN-HN"_qs))
                return ind;
        }
        return std::nullopt;
    }

    QTemporaryDir m_dir;
    QString m_sample;
    UnitRegistry m_registry;
    test::FakeClock m_clock;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = qEnvironmentVariable("DIEUHANH_BINARY_DIR") + u"/share/dieuhanh/sample.sqlite";
        QVERIFY2(QFile::exists(m_sample), qPrintable(m_sample));
        auto registry = UnitRegistry::fromResources();
        QVERIFY(registry.ok());
        m_registry = *registry;
    }

    void infoReportsTheSyntheticSample()
    {
        const Run r = cli({QStringLiteral("--cache"), freshCopy(u"info.sqlite"_qs), QStringLiteral("info")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"synthetic: yes"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"schema version: 7"));
        QVERIFY(r.out.contains(u"date range: 2010-01-01 .. "));
        const qsizetype at = r.out.indexOf(u"observations: ");
        QVERIFY(at >= 0);
        const qint64 count = r.out.mid(at + 14, r.out.indexOf(u'\n', at) - at - 14).toLongLong();
        QVERIFY2(count > 300000, qPrintable(r.out));
    }

    void catalogListsEveryIndicator()
    {
        const Run r = cli({QStringLiteral("--cache"), freshCopy(u"catalog.sqlite"_qs), QStringLiteral("catalog")});
        QCOMPARE(r.code, 0);
        const auto rows = csv(r.out);
        QVERIFY(rows.size() > 40 + 19);
        QCOMPARE(rows.first().mid(0, 8), (QStringList{u"code"_qs, u"name_vi"_qs, u"name_en"_qs, u"unit_vi"_qs, u"unit_en"_qs,
                                                      u"periodicity"_qs, u"aggregation"_qs, u"polarity"_qs}));
        int real = 0;
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row.size(), rows.first().size());
            if (row.at(10) == u"real") {
                ++real;
                QVERIFY(row.at(12).contains(u"World Bank"));
            }
        }
        QCOMPARE(real, 19);
        // Each dimension with the values an import may use.
        const qsizetype dimensions = rows.first().indexOf(u"dimensions"_qs);
        QVERIFY(dimensions > 0);
        bool sawRevenue = false;
        for (const QStringList &row : rows) {
            if (row.first() == u"budget.revenue") {
                sawRevenue = true;
                QCOMPARE(row.at(dimensions), u"level=central|local;tax=vat|cit|pit|land|other"_qs);
            }
        }
        QVERIFY(sawRevenue);
    }

    void unitsAtDates()
    {
        const Run before = cli({QStringLiteral("units"), QStringLiteral("--level"), QStringLiteral("province"),
                                QStringLiteral("--at"), QStringLiteral("2025-06-30")});
        QCOMPARE(before.code, 0);
        const auto oldRows = csv(before.out);
        QCOMPARE(oldRows.size(), 1 + 63);
        bool sawHanoi = false;
        for (const QStringList &row : oldRows) {
            if (row.first() == u"VN-HN") {
                sawHanoi = true;
                QCOMPARE(row.at(4), u"2025-06-30"_qs);
                QCOMPARE(row.at(5), u"VN25-01"_qs);
            }
        }
        QVERIFY(sawHanoi);
        const Run after = cli({QStringLiteral("units"), QStringLiteral("--level"), QStringLiteral("province"),
                               QStringLiteral("--at"), QStringLiteral("2025-07-01")});
        QCOMPARE(csv(after.out).size(), 1 + 34);
        const Run ministries = cli({QStringLiteral("units"), QStringLiteral("--level"), QStringLiteral("ministry"),
                                    QStringLiteral("--at"), QStringLiteral("2025-03-01")});
        QCOMPARE(ministries.code, 0);
        QStringList codes;
        for (const QStringList &row : csv(ministries.out).mid(1))
            codes.append(row.first());
        QCOMPARE(codes.size(), 17);
        QVERIFY(codes.contains(u"BNNMT"_qs));
        QVERIFY(!codes.contains(u"BKHDT"_qs));
        const Run bad = cli({QStringLiteral("units"), QStringLiteral("--level"), QStringLiteral("district")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(u"district"));
    }

    void importGoodFileThenQuery()
    {
        const auto ind = pick(AggregationRule::Sum, Period::Kind::Month);
        QVERIFY(ind.has_value());
        const QString cache = freshCopy(u"import.sqlite"_qs);
        const QString file = writeFile(u"good.csv"_qs,
            QStringLiteral("indicator,unit,period,value,status\n"
                           "%1,VN-HN,2027-01,1234.5,provisional\n"
                           "%1,VN-HN,2027-02,1300,\n").arg(ind->code));
        const Run r = cli({QStringLiteral("--cache"), cache, QStringLiteral("import"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"2 written"), qPrintable(r.out));

        const Run q = cli({QStringLiteral("--cache"), cache, QStringLiteral("query"), QStringLiteral("--indicator"), ind->code,
                           QStringLiteral("--unit"), QStringLiteral("VN-HN"), QStringLiteral("--from"), QStringLiteral("2027-01"),
                           QStringLiteral("--to"), QStringLiteral("2027-12")});
        QCOMPARE(q.code, 0);
        const auto rows = csv(q.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).at(2), u"2027-01"_qs);
        QCOMPARE(rows.at(1).at(4), u"1234.5"_qs);
        QCOMPARE(rows.at(1).at(6), u"provisional"_qs);
        QCOMPARE(rows.at(2).at(4), u"1300"_qs);

        // The same file again changes nothing.
        const Run again = cli({QStringLiteral("--cache"), cache, QStringLiteral("import"), file});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(u"0 written, 2 unchanged"), qPrintable(again.out));
    }

    void badRowsAreQuarantinedAndNothingIsHalfWritten()
    {
        const auto ind = pick(AggregationRule::Sum, Period::Kind::Month);
        QVERIFY(ind.has_value());
        const QString cache = freshCopy(u"bad.sqlite"_qs);
        const QString file = writeFile(u"bad.csv"_qs,
            QStringLiteral("indicator,unit,period,value,measure\n"
                           "%1,VN-HN,2027-03,10,\n"          // good
                           "NO.SUCH,VN-HN,2027-03,10,\n"     // unknown indicator
                           "%1,VN-XX,2027-03,10,\n"          // unknown unit
                           "%1,VN-HN,2027-04,12;5,\n"        // malformed number (a stray separator in the field count)
                           "%1,VN-HN,2027-05,abc,\n"         // malformed number
                           "%1,VN-HN,2027-Q2,10,\n"          // a quarter for a monthly indicator
                           "%1,VN-HN,2027-03,11,\n"          // duplicate key, different value
                           "%1,VN-HN,2027-06,10,kg\n"        // wrong unit of measure
                           ).arg(ind->code));
        const Run all = cli({QStringLiteral("--cache"), cache, QStringLiteral("import"), file});
        QCOMPARE(all.code, 1);
        QVERIFY2(all.err.contains(u"nothing was imported"), qPrintable(all.err));
        QVERIFY(all.err.contains(u"line 3:"));
        QVERIFY(all.err.contains(u"Unknown indicator code NO.SUCH"));
        QVERIFY(all.err.contains(u"Unknown unit code VN-XX"));
        QVERIFY(all.err.contains(u"Malformed number \"abc\""));
        QVERIFY(all.err.contains(u"does not fit"));
        QVERIFY2(all.err.contains(u"line 8: A duplicate key in this file: line 2 has"), qPrintable(all.err));
        QVERIFY(all.err.contains(u"Wrong unit of measure"));

        const QStringList query{QStringLiteral("--cache"), cache, QStringLiteral("query"), QStringLiteral("--indicator"), ind->code,
                                QStringLiteral("--unit"), QStringLiteral("VN-HN"), QStringLiteral("--from"), QStringLiteral("2027-01"),
                                QStringLiteral("--to"), QStringLiteral("2027-12")};
        QCOMPARE(csv(cli(query).out).size(), 1); // header only: nothing written

        const Run quarantine = cli({QStringLiteral("--cache"), cache, QStringLiteral("quarantine")});
        QCOMPARE(quarantine.code, 0);
        const auto records = csv(quarantine.out);
        QCOMPARE(records.size(), 1 + 7);
        QCOMPARE(records.at(1).at(2), u"3"_qs);
        QVERIFY(records.at(1).at(4).startsWith(u"NO.SUCH,VN-HN"));

        const Run rows = cli({QStringLiteral("--cache"), cache, QStringLiteral("import"), file, QStringLiteral("--mode"), QStringLiteral("rows")});
        QCOMPARE(rows.code, 1);
        QVERIFY2(rows.out.contains(u"1 written"), qPrintable(rows.out));
        const auto written = csv(cli(query).out);
        QCOMPARE(written.size(), 2);
        QCOMPARE(written.at(1).at(4), u"10"_qs);
    }

    // A file that turns out unreadable after many good rows (text that is not UTF-8, past the first
    // chunks the reading thread handed on) leaves the cache as it was, in either mode.
    void aReadErrorPartWayRollsEverythingBack()
    {
        const auto ind = pick(AggregationRule::Sum, Period::Kind::Month);
        QVERIFY(ind.has_value());
        const QString cache = freshCopy(u"readerror.sqlite"_qs);
        QByteArray bytes = "indicator,unit,period,value\n";
        for (const AdminUnit *unit : m_registry.unitsAt(AdminUnit::Level::Province, QDate(2025, 6, 30))) {
            for (int year = 1900; year < 2030; ++year) {
                for (int month = 1; month <= 12; ++month)
                    bytes += QStringLiteral("%1,%2,%3,%4\n").arg(ind->code, unit->code, Period::month(year, month).toString()).arg(year + month).toUtf8();
            }
        }
        bytes += ind->code.toUtf8() + ",VN-HN,2200-01,\xC3\x28\n";
        QVERIFY(bytes.size() > 2 << 20);
        const QString path = m_dir.filePath(u"readerror.csv"_qs);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QStringList query{QStringLiteral("--cache"), cache, QStringLiteral("query"), QStringLiteral("--indicator"), ind->code,
                                QStringLiteral("--unit"), QStringLiteral("VN-HN"), QStringLiteral("--from"), QStringLiteral("1900-01"),
                                QStringLiteral("--to"), QStringLiteral("1900-12")};
        const QString quarantineBefore = cli({QStringLiteral("--cache"), cache, QStringLiteral("quarantine")}).out;
        for (const QString &mode : {u"all"_qs, u"rows"_qs}) {
            const Run r = cli({QStringLiteral("--cache"), cache, QStringLiteral("import"), path, QStringLiteral("--mode"), mode});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(u"UTF-8"), qPrintable(r.err));
            QCOMPARE(csv(cli(query).out).size(), 1); // header only: nothing written
            QCOMPARE(cli({QStringLiteral("--cache"), cache, QStringLiteral("quarantine")}).out, quarantineBefore);
        }
    }

    void provincesOf2025AreReaggregated()
    {
        const auto ind = pick(AggregationRule::Sum, Period::Kind::Month);
        QVERIFY(ind.has_value());
        const QString cache = freshCopy(u"reagg.sqlite"_qs);
        const Run r = cli({QStringLiteral("--cache"), cache, QStringLiteral("query"), QStringLiteral("--indicator"), ind->code,
                           QStringLiteral("--level"), QStringLiteral("province"), QStringLiteral("--at"), QStringLiteral("2025-07-01"),
                           QStringLiteral("--from"), QStringLiteral("2024-03"), QStringLiteral("--to"), QStringLiteral("2024-03")});
        QCOMPARE(r.code, 0);
        const auto rows = csv(r.out);
        QCOMPARE(rows.size(), 1 + 34);
        double daNang = -1;
        for (const QStringList &row : rows) {
            if (row.at(1) == u"VN25-48") {
                daNang = row.at(4).toDouble();
                QVERIFY(row.at(8).startsWith(u"re-aggregated from"));
            }
        }
        double members = 0;
        for (const QString &old : m_registry.predecessors(u"VN25-48")) {
            const Run m = cli({QStringLiteral("--cache"), cache, QStringLiteral("query"), QStringLiteral("--indicator"), ind->code,
                               QStringLiteral("--unit"), old, QStringLiteral("--from"), QStringLiteral("2024-03"),
                               QStringLiteral("--to"), QStringLiteral("2024-03")});
            members += csv(m.out).at(1).at(4).toDouble();
        }
        QCOMPARE(m_registry.predecessors(u"VN25-48").size(), 2);
        QVERIFY(daNang > 0);
        QVERIFY(qAbs(daNang - members) <= 1e-9 * members);
    }

    // The audit's row: a 2025 province with a 2024 month was stored and replaced the figure
    // re-aggregated from the provinces it merged.
    void aUnitOutsideItsValidityIsRefused()
    {
        const QString cache = freshCopy(u"validity.sqlite"_qs);
        const QStringList query{QStringLiteral("--cache"), cache, QStringLiteral("query"), QStringLiteral("--indicator"),
                                QStringLiteral("retail.sales"), QStringLiteral("--unit"), QStringLiteral("VN25-01"),
                                QStringLiteral("--from"), QStringLiteral("2024-01"), QStringLiteral("--to"), QStringLiteral("2024-01")};
        const Run before = cli(query);
        QCOMPARE(before.code, 0);
        const QString file = writeFile(u"validity.csv"_qs, QStringLiteral("indicator,unit,period,value\nretail.sales,VN25-01,2024-01,100\n"));
        const Run r = cli({QStringLiteral("--cache"), cache, QStringLiteral("import"), file, QStringLiteral("--mode"), QStringLiteral("rows")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"line 2: Unit VN25-01 exists from 2025-07-01; period 2024-01 ended before it"), qPrintable(r.err));
        QCOMPARE(cli(query).out, before.out);
    }

    // A bad field of megabytes, with terminal controls in it, is neither echoed nor kept whole:
    // the message quotes its start with the controls escaped, its length and its digest.
    void aHugeOrControlFieldIsCappedAndEscaped()
    {
        const QString cache = freshCopy(u"huge.sqlite"_qs);
        const QString huge = QString(2 * 1024 * 1024, u'9') + u'x';
        const QString file = writeFile(u"huge.csv"_qs, QStringLiteral("indicator,unit,period,value\n"
                                                                      "retail.sales,VN-HN,2027-01,%1\n"
                                                                      "retail.sales,VN-HN,2027-02,\x1b[2J\x1b]0;pwned\x07\n")
                                                           .arg(huge));
        const qint64 before = QFileInfo(cache).size() + QFileInfo(cache + u"-wal").size();
        const Run r = cli({QStringLiteral("--cache"), cache, QStringLiteral("import"), file, QStringLiteral("--mode"), QStringLiteral("rows")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.size() < 2000, qPrintable(r.err.left(300)));
        QVERIFY2(r.err.contains(u"2097153 characters, SHA-256 "), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"\\x1B[2J\\x1B]0;pwned\\x07"), qPrintable(r.err));
        QVERIFY(!r.err.contains(QChar(0x1b)) && !r.err.contains(QChar(0x07)));
        const qint64 after = QFileInfo(cache).size() + QFileInfo(cache + u"-wal").size();
        QVERIFY2(after - before < 256 * 1024, qPrintable(QString::number(after - before)));
        const Run q = cli({QStringLiteral("--cache"), cache, QStringLiteral("quarantine")});
        QCOMPARE(q.code, 0);
        QVERIFY2(q.out.size() < 8000, qPrintable(QString::number(q.out.size())));
        QVERIFY(q.out.contains(u" characters, SHA-256 "));
        QVERIFY(!q.out.contains(QChar(0x1b)) && !q.out.contains(QChar(0x07)));
    }

    // A value outside the indicator's range in the catalogue is quarantined: no negative count of
    // new enterprises, no share above 100; the trade balance may be negative.
    void aValueOutsideTheIndicatorsRangeIsQuarantined()
    {
        const QString cache = freshCopy(u"range.sqlite"_qs);
        const QString file = writeFile(u"range.csv"_qs, QStringLiteral("indicator,unit,period,value\n"
                                                                       "ent.new,VN-HN,2027-01,-5\n"
                                                                       "unemp.rate,VN-HN,2027-Q1,101\n"
                                                                       "trade.balance,VN,2027-01,-250\n"));
        const Run r = cli({QStringLiteral("--cache"), cache, QStringLiteral("import"), file, QStringLiteral("--mode"), QStringLiteral("rows")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"1 written, 0 unchanged, 2 quarantined"), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"line 2: The value -5 lies outside the range of ent.new (0 to ∞"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"line 3: The value 101 lies outside the range of unemp.rate (0 to 100"), qPrintable(r.err));
    }

    // A key repeated within one file is said to be on an earlier line of it, not "cached".
    void aDuplicateInTheFileNamesItsLine()
    {
        const QString cache = freshCopy(u"dup.sqlite"_qs);
        const QString file = writeFile(u"dup.csv"_qs, QStringLiteral("indicator,unit,period,value\n"
                                                                     "retail.sales,VN-HN,2027-01,100\n"
                                                                     "retail.sales,VN-HN,2027-02,100\n"
                                                                     "retail.sales,VN-HN,2027-01,200\n"));
        const Run r = cli({QStringLiteral("--cache"), cache, QStringLiteral("import"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"line 4: A duplicate key in this file: line 2 has the same indicator"), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"cached"), qPrintable(r.err));
    }

    // Random bytes where the header should be: the file is said not to be CSV, and no byte of it is
    // echoed.
    void binaryIsNotCsv()
    {
        QByteArray bytes("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x1b[31m,x\n", 26);
        const QString path = m_dir.filePath(u"random.csv"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const Run r = cli({QStringLiteral("--cache"), freshCopy(u"binary.sqlite"_qs), QStringLiteral("import"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"not a CSV file"), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"Unknown column") && !r.err.contains(QChar(0x1b)) && !r.err.contains(u"PNG"), qPrintable(r.err));
    }

    // A province query of an indicator only the nation reports says so once, rather than refusing
    // the merged provinces one by one and passing over the others.
    void aNationOnlyIndicatorHasNoProvincialData()
    {
        const Run r = cli({QStringLiteral("--cache"), freshCopy(u"nation.sqlite"_qs), QStringLiteral("query"), QStringLiteral("--indicator"),
                           QStringLiteral("publicdebt.gdp"), QStringLiteral("--level"), QStringLiteral("province"), QStringLiteral("--at"),
                           QStringLiteral("2025-07-01")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"publicdebt.gdp has no province data: it is reported for VN only."), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"not additive"), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    // query --xlsx writes the rows query prints as CSV to a workbook: the same numbers as numeric
    // cells in the indicator's decimals, periods as text, and a sheet that says where they come from.
    void queryWritesAWorkbook()
    {
        if (!XlsxReading::available())
            QSKIP("the unzip tool is not installed, so the workbook cannot be opened to be checked");
        const QString cache = freshCopy(u"xlsx.sqlite"_qs);
        const QStringList query{QStringLiteral("--cache"), cache, QStringLiteral("query"), QStringLiteral("--indicator"),
                                QStringLiteral("retail.sales"), QStringLiteral("--unit"), QStringLiteral("VN"), QStringLiteral("--derived"),
                                QStringLiteral("all")};
        const auto rows = csv(cli(query).out);
        const QString path = m_dir.filePath(QStringLiteral("query.xlsx"));
        const Run r = cli(query + QStringList{QStringLiteral("--xlsx"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        const XlsxReading xlsx(path);
        QVERIFY2(xlsx.error().isEmpty(), qPrintable(xlsx.error()));
        QCOMPARE(xlsx.sheetNames(), (QStringList{QStringLiteral("retail.sales"), XlsxBookWriter::sourcesSheetName()}));
        const XlsxReading::Sheet sheet = xlsx.sheet(QStringLiteral("retail.sales"));
        QCOMPARE(sheet.frozenTopLeft, QStringLiteral("A2"));
        const auto ind = Cache::open(m_sample, m_registry, Cache::OpenMode::ReadOnly).value()->catalogue().find(u"retail.sales"_qs);
        QVERIFY(ind.has_value());
        const QString amountFormat = ind->decimals > 0 ? u"#,##0."_qs + QString(ind->decimals, u'0') : u"#,##0"_qs;
        const QStringList header = rows.first();
        const auto ref = [](qsizetype column, qsizetype row) -> QString { return QString(QChar(char16_t(u'A' + column))) + QString::number(row + 1); };
        for (qsizetype c = 0; c < header.size(); ++c)
            QCOMPARE(sheet.cells.value(ref(c, 0)).value, header.at(c));
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const XlsxReading::Cell period = sheet.cells.value(ref(2, r));
            QCOMPARE(period.type, u"s"_qs);
            QCOMPARE(period.value, rows.at(r).at(2));
            const XlsxReading::Cell value = sheet.cells.value(ref(4, r));
            QVERIFY(value.type.isEmpty() || value.type == u"n");
            QCOMPARE(value.value.toDouble(), rows.at(r).at(4).toDouble());
            QCOMPARE(value.numberFormat, amountFormat);
            const qsizetype change = header.indexOf(u"change_previous"_qs);
            if (!rows.at(r).at(change).isEmpty()) {
                QCOMPARE(sheet.cells.value(ref(change, r)).value.toDouble(), rows.at(r).at(change).toDouble());
                QCOMPARE(sheet.cells.value(ref(change, r)).numberFormat, u"#,##0.0"_qs);
            } else {
                QVERIFY(!sheet.cells.contains(ref(change, r)));
            }
        }
        QVERIFY(!sheet.cells.contains(ref(0, rows.size())));
        const XlsxReading::Sheet sources = xlsx.sheet(XlsxBookWriter::sourcesSheetName());
        QCOMPARE(sources.cells.value(u"A2"_qs).value, u"retail.sales"_qs);
        QCOMPARE(sources.cells.value(u"B2"_qs).value, ind->nameVi);
        QCOMPARE(sources.cells.value(u"D2"_qs).value, ind->unitVi);

        const Run failed = cli(query + QStringList{QStringLiteral("--xlsx"), m_dir.filePath(u"missing/query.xlsx"_qs)});
        QCOMPARE(failed.code, 2);
        QVERIFY2(failed.err.contains(u"missing/query.xlsx"), qPrintable(failed.err));
    }

    // query --derived prints, for each period, what a dashboard tile shows had that period been the
    // latest: the year to date, the changes, and the percent of the plan target.
    void queryShowsTheTilesFigures()
    {
        const QString cache = freshCopy(u"derived.sqlite"_qs);
        const Run r = cli({QStringLiteral("--cache"), cache, QStringLiteral("query"), QStringLiteral("--indicator"),
                           QStringLiteral("retail.sales"), QStringLiteral("--unit"), QStringLiteral("VN"), QStringLiteral("--derived"),
                           QStringLiteral("all")});
        QCOMPARE(r.code, 0);
        const auto rows = csv(r.out);
        QVERIFY(rows.size() > 30);
        const QStringList header = rows.first();
        for (const QString &column : {u"year_to_date"_qs, u"year_to_date_change"_qs, u"previous"_qs, u"change_previous"_qs,
                                      u"same_period_last_year"_qs, u"change_last_year"_qs, u"target"_qs, u"target_percent"_qs,
                                      u"change_in"_qs})
            QVERIFY2(header.contains(column), qPrintable(column));
        QHash<QString, double> value;
        for (const QStringList &row : rows.mid(1))
            value.insert(row.at(2), row.at(4).toDouble());
        int checked = 0;
        for (const QStringList &row : rows.mid(1)) {
            const auto cell = [&](const QString &column) { return row.at(header.indexOf(column)); };
            const Period p = *Period::parse(row.at(2));
            const double v = row.at(4).toDouble();
            bool whole = true;
            double ytd = 0;
            for (const Period &m : p.yearToDate()) {
                whole = whole && value.contains(m.toString());
                ytd += value.value(m.toString());
            }
            if (!whole || !value.contains(p.previous().toString()) || !value.contains(p.sameLastYear().toString()))
                continue;
            const double previous = value.value(p.previous().toString());
            const double lastYear = value.value(p.sameLastYear().toString());
            QVERIFY(qAbs(cell(u"year_to_date"_qs).toDouble() - ytd) <= 1e-9 * ytd);
            QCOMPARE(cell(u"previous"_qs).toDouble(), previous);
            QVERIFY(qAbs(cell(u"change_previous"_qs).toDouble() - (v - previous) / previous * 100) < 1e-9);
            QVERIFY(qAbs(cell(u"change_last_year"_qs).toDouble() - (v - lastYear) / lastYear * 100) < 1e-9);
            QCOMPARE(cell(u"change_in"_qs), u"%"_qs);
            if (!cell(u"target"_qs).isEmpty()) {
                QVERIFY(qAbs(cell(u"target_percent"_qs).toDouble() - ytd / cell(u"target"_qs).toDouble() * 100) < 1e-9);
                ++checked;
            }
        }
        QVERIFY2(checked >= 6, qPrintable(QString::number(checked)));
        // --from cuts what is printed, not what the figures look back on.
        const Run one = cli({QStringLiteral("--cache"), cache, QStringLiteral("query"), QStringLiteral("--indicator"),
                             QStringLiteral("retail.sales"), QStringLiteral("--unit"), QStringLiteral("VN"), QStringLiteral("--derived"),
                             QStringLiteral("previous"), QStringLiteral("--from"), rows.last().at(2), QStringLiteral("--to"), rows.last().at(2)});
        QCOMPARE(one.code, 0);
        const auto only = csv(one.out);
        QCOMPARE(only.size(), 2);
        QCOMPARE(only.at(1).at(only.at(0).indexOf(u"previous"_qs)), rows.last().at(header.indexOf(u"previous"_qs)));
        QCOMPARE(cli({QStringLiteral("query"), QStringLiteral("--indicator"), QStringLiteral("x"), QStringLiteral("--unit"),
                      QStringLiteral("VN"), QStringLiteral("--derived"), QStringLiteral("nonsense")}).code, 2);
    }

    void notAdditiveRefusesReaggregation()
    {
        auto cache = Cache::open(m_sample, m_registry, Cache::OpenMode::ReadOnly);
        QVERIFY(cache.ok());
        std::optional<Indicator> ind;
        for (const Indicator &i : (*cache)->catalogue().all()) {
            if (i.aggregation == AggregationRule::NotAdditive && (*cache)->observations().unitsWithData(i.code)->contains(u"VN-HN"_qs))
                ind = i;
        }
        QVERIFY2(ind.has_value(), "the sample needs a non-additive provincial indicator");
        const Run r = cli({QStringLiteral("--cache"), freshCopy(u"notadd.sqlite"_qs), QStringLiteral("query"),
                           QStringLiteral("--indicator"), ind->code, QStringLiteral("--unit"), QStringLiteral("VN25-48")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"not additive"), qPrintable(r.err));
    }

    void exportRoundTrips()
    {
        const auto ind = pick(AggregationRule::Sum, Period::Kind::Month);
        QVERIFY(ind.has_value());
        const QString source = freshCopy(u"export.sqlite"_qs);
        const QString file = m_dir.filePath(u"export.csv"_qs);
        const Run e = cli({QStringLiteral("--cache"), source, QStringLiteral("export"), QStringLiteral("--indicator"), ind->code,
                           QStringLiteral("--out"), file});
        QCOMPARE(e.code, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qsizetype rows = csv(QString::fromUtf8(f.readAll())).size() - 1;
        QVERIFY(rows > 64 * 100);
        // Importing the export into the cache it came from finds every figure already there.
        const Run i = cli({QStringLiteral("--cache"), source, QStringLiteral("import"), file});
        QCOMPARE(i.code, 0);
        QVERIFY2(i.out.contains(QStringLiteral("0 written, %1 unchanged").arg(rows)), qPrintable(i.out));
    }

    // A source named like a formula reaches the quarantine's CSV as text, not as a formula.
    void quarantineCellsAreNotFormulas()
    {
        const QString cache = freshCopy(u"injection.sqlite"_qs);
        const QString source = u"=HYPERLINK(\"http://evil.example\",\"click\")"_qs;
        const QString file = writeFile(u"injection.csv"_qs, u"indicator,unit,period,value\n@cmd,VN-HN,2027-01,-1\n"_qs);
        const Run r = cli({QStringLiteral("--cache"), cache, QStringLiteral("import"), file, QStringLiteral("--source"), source});
        QCOMPARE(r.code, 1);
        const Run q = cli({QStringLiteral("--cache"), cache, QStringLiteral("quarantine")});
        QCOMPARE(q.code, 0);
        QVERIFY2(q.out.contains(u"\"'=HYPERLINK("), qPrintable(q.out));
        const auto rows = csv(q.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(1), u"'"_qs + source);
        QCOMPARE(rows.at(1).at(2), u"2"_qs); // a number stays a number
        QVERIFY2(rows.at(1).at(4).startsWith(u"'@cmd,"), qPrintable(rows.at(1).at(4)));
    }

    // A negative figure is exported as a number, and the export reads back as it was.
    void exportKeepsNumbersAndRoundTrips()
    {
        const QString source = freshCopy(u"balance.sqlite"_qs);
        const QString file = m_dir.filePath(u"balance.csv"_qs);
        const Run e = cli({QStringLiteral("--cache"), source, QStringLiteral("export"), QStringLiteral("--indicator"),
                           QStringLiteral("trade.balance"), QStringLiteral("--out"), file});
        QCOMPARE(e.code, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(u",-"), "the trade balance has negative months");
        QVERIFY(!text.contains(u"'"));
        const qsizetype rows = csv(text).size() - 1;
        const Run i = cli({QStringLiteral("--cache"), source, QStringLiteral("import"), file});
        QCOMPARE(i.code, 0);
        QVERIFY2(i.out.contains(QStringLiteral("0 written, %1 unchanged").arg(rows)), qPrintable(i.out));

        // Text cells a spreadsheet would run come back from the reader as they were written.
        QString written;
        QTextStream out(&written);
        CsvWriter writer(out);
        writer.row(CsvObservationReader::header());
        writer.row({u"=ind"_qs, u"+unit"_qs, u"2025-01"_qs, u"@dim=-v"_qs, CsvWriter::number(-12.5), u"in-period"_qs, u"final"_qs,
                    u"1"_qs, u"-tỷ"_qs});
        out.flush();
        QVERIFY2(written.contains(u"\"'=ind\",\"'+unit\",2025-01,\"'@dim=-v\",-12.5,"), qPrintable(written));
        QList<Observation> back;
        const auto read = CsvObservationReader(u"x"_qs, QDateTime()).readText(
            QStringView(written), [&](const Observation &o, qint64, QStringView) { back.append(o); },
            [](qint64, QStringView, const QString &reason) { QFAIL(qPrintable(reason)); });
        QVERIFY(read.ok());
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().indicator, u"=ind"_qs);
        QCOMPARE(back.first().unit, u"+unit"_qs);
        QCOMPARE(back.first().disaggregation, u"@dim=-v"_qs);
        QCOMPARE(back.first().value, -12.5);
        QCOMPARE(back.first().measure, u"-tỷ"_qs);
    }

    // A sound cache in a folder that cannot be written is read; an import says why it cannot write.
    void aCacheInAReadOnlyFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"cache.sqlite"_qs);
        QVERIFY(QFile::copy(m_sample, path));
        const QString file = dir.filePath(u"rows.csv"_qs);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("indicator,unit,period,value\nretail.sales,VN-HN,2027-01,1\n");
        }
        QVERIFY(test::setReadOnly(path) && test::setReadOnly(file) && test::setReadOnly(dir.path()));
        {
            const test::Unprivileged unprivileged;
            if (!unprivileged.available())
                QSKIP(qPrintable(unprivileged.reason()));
            const Run info = cli({QStringLiteral("--cache"), path, QStringLiteral("info")});
            QCOMPARE(info.code, 0);
            QVERIFY2(info.out.contains(u"synthetic: yes"), qPrintable(info.err));
            QCOMPARE(cli({QStringLiteral("--cache"), path, QStringLiteral("check")}).code, 0);
            const Run import = cli({QStringLiteral("--cache"), path, QStringLiteral("import"), file});
            QCOMPARE(import.code, 2);
            QVERIFY2(import.err.contains(u"cannot be written") && !import.err.contains(u"corrupt"), qPrintable(import.err));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), (QStringList{u"cache.sqlite"_qs, u"rows.csv"_qs}));
        QVERIFY(test::setReadOnly(dir.path(), false));
    }

    // A mistyped --cache is an error, never a new empty cache in which every row is unknown.
    void anExplicitCacheMustExist()
    {
        const QString missing = m_dir.filePath(u"mistyped/cahce.sqlite"_qs);
        const QString file = writeFile(u"one.csv"_qs, u"indicator,unit,period,value\nretail.sales,VN-HN,2027-01,1\n"_qs);
        for (const QStringList &command : {QStringList{u"info"_qs}, QStringList{u"check"_qs}, QStringList{u"import"_qs, file},
                                           QStringList{u"upgrade"_qs}}) {
            const Run r = cli(QStringList{u"--cache"_qs, missing} + command);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(u"There is no cache at") && r.err.contains(u"dieuhanh-sync init --cache " + missing), qPrintable(r.err));
            QVERIFY(!QFile::exists(missing));
            QVERIFY(!QFile::exists(missing + u"-wal"));
        }
    }

    // An empty file (made by touch, or a failed copy) is not a cache: nothing writes a schema into it.
    void anEmptyFileIsNotACache()
    {
        const QString empty = writeFile(u"empty.sqlite"_qs, QString());
        const QString file = writeFile(u"one.csv"_qs, u"indicator,unit,period,value\nretail.sales,VN-HN,2027-01,1\n"_qs);
        for (const QStringList &command : {QStringList{u"info"_qs}, QStringList{u"check"_qs}, QStringList{u"catalog"_qs},
                                           QStringList{u"import"_qs, file}}) {
            const Run r = cli(QStringList{u"--cache"_qs, empty} + command);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(u"is empty") && r.err.contains(u"init --cache"), qPrintable(r.err));
            QCOMPARE(QFileInfo(empty).size(), 0);
            QVERIFY(!QFile::exists(empty + u"-wal"));
        }
    }

    void initCreatesACacheOnce()
    {
        const QString path = m_dir.filePath(u"made/by/init.sqlite"_qs);
        const Run r = cli({QStringLiteral("init"), QStringLiteral("--cache"), path});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(path), qPrintable(r.out));
        QVERIFY(cli({QStringLiteral("--cache"), path, QStringLiteral("info")}).out.contains(u"synthetic: yes"));
        const Run again = cli({QStringLiteral("init"), QStringLiteral("--cache"), path});
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains(u"already"), qPrintable(again.err));
        // An empty file is no cache to keep.
        const QString empty = writeFile(u"empty-init.sqlite"_qs, QString());
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--cache"), empty}).code, 0);
        QVERIFY(QFileInfo(empty).size() > 0);
    }

    // A cache of an earlier schema is upgraded only when asked; commands that read never write.
    void readingNeverUpgrades()
    {
        const QString path = freshCopy(u"old.sqlite"_qs);
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, test::undoSchema7, nullptr, nullptr, nullptr), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, test::undoSchema6, nullptr, nullptr, nullptr), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "ALTER TABLE indicator DROP COLUMN dimension_values; ALTER TABLE indicator DROP COLUMN valid_min;"
                                         " ALTER TABLE indicator DROP COLUMN valid_max; PRAGMA user_version = 2;", nullptr, nullptr, nullptr),
                     SQLITE_OK);
            QCOMPARE(sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        file.close();
        const Run info = cli({QStringLiteral("--cache"), path, QStringLiteral("info")});
        QCOMPARE(info.code, 2);
        QVERIFY2(info.err.contains(u"dieuhanh-sync upgrade --cache " + path), qPrintable(info.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);
        file.close();
        const Run upgrade = cli({QStringLiteral("--cache"), path, QStringLiteral("upgrade")});
        QCOMPARE(upgrade.code, 0);
        QVERIFY2(upgrade.out.contains(u"schema 2") && upgrade.out.contains(u"schema 7"), qPrintable(upgrade.out));
        QVERIFY(cli({QStringLiteral("--cache"), path, QStringLiteral("info")}).out.contains(u"schema version: 7"));
        QVERIFY(cli({QStringLiteral("--cache"), path, QStringLiteral("upgrade")}).out.contains(u"already"));
    }

    void corruptCacheIsRefusedUntouched()
    {
        const QString path = writeFile(u"corrupt.sqlite"_qs, QStringLiteral("this is not a database at all\n").repeated(100));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray hash = QCryptographicHash::hash(before.readAll(), QCryptographicHash::Sha256);
        before.close();
        const Run r = cli({QStringLiteral("--cache"), path, QStringLiteral("info")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"not a Điều hành cache"));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(after.readAll(), QCryptographicHash::Sha256), hash);
        QVERIFY(!QFile::exists(path + u"-wal"));
    }

    void checkReadsEveryPageAndInfoWritesNothing()
    {
        const QString path = freshCopy(u"check.sqlite"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        file.close();
        const Run ok = cli({QStringLiteral("--cache"), path, QStringLiteral("check")});
        QCOMPARE(ok.code, 0);
        QVERIFY2(ok.out.contains(u": ok, "), qPrintable(ok.out));
        QCOMPARE(cli({QStringLiteral("--cache"), path, QStringLiteral("info")}).code, 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before); // read-only commands
        file.close();

        // Wreck pages near the end: the file still opens, the check finds it.
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 65536);
        file.write(QByteArray(32768, '\x5a'));
        file.close();
        const Run damaged = cli({QStringLiteral("--cache"), path, QStringLiteral("check")});
        QCOMPARE(damaged.code, 2);
        QVERIFY2(damaged.err.contains(u"damaged"), qPrintable(damaged.err));
    }

    void queryRefusesPeriodsThatMatchNothing()
    {
        const QString cache = freshCopy(u"periods.sqlite"_qs);
        const QStringList base{QStringLiteral("--cache"), cache, QStringLiteral("query"), QStringLiteral("--indicator"),
                               QStringLiteral("budget.revenue"), QStringLiteral("--unit"), QStringLiteral("VN")};
        const Run quarter = cli(base + QStringList{QStringLiteral("--from"), QStringLiteral("2024-Q1")});
        QCOMPARE(quarter.code, 1);
        QVERIFY2(quarter.err.contains(u"held by month"), qPrintable(quarter.err));
        const Run backwards = cli(base + QStringList{QStringLiteral("--from"), QStringLiteral("2024-06"), QStringLiteral("--to"),
                                                     QStringLiteral("2024-01")});
        QCOMPARE(backwards.code, 1);
        QVERIFY(backwards.err.contains(u"is after"));
        // An indicator stored as year to date is read as it is stored by default.
        const Run cumulative = cli({QStringLiteral("--cache"), cache, QStringLiteral("query"), QStringLiteral("--indicator"),
                                    QStringLiteral("fdi.registered"), QStringLiteral("--unit"), QStringLiteral("VN"),
                                    QStringLiteral("--from"), QStringLiteral("2024-01"), QStringLiteral("--to"), QStringLiteral("2024-12")});
        QCOMPARE(cumulative.code, 0);
        QCOMPARE(csv(cumulative.out).size(), 13);
        QCOMPARE(csv(cumulative.out).at(1).at(5), u"cumulative"_qs);
        const Run unknown = cli({QStringLiteral("--cache"), cache, QStringLiteral("export"), QStringLiteral("--indicator"), QStringLiteral("NOPE")});
        QCOMPARE(unknown.code, 1);
    }

    void unknownInputsFailClearly()
    {
        const QString cache = freshCopy(u"unknown.sqlite"_qs);
        const Run r = cli({QStringLiteral("--cache"), cache, QStringLiteral("query"), QStringLiteral("--indicator"),
                           QStringLiteral("NOPE"), QStringLiteral("--unit"), QStringLiteral("VN")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"Unknown indicator NOPE"));
        const Run missing = cli({QStringLiteral("--cache"), cache, QStringLiteral("import"), m_dir.filePath(u"absent.csv"_qs)});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(u"Cannot open"));
        const QString noHeader = writeFile(u"noheader.csv"_qs, QStringLiteral("a,b,c\n1,2,3\n"));
        const Run header = cli({QStringLiteral("--cache"), cache, QStringLiteral("import"), noHeader});
        QCOMPARE(header.code, 2);
        QVERIFY(header.err.contains(u"Unknown column"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
