#include "indicatortablemodel.h"

#include "exportroles.h"
#include "exports/table.h"

#include <cmath>

namespace dh {

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
{
}

void IndicatorTableModel::setView(const IndicatorViewData &data)
{
    // Another province of the same indicator in the same periods: the rows stay and their numbers
    // change, so the view keeps its scroll position and selection, and sorts and sizes what it
    // shows without starting over.
    if (!m_data.periods.isEmpty() && data.periods == m_data.periods && data.indicator.code == m_data.indicator.code
        && data.indicator.isPercentage() == m_data.indicator.isPercentage()) {
        m_data = data;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
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

// The change of period i against a value before it: in points for a percentage, in percent
// otherwise, rounded as shown (so "0,0" is no change, never "−0,0"); NaN when there is none.
double IndicatorTableModel::changeOf(qsizetype i, double before) const
{
    if (std::isnan(before))
        return std::nan("");
    const double now = m_data.values.at(i);
    const double delta = m_data.indicator.isPercentage()
        ? now - before
        : (before == 0.0 ? std::nan("") : (now - before) / std::abs(before) * 100.0);
    return std::round(delta * 10.0) / 10.0;
}

double IndicatorTableModel::changeAt(qsizetype i, int column) const
{
    if (column == PreviousColumn)
        return i > 0 && m_data.periods.at(i - 1) == m_data.periods.at(i).previous() ? changeOf(i, m_data.values.at(i - 1)) : std::nan("");
    return changeOf(i, m_data.lastYear.at(i));
}

QString IndicatorTableModel::changeText(double delta) const
{
    if (std::isnan(delta))
        return QString();
    const QString sign = delta > 0 ? m_locale.positiveSign() : delta < 0 ? m_locale.negativeSign() : QString();
    return sign + m_locale.toString(std::abs(delta), 'f', 1) + (m_data.indicator.isPercentage() ? tr(" pt") : QStringLiteral(" %"));
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype i = seriesIndex(index.row());
    const bool vi = m_locale.language() == QLocale::Vietnamese;
    if (role == RawValueRole)
        return m_data.values.at(i);
    if (role == ExportRole::Value) {
        switch (index.column()) {
        case ValueColumn: return m_data.values.at(i);
        case PreviousColumn:
        case LastYearColumn: {
            const double delta = changeAt(i, index.column());
            return std::isnan(delta) ? QVariant() : QVariant(delta);
        }
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == PeriodColumn || index.column() == StatusColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole && index.column() == PeriodColumn)
        return m_data.periods.at(i).startDate();
    if (role == SortRole && index.column() == ValueColumn)
        return m_data.values.at(i);
    if (role == SortRole && (index.column() == PreviousColumn || index.column() == LastYearColumn)) {
        const double delta = changeAt(i, index.column());
        return std::isnan(delta) ? QVariant() : QVariant(delta);
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case PeriodColumn: return m_data.periods.at(i).label(m_locale);
    case ValueColumn:
        return QString(m_locale.toString(m_data.values.at(i), 'f', m_data.indicator.decimals) + u' '
                       + (vi ? m_data.indicator.unitVi : m_data.indicator.unitEn));
    case PreviousColumn:
    case LastYearColumn: return changeText(changeAt(i, index.column()));
    case StatusColumn:
        // Only what is not final is marked, as in the statistical yearbooks.
        switch (m_data.statuses.at(i)) {
        case ObservationStatus::Final: return QString();
        case ObservationStatus::Provisional: return tr("provisional");
        case ObservationStatus::Estimate: return tr("estimate");
        }
    }
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool points = m_data.indicator.isPercentage();
    if (orientation == Qt::Horizontal && role == ExportRole::ColumnKind) {
        return int(section == PeriodColumn ? TableColumn::Kind::Period
                   : section == StatusColumn ? TableColumn::Kind::Text
                                             : TableColumn::Kind::Number);
    }
    if (orientation == Qt::Horizontal && role == ExportRole::Decimals)
        return section == ValueColumn ? m_data.indicator.decimals : 1;
    if (orientation == Qt::Horizontal && role == ExportRole::Title) {
        const bool vi = m_locale.language() == QLocale::Vietnamese;
        switch (section) {
        case ValueColumn: return tr("Value (%1)").arg(vi ? m_data.indicator.unitVi : m_data.indicator.unitEn);
        case PreviousColumn: return points ? tr("vs previous (pt)") : tr("vs previous (%)");
        case LastYearColumn: return points ? tr("vs last year (pt)") : tr("vs last year (%)");
        default: return headerData(section, orientation, Qt::DisplayRole);
        }
    }
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case PeriodColumn: return tr("Period");
    case ValueColumn: return tr("Value");
    case PreviousColumn:
        return tip ? (points ? tr("Change against the previous period, in percentage points") : tr("Change against the previous period, in percent"))
                   : tr("vs previous");
    case LastYearColumn:
        return tip ? (points ? tr("Change against the same period last year, in percentage points")
                             : tr("Change against the same period last year, in percent"))
                   : tr("vs last year");
    case StatusColumn: return tip ? tr("Provisional and estimated figures are marked; final ones are not") : tr("Status");
    }
    return {};
}

} // namespace dh
