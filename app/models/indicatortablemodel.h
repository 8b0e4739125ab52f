#pragma once

#include "indicatorview.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace dh {

// The numbers behind the indicator chart, latest first: period, value with its unit, change
// against the previous period and the same period last year, and status. The view copies
// selections as tab-separated text.
class IndicatorTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorTableModel)

public:
    enum Column { PeriodColumn, ValueColumn, PreviousColumn, LastYearColumn, StatusColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, RawValueRole };

    explicit IndicatorTableModel(QObject *parent = nullptr);

    void setView(const IndicatorViewData &data);
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qsizetype seriesIndex(int row) const { return m_data.periods.size() - 1 - row; }
    double changeOf(qsizetype i, double before) const;
    double changeAt(qsizetype i, int column) const;
    QString changeText(double delta) const;

    IndicatorViewData m_data;
    QLocale m_locale;
};

} // namespace dh
