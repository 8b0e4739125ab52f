#pragma once

#include "dashboardloader.h"
#include "kpitext.h"

#include <QAbstractListModel>
#include <QLocale>

namespace dh {

// The tiles of a dashboard, in layout order, as formatted text (KpiText) for the view, in the
// user's language; the numbers behind them stay available for tests and drill-down.
class DashboardModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardModel)

public:
    enum Role { CodeRole = Qt::UserRole + 1, TextRole, TitleRole, ValueRole };

    explicit DashboardModel(QObject *parent = nullptr);

    void setTiles(QList<DashboardTile> tiles, bool synthetic);
    void setLocale(const QLocale &locale);
    const DashboardTile *tile(int row) const;
    int rowOf(const QString &code) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    KpiText text(const DashboardTile &tile) const;

    QList<DashboardTile> m_tiles;
    QList<KpiText> m_texts;
    QLocale m_locale;
    bool m_synthetic = false;
};

} // namespace dh
