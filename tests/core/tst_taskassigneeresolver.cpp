#include "core/taskassigneeresolver.h"

#include <QTest>
#include <QTimeZone>

using namespace dh;

// The hand-over of tasks to the 2025 successors, on either side of the merger dates.
class TestTaskAssigneeResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Result<UnitRegistry> registry = UnitRegistry::fromResources();
        QVERIFY2(registry.ok(), qPrintable(registry.ok() ? QString() : registry.error().message));
        m_resolver.emplace(std::move(registry).value());
    }

    void mergedMinistry()
    {
        const TaskAssigneeResolver &r = *m_resolver;
        QCOMPARE(r.handover(u"BKHDT"_qs), std::optional(TaskAssigneeResolver::Handover{u"BTC"_qs, QDate(2025, 3, 1)}));
        QCOMPARE(r.unitAt(u"BKHDT"_qs, QDate(2025, 2, 28)), u"BKHDT"_qs);
        QCOMPARE(r.unitAt(u"BKHDT"_qs, QDate(2025, 3, 1)), u"BTC"_qs);
        QCOMPARE(r.unitAt(u"BTNMT"_qs, QDate(2025, 3, 1)), u"BNNMT"_qs);
        // A unit that was not merged keeps its tasks.
        QCOMPARE(r.handover(u"BTC"_qs), std::nullopt);
        QCOMPARE(r.unitAt(u"BTC"_qs, QDate(2026, 1, 1)), u"BTC"_qs);
        QCOMPARE(r.unitAt(u"NOPE"_qs, QDate(2026, 1, 1)), u"NOPE"_qs);
    }

    void mergedProvince()
    {
        const TaskAssigneeResolver &r = *m_resolver;
        // Hà Giang merged into Tuyên Quang (GSO 08) on 2025-07-01.
        QCOMPARE(r.unitAt(u"VN-03"_qs, QDate(2025, 6, 30)), u"VN-03"_qs);
        QCOMPARE(r.unitAt(u"VN-03"_qs, QDate(2025, 7, 1)), u"VN25-08"_qs);
        QCOMPARE(r.unitAt(u"VN-07"_qs, QDate(2025, 7, 1)), u"VN25-08"_qs);
        // Hà Nội kept its territory but is a unit of the 34 from the same day.
        QCOMPARE(r.unitAt(u"VN-HN"_qs, QDate(2025, 7, 1)), u"VN25-01"_qs);
        QCOMPARE(r.unitAt(u"VN25-08"_qs, QDate(2025, 7, 1)), u"VN25-08"_qs);
    }

    void splitUnitGoesToTheFirstSuccessorUnlessNamed()
    {
        const TaskAssigneeResolver &r = *m_resolver;
        // The labour ministry was split among BNV, BGDDT and BYT.
        QCOMPARE(r.unitAt(u"BLDTBXH"_qs, QDate(2025, 3, 1)), u"BNV"_qs);
        QCOMPARE(r.unitAt(u"BLDTBXH"_qs, QDate(2025, 3, 1), {u"BYT"_qs}), u"BYT"_qs);

        Task task;
        task.assignee = u"BLDTBXH"_qs;
        task.document.date = QDate(2024, 5, 1);
        task.history = {{.at = QDateTime(QDate(2025, 4, 1), QTime(3, 0), Qt::UTC),
                         .kind = TaskStatusChange::Kind::Progress, .reportedBy = u"BGDDT"_qs}};
        QCOMPARE(r.handover(task)->successor, u"BGDDT"_qs);
        QCOMPARE(r.unitAt(task, QDate(2025, 2, 28)), u"BLDTBXH"_qs);
        QCOMPARE(r.unitAt(task, QDate(2025, 3, 1)), u"BGDDT"_qs);
    }

private:
    std::optional<TaskAssigneeResolver> m_resolver;
};

QTEST_GUILESS_MAIN(TestTaskAssigneeResolver)
#include "tst_taskassigneeresolver.moc"
