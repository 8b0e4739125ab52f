#include "packpagesmodel.h"

namespace dh {

namespace {

QString describe(const BriefingPage &page)
{
    const QString scope = page.scope == u"VN" ? QString() : QStringLiteral(", ") + page.scope;
    const QString period = page.period.isEmpty() ? QString() : QStringLiteral(", ") + page.period;
    const QString map = page.map34 ? PackPagesModel::tr("34 provinces") : PackPagesModel::tr("63 provinces");
    QString text;
    switch (page.kind) {
    case BriefingPage::Kind::Home: text = PackPagesModel::tr("Dashboard%1").arg(scope); break;
    case BriefingPage::Kind::Indicator: text = PackPagesModel::tr("Chart and table — %1%2%3").arg(page.indicator, scope, period); break;
    case BriefingPage::Kind::Map: text = PackPagesModel::tr("Map — %1, %2%3").arg(page.indicator, map, period); break;
    case BriefingPage::Kind::Ranking: text = PackPagesModel::tr("Ranking — %1, %2%3").arg(page.indicator, map, period); break;
    case BriefingPage::Kind::Breakdown: text = PackPagesModel::tr("Breakdown — %1%2%3").arg(page.indicator, scope, period); break;
    case BriefingPage::Kind::Text: text = PackPagesModel::tr("Text"); break;
    case BriefingPage::Kind::Atlas: text = PackPagesModel::tr("Province atlas — %1").arg(map); break;
    case BriefingPage::Kind::Tasks: text = PackPagesModel::tr("Task summary%1").arg(scope); break;
    }
    return page.title.isEmpty() ? text : page.title + QStringLiteral(" (") + text + u')';
}

} // namespace

std::optional<BriefingPage> pageForView(const ViewState &state, bool map34)
{
    BriefingPage page;
    page.scope = state.scope;
    page.indicator = state.indicator;
    page.map34 = map34;
    switch (state.page) {
    case ViewState::Page::Home: page.kind = BriefingPage::Kind::Home; break;
    case ViewState::Page::Indicator: page.kind = BriefingPage::Kind::Indicator; break;
    case ViewState::Page::Map:
        page.kind = BriefingPage::Kind::Map;
        page.period = state.period;
        page.scope = QStringLiteral("VN");
        break;
    case ViewState::Page::Tasks: page.kind = BriefingPage::Kind::Tasks; break;
    case ViewState::Page::Catalogue:
    case ViewState::Page::Sync: return std::nullopt;
    }
    if (page.kind == BriefingPage::Kind::Home || page.kind == BriefingPage::Kind::Tasks)
        page.indicator.clear();
    return page;
}

PackPagesModel::PackPagesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PackPagesModel::setPages(const QList<BriefingPage> &pages)
{
    beginResetModel();
    m_pages = pages;
    endResetModel();
}

void PackPagesModel::append(const BriefingPage &page)
{
    beginInsertRows(QModelIndex(), int(m_pages.size()), int(m_pages.size()));
    m_pages.append(page);
    endInsertRows();
}

bool PackPagesModel::moveRow(int row, int step)
{
    const int to = row + step;
    if (row < 0 || row >= m_pages.size() || to < 0 || to >= m_pages.size() || step == 0)
        return false;
    // beginMoveRows names the row the moved one goes before, counted before the move.
    if (!beginMoveRows(QModelIndex(), row, row, QModelIndex(), step > 0 ? to + 1 : to))
        return false;
    m_pages.move(row, to);
    endMoveRows();
    return true;
}

bool PackPagesModel::removePage(int row)
{
    if (row < 0 || row >= m_pages.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_pages.removeAt(row);
    endRemoveRows();
    return true;
}

int PackPagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QVariant PackPagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BriefingPage &page = m_pages.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return describe(page);
    case KindRole: return BriefingPage::kindName(page.kind);
    case IndicatorRole: return page.indicator;
    case PrintedPagesRole: return page.kind == BriefingPage::Kind::Atlas ? (page.map34 ? 34 : 63) : 1;
    default: return {};
    }
}

} // namespace dh
