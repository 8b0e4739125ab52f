#include "tasksummary.h"

#include <limits>

namespace dh {

qint64 TaskSummary::count(TaskState state) const
{
    switch (state) {
    case TaskState::CompletedOnTime: return counts.completedOnTime;
    case TaskState::CompletedLate: return counts.completedLate;
    case TaskState::InProgress: return counts.inProgress;
    case TaskState::Overdue: return counts.overdue;
    case TaskState::Standing: return counts.standing;
    case TaskState::NotAssigned: return 0;
    }
    return 0;
}

qint64 TaskSummary::withDeadline() const
{
    return counts.completedOnTime + counts.completedLate + counts.inProgress + counts.overdue;
}

double TaskSummary::rate(TaskState state) const
{
    const qint64 all = withDeadline();
    if (all == 0 || state == TaskState::Standing || state == TaskState::NotAssigned)
        return std::numeric_limits<double>::quiet_NaN();
    return 100.0 * double(count(state)) / double(all);
}

QList<TaskState> TaskSummary::fourStates()
{
    return {TaskState::CompletedOnTime, TaskState::CompletedLate, TaskState::InProgress, TaskState::Overdue};
}

Result<TaskSummary> TaskSummary::read(const TaskRepository &tasks, QDate asOf, const QString &assignee, TaskUnitEra era, int trendMonths)
{
    TaskQuery filter;
    filter.era = era;
    if (!assignee.isEmpty())
        filter.assignees = {assignee};
    const auto counts = tasks.counts(asOf, TaskGrouping::None, era, filter);
    if (!counts)
        return counts.error();
    TaskSummary s;
    s.asOf = asOf;
    s.assignee = assignee;
    s.era = era;
    for (const TaskStateCount &c : *counts) {
        s.counts.completedOnTime += c.completedOnTime;
        s.counts.completedLate += c.completedLate;
        s.counts.inProgress += c.inProgress;
        s.counts.overdue += c.overdue;
        s.counts.standing += c.standing;
    }
    const QDate from = QDate(asOf.year(), asOf.month(), 1).addMonths(1 - trendMonths);
    const auto months = tasks.monthly(from, asOf, filter);
    if (!months)
        return months.error();
    s.months = *months;
    return s;
}

} // namespace dh
