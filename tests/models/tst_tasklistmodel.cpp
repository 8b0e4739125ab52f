#include "models/taskfilterproxy.h"
#include "models/taskhistorymodel.h"
#include "models/tasklabels.h"
#include "models/tasklistmodel.h"
#include "taskfixtures.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dh;
using test::TaskBuilder;

// An assignee's task list and a task's history: what each row says at an as-of date (an
// unconfirmed completion is not completed, with its mark), every filter of the list alone and
// together, a search that ignores case and diacritics, and sorting by dates as dates.
class TestTaskListModel : public QObject
{
    Q_OBJECT

private:
    inline static const QDate asOf{2025, 6, 30};

    static QList<Task> tasks()
    {
        return {
            TaskBuilder(u"101"_qs, u"BTC"_qs, {2025, 1, 10})
                .deadline({2025, 3, 31})
                .confirmed({2025, 3, 20})
                .summary(u"Trình Chính phủ đề án về thuế"_qs)
                .type(TaskDocument::Type::Resolution),
            TaskBuilder(u"102"_qs, u"BTC"_qs, {2025, 2, 1})
                .deadline({2025, 4, 30})
                .confirmed({2025, 5, 15})
                .field(u"finance"_qs),
            TaskBuilder(u"103"_qs, u"BTC"_qs, {2025, 5, 5})
                .deadline({2025, 8, 31})
                .reported({2025, 6, 20})
                .summary(u"Hướng dẫn Hà Nội về đầu tư công"_qs)
                .type(TaskDocument::Type::Directive),
            TaskBuilder(u"104"_qs, u"BTC"_qs, {2025, 3, 3}).deadline({2025, 5, 31}).field(u"health"_qs),
            TaskBuilder(u"105"_qs, u"BTC"_qs, {2025, 1, 2}).standing().number(u"45/NQ-CP"_qs).type(TaskDocument::Type::Resolution),
        };
    }

    static QStringList ids(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(model.index(r, 0).data(TaskListModel::TaskIdRole).toString());
        return out;
    }

    UnitRegistry m_registry;

private slots:
    void initTestCase()
    {
        auto registry = UnitRegistry::fromResources();
        QVERIFY2(registry, qPrintable(registry ? QString() : registry.error().message));
        m_registry = *registry;
    }

    void rowsSayTheStateAtTheAsOfDate()
    {
        TaskListModel model(m_registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTasks(tasks(), asOf);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(TaskListModel::ColumnCount));
        const auto state = [&](int row) { return TaskState(model.index(row, 0).data(TaskListModel::StateRole).toInt()); };
        QCOMPARE(state(0), TaskState::CompletedOnTime);
        QCOMPARE(state(1), TaskState::CompletedLate);
        QCOMPARE(state(2), TaskState::InProgress);
        QCOMPARE(state(3), TaskState::Overdue);
        QCOMPARE(state(4), TaskState::Standing);
        QCOMPARE(model.index(0, TaskListModel::AssigneeColumn).data().toString(), u"Bộ Tài chính"_qs);
        QCOMPARE(model.index(4, TaskListModel::DeadlineColumn).data(TaskListModel::DeadlineRole).toDate(), QDate());
    }

    // Reported done by the assignee, not confirmed: officially in progress, with the mark.
    void anUnconfirmedCompletionIsMarked()
    {
        TaskListModel model(m_registry);
        model.setTasks(tasks(), asOf);
        const QModelIndex reported = model.index(2, TaskListModel::StateColumn);
        QVERIFY(reported.data(TaskListModel::AwaitingConfirmationRole).toBool());
        QVERIFY(reported.data().toString().contains(TaskLabels::awaitingConfirmation()));
        QVERIFY(reported.data().toString().startsWith(TaskLabels::state(TaskState::InProgress)));
        QVERIFY(!model.index(0, 0).data(TaskListModel::AwaitingConfirmationRole).toBool());
        // Before the report, nothing to mark.
        model.setTasks(tasks(), {2025, 6, 19});
        QVERIFY(!model.index(2, 0).data(TaskListModel::AwaitingConfirmationRole).toBool());
        // Confirmed later: completed, no mark.
        Task t = tasks().at(2);
        t.history.append(TaskBuilder(u"x"_qs, u"BTC"_qs, {2025, 1, 1}).confirmed({2025, 7, 2}).build().history.last());
        model.setTasks({t}, {2025, 7, 10});
        QVERIFY(!model.index(0, 0).data(TaskListModel::AwaitingConfirmationRole).toBool());
        QCOMPARE(TaskState(model.index(0, 0).data(TaskListModel::StateRole).toInt()), TaskState::CompletedOnTime);
    }

