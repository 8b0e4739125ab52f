#pragma once

#include "models/dashboardlayout.h"
#include "models/tasksummary.h"

#include <QThreadPool>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace dh {

class DashboardModel;
class KpiTile;
class TaskSummaryPanel;

// The home dashboard: the layout's KPI tiles in a grid, bound to a DashboardModel, and the task
// summary panel under it. A click on a
// tile asks for that indicator's view; dragging a tile onto another rearranges the layout, which
// is then saved to the user's layout file.
class HomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    explicit HomePage(DashboardModel *model, QWidget *parent = nullptr);

    void setLayoutData(const DashboardLayout &layout);
    const DashboardLayout &layoutData() const { return m_layout; }
    void setScopeTitle(const QString &title);
    QList<KpiTile *> tiles() const { return m_tiles; }
    KpiTile *tile(const QString &code) const;
    // The summary of the tasks assigned by the Government, under the tiles; hidden while the cache
    // has no tasks.
    TaskSummaryPanel *taskPanel() const { return m_taskPanel; }
    void setTaskSummary(const TaskSummary &summary, bool synthetic);

signals:
    void indicatorRequested(const QString &code);
    void layoutChanged(const dh::DashboardLayout &layout);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void refresh();
    void moveTile(const QString &dragged, const QString &target);
    void shareTypeScale();

    DashboardModel *m_model;
    DashboardLayout m_layout;
    QLabel *m_title;
    QLabel *m_hint;
    QGridLayout *m_grid;
    QList<KpiTile *> m_tiles;
    TaskSummaryPanel *m_taskPanel;
    QThreadPool m_painters; // one thread, painting tiles from the far end of the grid
};

} // namespace dh
