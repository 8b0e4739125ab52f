#include "store/cache.h"
#include "store/observationwriter.h"
#include "schemahistory.h"
#include "taskgenerator.h"
#include "tempcache.h"

#include "core/taskassigneeresolver.h"

#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace dh;
using test::TempCache;

namespace {

using Kind = TaskStatusChange::Kind;

QDateTime hanoi(int y, int m, int d, int hh = 9)
{
    return QDateTime(QDate(y, m, d), QTime(hh, 0), QTimeZone(7 * 3600)).toUTC();
}

Task task(const QString &id, const QString &assignee, QDate issued, QDate deadline)
{
    Task t;
    t.id = id;
    t.document = {u"%1/TB-VPCP"_qs.arg(id.mid(1)), issued, TaskDocument::Type::ConclusionNotice, u"Phó Thủ tướng"_qs};
    t.summary = u"Báo cáo tình hình"_qs;
    t.field = u"economy"_qs;
    t.assignee = assignee;
    t.responsibleUnit = u"Vụ Tổng hợp"_qs;
    t.deadline = deadline;
    t.initialDeadline = deadline;
    t.history = {{.at = hanoi(issued.year(), issued.month(), issued.day()), .kind = Kind::Assigned, .reportedBy = u"VPCP"_qs}};
    return t;
}

// Runs a query with one answer on the file through a connection of the test's own.
qint64 sqlCount(const QString &path, const char *statement)
{
    sqlite3 *db = nullptr;
    qint64 answer = -1;
    if (sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, statement, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
            answer = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return answer;
}

QString why(const Result<void> &r)
{
    return r.ok() ? QString() : r.error().message;
}

} // namespace

// The tasks in the cache: round trips, filters, the four-state counts computed in SQL (checked
// against taskStateAt), the 2025 hand-over, the feed, reminders, and the upgrade from schema 6.
class TestTaskRepository : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        TempCache t;
        QVERIFY(t.ok());
        Task a = task(u"T1"_qs, u"BTC"_qs, QDate(2024, 1, 10), QDate(2024, 3, 31));
        a.cooperators = {u"BCT"_qs, u"VN-HN"_qs};
        a.synthetic = true;
        a.history.append({.at = hanoi(2024, 3, 1), .kind = Kind::DeadlineChanged, .reportedBy = u"VPCP"_qs,
                          .newDeadline = QDate(2024, 6, 30), .document = u"7/TB-VPCP"_qs, .note = u"gia hạn"_qs});
        a.deadline = QDate(2024, 6, 30);
        Task standing = task(u"T2"_qs, u"VN-HP"_qs, QDate(2023, 5, 1), QDate());
        QVERIFY2(t.cache().tasks().upsert({a, standing}).ok(), "upsert");
        QCOMPARE(t.cache().tasks().find(u"T1"_qs)->value(), a);
        QCOMPARE(t.cache().tasks().find(u"T2"_qs)->value(), standing);
        QVERIFY(!t.cache().tasks().find(u"T3"_qs)->has_value());
        QVERIFY(t.reopen());
        QCOMPARE(t.cache().tasks().find(u"T1"_qs)->value(), a);
        QCOMPARE(t.cache().tasks().rawCount().valueOr(-1), 2);
    }

    void refusesWhatCannotBeStored()
    {
        TempCache t;
        QVERIFY(t.ok());
        Task ok = task(u"T1"_qs, u"BTC"_qs, QDate(2024, 1, 10), QDate(2024, 3, 31));
        Task undated = task(u"T2"_qs, u"BTC"_qs, QDate(), QDate(2024, 3, 31));
        const auto r = t.cache().tasks().upsert({ok, undated});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"T2"), qPrintable(r.error().message));
        QCOMPARE(t.cache().tasks().rawCount().valueOr(-1), 0);
    }

    void upsertReplacesAndTakesFeedPositions()
    {
        TempCache t;
        QVERIFY(t.ok());
        TaskRepository &tasks = t.cache().tasks();
        Task a = task(u"T1"_qs, u"BTC"_qs, QDate(2024, 1, 10), QDate(2024, 3, 31));
        Task b = task(u"T2"_qs, u"BYT"_qs, QDate(2024, 1, 11), QDate(2024, 4, 30));
        a.cooperators = {u"BCT"_qs};
        a.history.append({.at = hanoi(2024, 3, 1), .kind = Kind::Confirmed, .reportedBy = u"VPCP"_qs});
        QVERIFY(tasks.upsert({a, b}).ok());
        QCOMPARE(tasks.position().valueOr(-1), 2);
        // The same task again takes no position.
        QVERIFY(tasks.upsert({a}).ok());
        QCOMPARE(tasks.position().valueOr(-1), 2);
        // A changed task replaces the one held, history and cooperators included.
        a.history.removeLast();
        a.cooperators = {u"BXD"_qs, u"BYT"_qs};
        a.summary = u"Đã sửa"_qs;
        QVERIFY(tasks.upsert({a}).ok());
        QCOMPARE(tasks.position().valueOr(-1), 3);
        QCOMPARE(tasks.find(u"T1"_qs)->value(), a);
        QCOMPARE(taskStateAt(tasks.find(u"T1"_qs)->value(), QDate(2024, 4, 1)), TaskState::Overdue);
        QCOMPARE(tasks.rawCount().valueOr(-1), 2);

        const auto page = tasks.changes(0, 1);
        QVERIFY(page.ok());
        QCOMPARE(page->entries.size(), 1);
        QCOMPARE(page->entries.at(0).position, 2);
        QCOMPARE(page->entries.at(0).task, b);
        QVERIFY(page->hasMore);
        const auto rest = tasks.changes(page->nextSince);
        QCOMPARE(rest->entries.size(), 1);
        QCOMPARE(rest->entries.at(0).position, 3);
        QCOMPARE(rest->entries.at(0).task, a);
        QVERIFY(!rest->hasMore);
        QVERIFY(tasks.changes(3)->entries.isEmpty());
    }

    void removalsTakeFeedPositions()
    {
        TempCache t;
        QVERIFY(t.ok());
        TaskRepository &tasks = t.cache().tasks();
        const Task a = task(u"T1"_qs, u"BTC"_qs, QDate(2024, 1, 10), QDate(2024, 3, 31));
        const Task b = task(u"T2"_qs, u"BYT"_qs, QDate(2024, 1, 11), QDate(2024, 4, 30));
        const Task c = task(u"T3"_qs, u"BCT"_qs, QDate(2024, 1, 12), QDate(2024, 5, 31));
        QVERIFY(tasks.upsert({a, b, c}).ok());
        // One held, one not: only the held one is a deletion, at the next position.
        QCOMPARE(tasks.remove({u"T2"_qs, u"NEVER"_qs}).valueOr(-1), 1);
        QCOMPARE(tasks.position().valueOr(-1), 4);
        QVERIFY(tasks.upsert({task(u"T4"_qs, u"BYT"_qs, QDate(2024, 2, 1), QDate())}).ok());

        const auto all = tasks.changes(0);
        QVERIFY(all.ok());
        QCOMPARE(all->entries.size(), 4);
        QCOMPARE(all->entries.at(1).task.id, u"T3"_qs);
        QCOMPARE(all->entries.at(2).position, 4);
        QVERIFY(all->entries.at(2).deleted);
        QCOMPARE(all->entries.at(2).task.id, u"T2"_qs);
        QCOMPARE(all->entries.at(3).position, 5);
        QVERIFY(!all->entries.at(3).deleted);
        // Paged across the deletion.
        const auto page = tasks.changes(2, 2);
        QCOMPARE(page->entries.size(), 2);
        QVERIFY(page->entries.at(1).deleted);
        QCOMPARE(page->nextSince, 4);
        QVERIFY(page->hasMore);
        const auto after = tasks.changes(4, 1);
        QCOMPARE(after->entries.size(), 1);
        QCOMPARE(after->entries.at(0).task.id, u"T4"_qs);
        QVERIFY(!after->hasMore);

        // A task added again is a task in the feed, no longer a deletion; removing it again moves
        // its deletion to the new position.
        QVERIFY(tasks.upsert({b}).ok());
        auto again = tasks.changes(3);
        QCOMPARE(again->entries.size(), 2);
        QCOMPARE(again->entries.at(1).task, b);
        QVERIFY(!again->entries.at(1).deleted);
        QCOMPARE(tasks.remove({u"T2"_qs, u"T1"_qs}).valueOr(-1), 2);
        again = tasks.changes(5);
        QCOMPARE(again->entries.size(), 2);
        QCOMPARE(again->entries.at(0).position, 7);
        QCOMPARE(again->entries.at(0).task.id, u"T2"_qs);
        QCOMPARE(again->entries.at(1).position, 8);
        QCOMPARE(again->entries.at(1).task.id, u"T1"_qs);
        QVERIFY(again->entries.at(0).deleted && again->entries.at(1).deleted);
        QCOMPARE(tasks.position().valueOr(-1), 8);
        QCOMPARE(tasks.rawCount().valueOr(-1), 2);
    }

    void filters()
    {
        TempCache t;
        QVERIFY(t.ok());
        TaskRepository &tasks = t.cache().tasks();
        Task a = task(u"T1"_qs, u"BTC"_qs, QDate(2024, 1, 10), QDate(2024, 3, 31));
        a.summary = u"Phát triển nông thôn mới"_qs;
        Task b = task(u"T2"_qs, u"BYT"_qs, QDate(2024, 1, 11), QDate(2024, 2, 28));
        b.field = u"health"_qs;
        b.document.type = TaskDocument::Type::Directive;
        b.document.number = u"15/CT-TTg"_qs;
        b.history.append({.at = hanoi(2024, 2, 1), .kind = Kind::Confirmed, .reportedBy = u"VPCP"_qs});
        Task c = task(u"T3"_qs, u"VN-HN"_qs, QDate(2024, 2, 1), QDate());
        QVERIFY(tasks.upsert({a, b, c}).ok());
        const auto ids = [&](const TaskQuery &q) {
            QStringList out;
            for (const Task &task : tasks.list(q).valueOr({}))
                out.append(task.id);
            // count() must agree with list(); a difference shows in the comparison.
            if (const qint64 n = tasks.count(q).valueOr(-1); n != out.size())
                out.append(u"count=%1"_qs.arg(n));
            return out;
        };
        // Ordered by deadline, standing last.
        QCOMPARE(ids({}), (QStringList{u"T2"_qs, u"T1"_qs, u"T3"_qs}));
        QCOMPARE(ids({.search = u"nong thon"_qs}), QStringList{u"T1"_qs});
        QCOMPARE(ids({.search = u"NÔNG THÔN"_qs}), QStringList{u"T1"_qs});
        QCOMPARE(ids({.search = u"ct-ttg"_qs}), QStringList{u"T2"_qs});
        QCOMPARE(ids({.search = u"Bao cao tinh hinh"_qs}), (QStringList{u"T2"_qs, u"T3"_qs}));
        QCOMPARE(ids({.fields = {u"health"_qs}}), QStringList{u"T2"_qs});
        QCOMPARE(ids({.documentTypes = {TaskDocument::Type::Directive}}), QStringList{u"T2"_qs});
        QCOMPARE(ids({.levels = {AdminUnit::Level::Province}}), QStringList{u"T3"_qs});
        QCOMPARE(ids({.deadlineFrom = QDate(2024, 3, 1), .deadlineTo = QDate(2024, 3, 31)}), QStringList{u"T1"_qs});
        QCOMPARE(ids({.asOf = QDate(2024, 4, 1), .states = {TaskState::Overdue}}), QStringList{u"T1"_qs});
        QCOMPARE(ids({.asOf = QDate(2024, 4, 1), .states = {TaskState::CompletedOnTime, TaskState::Standing}}),
                 (QStringList{u"T2"_qs, u"T3"_qs}));
        QCOMPARE(ids({.asOf = QDate(2024, 1, 15), .states = {TaskState::NotAssigned}}), QStringList{u"T3"_qs});
        const auto page = tasks.list({.assignees = {u"BTC"_qs, u"BYT"_qs}, .limit = 1, .offset = 1});
        QCOMPARE(page->size(), 1);
        QCOMPARE(page->constFirst().id, u"T1"_qs);
        QVERIFY(!tasks.list({.states = {TaskState::Overdue}}).ok());
    }

    // A task of a unit merged in 2025 is the successor's from the merger date in the 2025 units, and
    // stays with its original assignee in the units of their time.
    void eraHandling()
    {
        TempCache t;
        QVERIFY(t.ok());
        TaskRepository &tasks = t.cache().tasks();
        QVERIFY(tasks.upsert({task(u"T1"_qs, u"BKHDT"_qs, QDate(2024, 6, 1), QDate(2025, 12, 31)),
                              task(u"T2"_qs, u"BTC"_qs, QDate(2024, 6, 1), QDate(2025, 12, 31)),
                              task(u"T3"_qs, u"VN-03"_qs, QDate(2024, 6, 1), QDate(2025, 12, 31))})
                    .ok());
        const auto ids = [&](const TaskQuery &q) {
            QStringList out;
            for (const Task &task : tasks.list(q).valueOr({}))
                out.append(task.id);
            return out;
        };
        QCOMPARE(ids({.assignees = {u"BTC"_qs}, .asOf = QDate(2025, 2, 28)}), QStringList{u"T2"_qs});
        QCOMPARE(ids({.assignees = {u"BTC"_qs}, .asOf = QDate(2025, 3, 1)}), (QStringList{u"T1"_qs, u"T2"_qs}));
        QCOMPARE(ids({.assignees = {u"BTC"_qs}}), (QStringList{u"T1"_qs, u"T2"_qs}));
        QCOMPARE(ids({.assignees = {u"BKHDT"_qs}, .asOf = QDate(2025, 2, 28)}), QStringList{u"T1"_qs});
        QCOMPARE(ids({.assignees = {u"BKHDT"_qs}, .asOf = QDate(2025, 3, 1)}), QStringList());
        QCOMPARE(ids({.assignees = {u"BKHDT"_qs}, .era = TaskUnitEra::Historical, .asOf = QDate(2025, 3, 1)}), QStringList{u"T1"_qs});
        QCOMPARE(ids({.assignees = {u"VN25-08"_qs}, .asOf = QDate(2025, 7, 1)}), QStringList{u"T3"_qs});
        QCOMPARE(ids({.assignees = {u"VN25-08"_qs}, .asOf = QDate(2025, 6, 30)}), QStringList());

        const auto groups = [&](QDate d, TaskUnitEra era) {
            QStringList out;
            for (const TaskStateCount &c : tasks.counts(d, TaskGrouping::Assignee, era).valueOr({}))
                out.append(c.group + u'=' + QString::number(c.total()));
            return out;
        };
        QCOMPARE(groups(QDate(2025, 2, 28), TaskUnitEra::Units2025), (QStringList{u"BKHDT=1"_qs, u"BTC=1"_qs, u"VN-03=1"_qs}));
        QCOMPARE(groups(QDate(2025, 7, 1), TaskUnitEra::Units2025), (QStringList{u"BTC=2"_qs, u"VN25-08=1"_qs}));
        QCOMPARE(groups(QDate(2025, 7, 1), TaskUnitEra::Historical), (QStringList{u"BKHDT=1"_qs, u"BTC=1"_qs, u"VN-03=1"_qs}));
        // The history keeps the original assignee.
        QCOMPARE(tasks.find(u"T1"_qs)->value().assignee, u"BKHDT"_qs);
    }

    // The counts computed in SQL equal taskStateAt over the same tasks, for many dates and every
    // grouping, and the groups add up to the total.
    void countsEqualTaskStateAt()
    {
        TempCache t;
        QVERIFY(t.ok());
        const QList<Task> generated = test::generateTasks(3000, 20260614, t.registry());
        QVERIFY(t.cache().tasks().upsert(generated).ok());
        // Both ways of keeping a state are exercised: the columns' rule and the runs of days.
        const qint64 withSpans = sqlCount(t.path(), "SELECT count(*) FROM task WHERE spans = 1");
        QVERIFY2(withSpans > 50 && withSpans < 1000, qPrintable(QString::number(withSpans)));
        const TaskAssigneeResolver resolver(t.registry());
        for (QDate d(2022, 12, 31); d <= QDate(2027, 1, 31); d = d.addDays(23)) {
            QMap<QString, TaskStateCount> expected;
            TaskStateCount expectedTotal;
            for (const Task &task : generated) {
                const TaskState state = taskStateAt(task, d);
                if (state == TaskState::NotAssigned)
                    continue;
                for (TaskStateCount *c : {&expected[resolver.unitAt(task, d)], &expectedTotal}) {
                    switch (state) {
                    case TaskState::CompletedOnTime: ++c->completedOnTime; break;
                    case TaskState::CompletedLate: ++c->completedLate; break;
                    case TaskState::InProgress: ++c->inProgress; break;
                    case TaskState::Overdue: ++c->overdue; break;
                    case TaskState::Standing: ++c->standing; break;
                    case TaskState::NotAssigned: break;
                    }
                }
            }
            const auto counts = t.cache().tasks().counts(d, TaskGrouping::Assignee, TaskUnitEra::Units2025);
            QVERIFY(counts.ok());
            QCOMPARE(counts->size(), expected.size());
            TaskStateCount sum;
            for (const TaskStateCount &c : *counts) {
                TaskStateCount e = expected.value(c.group);
                e.group = c.group;
                QVERIFY2(c == e, qPrintable(d.toString(Qt::ISODate) + u' ' + c.group));
                for (int s = 0; s <= int(TaskState::Standing); ++s)
                    QCOMPARE(c.count(TaskState(s)), e.count(TaskState(s)));
                sum.completedOnTime += c.completedOnTime;
                sum.completedLate += c.completedLate;
                sum.inProgress += c.inProgress;
                sum.overdue += c.overdue;
                sum.standing += c.standing;
            }
            QCOMPARE(sum, expectedTotal);
            const auto total = t.cache().tasks().counts(d, TaskGrouping::None, TaskUnitEra::Units2025);
            expectedTotal.group = QString();
            QCOMPARE(total->size(), expectedTotal.total() ? 1 : 0);
            if (expectedTotal.total())
                QCOMPARE(total->constFirst(), expectedTotal);
            for (TaskGrouping by : {TaskGrouping::AssigneeLevel, TaskGrouping::Field}) {
                qint64 grouped = 0;
                for (const TaskStateCount &c : t.cache().tasks().counts(d, by, TaskUnitEra::Historical).valueOr({}))
                    grouped += c.total();
                QCOMPARE(grouped, expectedTotal.total());
            }
            // A state filter selects the tasks the counts count.
            if (expectedTotal.overdue)
                QCOMPARE(t.cache().tasks().count({.asOf = d, .states = {TaskState::Overdue}}).valueOr(-1), expectedTotal.overdue);
        }
    }

    void monthlyTrend()
    {
        TempCache t;
        QVERIFY(t.ok());
        const QList<Task> generated = test::generateTasks(800, 7, t.registry());
        QVERIFY(t.cache().tasks().upsert(generated).ok());
        const auto months = t.cache().tasks().monthly(QDate(2023, 1, 15), QDate(2026, 12, 1));
        QVERIFY(months.ok());
        QCOMPARE(months->size(), 48);
        QCOMPARE(months->constFirst().month, QDate(2023, 1, 1));
        for (const TaskMonth &m : *months) {
            const QDate end = m.month.addMonths(1).addDays(-1);
            TaskMonth e{m.month};
            for (const Task &task : generated) {
                if (taskAssignedDate(task) >= m.month && taskAssignedDate(task) <= end)
                    ++e.assigned;
                for (const TaskStatusChange &c : task.history) {
                    if (c.kind == Kind::Confirmed && hanoiDate(c.at) >= m.month && hanoiDate(c.at) <= end)
                        ++e.completed;
                }
                for (QDate d = m.month; d <= end; d = d.addDays(1)) {
                    if (taskStateAt(task, d) == TaskState::Overdue && taskStateAt(task, d.addDays(-1)) != TaskState::Overdue)
                        ++e.becameOverdue;
                }
            }
            QCOMPARE(m.assigned, e.assigned);
            QCOMPARE(m.completed, e.completed);
            QVERIFY2(m.becameOverdue == e.becameOverdue,
                     qPrintable(u"%1: %2 != %3"_qs.arg(m.month.toString(Qt::ISODate)).arg(m.becameOverdue).arg(e.becameOverdue)));
        }
    }

    void remindersFireOnce()
    {
        TempCache t;
        QVERIFY(t.ok());
        TaskRepository &tasks = t.cache().tasks();
        QCOMPARE(tasks.reminderFired(u"T1"_qs, u"before-3"_qs, QDate(2024, 3, 28)).valueOr(true), false);
        QCOMPARE(tasks.markReminderFired(u"T1"_qs, u"before-3"_qs, QDate(2024, 3, 28)).valueOr(false), true);
        QCOMPARE(tasks.markReminderFired(u"T1"_qs, u"before-3"_qs, QDate(2024, 3, 28)).valueOr(true), false);
        QCOMPARE(tasks.markReminderFired(u"T1"_qs, u"before-1"_qs, QDate(2024, 3, 28)).valueOr(false), true);
        QVERIFY(t.reopen());
        QCOMPARE(t.cache().tasks().reminderFired(u"T1"_qs, u"before-3"_qs, QDate(2024, 3, 28)).valueOr(false), true);
        QCOMPARE(t.cache().tasks().markReminderFired(u"T1"_qs, u"before-3"_qs, QDate(2024, 3, 28)).valueOr(true), false);
        QCOMPARE(t.cache().tasks().reminderFired(u"T1"_qs, u"before-3"_qs, QDate(2024, 3, 29)).valueOr(true), false);
    }

    // A cache of schema 6 gains the task tables and keeps what it held.
    void upgradeFromSchema6KeepsData()
    {
        TempCache t;
        QVERIFY(t.ok());
        Observation o = TempCache::observation(u"rev"_qs, u"VN-HN"_qs, Period::month(2024, 1), 5);
        {
            auto w = t.cache().writer(u"test"_qs);
            QVERIFY(w->begin(ObservationWriter::Mode::AllOrNothing).ok());
            w->write(o);
            QVERIFY(w->commit().ok());
        }
        t.close();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(t.path().toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, test::undoSchema7, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QVERIFY2(t.reopen(), qPrintable(t.error()));
        QCOMPARE(t.cache().schemaVersionAtOpen(), 6);
        QCOMPARE(t.cache().statistics().quickSummary()->schemaVersion, 7);
        QCOMPARE(t.cache().feed().position().valueOr(-1), 1);
        QCOMPARE(t.cache().observations().unitsWithData(u"rev"_qs).valueOr({}), QStringList{u"VN-HN"_qs});
        QCOMPARE(t.cache().tasks().position().valueOr(-1), 0);
        const Task a = task(u"T1"_qs, u"BTC"_qs, QDate(2024, 1, 10), QDate(2024, 3, 31));
        QVERIFY2(t.cache().tasks().upsert({a}).ok(), qPrintable(why(t.cache().tasks().upsert({a}))));
        QCOMPARE(t.cache().tasks().position().valueOr(-1), 1);
    }
};

QTEST_GUILESS_MAIN(TestTaskRepository)
#include "tst_taskrepository.moc"
