#pragma once

// The SQL the task repository builds for a query: private to app/store, shared by the repository's
// files (taskrepository.cpp, taskrepositorycounts.cpp).

#include "taskrepository.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace dh {

namespace sqlite {
class Statement;
}

namespace tasksql {

// Later than any date a task is asked about: "today's units", after every merger.
inline const qint64 kFarFuture = QDate(9999, 12, 31).toJulianDay();
inline const qint64 kUnknownLevel = -1;
// A day that never comes, in the columns that count states (see schema version 7).
inline const qint64 kNever = 99999999;

// A day as an SQL literal: days are integers, so they are written into the text (a statement per
// date) rather than bound.
QString dayLiteral(qint64 day);
// The state at day `d` (a TaskState as an integer) as SQL over a task row `t`.
QString stateSql(qint64 d);
// The unit that holds a task row `t` at day `d`, in the era.
QString unitSql(TaskUnitEra era, qint64 d);

// A WHERE clause over the task row `t`, with its bindings in order.
struct Filter
{
    QStringList clauses;
    QList<QVariant> bindings;

    QString placeholders(const QStringList &values);
    QString sql() const { return clauses.isEmpty() ? QStringLiteral("1") : clauses.join(u" AND "); }
};

Result<Filter> filterOf(const TaskQuery &query);
void bindAll(sqlite::Statement &s, const QList<QVariant> &bindings);

} // namespace tasksql

} // namespace dh
