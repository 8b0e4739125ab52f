#include "cli/commandline.h"
#include "clirun.h"
#include "core/csvparser.h"
#include "core/unitregistry.h"
#include "fakeclock.h"
#include "store/cache.h"
#include "taskgenerator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;

// dieuhanh-sync tasks, import-tasks and export-tasks, driven in-process on caches of generated tasks.
class TestTaskCli : public QObject
{
    Q_OBJECT

private:
    using Run = test::CliRun;

    Run cli(QStringList arguments) { return test::runCli(std::move(arguments), m_clock); }

    // A new cache holding the tasks.
    QString cacheWith(const QString &name, const QList<Task> &tasks)
    {
        const QString path = m_dir.filePath(name);
        auto cache = Cache::open(path, m_registry);
        if (!cache || !(*cache)->tasks().upsert(tasks).ok())
            return {};
        return path;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return path;
    }

    QList<Task> storedTasks(const QString &path)
    {
        auto cache = Cache::open(path, m_registry, Cache::OpenMode::ReadOnly);
        return cache ? (*cache)->tasks().list({}).valueOr({}) : QList<Task>();
    }

    // The counts' columns of a row, as numbers.
    static QList<qint64> numbers(const QStringList &row)
    {
        QList<qint64> n;
        for (qsizetype i = 2; i < 8; ++i)
            n.append(row.at(i).toLongLong());
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto registry = UnitRegistry::fromResources();
        QVERIFY(registry.ok());
        m_registry = *registry;
        m_tasks = test::generateTasks(2000, 99, m_registry);
        m_cache = cacheWith(u"tasks.sqlite"_qs, m_tasks);
        QVERIFY(!m_cache.isEmpty());
    }

    void commandLine()
    {
        QVERIFY(!parseCommandLine({u"dieuhanh-sync"_qs, u"tasks"_qs}).ok());
        QVERIFY(!parseCommandLine({u"dieuhanh-sync"_qs, u"tasks"_qs, u"--at"_qs, u"2026-06-30"_qs, u"--by"_qs, u"commune"_qs}).ok());
        QVERIFY(!parseCommandLine({u"dieuhanh-sync"_qs, u"units"_qs, u"--level"_qs, u"province"_qs, u"--by"_qs, u"field"_qs}).ok());
        QVERIFY(!parseCommandLine({u"dieuhanh-sync"_qs, u"import-tasks"_qs}).ok());
        const auto o = parseCommandLine({u"dieuhanh-sync"_qs, u"tasks"_qs, u"--at"_qs, u"2026-06-30"_qs, u"--by"_qs,
                                         u"province"_qs, u"--units"_qs, u"historical"_qs});
        QVERIFY(o.ok());
        QCOMPARE(o->command, CliOptions::Command::Tasks);
        QCOMPARE(o->by, u"province"_qs);
        QVERIFY(o->historicalUnits);
        const auto e = parseCommandLine({u"dieuhanh-sync"_qs, u"export-tasks"_qs, u"--at"_qs, u"2026-06-30"_qs, u"out.csv"_qs});
        QCOMPARE(e->file, u"out.csv"_qs);
    }

