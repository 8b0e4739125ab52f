#include "rowheightfollower.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace dh {

void RowHeightFollower::follow(QTableView *view)
{
    view->installEventFilter(new RowHeightFollower(view));
}

RowHeightFollower::RowHeightFollower(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    fit();
}

bool RowHeightFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        fit();
    return false;
}

void RowHeightFollower::fit()
{
    const QFontMetrics fm(m_view->font());
    m_view->verticalHeader()->setDefaultSectionSize(fm.height() + fm.height() / 2);
}

} // namespace dh
