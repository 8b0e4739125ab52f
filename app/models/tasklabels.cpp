#include "tasklabels.h"

namespace dh {

QString TaskLabels::state(TaskState state)
{
    switch (state) {
    case TaskState::CompletedOnTime: return tr("Completed on time");
    case TaskState::CompletedLate: return tr("Completed late");
    case TaskState::InProgress: return tr("In progress, within the deadline");
    case TaskState::Overdue: return tr("Overdue");
    case TaskState::Standing: return tr("Standing (no deadline)");
    case TaskState::NotAssigned: return tr("Not yet assigned");
    }
    return taskStateName(state);
}

QString TaskLabels::documentType(TaskDocument::Type type)
{
    switch (type) {
    case TaskDocument::Type::Resolution: return tr("Resolution");
    case TaskDocument::Type::Decision: return tr("Decision");
    case TaskDocument::Type::Directive: return tr("Directive");
    case TaskDocument::Type::OfficialLetter: return tr("Official letter");
    case TaskDocument::Type::ConclusionNotice: return tr("Conclusion notice");
    }
    return documentTypeName(type);
}

QString TaskLabels::change(TaskStatusChange::Kind kind)
{
    switch (kind) {
    case TaskStatusChange::Kind::Assigned: return tr("Assigned");
    case TaskStatusChange::Kind::Progress: return tr("Progress reported");
    case TaskStatusChange::Kind::CompletionReported: return tr("Completion reported by the assignee");
    case TaskStatusChange::Kind::Confirmed: return tr("Completion confirmed by the tracking office");
    case TaskStatusChange::Kind::Reopened: return tr("Reopened");
    case TaskStatusChange::Kind::DeadlineChanged: return tr("Deadline changed");
    }
    return statusChangeKindName(kind);
}

QString TaskLabels::awaitingConfirmation()
{
    return tr("awaiting confirmation");
}

bool TaskLabels::isAwaitingConfirmation(const Task &task, QDate asOf)
{
    bool awaiting = false;
    for (const TaskStatusChange &change : task.history) {
        if (hanoiDate(change.at) > asOf)
            break;
        if (change.kind == TaskStatusChange::Kind::CompletionReported)
            awaiting = true;
        else if (change.kind == TaskStatusChange::Kind::Confirmed || change.kind == TaskStatusChange::Kind::Reopened)
            awaiting = false;
    }
    return awaiting && !completionAt(task, asOf);
}

} // namespace dh
