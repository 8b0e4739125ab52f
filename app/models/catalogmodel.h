#pragma once

#include "catalogentry.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace dh {

// The indicator catalogue with each indicator's latest national value: code, names, unit,
// periodicity, origin (real or synthetic), latest period, value, status and "as of" time.
class CatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogModel)

public:
    enum Column { Code, Name, Unit, Periodicity, Origin, LatestPeriod, LatestValue, Status, AsOf, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, CodeRole, OriginRole, FieldRole };

    explicit CatalogModel(QObject *parent = nullptr);

    void setEntries(QList<CatalogEntry> entries);
    void setLocale(const QLocale &locale);
    const CatalogEntry *entry(int row) const;
    static QString periodicityLabel(Period::Kind kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool vietnamese() const { return m_locale.language() == QLocale::Vietnamese; }

    QList<CatalogEntry> m_entries;
    QLocale m_locale;
};

} // namespace dh
