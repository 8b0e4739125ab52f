#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace dh {

// The document by which the Government or the Prime Minister assigned a task: "123/TB-VPCP" of a
// date, of a type, signed by someone.
struct TaskDocument
{
    enum class Type : quint8 { Resolution, Decision, Directive, OfficialLetter, ConclusionNotice };

    QString number;  // as printed: "123/TB-VPCP", "45/NQ-CP"
    QDate date;
    Type type = Type::OfficialLetter;
    QString signer;

    friend bool operator==(const TaskDocument &, const TaskDocument &) = default;
};

// One change of a task as reported: progress by the assignee, a completion the assignee reports,
// the tracking office's confirmation, a reopening, or a deadline moved by a later document.
struct TaskStatusChange
{
    enum class Kind : quint8 {
        Assigned,           // the task was created by its document
        Progress,           // the assignee reported work in progress
        CompletionReported, // the assignee says it is done; not yet confirmed
        Confirmed,          // the tracking office confirmed completion: the task counts as completed
        Reopened,           // a confirmed task was reopened (found not done); it counts as not completed
        DeadlineChanged,    // a later document moved the deadline (newDeadline; null = now standing)
    };

    QDateTime at;        // when the change took effect (UTC)
    Kind kind = Kind::Progress;
    QString reportedBy;  // the unit or person who reported it
    QDate newDeadline;   // DeadlineChanged only
    QString document;    // the document that made the change, when there is one
    QString note;

    friend bool operator==(const TaskStatusChange &, const TaskStatusChange &) = default;
};

// A task assigned to a ministry or a province (DESIGN.md §2, "task tracking"). Its state is never
// stored: it is computed for an as-of date from the deadline and the status history (taskStateAt).
struct Task
{
    QString id;
    TaskDocument document;
    QString summary;
    QString field;                 // sector code, e.g. "economy", "health"
    QString assignee;              // a unit code of the registry (ministry or province) of its time
    QString responsibleUnit;       // the office inside the assignee
    QStringList cooperators;       // unit codes
    QDate deadline;                // null: a standing task, without a deadline
    QDate initialDeadline;         // the deadline of the assigning document (deadline may move)
    QList<TaskStatusChange> history; // in time order
    bool synthetic = false;

    friend bool operator==(const Task &, const Task &) = default;
};

// The four states of official reporting, plus standing tasks counted apart.
enum class TaskState : quint8 {
    CompletedOnTime,
    CompletedLate,
    InProgress,   // not completed, within the deadline
    Overdue,      // not completed, past the deadline
    Standing,     // no deadline (and not completed)
    NotAssigned,  // the as-of date is before the task's document
};

// The deadline's day ends at midnight in Asia/Ho_Chi_Minh (UTC+7): a task confirmed during the
// deadline day, Hà Nội time, is on time; one not completed at the end of it is overdue from the
// next day. States are computed at the end of the as-of day, Hà Nội time.
TaskState taskStateAt(const Task &task, QDate asOf);
// The deadline in force at the end of the as-of day (later documents may have moved it).
QDate deadlineAt(const Task &task, QDate asOf);
// The Hà Nội day of a completion confirmed and not reopened by the end of the as-of day; nullopt
// when the task is not completed then.
std::optional<QDate> completionAt(const Task &task, QDate asOf);
// The Hà Nội calendar day of an instant.
QDate hanoiDate(const QDateTime &instant);
// The day the task was assigned: its document's date, or the first change of its history when the
// document has no date.
QDate taskAssignedDate(const Task &task);

// A run of days over which a task's state does not change; to is null for the last, open-ended run.
struct TaskStateSpan
{
    QDate from;
    QDate to;
    TaskState state = TaskState::NotAssigned;

    friend bool operator==(const TaskStateSpan &, const TaskStateSpan &) = default;
};
// The task's state over all days, from its assignment on (earlier days are NotAssigned): the state
// only changes on the assignment day, on a day of its history, or the day after a deadline, so a
// store can keep these runs and answer taskStateAt for any date without the history.
QList<TaskStateSpan> taskStateSpans(const Task &task);

QString taskStateName(TaskState state);                // stable: "completed-on-time", …
std::optional<TaskState> taskStateFromName(QStringView name);
QString documentTypeName(TaskDocument::Type type);     // stable: "resolution", "decision", …
std::optional<TaskDocument::Type> documentTypeFromName(QStringView name);
QString statusChangeKindName(TaskStatusChange::Kind kind); // stable: "assigned", "confirmed", …
std::optional<TaskStatusChange::Kind> statusChangeKindFromName(QStringView name);

} // namespace dh

Q_DECLARE_METATYPE(dh::Task)
