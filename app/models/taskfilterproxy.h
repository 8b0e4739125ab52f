#pragma once

#include "core/task.h"

#include <QDate>
#include <QSortFilterProxyModel>

namespace dh {

// The filters of a task list: states, document types, fields, a deadline range and a search in
// document numbers and summaries that ignores case and diacritics. Every filter left empty lets
// everything through; the filters are AND-ed. Sorts on the list's raw values (dates as dates).
class TaskFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterProxy)

public:
    explicit TaskFilterProxy(QObject *parent = nullptr);

    void setStates(const QList<TaskState> &states);
    void setDocumentTypes(const QList<TaskDocument::Type> &types);
    void setFields(const QStringList &fields);
    // Inclusive; a null end is open. A standing task has no deadline and is left out by any range.
    void setDeadlineRange(QDate from, QDate to);
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<int> m_states;
    QList<int> m_types;
    QStringList m_fields;
    QDate m_from, m_to;
    QStringList m_words; // folded; every word must occur
};

} // namespace dh
