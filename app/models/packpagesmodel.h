#pragma once

#include "briefingpack.h"
#include "viewstate.h"

#include <QAbstractListModel>

namespace dh {

// The pages of a briefing pack as a list the pack editor shows and rearranges: one row per page,
// described in words ("Map — exports, 34 provinces"), moved up and down, removed, added.
class PackPagesModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackPagesModel)

public:
    enum Role { KindRole = Qt::UserRole + 1, IndicatorRole, PrintedPagesRole };

    explicit PackPagesModel(QObject *parent = nullptr);

    void setPages(const QList<BriefingPage> &pages);
    const QList<BriefingPage> &pages() const { return m_pages; }
    void append(const BriefingPage &page);
    // Moves a row one step (−1 up, +1 down); false at an end.
    bool moveRow(int row, int step);
    bool removePage(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<BriefingPage> m_pages;
};

// The page that prints a view as it is shown: the dashboard at its scope, an indicator at its
// scope, a map at its period on the chosen map, the task summary at the tasks page's scope; nothing
// for the catalogue or the sync page.
std::optional<BriefingPage> pageForView(const ViewState &state, bool map34);

} // namespace dh
