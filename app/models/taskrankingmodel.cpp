#include "taskrankingmodel.h"

#include <algorithm>

namespace dh {

TaskRankingModel::TaskRankingModel(const UnitRegistry &registry, AdminUnit::Level level, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_level(level)
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
{
}

void TaskRankingModel::setCounts(const QList<TaskStateCount> &counts)
{
    QList<Row> rows;
    for (const TaskStateCount &c : counts) {
        const AdminUnit *unit = m_registry.find(c.group);
        if (!unit || unit->level != m_level)
            continue;
        Row r{c.group, unit->nameVi, unit->nameEn, c.overdue, c.completedOnTime + c.completedLate + c.inProgress + c.overdue, 0};
        r.rate = r.tasks > 0 ? 100.0 * double(r.overdue) / double(r.tasks) : 0;
        rows.append(r);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    sort(m_sortColumn, m_sortOrder);
}

void TaskRankingModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

int TaskRankingModel::rowOf(const QString &unit) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).unit == unit)
            return int(i);
    }
    return -1;
}

int TaskRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskRankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const bool vi = m_locale.language() == QLocale::Vietnamese;
    switch (role) {
    case UnitRole: return r.unit;
    case SortRole:
        switch (index.column()) {
        case RankColumn: return index.row() + 1;
        case NameColumn: return vi ? r.nameVi : r.nameEn;
        case OverdueColumn: return r.overdue;
        case TasksColumn: return r.tasks;
        case RateColumn: return r.rate;
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn: return index.row() + 1;
        case NameColumn: return vi ? r.nameVi : r.nameEn;
        case OverdueColumn: return m_locale.toString(r.overdue);
        case TasksColumn: return m_locale.toString(r.tasks);
        case RateColumn: return r.tasks > 0 ? QVariant(QString(m_locale.toString(r.rate, 'f', 1) + u" %")) : QVariant(QStringLiteral("–"));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TaskRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn: return tr("Rank");
    case NameColumn: return m_level == AdminUnit::Level::Ministry ? tr("Ministry or agency") : tr("Province");
    case OverdueColumn: return tr("Overdue");
    case TasksColumn: return tr("With a deadline");
    case RateColumn: return tr("Overdue rate");
    }
    return {};
}

void TaskRankingModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    const bool byRate = column == RateColumn;
    const bool byName = column != RateColumn && column != OverdueColumn;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList units;
    for (const QModelIndex &i : before)
        units.append(m_rows.at(i.row()).unit);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        if (byName)
            return order == Qt::AscendingOrder ? a.nameVi < b.nameVi : b.nameVi < a.nameVi;
        const auto key = [byRate](const Row &r) { return byRate ? std::pair(r.rate, double(r.overdue)) : std::pair(double(r.overdue), r.rate); };
        if (key(a) != key(b))
            return order == Qt::DescendingOrder ? key(b) < key(a) : key(a) < key(b);
        return a.nameVi < b.nameVi;
    });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(units.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace dh