    // The total row is the sum of the rows, and equals taskStateAt over every task.
    void totalsEqualTheSumOfRows_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("level");
        QTest::newRow("every assignee") << QStringList() << QString();
        QTest::newRow("provinces") << QStringList{u"--by"_qs, u"province"_qs} << u"province"_qs;
        QTest::newRow("ministries, historical") << QStringList{u"--by"_qs, u"ministry"_qs, u"--units"_qs, u"historical"_qs} << u"ministry"_qs;
        QTest::newRow("fields") << QStringList{u"--by"_qs, u"field"_qs} << QString();
    }

    void totalsEqualTheSumOfRows()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, level);
        const QDate at(2026, 6, 30);
        const Run r = cli(QStringList{u"--cache"_qs, m_cache, u"tasks"_qs, u"--at"_qs, at.toString(Qt::ISODate)} + options);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QList<QStringList> rows = readCsvTable(r.out);
        QVERIFY(rows.size() > 3);
        QCOMPARE(rows.constFirst().size(), 9);
        QCOMPARE(rows.constFirst().at(2), u"completed_on_time"_qs);
        QCOMPARE(rows.constLast().at(0), u"total"_qs);
        QList<qint64> sum(6, 0);
        for (qsizetype i = 1; i + 1 < rows.size(); ++i) {
            const QList<qint64> n = numbers(rows.at(i));
            for (qsizetype c = 0; c < 6; ++c)
                sum[c] += n.at(c);
            QCOMPARE(n.at(0) + n.at(1) + n.at(2) + n.at(3) + n.at(4), n.at(5));
        }
        QCOMPARE(numbers(rows.constLast()), sum);

        QList<qint64> expected(6, 0);
        for (const Task &task : std::as_const(m_tasks)) {
            const AdminUnit *unit = m_registry.find(task.assignee);
            if (!level.isEmpty() && levelName(unit->level) != level)
                continue;
            const TaskState state = taskStateAt(task, at);
            if (state == TaskState::NotAssigned)
                continue;
            ++expected[qsizetype(state)];
            ++expected[5];
        }
        QCOMPARE(sum, expected);
        const QStringList total = rows.constLast();
        const qint64 withDeadline = sum.at(0) + sum.at(1) + sum.at(2) + sum.at(3);
        QCOMPARE(total.at(8), QString::number(100.0 * double(sum.at(3)) / double(withDeadline), 'f', 2));
    }

    void unitsOfTheirTime()
    {
        const Run now = cli({u"--cache"_qs, m_cache, u"tasks"_qs, u"--at"_qs, u"2026-06-30"_qs, u"--by"_qs, u"province"_qs});
        const Run then = cli({u"--cache"_qs, m_cache, u"tasks"_qs, u"--at"_qs, u"2026-06-30"_qs, u"--by"_qs, u"province"_qs,
                              u"--units"_qs, u"historical"_qs});
        QCOMPARE(now.code, 0);
        QCOMPARE(then.code, 0);
        // 34 provinces and the total; the historical view also lists the 63 of the tasks' time.
        QCOMPARE(readCsvTable(now.out).size(), 1 + 34 + 1);
        QVERIFY(readCsvTable(then.out).size() > 1 + 63);
        QVERIFY(now.out.contains(u"VN25-01,Hà Nội,"));
        QVERIFY(then.out.contains(u"VN-HN,Hà Nội,"));
        QCOMPARE(readCsvTable(now.out).constLast(), readCsvTable(then.out).constLast());
    }

    // What export-tasks writes, import-tasks reads back the same: UTF-8 with a byte order mark,
    // a cell that would be a formula neutralised and restored.
    void exportThenImport()
    {
        QList<Task> tasks = m_tasks;
        // Among them, moved deadlines, a move to no deadline, reopenings.
        QVERIFY(std::any_of(tasks.cbegin(), tasks.cend(), [](const Task &t) {
            return std::any_of(t.history.cbegin(), t.history.cend(), [](const TaskStatusChange &c) {
                return c.kind == TaskStatusChange::Kind::DeadlineChanged && !c.newDeadline.isValid();
            });
        }));
        tasks[0].summary = u"=HYPERLINK(\"http://example.com\")"_qs;
        tasks[1].summary = u"Dòng một, \"trích dẫn\"\nDòng hai"_qs;
        const QString from = cacheWith(u"from.sqlite"_qs, tasks);
        const QString file = m_dir.filePath(u"tasks.csv"_qs);
        const Run exported = cli({u"--cache"_qs, from, u"export-tasks"_qs, u"--at"_qs, u"2025-01-01"_qs, file});
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!bytes.contains(",=HYPERLINK"));
        QVERIFY(bytes.contains("\"'=HYPERLINK"));
        QVERIFY(bytes.contains(",state,"));

        const QString to = cacheWith(u"to.sqlite"_qs, {});
        const Run imported = cli({u"--cache"_qs, to, u"import-tasks"_qs, file});
        QVERIFY2(imported.code == 0, qPrintable(imported.err + imported.out));
        QVERIFY(imported.out.contains(u"%1 written"_qs.arg(tasks.size())));
        QCOMPARE(storedTasks(to), storedTasks(from));
    }

    void badRowsAreQuarantined()
    {
        const QString header = u"id,document_number,document_date,document_type,signer,summary,field,assignee,responsible_unit,"
                               "cooperators,deadline,initial_deadline,synthetic,history\n"_qs;
        const QString good = u"A1,12/TB-VPCP,2024-01-10,conclusion-notice,Thủ tướng,Báo cáo,economy,BTC,Vụ Tổng hợp,BCT,"
                             "2024-03-31,2024-03-31,0,\"[{\"\"at\"\":\"\"2024-01-10T02:00:00Z\"\",\"\"kind\"\":\"\"assigned\"\"}]\"\n"_qs;
        const QString badDate = u"A2,13/TB-VPCP,2024-13-10,decision,,Báo cáo,economy,BTC,,,2024-03-31,,0,\n"_qs;
        const QString badUnit = u"A3,14/TB-VPCP,2024-01-10,decision,,Báo cáo,economy,NOWHERE,,,2024-03-31,,0,\n"_qs;
        const QString badHistory = u"A4,15/TB-VPCP,2024-01-10,decision,,Báo cáo,economy,BTC,,,2024-03-31,,0,\"[{\"\"at\"\":\"\"2024-01-10T09:00:00\"\",\"\"kind\"\":\"\"assigned\"\"}]\"\n"_qs;
        const QString file = writeFile(u"bad.csv"_qs, (header + good + badDate + badUnit + badHistory).toUtf8());

        const QString all = cacheWith(u"all.sqlite"_qs, {});
        const Run refused = cli({u"--cache"_qs, all, u"import-tasks"_qs, file});
        QCOMPARE(refused.code, 1);
        QVERIFY(storedTasks(all).isEmpty());
        QVERIFY2(refused.err.contains(u"bad.csv:3: "), qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"bad.csv:4: unknown unit NOWHERE"));
        QVERIFY(refused.err.contains(u"bad.csv:5: change 1 has no time with a zone"));

        const QString rows = cacheWith(u"rows.sqlite"_qs, {});
        const Run partial = cli({u"--cache"_qs, rows, u"import-tasks"_qs, u"--mode"_qs, u"rows"_qs, file});
        QCOMPARE(partial.code, 1);
        const QList<Task> stored = storedTasks(rows);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().id, u"A1"_qs);
        QCOMPARE(stored.constFirst().cooperators, QStringList{u"BCT"_qs});
        QCOMPARE(stored.constFirst().history.size(), 1);
        const Run quarantine = cli({u"--cache"_qs, rows, u"quarantine"_qs});
        const QList<QStringList> q = readCsvTable(quarantine.out);
        QCOMPARE(q.size(), 1 + 3);
        QCOMPARE(q.at(1).at(1), u"file:bad.csv"_qs);
        QCOMPARE(q.at(1).at(2), u"3"_qs);
    }

private:
    QTemporaryDir m_dir;
    UnitRegistry m_registry;
    test::FakeClock m_clock;
    QList<Task> m_tasks;
    QString m_cache;
};

QTEST_GUILESS_MAIN(TestTaskCli)
#include "tst_taskcli.moc"
