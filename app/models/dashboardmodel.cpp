#include "dashboardmodel.h"

namespace dh {

DashboardModel::DashboardModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_locale(QLocale::Vietnamese, QLocale::Vietnam)
{
}

KpiText DashboardModel::text(const DashboardTile &tile) const
{
    KpiText t = formatKpi(tile.indicator, tile.figures, m_locale, m_synthetic);
    if (!tile.error.isEmpty())
        t.message = tile.error;
    return t;
}

void DashboardModel::setTiles(QList<DashboardTile> tiles, bool synthetic)
{
    beginResetModel();
    m_tiles = std::move(tiles);
    m_synthetic = synthetic;
    m_texts.clear();
    for (const DashboardTile &tile : std::as_const(m_tiles))
        m_texts.append(text(tile));
    endResetModel();
}

void DashboardModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    for (qsizetype i = 0; i < m_tiles.size(); ++i)
        m_texts[i] = text(m_tiles.at(i));
    if (!m_tiles.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

const DashboardTile *DashboardModel::tile(int row) const
{
    return row >= 0 && row < m_tiles.size() ? &m_tiles.at(row) : nullptr;
}

int DashboardModel::rowOf(const QString &code) const
{
    for (qsizetype i = 0; i < m_tiles.size(); ++i) {
        if (m_tiles.at(i).indicator.code == code)
            return int(i);
    }
    return -1;
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tiles.size());
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiText &t = m_texts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return t.title;
    case CodeRole: return t.code;
    case TextRole: return QVariant::fromValue(t);
    case ValueRole: {
        const auto &latest = m_tiles.at(index.row()).figures.latest;
        return latest ? QVariant(latest->value) : QVariant();
    }
    case Qt::ToolTipRole: return t.value.isEmpty() ? t.message : t.title + u": " + t.value + u' ' + t.unit + u", " + t.period;
    default: return {};
    }
}

QHash<int, QByteArray> DashboardModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(TextRole, "text");
    names.insert(TitleRole, "title");
    names.insert(ValueRole, "value");
    return names;
}

} // namespace dh
