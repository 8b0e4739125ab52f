#include "taskhistorymodel.h"

#include "tasklabels.h"

namespace dh {

TaskHistoryModel::TaskHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
{
}

void TaskHistoryModel::setTask(const Task &task)
{
    beginResetModel();
    m_task = task;
    endResetModel();
}

void TaskHistoryModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

int TaskHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_task.history.size());
}

int TaskHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskStatusChange &c = m_task.history.at(index.row());
    switch (role) {
    case KindRole: return int(c.kind);
    case InstantRole: return c.at;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return m_locale.toString(hanoiDate(c.at), QLocale::ShortFormat);
        case ChangeColumn:
            if (c.kind == TaskStatusChange::Kind::DeadlineChanged) {
                return c.newDeadline.isValid()
                           ? tr("Deadline moved to %1").arg(m_locale.toString(c.newDeadline, QLocale::ShortFormat))
                           : tr("Deadline removed: now a standing task");
            }
            return TaskLabels::change(c.kind);
        case ReportedByColumn: return c.reportedBy;
        case DocumentColumn: return c.document;
        case NoteColumn: return c.note;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TaskHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case ChangeColumn: return tr("Change");
    case ReportedByColumn: return tr("Reported by");
    case DocumentColumn: return tr("Document");
    case NoteColumn: return tr("Note");
    }
    return {};
}

} // namespace dh
