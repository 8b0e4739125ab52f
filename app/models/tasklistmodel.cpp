#include "tasklistmodel.h"

#include "tasklabels.h"

#include "core/textfold.h"

namespace dh {

TaskListModel::TaskListModel(const UnitRegistry &registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
{
}

void TaskListModel::setTasks(const QList<Task> &tasks, QDate asOf)
{
    beginResetModel();
    m_tasks = tasks;
    m_asOf = asOf;
    m_rows.clear();
    m_rows.reserve(tasks.size());
    for (const Task &t : tasks) {
        m_rows.append({taskStateAt(t, asOf), TaskLabels::isAwaitingConfirmation(t, asOf), deadlineAt(t, asOf),
                       foldForSearch(QString(t.document.number + u' ' + t.summary))});
    }
    endResetModel();
}

void TaskListModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

int TaskListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks.at(i).id == id)
            return int(i);
    }
    return -1;
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskListModel::unitName(const QString &code) const
{
    const AdminUnit *unit = m_registry.find(code);
    if (!unit)
        return code;
    return m_locale.language() == QLocale::Vietnamese ? unit->nameVi : unit->nameEn;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &t = m_tasks.at(index.row());
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case TaskIdRole: return t.id;
    case StateRole: return int(r.state);
    case AwaitingConfirmationRole: return r.awaiting;
    case DocumentTypeRole: return int(t.document.type);
    case FieldRole: return t.field;
    case DeadlineRole: return r.deadline;
    case SearchTextRole: return r.search;
    case SortRole:
        switch (index.column()) {
        case DateColumn: return t.document.date;
        case DeadlineColumn: return r.deadline.isNull() ? QDate(9999, 12, 31) : r.deadline; // standing last
        case StateColumn: return int(r.state);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        return index.column() == SummaryColumn ? QVariant(t.summary) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return t.document.number;
        case DateColumn: return m_locale.toString(t.document.date, QLocale::ShortFormat);
        case TypeColumn: return TaskLabels::documentType(t.document.type);
        case SummaryColumn: return t.summary;
        case FieldColumn: return t.field;
        case AssigneeColumn: return unitName(t.assignee);
        case DeadlineColumn: return r.deadline.isNull() ? tr("none (standing)") : m_locale.toString(r.deadline, QLocale::ShortFormat);
        case StateColumn:
            return r.awaiting ? QString(TaskLabels::state(r.state) + u" — " + TaskLabels::awaitingConfirmation())
                              : TaskLabels::state(r.state);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Document");
    case DateColumn: return tr("Date");
    case TypeColumn: return tr("Type");
    case SummaryColumn: return tr("Task");
    case FieldColumn: return tr("Field");
    case AssigneeColumn: return tr("Assignee");
    case DeadlineColumn: return tr("Deadline");
    case StateColumn: return tr("State");
    }
    return {};
}

} // namespace dh
