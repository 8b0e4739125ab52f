#include "indicatortablemodel.h"

#include <cmath>

namespace dh {

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
{
}

void IndicatorTableModel::setView(const IndicatorViewData &data)
{
    beginResetModel();
    m_data = data;
    endResetModel();
}

void IndicatorTableModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.periods.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IndicatorTableModel::change(qsizetype i, double before) const
{
    if (std::isnan(before))
        return QString();
    const double now = m_data.values.at(i);
    const bool points = m_data.indicator.isPercentage();
    double delta = points ? now - before : (before == 0.0 ? std::nan("") : (now - before) / std::abs(before) * 100.0);
    if (std::isnan(delta))
        return QString();
    delta = std::round(delta * 10.0) / 10.0; // sign as shown: "0,0", not "−0,0"
    const QString sign = delta > 0 ? QStringLiteral("+") : delta < 0 ? QStringLiteral("−") : QString();
    return sign + m_locale.toString(std::abs(delta), 'f', 1) + (points ? tr(" pt") : QStringLiteral(" %"));
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype i = seriesIndex(index.row());
    const bool vi = m_locale.language() == QLocale::Vietnamese;
    if (role == RawValueRole)
        return m_data.values.at(i);
    if (role == Qt::TextAlignmentRole)
        return index.column() == PeriodColumn || index.column() == StatusColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole && index.column() == PeriodColumn)
        return m_data.periods.at(i).startDate();
    if (role == SortRole && index.column() == ValueColumn)
        return m_data.values.at(i);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case PeriodColumn: return m_data.periods.at(i).label(m_locale);
    case ValueColumn:
        return QString(m_locale.toString(m_data.values.at(i), 'f', m_data.indicator.decimals) + u' '
                       + (vi ? m_data.indicator.unitVi : m_data.indicator.unitEn));
    case PreviousColumn: return i > 0 && m_data.periods.at(i - 1) == m_data.periods.at(i).previous() ? change(i, m_data.values.at(i - 1)) : QString();
    case LastYearColumn: return change(i, m_data.lastYear.at(i));
    case StatusColumn:
        switch (m_data.statuses.at(i)) {
        case ObservationStatus::Final: return tr("final");
        case ObservationStatus::Provisional: return tr("provisional");
        case ObservationStatus::Estimate: return tr("estimate");
        }
    }
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn: return tr("Period");
    case ValueColumn: return tr("Value");
    case PreviousColumn: return tr("Change vs previous period");
    case LastYearColumn: return tr("Change vs same period last year");
    case StatusColumn: return tr("Status");
    }
    return {};
}

} // namespace dh
