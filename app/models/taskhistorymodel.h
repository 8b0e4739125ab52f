#pragma once

#include "core/task.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace dh {

// A task's detail: its history, one change a row in time order — the day (Hà Nội), what changed
// (a moved deadline with its new date), who reported it, the document and a note.
class TaskHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskHistoryModel)

public:
    enum Column { DateColumn, ChangeColumn, ReportedByColumn, DocumentColumn, NoteColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, InstantRole };

    explicit TaskHistoryModel(QObject *parent = nullptr);

    void setTask(const Task &task);
    const Task &task() const { return m_task; }
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Task m_task;
    QLocale m_locale;
};

} // namespace dh
