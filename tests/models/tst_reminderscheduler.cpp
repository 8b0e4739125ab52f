#include "models/reminderlistmodel.h"
#include "models/reminderscheduler.h"
#include "store/taskrepository.h"
#include "taskfixtures.h"
#include "tempcache.h"

#include "core/settings.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace dh;
using test::TaskBuilder;

// Reminders on a fake clock, over a real cache file: each rule fires on its day and not before,
// never twice (in one run or after a restart on the same file), not for a completed task nor for
// an assignee not followed; the Monday backlog summary once a week, from Monday morning; and the
// reminders panel's list.
class TestReminderScheduler : public QObject
{
    Q_OBJECT

private:
    // 1 November 2026 is a Sunday; the 16th a Monday.
    static QDateTime hanoi(QDate day, int hour = 9)
    {
        return QDateTime(day, QTime(hour, 0), QTimeZone(7 * 3600)).toUTC();
    }

    static ReminderRules rules(bool monday = false)
    {
        ReminderRules r;
        r.followed = {u"BTC"_qs};
        r.mondaySummary = monday;
        return r;
    }

    static QStringList fired(const Result<QList<Reminder>> &result)
    {
        if (!result)
            return {u"error: "_qs + result.error().message};
        QStringList out;
        for (const Reminder &r : *result)
            out.append(r.key + u' ' + r.ruleName() + u' ' + r.occasion.toString(Qt::ISODate));
        return out;
    }

    UnitRegistry m_registry;

private slots:
    void initTestCase()
    {
        auto registry = UnitRegistry::fromResources();
        QVERIFY(registry);
        m_registry = *registry;
    }

    void eachRuleFiresOnItsDayOnce()
    {
        test::TempCache temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        QVERIFY(temp.cache().tasks().upsert({TaskBuilder(u"1"_qs, u"BTC"_qs, {2026, 10, 1}).deadline({2026, 11, 20}),
                                             TaskBuilder(u"2"_qs, u"BYT"_qs, {2026, 10, 1}).deadline({2026, 11, 20})}));
        test::FakeClock clock(hanoi({2026, 11, 16}));
        ReminderScheduler scheduler(clock, m_registry);
        scheduler.setRules(rules());
        TaskRepository &tasks = temp.cache().tasks();

        QCOMPARE(fired(scheduler.check(tasks)), QStringList());
        clock.set(hanoi({2026, 11, 17}, 7));
        QCOMPARE(fired(scheduler.check(tasks)), QStringList{u"1 before-3 2026-11-17"_qs});
        clock.set(hanoi({2026, 11, 17}, 15));
        QCOMPARE(fired(scheduler.check(tasks)), QStringList());
        clock.set(hanoi({2026, 11, 18}));
        QCOMPARE(fired(scheduler.check(tasks)), QStringList());
        clock.set(hanoi({2026, 11, 19}));
        QCOMPARE(fired(scheduler.check(tasks)), QStringList{u"1 before-1 2026-11-19"_qs});
        clock.set(hanoi({2026, 11, 20}, 23));
        QCOMPARE(fired(scheduler.check(tasks)), QStringList());
        // Not done by the end of the deadline day, Hà Nội time: overdue from the next.
        clock.set(hanoi({2026, 11, 21}, 0));
        QCOMPARE(fired(scheduler.check(tasks)), QStringList{u"1 overdue 2026-11-21"_qs});
        clock.set(hanoi({2026, 11, 22}));
        QCOMPARE(fired(scheduler.check(tasks)), QStringList());
    }

    void firesOnAssignment()
    {
        test::TempCache temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        QVERIFY(temp.cache().tasks().upsert({TaskBuilder(u"7"_qs, u"BTC"_qs, {2026, 11, 10}).deadline({2027, 3, 31})}));
        test::FakeClock clock(hanoi({2026, 11, 9}));
        ReminderScheduler scheduler(clock, m_registry);
        scheduler.setRules(rules());
        QCOMPARE(fired(scheduler.check(temp.cache().tasks())), QStringList());
        clock.set(hanoi({2026, 11, 10}, 10));
        QCOMPARE(fired(scheduler.check(temp.cache().tasks())), QStringList{u"7 assigned 2026-11-10"_qs});
        QCOMPARE(fired(scheduler.check(temp.cache().tasks())), QStringList());
        // Off in the rules: nothing for the next one.
        QVERIFY(temp.cache().tasks().upsert({TaskBuilder(u"8"_qs, u"BTC"_qs, {2026, 11, 10}).deadline({2027, 3, 31})}));
        ReminderRules off = rules();
        off.onAssignment = false;
        scheduler.setRules(off);
        QCOMPARE(fired(scheduler.check(temp.cache().tasks())), QStringList());
    }

    void nothingForACompletedTask()
    {
        test::TempCache temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        QVERIFY(temp.cache().tasks().upsert({TaskBuilder(u"3"_qs, u"BTC"_qs, {2026, 10, 1}).deadline({2026, 11, 20}).confirmed({2026, 11, 5})}));
        test::FakeClock clock;
        ReminderScheduler scheduler(clock, m_registry);
        scheduler.setRules(rules());
        for (QDate day : {QDate(2026, 11, 17), QDate(2026, 11, 19), QDate(2026, 11, 21)}) {
            clock.set(hanoi(day));
            QCOMPARE(fired(scheduler.check(temp.cache().tasks())), QStringList());
        }
    }

