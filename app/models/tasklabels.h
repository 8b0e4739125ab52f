#pragma once

#include "core/task.h"

#include <QCoreApplication>
#include <QString>

namespace dh {

// What people read for a task's codes (its state, its document's type, a change in its history),
// and the two facts about a task the views show beside its official state.
class TaskLabels
{
    Q_DECLARE_TR_FUNCTIONS(TaskLabels)

public:
    static QString state(TaskState state);
    static QString documentType(TaskDocument::Type type);
    static QString change(TaskStatusChange::Kind kind);
    // The mark beside a task whose completion the assignee reported and the tracking office has
    // not confirmed: officially it is not completed.
    static QString awaitingConfirmation();

    // The assignee reported the task done by the end of the as-of day (Hà Nội time), and the
    // tracking office had neither confirmed nor reopened it since.
    static bool isAwaitingConfirmation(const Task &task, QDate asOf);
};

} // namespace dh
