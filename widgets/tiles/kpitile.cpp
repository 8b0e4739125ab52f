#include "kpitile.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>

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
    setToolTip(m_data.title);
    setAccessibleName(m_data.title + u' ' + m_data.value + u' ' + m_data.unit + u' ' + m_data.period);
    update();
}

void KpiTile::setStyle(const KpiTileStyle &style)
{
    m_style = style;
    m_fitScale.reset();
    m_layout.reset();
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
    update();
}

void KpiTile::resizeEvent(QResizeEvent *event)
{
    m_fitScale.reset();
    m_layout.reset();
    QWidget::resizeEvent(event);
}

void KpiTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
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