    void nothingForAnAssigneeNotFollowed()
    {
        test::TempCache temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        QVERIFY(temp.cache().tasks().upsert({TaskBuilder(u"4"_qs, u"BYT"_qs, {2026, 10, 1}).deadline({2026, 11, 20})}));
        test::FakeClock clock(hanoi({2026, 11, 17}));
        ReminderScheduler scheduler(clock, m_registry);
        scheduler.setRules(rules());
        QCOMPARE(fired(scheduler.check(temp.cache().tasks())), QStringList());
        scheduler.setRules({});
        QCOMPARE(fired(scheduler.check(temp.cache().tasks())), QStringList());
    }

    // A restart between two checks: the new scheduler, on the same file, knows what fired.
    void survivesARestart()
    {
        test::TempCache temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        QVERIFY(temp.cache().tasks().upsert({TaskBuilder(u"5"_qs, u"BTC"_qs, {2026, 10, 1}).deadline({2026, 11, 20})}));
        test::FakeClock clock(hanoi({2026, 11, 17}));
        {
            ReminderScheduler first(clock, m_registry);
            first.setRules(rules());
            QCOMPARE(fired(first.check(temp.cache().tasks())), QStringList{u"5 before-3 2026-11-17"_qs});
        }
        QVERIFY(temp.reopen());
        ReminderScheduler second(clock, m_registry);
        second.setRules(rules());
        clock.set(hanoi({2026, 11, 18}));
        QCOMPARE(fired(second.check(temp.cache().tasks())), QStringList());
        clock.set(hanoi({2026, 11, 19}));
        QCOMPARE(fired(second.check(temp.cache().tasks())), QStringList{u"5 before-1 2026-11-19"_qs});
    }

    // The reminders panel's list: newest first, at most MaxRows.
    void panelListsNewestFirst()
    {
        ReminderListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Reminder older{Reminder::Rule::Overdue, 0, u"1"_qs, {2026, 11, 21}, u"BTC"_qs, u"Task overdue"_qs, u"text"_qs, hanoi({2026, 11, 21})};
        Reminder newer = older;
        newer.key = u"2"_qs;
        model.addReminders({older});
        model.addReminders({newer});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(ReminderListModel::KeyRole).toString(), u"2"_qs);
        QCOMPARE(model.index(1).data(ReminderListModel::RuleRole).toString(), u"overdue"_qs);
        QVERIFY(model.index(0).data().toString().contains(u"Task overdue"_qs));
        model.addReminders(QList<Reminder>(ReminderListModel::MaxRows + 5, older));
        QCOMPARE(model.rowCount(), ReminderListModel::MaxRows);
        QCOMPARE(model.reminders().size(), qsizetype(ReminderListModel::MaxRows));
    }

    void mondaySummaryOncePerWeek()
    {
        test::TempCache temp;
        QVERIFY2(temp.ok(), qPrintable(temp.error()));
        QVERIFY(temp.cache().tasks().upsert({TaskBuilder(u"10"_qs, u"BTC"_qs, {2026, 6, 1}).deadline({2026, 9, 30}),
                                             TaskBuilder(u"11"_qs, u"BTC"_qs, {2026, 6, 1}).deadline({2027, 1, 31}),
                                             TaskBuilder(u"12"_qs, u"BTC"_qs, {2026, 6, 1}).standing(),
                                             TaskBuilder(u"13"_qs, u"BTC"_qs, {2026, 6, 1}).deadline({2026, 9, 30}).confirmed({2026, 9, 1})}));
        test::FakeClock clock(hanoi({2026, 11, 16}, 6));
        ReminderScheduler scheduler(clock, m_registry);
        ReminderRules r = rules(true);
        r.onOverdue = false;
        scheduler.setRules(r);
        QCOMPARE(fired(scheduler.check(temp.cache().tasks())), QStringList());
        clock.set(hanoi({2026, 11, 16}, 8));
        const auto monday = scheduler.check(temp.cache().tasks());
        QCOMPARE(fired(monday), QStringList{u"BTC monday-summary 2026-11-16"_qs});
        QVERIFY2(monday->first().text.contains(u"1 overdue, 1 in progress"_qs), qPrintable(monday->first().text));
        QCOMPARE(fired(scheduler.check(temp.cache().tasks())), QStringList());
        clock.set(hanoi({2026, 11, 17}));
        QCOMPARE(fired(scheduler.check(temp.cache().tasks())), QStringList());
        clock.set(hanoi({2026, 11, 23}, 7));
        QCOMPARE(fired(scheduler.check(temp.cache().tasks())), QStringList{u"BTC monday-summary 2026-11-23"_qs});
    }

    void rulesComeFromTheSettings()
    {
        QTemporaryDir dir;
        QSettings file(dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        Settings settings(&file);
        const ReminderRules defaults = ReminderRules::fromSettings(settings);
        QCOMPARE(defaults.daysBefore, (QList<int>{3, 1}));
        QVERIFY(defaults.onAssignment && defaults.onOverdue && defaults.mondaySummary);
        QVERIFY(defaults.followed.isEmpty());
        ReminderRules changed;
        changed.daysBefore = {7, 2};
        changed.onOverdue = false;
        changed.followed = {u"BTC"_qs, u"VN25-01"_qs};
        changed.save(settings);
        const ReminderRules back = ReminderRules::fromSettings(settings);
        QCOMPARE(back.daysBefore, changed.daysBefore);
        QCOMPARE(back.onOverdue, false);
        QCOMPARE(back.followed, changed.followed);
    }
};

QTEST_GUILESS_MAIN(TestReminderScheduler)
#include "tst_reminderscheduler.moc"