    void filtersNarrowTheList()
    {
        TaskListModel model(m_registry);
        model.setTasks(tasks(), asOf);
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 5);

        proxy.setStates({TaskState::Overdue, TaskState::InProgress});
        QCOMPARE(ids(proxy), (QStringList{u"103"_qs, u"104"_qs}));
        proxy.setStates({});

        proxy.setDocumentTypes({TaskDocument::Type::Resolution});
        QCOMPARE(ids(proxy), (QStringList{u"101"_qs, u"105"_qs}));
        proxy.setDocumentTypes({});

        proxy.setFields({u"finance"_qs, u"health"_qs});
        QCOMPARE(ids(proxy), (QStringList{u"102"_qs, u"104"_qs}));
        proxy.setFields({});

        // Inclusive at both ends; a standing task has no deadline to be in a range.
        proxy.setDeadlineRange({2025, 4, 30}, {2025, 5, 31});
        QCOMPARE(ids(proxy), (QStringList{u"102"_qs, u"104"_qs}));
        proxy.setDeadlineRange({2025, 6, 1}, {});
        QCOMPARE(ids(proxy), (QStringList{u"103"_qs}));

        // Filters together are AND-ed.
        proxy.setDeadlineRange({}, {2025, 5, 31});
        proxy.setStates({TaskState::CompletedLate, TaskState::CompletedOnTime});
        proxy.setFields({u"economy"_qs});
        QCOMPARE(ids(proxy), (QStringList{u"101"_qs}));
    }

    void searchIgnoresCaseAndDiacritics_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("without marks") << u"ha noi"_qs << QStringList{u"103"_qs};
        QTest::newRow("upper case, marks") << u"HÀ NỘI"_qs << QStringList{u"103"_qs};
        QTest::newRow("đ as d") << u"dau tu"_qs << QStringList{u"103"_qs};
        QTest::newRow("words anywhere") << u"thuế đề án"_qs << QStringList{u"101"_qs};
        QTest::newRow("document number") << u"45/nq"_qs << QStringList{u"105"_qs};
        QTest::newRow("all of the words") << u"ha noi thue"_qs << QStringList{};
        QTest::newRow("empty") << u"  "_qs << QStringList{u"101"_qs, u"102"_qs, u"103"_qs, u"104"_qs, u"105"_qs};
    }

    void searchIgnoresCaseAndDiacritics()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        TaskListModel model(m_registry);
        model.setTasks(tasks(), asOf);
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSearch(search);
        QCOMPARE(ids(proxy), expected);
    }

    void sortsDatesAsDates()
    {
        TaskListModel model(m_registry);
        model.setTasks(tasks(), asOf);
        TaskFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TaskListModel::DeadlineColumn, Qt::AscendingOrder);
        // The standing task, without a deadline, last.
        QCOMPARE(ids(proxy), (QStringList{u"101"_qs, u"102"_qs, u"104"_qs, u"103"_qs, u"105"_qs}));
        proxy.sort(TaskListModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(ids(proxy), (QStringList{u"103"_qs, u"104"_qs, u"102"_qs, u"101"_qs, u"105"_qs}));
    }

    void historyListsEveryChange()
    {
        TaskHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Task t = TaskBuilder(u"201"_qs, u"VN25-01"_qs, {2025, 1, 10}).deadline({2025, 3, 31}).reported({2025, 3, 1}).confirmed({2025, 3, 5});
        TaskStatusChange moved;
        moved.at = TaskBuilder::hanoiMorning({2025, 2, 1});
        moved.kind = TaskStatusChange::Kind::DeadlineChanged;
        moved.newDeadline = {2025, 4, 30};
        moved.document = u"12/TB-VPCP"_qs;
        t.history.insert(1, moved);
        model.setTask(t);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, TaskHistoryModel::ChangeColumn).data().toString(), TaskLabels::change(TaskStatusChange::Kind::Assigned));
        QVERIFY(model.index(1, TaskHistoryModel::ChangeColumn).data().toString().contains(u"30"_qs));
        QCOMPARE(model.index(1, TaskHistoryModel::DocumentColumn).data().toString(), u"12/TB-VPCP"_qs);
        QCOMPARE(model.index(3, TaskHistoryModel::ReportedByColumn).data().toString(), u"VPCP"_qs);
        QCOMPARE(TaskStatusChange::Kind(model.index(3, 0).data(TaskHistoryModel::KindRole).toInt()), TaskStatusChange::Kind::Confirmed);
        model.setTask({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"
