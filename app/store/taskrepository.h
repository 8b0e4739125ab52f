#pragma once

#include "core/adminunit.h"
#include "core/result.h"
#include "core/task.h"
#include "core/taskassigneeresolver.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace dh {

namespace sqlite {
class Connection;
class Statement;
}

// Which units a task is listed and ranked under: the 2025 units (a task of a unit merged in 2025
// passes to its successor from the merger date) or the units of their time (the original assignee).
enum class TaskUnitEra : quint8 { Units2025, Historical };

// A selection of tasks; all filters are optional and AND-ed.
struct TaskQuery
{
    // Unit codes. With era == Units2025 a 2025 successor also matches its predecessors' tasks from
    // their merger date on (at asOf; without asOf, today's units: every merger has happened), and a
    // merged unit matches its tasks only before its merger date. Historical matches the assignee.
    QStringList assignees;
    TaskUnitEra era = TaskUnitEra::Units2025;
    QDate asOf;                       // states are computed at this date (required with states)
    QList<TaskState> states;
    QList<TaskDocument::Type> documentTypes;
    QStringList fields;
    QList<AdminUnit::Level> levels;   // the assignee's level: Ministry or Province
    QDate deadlineFrom, deadlineTo;   // inclusive, on the current deadline; leaves out standing tasks
    QString search;                   // case- and diacritic-insensitive, in document number and summary
    int limit = -1, offset = 0;       // ordered by deadline (standing tasks last), then id
};

// The four states and standing tasks of one group at an as-of date.
struct TaskStateCount
{
    QString group;  // a unit code, a level name ("ministry", "province"), a field, or "" for None
    qint64 completedOnTime = 0, completedLate = 0, inProgress = 0, overdue = 0, standing = 0;
    qint64 total() const { return completedOnTime + completedLate + inProgress + overdue + standing; }
    qint64 count(TaskState state) const;
    friend bool operator==(const TaskStateCount &, const TaskStateCount &) = default;
};

enum class TaskGrouping { Assignee, AssigneeLevel /* ministry vs province */, Field, None };

// One month of the trend: tasks assigned in it, confirmed completions in it, and tasks that became
// overdue in it (the day after a deadline passed without a confirmed completion).
struct TaskMonth
{
    QDate month;  // its first day
    qint64 assigned = 0, completed = 0, becameOverdue = 0;
    friend bool operator==(const TaskMonth &, const TaskMonth &) = default;
};

// A task changed at a feed position, or removed (then the task holds only its id).
struct TaskFeedEntry
{
    qint64 position = 0;
    Task task;
    bool deleted = false;
};

// A page of the task feed, as FeedPage is for observations.
struct TaskPage
{
    QList<TaskFeedEntry> entries;
    qint64 since = 0;
    qint64 nextSince = 0;
    bool hasMore = false;
};

// The tasks a cache holds (issue 14), with their history and cooperating units, the task feed a hub
// serves, and the reminders already fired. States are never stored as labels: each task keeps the
// days that decide its state at any date (its assignment day, deadline and confirmed completion
// when those tell the whole story, or else the runs of days of each state, from taskStateSpans), so
// the counts at an as-of date are one SQL scan. Codes are kept as given.
class TaskRepository
{
public:
    TaskRepository(sqlite::Connection &connection, const UnitRegistry &registry);

    // One transaction (the caller's, if one is open): all the tasks or none. Replaces a task held under the same id, with its
    // history; a task the same as the one held takes no feed position. Refuses a task without an
    // id, an assignee or a dated document.
    Result<void> upsert(const QList<Task> &tasks);
    // Deletes the tasks of these ids with their histories (an id not held is passed over) and
    // returns how many were held. Inside the caller's transaction when one is open, as upsert. Each
    // removed task takes the next feed position, where changes() reports its deletion.
    Result<qint64> remove(const QStringList &ids);
    Result<std::optional<Task>> find(const QString &id) const;
    // With their histories.
    Result<QList<Task>> list(const TaskQuery &query) const;
    Result<qint64> count(const TaskQuery &query) const;
    // The four states and standing tasks per group at the as-of date, of the tasks assigned by then;
    // the filter's asOf is replaced by this one. Assignee groups by the unit that holds the task
    // then (Units2025) or by the original assignee (Historical). Ordered by group.
    Result<QList<TaskStateCount>> counts(QDate asOf, TaskGrouping by, TaskUnitEra era,
                                         const TaskQuery &filter = {}) const;
    // Per month from the month of `from` to the month of `to`, every month listed.
    Result<QList<TaskMonth>> monthly(QDate from, QDate to, const TaskQuery &filter = {}) const;
    // The task feed, in feed order, for the hub: the tasks changed and removed after since.
    Result<TaskPage> changes(qint64 since, int limit = 1000) const;
    // The latest position handed out (0: none).
    Result<qint64> position() const;
    // Reminders: records that (task or unit, rule, occasion) fired; false when it already had.
    Result<bool> markReminderFired(const QString &key, const QString &rule, QDate occasion);
    Result<bool> reminderFired(const QString &key, const QString &rule, QDate occasion) const;
    // How many tasks are held, by a plain SELECT count(*): the bench's yardstick.
    Result<qint64> rawCount() const;

private:
    Result<QList<Task>> select(const QByteArray &sql, const QList<QVariant> &bindings) const;
    Result<void> readDetails(Task &task, qint64 rowId) const;

    sqlite::Connection *m_connection;
    TaskAssigneeResolver m_resolver;
};

} // namespace dh
