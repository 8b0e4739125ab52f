#pragma once

#include "core/adminunit.h"
#include "core/unitregistry.h"
#include "store/taskrepository.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace dh {

// The ministries, or the provinces, ranked by their overdue tasks at an as-of date: the count of
// overdue tasks, the tasks with a deadline, and the overdue rate (overdue among them). Sorted by
// count or by rate, most overdue first; the rank follows the sort. The groups are the 2025 units
// or the units of their time, as the counts were asked for.
class TaskRankingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskRankingModel)

public:
    enum Column { RankColumn, NameColumn, OverdueColumn, TasksColumn, RateColumn, ColumnCount };
    enum Role { UnitRole = Qt::UserRole + 1, SortRole };

    TaskRankingModel(const UnitRegistry &registry, AdminUnit::Level level, QObject *parent = nullptr);

    AdminUnit::Level level() const { return m_level; }
    // Counts grouped by assignee; the groups of other levels are left out.
    void setCounts(const QList<TaskStateCount> &counts);
    void setLocale(const QLocale &locale);
    int rowOf(const QString &unit) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // By the overdue count (OverdueColumn) or rate (RateColumn); other columns sort by name. Ties
    // go by the other measure, then by name.
    void sort(int column, Qt::SortOrder order = Qt::DescendingOrder) override;

private:
    struct Row
    {
        QString unit;
        QString nameVi, nameEn;
        qint64 overdue = 0;
        qint64 tasks = 0;
        double rate = 0; // per cent; 0 when there are no tasks with a deadline
    };

    UnitRegistry m_registry;
    AdminUnit::Level m_level;
    QList<Row> m_rows;
    QLocale m_locale;
    int m_sortColumn = OverdueColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace dh
