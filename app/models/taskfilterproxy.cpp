#include "taskfilterproxy.h"

#include "tasklabels.h"

#include "core/textfold.h"
#include "tasklistmodel.h"

namespace dh {

TaskFilterProxy::TaskFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskListModel::SortRole);
    setSortLocaleAware(true);
}

void TaskFilterProxy::setStates(const QList<TaskState> &states)
{
    m_states.clear();
    for (TaskState s : states)
        m_states.append(int(s));
    invalidateFilter();
}

void TaskFilterProxy::setDocumentTypes(const QList<TaskDocument::Type> &types)
{
    m_types.clear();
    for (TaskDocument::Type t : types)
        m_types.append(int(t));
    invalidateFilter();
}

void TaskFilterProxy::setFields(const QStringList &fields)
{
    m_fields = fields;
    invalidateFilter();
}

void TaskFilterProxy::setDeadlineRange(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void TaskFilterProxy::setSearch(const QString &text)
{
    m_words = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_states.isEmpty() && !m_states.contains(index.data(TaskListModel::StateRole).toInt()))
        return false;
    if (!m_types.isEmpty() && !m_types.contains(index.data(TaskListModel::DocumentTypeRole).toInt()))
        return false;
    if (!m_fields.isEmpty() && !m_fields.contains(index.data(TaskListModel::FieldRole).toString()))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate deadline = index.data(TaskListModel::DeadlineRole).toDate();
        if (!deadline.isValid() || (m_from.isValid() && deadline < m_from) || (m_to.isValid() && deadline > m_to))
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = index.data(TaskListModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace dh
