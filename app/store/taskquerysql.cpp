#include "taskquerysql.h"

#include "sqlite/statement.h"

#include "core/textfold.h"

#include <QCoreApplication>

namespace dh::tasksql {

QString dayLiteral(qint64 day)
{
    return QString::number(day);
}

// The state at day `d` as SQL over a task row `t`: the columns when they tell the whole story
// (the rule of formulaState in taskrepository.cpp), else the task's run of days holding `d`.
QString stateSql(qint64 d)
{
    return QStringLiteral(
               "(CASE WHEN t.spans THEN coalesce((SELECT s.state FROM task_span s WHERE s.task_id = t.id AND s.from_day <= %1"
               " ORDER BY s.from_day DESC LIMIT 1), %2)"
               " WHEN %1 < t.assigned THEN %2"
               " WHEN t.done <= %1 THEN CASE WHEN t.ontime_done <= %1 THEN %3 ELSE %4 END"
               " WHEN t.deadline IS NULL THEN %5 WHEN %1 <= t.deadline THEN %6 ELSE %7 END)")
        .arg(dayLiteral(d))
        .arg(int(TaskState::NotAssigned))
        .arg(int(TaskState::CompletedOnTime))
        .arg(int(TaskState::CompletedLate))
        .arg(int(TaskState::Standing))
        .arg(int(TaskState::InProgress))
        .arg(int(TaskState::Overdue));
}

QString unitSql(TaskUnitEra era, qint64 d)
{
    return era == TaskUnitEra::Historical ? QStringLiteral("t.assignee")
                                          : QStringLiteral("(CASE WHEN t.handover <= %1 THEN t.successor ELSE t.assignee END)").arg(dayLiteral(d));
}

QString Filter::placeholders(const QStringList &values)
{
    QStringList marks;
    for (const QString &v : values) {
        marks.append(QStringLiteral("?"));
        bindings.append(v);
    }
    return marks.join(u", ");
}

namespace {

template<typename E>
QString intList(const QList<E> &values)
{
    QStringList items;
    for (E v : values)
        items.append(QString::number(int(v)));
    return items.join(u", ");
}

} // namespace

Result<Filter> filterOf(const TaskQuery &query)
{
    Filter f;
    const qint64 asOf = query.asOf.isValid() ? query.asOf.toJulianDay() : kFarFuture;
    if (!query.assignees.isEmpty()) {
        if (query.era == TaskUnitEra::Historical) {
            f.clauses.append(QStringLiteral("t.assignee IN (%1)").arg(f.placeholders(query.assignees)));
        } else {
            // The first term lets SQLite reach the rows by the two indexes; the second decides.
            const QString a = f.placeholders(query.assignees);
            const QString s = f.placeholders(query.assignees);
            f.clauses.append(QStringLiteral("(t.assignee IN (%1) OR t.successor IN (%2))").arg(a, s));
            f.clauses.append(QStringLiteral("%1 IN (%2)").arg(unitSql(query.era, asOf), f.placeholders(query.assignees)));
        }
    }
    if (!query.states.isEmpty()) {
        if (!query.asOf.isValid())
            return Error::invalid(QCoreApplication::translate("Cache", "Selecting tasks by state needs an as-of date."));
        f.clauses.append(QStringLiteral("%1 IN (%2)").arg(stateSql(asOf), intList(query.states)));
    }
    if (!query.documentTypes.isEmpty())
        f.clauses.append(QStringLiteral("t.doc_type IN (%1)").arg(intList(query.documentTypes)));
    if (!query.levels.isEmpty())
        f.clauses.append(QStringLiteral("t.level IN (%1)").arg(intList(query.levels)));
    if (!query.fields.isEmpty())
        f.clauses.append(QStringLiteral("t.field IN (%1)").arg(f.placeholders(query.fields)));
    if (query.deadlineFrom.isValid())
        f.clauses.append(QStringLiteral("t.deadline >= %1").arg(dayLiteral(query.deadlineFrom.toJulianDay())));
    if (query.deadlineTo.isValid())
        f.clauses.append(QStringLiteral("t.deadline <= %1").arg(dayLiteral(query.deadlineTo.toJulianDay())));
    const QString search = foldForSearch(query.search.trimmed());
    if (!search.isEmpty()) {
        f.clauses.append(QStringLiteral("instr(t.search, ?) > 0"));
        f.bindings.append(search);
    }
    return f;
}

void bindAll(sqlite::Statement &s, const QList<QVariant> &bindings)
{
    int i = 1;
    for (const QVariant &b : bindings) {
        if (b.typeId() == QMetaType::QString)
            s.bind(i++, b.toString());
        else
            s.bind(i++, b.toLongLong());
    }
}

} // namespace dh::tasksql
