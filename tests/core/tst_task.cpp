#include "core/task.h"

#include <QTest>
#include <QTimeZone>

using namespace dh;

namespace {

using Kind = TaskStatusChange::Kind;

// An instant given as Hà Nội wall time (UTC+07:00).
QDateTime hanoi(int y, int m, int d, int hh = 9, int mm = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone(7 * 3600)).toUTC();
}

TaskStatusChange change(Kind kind, const QDateTime &at, QDate newDeadline = {})
{
    return {.at = at, .kind = kind, .reportedBy = u"BTC"_qs, .newDeadline = newDeadline};
}

// Assigned 2024-01-10 with a deadline of 2024-03-31.
Task task()
{
    Task t;
    t.id = u"T1"_qs;
    t.document = {u"12/TB-VPCP"_qs, QDate(2024, 1, 10), TaskDocument::Type::ConclusionNotice, u"Phó Thủ tướng"_qs};
    t.summary = u"Trình đề án"_qs;
    t.field = u"economy"_qs;
    t.assignee = u"BTC"_qs;
    t.deadline = QDate(2024, 3, 31);
    t.initialDeadline = t.deadline;
    t.history = {change(Kind::Assigned, hanoi(2024, 1, 10))};
    return t;
}

} // namespace

// The four states of official reporting at an as-of date, at the Hà Nội day boundaries.
class TestTask : public QObject
{
    Q_OBJECT

private slots:
    void notYetAssigned()
    {
        QCOMPARE(taskStateAt(task(), QDate(2024, 1, 9)), TaskState::NotAssigned);
        QCOMPARE(taskStateAt(task(), QDate(2024, 1, 10)), TaskState::InProgress);
        QCOMPARE(taskStateAt(task(), QDate()), TaskState::NotAssigned);
    }

    void overdueFromTheDayAfterTheDeadline()
    {
        QCOMPARE(taskStateAt(task(), QDate(2024, 3, 31)), TaskState::InProgress);
        QCOMPARE(taskStateAt(task(), QDate(2024, 4, 1)), TaskState::Overdue);
    }

    void completionOnTheDeadlineDay()
    {
        Task t = task();
        t.history.append(change(Kind::Confirmed, hanoi(2024, 3, 31, 23, 59)));
        QCOMPARE(taskStateAt(t, QDate(2024, 3, 30)), TaskState::InProgress);
        QCOMPARE(taskStateAt(t, QDate(2024, 3, 31)), TaskState::CompletedOnTime);
        QCOMPARE(taskStateAt(t, QDate(2025, 1, 1)), TaskState::CompletedOnTime);
        QCOMPARE(completionAt(t, QDate(2024, 4, 1)), std::optional(QDate(2024, 3, 31)));
        // 23:59 in Hà Nội is 16:59 UTC: the UTC day would say the same, so also check a time
        // whose UTC day is the day before.
        QCOMPARE(hanoiDate(hanoi(2024, 3, 31, 0, 30)), QDate(2024, 3, 31));
        QCOMPARE(hanoi(2024, 3, 31, 0, 30).date(), QDate(2024, 3, 30));
    }

    void completionAtHanoiMidnightIsLate()
    {
        Task t = task();
        // 00:00 in Hà Nội on 1 April is 17:00 UTC on 31 March: the UTC day would call it on time.
        t.history.append(change(Kind::Confirmed, hanoi(2024, 4, 1, 0, 0)));
        QCOMPARE(t.history.constLast().at.date(), QDate(2024, 3, 31));
        QCOMPARE(taskStateAt(t, QDate(2024, 3, 31)), TaskState::InProgress);
        QCOMPARE(taskStateAt(t, QDate(2024, 4, 1)), TaskState::CompletedLate);
    }

    void reportedCompletionIsNotCompleted()
    {
        Task t = task();
        t.history.append(change(Kind::CompletionReported, hanoi(2024, 3, 20)));
        QCOMPARE(taskStateAt(t, QDate(2024, 3, 25)), TaskState::InProgress);
        QCOMPARE(taskStateAt(t, QDate(2024, 4, 2)), TaskState::Overdue);
        QCOMPARE(completionAt(t, QDate(2024, 4, 2)), std::nullopt);
        t.history.append(change(Kind::Confirmed, hanoi(2024, 4, 5)));
        QCOMPARE(taskStateAt(t, QDate(2024, 4, 5)), TaskState::CompletedLate);
    }

