#pragma once

#include "kpitiledata.h"
#include "kpitilerenderer.h"

#include <QImage>
#include <QSemaphore>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QThreadPool;

namespace dh {

// A KPI tile as a widget: paints through KpiTileRenderer, reports clicks, and starts a drag with
// its id when pulled, so a dashboard can rearrange its tiles.
class KpiTile final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)

public:
    explicit KpiTile(QString id, QWidget *parent = nullptr);

    QString id() const { return m_id; }
    void setData(KpiTileData data);
    const KpiTileData &data() const { return m_data; }
    void setStyle(const KpiTileStyle &style);
    KpiTileRenderer::Layout currentLayout() const;
    // The largest type scale at which this tile's content fits its current size.
    double fitScale() const;
    // Caps the type scale, so that all tiles of a grid share one type size.
    void setMaxScale(double scale);
    // Starts painting the tile, as it is now, into an image on a thread of the pool; the next
    // paint shows the image, or paints the tile itself if no thread has begun it yet. A grid's
    // first frame so shares its tiles between two cores.
    void prerender(QThreadPool *pool);

    QSize sizeHint() const override { return {360, 300}; }
    QSize minimumSizeHint() const override { return {220, 190}; }

    static QString mimeType() { return QStringLiteral("application/x-dieuhanh-tile"); }

signals:
    void clicked(const QString &id);
    // Another tile was dropped on this one.
    void tileDropped(const QString &draggedId, const QString &targetId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Prerendered
    {
        enum State { Queued, Painting, Done, Withdrawn };
        std::atomic<int> state = Queued;
        QSemaphore done;
        QSize size;
        QImage image;
    };

    // Takes a job back if no thread has begun it; false if one has.
    static bool withdraw(Prerendered &job);
    void dropPrerendered();

    QString m_id;
    KpiTileData m_data;
    KpiTileStyle m_style;
    KpiTileRenderer m_renderer;
    QPoint m_pressPos;
    double m_maxScale = 1.0;
    // The fit and the layout, kept until the size, the data or the scale changes.
    mutable std::optional<double> m_fitScale;
    mutable std::optional<KpiTileRenderer::Layout> m_layout;
    std::shared_ptr<Prerendered> m_prerendered;
    bool m_pressed = false;
    bool m_hovered = false;
};

} // namespace dh
