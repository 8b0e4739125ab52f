#pragma once

#include "store/taskrepository.h"

#include <QDate>
#include <QList>
#include <QMetaType>

namespace dh {

// The four states of official reporting at an as-of date — completed on time, completed late, in
// progress within the deadline, overdue — with the standing tasks counted apart, and the trend by
// month, for the nation or one assignee. Rates are shares of the four states: standing tasks have
// no deadline to be late against and are not in them.
struct TaskSummary
{
    QDate asOf;
    QString assignee;           // empty: the nation
    TaskUnitEra era = TaskUnitEra::Units2025;
    TaskStateCount counts;
    QList<TaskMonth> months;    // oldest first

    qint64 count(TaskState state) const;
    // The four states without the standing tasks.
    qint64 withDeadline() const;
    // The state's share of the four states in per cent; NaN when there are none.
    double rate(TaskState state) const;
    // The four states in the order the views draw them.
    static QList<TaskState> fourStates();
    // The nation's summary (assignee empty) or an assignee's, read from the cache's tasks, with the
    // trend of trendMonths months up to the as-of date's month.
    static Result<TaskSummary> read(const TaskRepository &tasks, QDate asOf, const QString &assignee, TaskUnitEra era, int trendMonths);
};

} // namespace dh

Q_DECLARE_METATYPE(dh::TaskSummary)