    void deadlineMovedByALaterDocument()
    {
        Task t = task();
        t.history.append(change(Kind::DeadlineChanged, hanoi(2024, 3, 15), QDate(2024, 6, 30)));
        t.deadline = QDate(2024, 6, 30);
        QCOMPARE(deadlineAt(t, QDate(2024, 3, 14)), QDate(2024, 3, 31));
        QCOMPARE(deadlineAt(t, QDate(2024, 3, 15)), QDate(2024, 6, 30));
        QCOMPARE(taskStateAt(t, QDate(2024, 4, 1)), TaskState::InProgress);
        QCOMPARE(taskStateAt(t, QDate(2024, 7, 1)), TaskState::Overdue);

        // Moved only after it fell overdue: overdue before the move, within the deadline after it.
        Task late = task();
        late.history.append(change(Kind::DeadlineChanged, hanoi(2024, 4, 10), QDate(2024, 6, 30)));
        late.deadline = QDate(2024, 6, 30);
        QCOMPARE(taskStateAt(late, QDate(2024, 4, 9)), TaskState::Overdue);
        QCOMPARE(taskStateAt(late, QDate(2024, 4, 10)), TaskState::InProgress);
        late.history.append(change(Kind::Confirmed, hanoi(2024, 5, 2)));
        QCOMPARE(taskStateAt(late, QDate(2024, 5, 2)), TaskState::CompletedOnTime);

        // A move to no deadline makes it standing.
        Task standing = task();
        standing.history.append(change(Kind::DeadlineChanged, hanoi(2024, 2, 1), QDate()));
        standing.deadline = QDate();
        QCOMPARE(taskStateAt(standing, QDate(2024, 1, 31)), TaskState::InProgress);
        QCOMPARE(taskStateAt(standing, QDate(2024, 5, 1)), TaskState::Standing);
    }

    void reopened()
    {
        Task t = task();
        t.history.append(change(Kind::Confirmed, hanoi(2024, 3, 1)));
        t.history.append(change(Kind::Reopened, hanoi(2024, 3, 20)));
        QCOMPARE(taskStateAt(t, QDate(2024, 3, 19)), TaskState::CompletedOnTime);
        QCOMPARE(taskStateAt(t, QDate(2024, 3, 20)), TaskState::InProgress);
        QCOMPARE(taskStateAt(t, QDate(2024, 4, 1)), TaskState::Overdue);
        t.history.append(change(Kind::Confirmed, hanoi(2024, 4, 15)));
        QCOMPARE(taskStateAt(t, QDate(2024, 4, 15)), TaskState::CompletedLate);
        QCOMPARE(completionAt(t, QDate(2024, 5, 1)), std::optional(QDate(2024, 4, 15)));
        QCOMPARE(completionAt(t, QDate(2024, 3, 10)), std::optional(QDate(2024, 3, 1)));
    }

    void standing()
    {
        Task t = task();
        t.deadline = QDate();
        t.initialDeadline = QDate();
        QCOMPARE(taskStateAt(t, QDate(2024, 1, 9)), TaskState::NotAssigned);
        QCOMPARE(taskStateAt(t, QDate(2030, 1, 1)), TaskState::Standing);
        t.history.append(change(Kind::Confirmed, hanoi(2025, 1, 1)));
        QCOMPARE(taskStateAt(t, QDate(2025, 1, 1)), TaskState::CompletedOnTime);
    }

    void spansMatchTheStateOnEveryDay()
    {
        Task t = task();
        t.history.append(change(Kind::DeadlineChanged, hanoi(2024, 4, 10), QDate(2024, 6, 30)));
        t.history.append(change(Kind::Confirmed, hanoi(2024, 5, 2)));
        t.history.append(change(Kind::Reopened, hanoi(2024, 5, 20)));
        t.history.append(change(Kind::Confirmed, hanoi(2024, 8, 1, 0, 10)));
        t.deadline = QDate(2024, 6, 30);
        const QList<TaskStateSpan> spans = taskStateSpans(t);
        QCOMPARE(spans.constFirst().from, QDate(2024, 1, 10));
        QVERIFY(spans.constLast().to.isNull());
        QCOMPARE(spans.constLast().state, TaskState::CompletedLate);
        for (QDate d(2024, 1, 1); d <= QDate(2024, 12, 31); d = d.addDays(1)) {
            TaskState expected = TaskState::NotAssigned;
            for (const TaskStateSpan &s : spans) {
                if (s.from <= d && (s.to.isNull() || d <= s.to))
                    expected = s.state;
            }
            QCOMPARE(taskStateAt(t, d), expected);
        }
        for (qsizetype i = 1; i < spans.size(); ++i) {
            QCOMPARE(spans[i - 1].to.addDays(1), spans[i].from);
            QVERIFY(spans[i - 1].state != spans[i].state);
        }
    }

    void namesRoundTrip()
    {
        for (int i = 0; i <= int(TaskState::NotAssigned); ++i) {
            const auto state = TaskState(i);
            QVERIFY(!taskStateName(state).isEmpty());
            QCOMPARE(taskStateFromName(taskStateName(state)), std::optional(state));
        }
        for (int i = 0; i <= int(TaskDocument::Type::ConclusionNotice); ++i) {
            const auto type = TaskDocument::Type(i);
            QCOMPARE(documentTypeFromName(documentTypeName(type)), std::optional(type));
        }
        for (int i = 0; i <= int(Kind::DeadlineChanged); ++i) {
            const auto kind = Kind(i);
            QCOMPARE(statusChangeKindFromName(statusChangeKindName(kind)), std::optional(kind));
        }
        QCOMPARE(taskStateName(TaskState::CompletedOnTime), u"completed-on-time"_qs);
        QCOMPARE(documentTypeName(TaskDocument::Type::OfficialLetter), u"official-letter"_qs);
        QCOMPARE(taskStateFromName(u"bogus"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestTask)
#include "tst_task.moc"
