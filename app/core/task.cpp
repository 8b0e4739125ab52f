#include "task.h"

#include <QTimeZone>

#include <algorithm>
#include <array>

namespace dh {

namespace {

// Asia/Ho_Chi_Minh has kept UTC+07:00 without daylight saving since 1975, so a fixed offset is
// exact where the zone database lacks the name (Windows without ICU data).
const QTimeZone &hanoiZone()
{
    static const QTimeZone zone = [] {
        QTimeZone hcm(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
        return hcm.isValid() ? hcm : QTimeZone(7 * 3600);
    }();
    return zone;
}

bool hasDeadlineChanges(const Task &task)
{
    return std::any_of(task.history.cbegin(), task.history.cend(),
                       [](const TaskStatusChange &c) { return c.kind == TaskStatusChange::Kind::DeadlineChanged; });
}

template<typename E, size_t N>
std::optional<E> fromName(QStringView name, const std::array<E, N> &values, QString (*toName)(E))
{
    for (E value : values) {
        if (toName(value) == name)
            return value;
    }
    return std::nullopt;
}

} // namespace

QDate hanoiDate(const QDateTime &instant)
{
    return instant.isValid() ? instant.toTimeZone(hanoiZone()).date() : QDate();
}

QDate taskAssignedDate(const Task &task)
{
    if (task.document.date.isValid())
        return task.document.date;
    return task.history.isEmpty() ? QDate() : hanoiDate(task.history.constFirst().at);
}

QDate deadlineAt(const Task &task, QDate asOf)
{
    // Without any change the task's deadline is the one in force; once a document moved it, the
    // run starts from the assigning document's deadline (null there: it began as standing).
    if (!hasDeadlineChanges(task))
        return task.deadline;
    QDate deadline = task.initialDeadline;
    for (const TaskStatusChange &change : task.history) {
        if (change.kind == TaskStatusChange::Kind::DeadlineChanged && hanoiDate(change.at) <= asOf)
            deadline = change.newDeadline;
    }
    return deadline;
}

std::optional<QDate> completionAt(const Task &task, QDate asOf)
{
    std::optional<QDate> completed;
    for (const TaskStatusChange &change : task.history) {
        const QDate day = hanoiDate(change.at);
        if (day > asOf)
            continue;
        // A second confirmation of a task already confirmed does not move its completion day.
        if (change.kind == TaskStatusChange::Kind::Confirmed && !completed)
            completed = day;
        else if (change.kind == TaskStatusChange::Kind::Reopened)
            completed.reset();
    }
    return completed;
}

TaskState taskStateAt(const Task &task, QDate asOf)
{
    const QDate assigned = taskAssignedDate(task);
    if (!asOf.isValid() || (assigned.isValid() && asOf < assigned))
        return TaskState::NotAssigned;
    const QDate deadline = deadlineAt(task, asOf);
    if (const std::optional<QDate> done = completionAt(task, asOf))
        return !deadline.isValid() || *done <= deadline ? TaskState::CompletedOnTime : TaskState::CompletedLate;
    if (!deadline.isValid())
        return TaskState::Standing;
    return asOf <= deadline ? TaskState::InProgress : TaskState::Overdue;
}

QList<TaskStateSpan> taskStateSpans(const Task &task)
{
    const QDate assigned = taskAssignedDate(task);
    QList<QDate> starts;
    if (assigned.isValid())
        starts.append(assigned);
    const auto addDeadline = [&](QDate deadline) {
        if (deadline.isValid())
            starts.append(deadline.addDays(1));
    };
    addDeadline(task.deadline);
    addDeadline(task.initialDeadline);
    for (const TaskStatusChange &change : task.history) {
        starts.append(hanoiDate(change.at));
        addDeadline(change.newDeadline);
    }
    starts.removeIf([&](QDate d) { return !d.isValid() || (assigned.isValid() && d < assigned); });
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    QList<TaskStateSpan> spans;
    for (QDate start : std::as_const(starts)) {
        const TaskState state = taskStateAt(task, start);
        if (!spans.isEmpty() && spans.constLast().state == state)
            continue;
        if (!spans.isEmpty())
            spans.last().to = start.addDays(-1);
        spans.append({start, QDate(), state});
    }
    return spans;
}

QString taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::CompletedOnTime: return QStringLiteral("completed-on-time");
    case TaskState::CompletedLate: return QStringLiteral("completed-late");
    case TaskState::InProgress: return QStringLiteral("in-progress");
    case TaskState::Overdue: return QStringLiteral("overdue");
    case TaskState::Standing: return QStringLiteral("standing");
    case TaskState::NotAssigned: return QStringLiteral("not-assigned");
    }
    return {};
}

std::optional<TaskState> taskStateFromName(QStringView name)
{
    static constexpr std::array values = {TaskState::CompletedOnTime, TaskState::CompletedLate, TaskState::InProgress,
                                          TaskState::Overdue, TaskState::Standing, TaskState::NotAssigned};
    return fromName(name, values, &taskStateName);
}

QString documentTypeName(TaskDocument::Type type)
{
    switch (type) {
    case TaskDocument::Type::Resolution: return QStringLiteral("resolution");
    case TaskDocument::Type::Decision: return QStringLiteral("decision");
    case TaskDocument::Type::Directive: return QStringLiteral("directive");
    case TaskDocument::Type::OfficialLetter: return QStringLiteral("official-letter");
    case TaskDocument::Type::ConclusionNotice: return QStringLiteral("conclusion-notice");
    }
    return {};
}

std::optional<TaskDocument::Type> documentTypeFromName(QStringView name)
{
    static constexpr std::array values = {TaskDocument::Type::Resolution, TaskDocument::Type::Decision,
                                          TaskDocument::Type::Directive, TaskDocument::Type::OfficialLetter,
                                          TaskDocument::Type::ConclusionNotice};
    return fromName(name, values, &documentTypeName);
}

QString statusChangeKindName(TaskStatusChange::Kind kind)
{
    using Kind = TaskStatusChange::Kind;
    switch (kind) {
    case Kind::Assigned: return QStringLiteral("assigned");
    case Kind::Progress: return QStringLiteral("progress");
    case Kind::CompletionReported: return QStringLiteral("completion-reported");
    case Kind::Confirmed: return QStringLiteral("confirmed");
    case Kind::Reopened: return QStringLiteral("reopened");
    case Kind::DeadlineChanged: return QStringLiteral("deadline-changed");
    }
    return {};
}

std::optional<TaskStatusChange::Kind> statusChangeKindFromName(QStringView name)
{
    using Kind = TaskStatusChange::Kind;
    static constexpr std::array values = {Kind::Assigned, Kind::Progress, Kind::CompletionReported,
                                          Kind::Confirmed, Kind::Reopened, Kind::DeadlineChanged};
    return fromName(name, values, &statusChangeKindName);
}

} // namespace dh
