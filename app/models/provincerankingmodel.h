#pragma once

#include "indicatorview.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace dh {

// The provinces of a map at one period, best first by the indicator's polarity: rank, name and
// value with its unit. Beside the map, it is the same numbers as a list that reads and copies.
class ProvinceRankingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvinceRankingModel)

public:
    enum Column { RankColumn, NameColumn, ValueColumn, ColumnCount };
    enum Role { UnitRole = Qt::UserRole + 1, RawValueRole };

    explicit ProvinceRankingModel(QObject *parent = nullptr);

    void setRanking(const Indicator &indicator, const QList<RankedProvince> &ranking);
    void setLocale(const QLocale &locale);
    // The row of a unit, or −1.
    int rowOf(const QString &unit) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Indicator m_indicator;
    QList<RankedProvince> m_ranking;
    QLocale m_locale;
};

} // namespace dh
