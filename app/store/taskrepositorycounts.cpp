#include "taskrepository.h"

#include "sqlite/connection.h"
#include "sqlite/statement.h"
#include "taskquerysql.h"

#include <QCoreApplication>
#include <QMap>

namespace dh {

using namespace tasksql;

namespace {

// The columns a grouping reads; for Assignee the unit that holds a task is chosen in C++ from
// these, so the rows stay in the index's order and SQLite groups them without sorting.
QString groupColumns(TaskGrouping by)
{
    switch (by) {
    case TaskGrouping::Assignee: return QStringLiteral("t.assignee, t.successor, t.handover");
    case TaskGrouping::AssigneeLevel: return QStringLiteral("t.level, NULL, NULL");
    case TaskGrouping::Field: return QStringLiteral("t.field, NULL, NULL");
    case TaskGrouping::None: return QStringLiteral("'', NULL, NULL");
    }
    return {};
}

QString groupOf(const sqlite::Statement &s, TaskGrouping by, TaskUnitEra era, qint64 d)
{
    switch (by) {
    case TaskGrouping::Assignee:
        return era == TaskUnitEra::Units2025 && !s.isNull(2) && s.columnInt64(2) <= d ? s.columnText(1) : s.columnText(0);
    case TaskGrouping::AssigneeLevel: {
        const qint64 level = s.columnInt64(0);
        return level == kUnknownLevel ? QString() : levelName(AdminUnit::Level(level));
    }
    case TaskGrouping::Field:
    case TaskGrouping::None:
        return s.columnText(0);
    }
    return {};
}

} // namespace

Result<QList<TaskStateCount>> TaskRepository::counts(QDate asOf, TaskGrouping by, TaskUnitEra era, const TaskQuery &filter) const
{
    if (!asOf.isValid())
        return Error::invalid(QCoreApplication::translate("Cache", "Counting tasks by state needs an as-of date."));
    TaskQuery query = filter;
    query.asOf = asOf;
    auto where = filterOf(query);
    if (!where)
        return where.error();
    const qint64 d = asOf.toJulianDay();
    const QString day = dayLiteral(d);
    const QString columns = groupColumns(by);
    QMap<QString, TaskStateCount> groups;

    // The tasks whose columns tell their story: each state is a comparison of the as-of day with
    // one of them (schema version 7), summed in one pass; in progress is what is left.
    const QString simple = QStringLiteral(
                               "SELECT %1, count(*), count(*) FILTER (WHERE t.done <= %2),"
                               " count(*) FILTER (WHERE t.ontime_done <= %2), count(*) FILTER (WHERE t.standing_done > %2),"
                               " count(*) FILTER (WHERE t.overdue_from <= %2 AND t.done > %2)"
                               " FROM task t WHERE t.spans = 0 AND t.assigned <= %2 AND %3 GROUP BY 1, 2, 3")
                               .arg(columns, day, where->sql());
    auto statement = m_connection->prepare(simple.toUtf8());
    if (!statement)
        return statement.error();
    bindAll(*statement, where->bindings);
    auto read = statement->forEachRow([&] {
        const QString group = groupOf(*statement, by, era, d);
        TaskStateCount &c = groups[group];
        c.group = group;
        const qint64 all = statement->columnInt64(3), done = statement->columnInt64(4), onTime = statement->columnInt64(5),
                     standing = statement->columnInt64(6), overdue = statement->columnInt64(7);
        c.completedOnTime += onTime;
        c.completedLate += done - onTime;
        c.standing += standing;
        c.overdue += overdue;
        c.inProgress += all - done - standing - overdue;
    });
    if (!read)
        return read.error();

    // The others (a moved deadline, a reopening) by their run of days holding the as-of day.
    const QString spans = QStringLiteral("SELECT %1, %2 AS st, count(*) FROM task t WHERE t.spans = 1 AND t.assigned <= %3 AND %4"
                                         " GROUP BY 1, 2, 3, st")
                              .arg(columns, stateSql(d), day, where->sql());
    statement = m_connection->prepare(spans.toUtf8());
    if (!statement)
        return statement.error();
    bindAll(*statement, where->bindings);
    read = statement->forEachRow([&] {
        const QString group = groupOf(*statement, by, era, d);
        TaskStateCount &c = groups[group];
        c.group = group;
        const qint64 n = statement->columnInt64(4);
        switch (TaskState(statement->columnInt(3))) {
        case TaskState::CompletedOnTime: c.completedOnTime += n; break;
        case TaskState::CompletedLate: c.completedLate += n; break;
        case TaskState::InProgress: c.inProgress += n; break;
        case TaskState::Overdue: c.overdue += n; break;
        case TaskState::Standing: c.standing += n; break;
        case TaskState::NotAssigned: break;
        }
    });
    if (!read)
        return read.error();
    QList<TaskStateCount> counts;
    for (const TaskStateCount &c : std::as_const(groups)) {
        if (c.total() > 0)
            counts.append(c);
    }
    return counts;
}

Result<QList<TaskMonth>> TaskRepository::monthly(QDate from, QDate to, const TaskQuery &filter) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(QCoreApplication::translate("Cache", "A task trend needs a range of dates, not %1 to %2.")
                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    auto where = filterOf(filter);
    if (!where)
        return where.error();
    const QDate first(from.year(), from.month(), 1);
    const QDate end = QDate(to.year(), to.month(), 1).addMonths(1).addDays(-1);
    QList<TaskMonth> months;
    for (QDate m = first; m <= end; m = m.addMonths(1))
        months.append({m});
    const QString range = QStringLiteral("BETWEEN %1 AND %2").arg(dayLiteral(first.toJulianDay()), dayLiteral(end.toJulianDay()));
    const auto tally = [&](const QString &sql, QList<QVariant> bindings, qint64 TaskMonth::*member) -> Result<void> {
        auto statement = m_connection->prepare(sql.toUtf8());
        if (!statement)
            return statement.error();
        bindAll(*statement, bindings);
        return statement->forEachRow([&] {
            const QDate day = QDate::fromJulianDay(statement->columnInt64(0));
            const int index = (day.year() - first.year()) * 12 + day.month() - first.month();
            if (index >= 0 && index < months.size())
                months[index].*member += statement->columnInt64(1);
        });
    };
    const QString w = where->sql();
    if (auto r = tally(QStringLiteral("SELECT t.assigned, count(*) FROM task t WHERE t.assigned %1 AND %2 GROUP BY 1").arg(range, w),
                       where->bindings, &TaskMonth::assigned);
        !r)
        return r.error();
    if (auto r = tally(QStringLiteral("SELECT h.day, count(*) FROM task_history h JOIN task t ON t.id = h.task_id"
                                      " WHERE h.kind = %1 AND h.day %2 AND %3 GROUP BY 1")
                           .arg(int(TaskStatusChange::Kind::Confirmed))
                           .arg(range, w),
                       where->bindings, &TaskMonth::completed);
        !r)
        return r.error();
    if (auto r = tally(QStringLiteral("SELECT t.overdue_from, count(*) FROM task t WHERE t.spans = 0 AND t.overdue_from %1 AND %2 GROUP BY 1"
                                      " UNION ALL SELECT s.from_day, count(*) FROM task_span s JOIN task t ON t.id = s.task_id"
                                      " WHERE t.spans = 1 AND s.state = %3 AND s.from_day %1 AND %2 GROUP BY 1")
                           .arg(range, w)
                           .arg(int(TaskState::Overdue)),
                       where->bindings + where->bindings, &TaskMonth::becameOverdue);
        !r)
        return r.error();
    return months;
}

} // namespace dh
