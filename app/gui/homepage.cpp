#include "homepage.h"

#include "tasksummarypanel.h"
#include "theme.h"
#include "tiledata.h"

#include "models/dashboardmodel.h"
#include "tiles/kpitile.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dh {

HomePage::HomePage(DashboardModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_taskPanel(new TaskSummaryPanel(this))
{
    m_taskPanel->hide();
    m_taskPanel->setMaximumHeight(260);
    theme::setRole(m_title, theme::Role::PageTitle);
    theme::setRole(m_hint, theme::Role::Hint);
    m_painters.setMaxThreadCount(1);
    m_grid->setSpacing(12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_hint);
    layout->addLayout(header);
    layout->addLayout(m_grid, 1);
    layout->addWidget(m_taskPanel);

    connect(m_model, &QAbstractItemModel::modelReset, this, &HomePage::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HomePage::refresh);
    m_hint->setText(tr("Click a tile for its detail; drag a tile onto another to rearrange."));
}

void HomePage::setLayoutData(const DashboardLayout &layout)
{
    m_layout = layout;
    rebuild();
}

void HomePage::setTaskSummary(const TaskSummary &summary, bool synthetic)
{
    m_taskPanel->setSummary(summary, synthetic);
    m_taskPanel->setVisible(summary.counts.total() > 0);
}

void HomePage::setScopeTitle(const QString &title)
{
    m_title->setText(title);
}

KpiTile *HomePage::tile(const QString &code) const
{
    for (KpiTile *t : m_tiles) {
        if (t->id() == code)
            return t;
    }
    return nullptr;
}

void HomePage::rebuild()
{
    for (KpiTile *t : std::as_const(m_tiles))
        delete t;
    m_tiles.clear();
    const int columns = std::max(1, m_layout.columns);
    for (qsizetype i = 0; i < m_layout.tiles.size(); ++i) {
        auto *tile = new KpiTile(m_layout.tiles.at(i), this);
        connect(tile, &KpiTile::clicked, this, &HomePage::indicatorRequested);
        connect(tile, &KpiTile::tileDropped, this, &HomePage::moveTile);
        m_grid->addWidget(tile, int(i / columns), int(i % columns));
        m_tiles.append(tile);
    }
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    const int rows = int((m_layout.tiles.size() + columns - 1) / columns);
    for (int r = 0; r < rows; ++r)
        m_grid->setRowStretch(r, 1);
    refresh();
}

void HomePage::refresh()
{
    for (KpiTile *tile : std::as_const(m_tiles)) {
        const int row = m_model->rowOf(tile->id());
        if (row < 0)
            continue;
        tile->setData(tileData(m_model->index(row).data(DashboardModel::TextRole).value<KpiText>()));
    }
    shareTypeScale();
}

// Tiles of one grid read as a set only when their type is the same size: all take the smallest
// scale that any of them needs.
void HomePage::shareTypeScale()
{
    // A hidden grid has not been laid out: its tiles' sizes are placeholders, and fitting type to
    // them would only load fonts at sizes never drawn. Showing the page shares the scale.
    if (!isVisible())
        return;
    double scale = 1.0;
    for (const KpiTile *tile : std::as_const(m_tiles))
        scale = std::min(scale, tile->fitScale());
    for (KpiTile *tile : std::as_const(m_tiles))
        tile->setMaxScale(scale);
    // Another core paints the grid from its last tile back while this one paints it from the
    // first; they meet where they meet (a tile no thread has begun is painted here).
    for (qsizetype i = m_tiles.size() - 1; i >= 0; --i)
        m_tiles.at(i)->prerender(&m_painters);
    m_painters.start(&KpiTileRenderer::forgetText);
}

void HomePage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The grid lays the tiles out after this event; share the scale once their sizes are known.
    QMetaObject::invokeMethod(this, &HomePage::shareTypeScale, Qt::QueuedConnection);
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QMetaObject::invokeMethod(this, &HomePage::shareTypeScale, Qt::QueuedConnection);
}

void HomePage::moveTile(const QString &dragged, const QString &target)
{
    if (!m_layout.move(dragged, target))
        return;
    rebuild();
    emit layoutChanged(m_layout);
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_hint->setText(tr("Click a tile for its detail; drag a tile onto another to rearrange."));
    QWidget::changeEvent(event);
}

} // namespace dh
