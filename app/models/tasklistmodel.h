#pragma once

#include "core/task.h"
#include "core/unitregistry.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace dh {

// Tasks as a table at an as-of date: the document (number, date, type), summary, field, assignee,
// deadline in force and state. A completion the assignee reported and the tracking office has not
// confirmed keeps the task's official state (not completed) with the mark "awaiting confirmation".
// Filtered and sorted through a TaskFilterProxy.
class TaskListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListModel)

public:
    enum Column { NumberColumn, DateColumn, TypeColumn, SummaryColumn, FieldColumn, AssigneeColumn, DeadlineColumn, StateColumn, ColumnCount };
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        StateRole,                  // TaskState as int
        AwaitingConfirmationRole,   // bool
        DocumentTypeRole,           // TaskDocument::Type as int
        FieldRole,
        DeadlineRole,               // QDate in force at the as-of date; null for a standing task
        SearchTextRole,             // document number and summary, folded (core/textfold.h)
        SortRole,                   // the column's raw value
    };

    explicit TaskListModel(const UnitRegistry &registry, QObject *parent = nullptr);

    void setTasks(const QList<Task> &tasks, QDate asOf);
    const QList<Task> &tasks() const { return m_tasks; }
    QDate asOf() const { return m_asOf; }
    void setLocale(const QLocale &locale);
    // The row of a task, or −1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        TaskState state;
        bool awaiting;
        QDate deadline;
        QString search;
    };

    QString unitName(const QString &code) const;

    UnitRegistry m_registry;
    QList<Task> m_tasks;
    QList<Row> m_rows; // what each task is at the as-of date, computed once
    QDate m_asOf;
    QLocale m_locale;
};

} // namespace dh
