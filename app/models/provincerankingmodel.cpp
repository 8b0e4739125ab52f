#include "provincerankingmodel.h"

#include "exportroles.h"
#include "exports/table.h"

namespace dh {

ProvinceRankingModel::ProvinceRankingModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
{
}

void ProvinceRankingModel::setRanking(const Indicator &indicator, const QList<RankedProvince> &ranking)
{
    beginResetModel();
    m_indicator = indicator;
    m_ranking = ranking;
    endResetModel();
}

void ProvinceRankingModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

int ProvinceRankingModel::rowOf(const QString &unit) const
{
    for (qsizetype i = 0; i < m_ranking.size(); ++i) {
        if (m_ranking.at(i).unit == unit)
            return int(i);
    }
    return -1;
}

int ProvinceRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ranking.size());
}

int ProvinceRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvinceRankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RankedProvince &p = m_ranking.at(index.row());
    const bool vi = m_locale.language() == QLocale::Vietnamese;
    switch (role) {
    case UnitRole: return p.unit;
    case RawValueRole: return p.value;
    case ExportRole::Value:
        return index.column() == RankColumn ? QVariant(index.row() + 1)
               : index.column() == ValueColumn ? QVariant(p.value)
                                               : data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn: return index.row() + 1;
        case NameColumn: return vi ? p.nameVi : p.nameEn;
        case ValueColumn:
            return QString(m_locale.toString(p.value, 'f', m_indicator.decimals) + u' '
                           + (vi ? m_indicator.unitVi : m_indicator.unitEn));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ProvinceRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ExportRole::ColumnKind)
        return int(section == NameColumn ? TableColumn::Kind::Text : TableColumn::Kind::Number);
    if (orientation == Qt::Horizontal && role == ExportRole::Decimals)
        return section == ValueColumn ? m_indicator.decimals : 0;
    if (orientation == Qt::Horizontal && role == ExportRole::Title && section == ValueColumn) {
        return tr("Value (%1)").arg(m_locale.language() == QLocale::Vietnamese ? m_indicator.unitVi : m_indicator.unitEn);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn: return tr("Rank");
    case NameColumn: return tr("Province");
    case ValueColumn: return tr("Value");
    }
    return {};
}

} // namespace dh
