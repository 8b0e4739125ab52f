#include "models/taskrankingmodel.h"
#include "models/tasksummary.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <cmath>

using namespace dh;

// The rankings of ministries and provinces by overdue tasks, and the summary's rates: each level
// keeps its own units, the order follows the overdue count or rate (ties by the other), the rank
// follows the order, and rates are shares of the four states with standing tasks left out.
class TestTaskRankingModel : public QObject
{
    Q_OBJECT

private:
    static TaskStateCount count(const QString &group, qint64 onTime, qint64 late, qint64 inProgress, qint64 overdue, qint64 standing = 0)
    {
        TaskStateCount c;
        c.group = group;
        c.completedOnTime = onTime;
        c.completedLate = late;
        c.inProgress = inProgress;
        c.overdue = overdue;
        c.standing = standing;
        return c;
    }

    static QList<TaskStateCount> counts()
    {
        return {
            count(u"BTC"_qs, 50, 10, 30, 10, 5),   // 10 of 100
            count(u"BYT"_qs, 5, 0, 0, 5),          // 5 of 10: the highest rate
            count(u"BGDDT"_qs, 80, 0, 8, 12),      // 12 of 100: the most
            count(u"VN25-01"_qs, 10, 0, 5, 3),     // a province
            count(u"VN25-79"_qs, 10, 0, 5, 7),
            count(u"XYZ"_qs, 1, 0, 0, 9),          // not a unit of the registry
        };
    }

    static QStringList units(const QAbstractItemModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(model.index(r, 0).data(TaskRankingModel::UnitRole).toString());
        return out;
    }

    UnitRegistry m_registry;

private slots:
    void initTestCase()
    {
        auto registry = UnitRegistry::fromResources();
        QVERIFY(registry);
        m_registry = *registry;
        QVERIFY(m_registry.find(u"BGDDT"_qs));
        QVERIFY(m_registry.find(u"BYT"_qs));
    }

    void ranksEachLevelByOverdueCount()
    {
        TaskRankingModel ministries(m_registry, AdminUnit::Level::Ministry);
        QAbstractItemModelTester tester(&ministries, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ministries.setCounts(counts());
        QCOMPARE(units(ministries), (QStringList{u"BGDDT"_qs, u"BTC"_qs, u"BYT"_qs}));
        QCOMPARE(ministries.index(0, TaskRankingModel::RankColumn).data().toInt(), 1);
        QCOMPARE(ministries.index(1, TaskRankingModel::TasksColumn).data(TaskRankingModel::SortRole).toLongLong(), 100);
        QCOMPARE(ministries.index(2, TaskRankingModel::RateColumn).data(TaskRankingModel::SortRole).toDouble(), 50.0);

        TaskRankingModel provinces(m_registry, AdminUnit::Level::Province);
        QAbstractItemModelTester provinceTester(&provinces, QAbstractItemModelTester::FailureReportingMode::QtTest);
        provinces.setCounts(counts());
        QCOMPARE(units(provinces), (QStringList{u"VN25-79"_qs, u"VN25-01"_qs}));
    }

    void sortsByRateOrCount()
    {
        TaskRankingModel model(m_registry, AdminUnit::Level::Ministry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCounts(counts());
        const QPersistentModelIndex btc = model.index(1, TaskRankingModel::NameColumn);
        model.sort(TaskRankingModel::RateColumn, Qt::DescendingOrder);
        QCOMPARE(units(model), (QStringList{u"BYT"_qs, u"BGDDT"_qs, u"BTC"_qs}));
        QCOMPARE(btc.data(TaskRankingModel::UnitRole).toString(), u"BTC"_qs);
        QCOMPARE(btc.row(), 2);
        QCOMPARE(model.index(0, TaskRankingModel::RankColumn).data().toInt(), 1);
        model.sort(TaskRankingModel::OverdueColumn, Qt::AscendingOrder);
        QCOMPARE(units(model), (QStringList{u"BYT"_qs, u"BTC"_qs, u"BGDDT"_qs}));
        // New counts keep the order chosen.
        model.setCounts(counts().mid(0, 2));
        QCOMPARE(units(model), (QStringList{u"BYT"_qs, u"BTC"_qs}));
    }

    void summaryRatesLeaveStandingTasksOut()
    {
        TaskSummary s;
        s.counts = count(QString(), 5082, 0, 3880, 1038, 400);
        QCOMPARE(s.withDeadline(), 10000);
        QCOMPARE(s.rate(TaskState::CompletedOnTime), 50.82);
        QCOMPARE(s.rate(TaskState::InProgress), 38.80);
        QCOMPARE(s.rate(TaskState::Overdue), 10.38);
        QVERIFY(std::isnan(s.rate(TaskState::Standing)));
        QCOMPARE(s.count(TaskState::Standing), 400);
        double sum = 0;
        for (TaskState state : TaskSummary::fourStates())
            sum += s.rate(state);
        QCOMPARE(sum, 100.0);
        QVERIFY(std::isnan(TaskSummary().rate(TaskState::Overdue)));
    }
};

QTEST_GUILESS_MAIN(TestTaskRankingModel)
#include "tst_taskrankingmodel.moc"
