#include "kpitile.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QThreadPool>

namespace dh {

KpiTile::KpiTile(QString id, QWidget *parent)
    : QWidget(parent)
    , m_id(std::move(id))
{
    setAttribute(Qt::WA_Hover);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void KpiTile::setData(KpiTileData data)
{
    m_data = std::move(data);
    m_fitScale.reset();
    m_layout.reset();
    dropPrerendered();
    setToolTip(m_data.title);
    setAccessibleName(m_data.title + u' ' + m_data.value + u' ' + m_data.unit + u' ' + m_data.period);
    update();
}

void KpiTile::setStyle(const KpiTileStyle &style)
{
    m_style = style;
    m_fitScale.reset();
    m_layout.reset();
    dropPrerendered();
    update();
}

KpiTileRenderer::Layout KpiTile::currentLayout() const
{
    if (!m_layout) {
        const QRectF area(rect());
        m_layout = m_renderer.layout(area, m_data, m_style, m_maxScale);
    }
    return *m_layout;
}

double KpiTile::fitScale() const
{
    if (!m_fitScale)
        m_fitScale = m_renderer.fitScale(QRectF(rect()), m_data, m_style);
    return *m_fitScale;
}

void KpiTile::setMaxScale(double scale)
{
    if (qFuzzyCompare(scale, m_maxScale))
        return;
    m_maxScale = scale;
    m_layout.reset();
    dropPrerendered();
    update();
}

void KpiTile::resizeEvent(QResizeEvent *event)
{
    m_fitScale.reset();
    m_layout.reset();
    dropPrerendered();
    QWidget::resizeEvent(event);
}

void KpiTile::prerender(QThreadPool *pool)
{
    if ((m_prerendered && m_prerendered->size == size()) || size().isEmpty())
        return;
    dropPrerendered();
    auto job = std::make_shared<Prerendered>();
    job->size = size();
    const double dpr = devicePixelRatioF();
    pool->start([job, dpr, data = m_data, style = m_style, maxScale = m_maxScale] {
        int queued = Prerendered::Queued;
        if (!job->state.compare_exchange_strong(queued, Prerendered::Painting))
            return; // the GUI thread took it back
        QImage image((QSizeF(job->size) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        KpiTileRenderer().paint(painter, QRectF(QPointF(0, 0), QSizeF(job->size)), data, style, false, maxScale);
        painter.end();
        job->image = std::move(image);
        job->state = Prerendered::Done;
        job->done.release();
    });
    m_prerendered = std::move(job);
}

bool KpiTile::withdraw(Prerendered &job)
{
    int queued = Prerendered::Queued;
    return job.state.compare_exchange_strong(queued, Prerendered::Withdrawn);
}

void KpiTile::dropPrerendered()
{
    if (m_prerendered)
        withdraw(*m_prerendered);
    m_prerendered.reset();
}

void KpiTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const std::shared_ptr<Prerendered> job = std::exchange(m_prerendered, nullptr);
    const bool asPainted = job && job->size == size() && !m_hovered && !hasFocus();
    // A job no thread has begun is taken back and the tile painted here; one that has begun
    // finishes sooner than a start here would.
    if (job && !withdraw(*job) && asPainted) {
        job->done.acquire();
        painter.drawImage(QPointF(0, 0), job->image);
        return;
    }
    m_renderer.paint(painter, QRectF(rect()), m_data, m_style, currentLayout(), m_hovered || hasFocus());
}

void KpiTile::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QWidget::enterEvent(event);
}

void KpiTile::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QWidget::leaveEvent(event);
}

void KpiTile::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
    }
    QWidget::mousePressEvent(event);
}

void KpiTile::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_pressed = false;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), m_id.toUtf8());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(grab().scaledToWidth(std::min(240, width()), Qt::SmoothTransformation));
    drag->exec(Qt::MoveAction);
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressed && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked(m_id);
    m_pressed = false;
    QWidget::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked(m_id);
        return;
    }
    QWidget::keyPressEvent(event);
}

void KpiTile::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()) && event->source() != this)
        event->acceptProposedAction();
}

void KpiTile::dropEvent(QDropEvent *event)
{
    const QString dragged = QString::fromUtf8(event->mimeData()->data(mimeType()));
    if (!dragged.isEmpty() && dragged != m_id) {
        emit tileDropped(dragged, m_id);
        event->acceptProposedAction();
    }
}

} // namespace dh
