#include "choroplethmap.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace dh {

namespace {

constexpr double keyZoomStep = 1.25;

} // namespace

ChoroplethMap::ChoroplethMap(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent); // the renderer paints every pixel
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChoroplethMap::setInput(const ChoroplethInput &input)
{
    m_renderer.setInput(input);
    setAccessibleName(input.title);
    update();
}

void ChoroplethMap::zoomIn()
{
    m_renderer.zoomAt(area(), area().center(), keyZoomStep);
    update();
}

void ChoroplethMap::zoomOut()
{
    m_renderer.zoomAt(area(), area().center(), 1.0 / keyZoomStep);
    update();
}

void ChoroplethMap::resetView()
{
    m_renderer.resetView();
    update();
}

void ChoroplethMap::hover(const QString &id)
{
    if (id == m_renderer.hovered())
        return;
    m_renderer.setHovered(id);
    setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
    emit regionHovered(id);
}

QString ChoroplethMap::tooltip(const QPointF &pos) const
{
    const ChoroplethRenderer::Hit hit = m_renderer.hitTest(area(), pos);
    if (hit.id.isEmpty())
        return {};
    const auto value = m_renderer.value(hit.id, hit.frame);
    QString text = u"<b>"_qs + m_renderer.regionName(hit.id).toHtmlEscaped() + u"</b><br>"_qs
        + (value ? m_renderer.formatValue(*value) : m_renderer.input().noDataLabel).toHtmlEscaped();
    if (m_renderer.frames().size() > 1)
        text += u"<br>"_qs + m_renderer.frames().at(hit.frame).caption.toHtmlEscaped();
    return text;
}

bool ChoroplethMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltip(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void ChoroplethMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer.paint(painter, area());
}

void ChoroplethMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_dragging = false;
        m_pressPos = m_lastPos = event->position();
    }
    QWidget::mousePressEvent(event);
}

void ChoroplethMap::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            m_renderer.panBy(area(), pos - m_lastPos);
            m_lastPos = pos;
            update();
            return;
        }
    }
    hover(m_renderer.hitTest(area(), pos).id);
}

void ChoroplethMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressed) {
        m_pressed = false;
        if (m_dragging) {
            m_dragging = false;
            setCursor(Qt::ArrowCursor);
        } else {
            const QString id = m_renderer.hitTest(area(), event->position()).id;
            if (!id.isEmpty())
                emit regionClicked(id);
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void ChoroplethMap::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        resetView();
}

void ChoroplethMap::wheelEvent(QWheelEvent *event)
{
    // One notch (120) zooms by 2^(1/4); touchpads send smaller steps.
    const double factor = std::pow(2.0, event->angleDelta().y() / 480.0);
    m_renderer.zoomAt(area(), event->position(), factor);
    update();
    event->accept();
}

void ChoroplethMap::keyPressEvent(QKeyEvent *event)
{
    const double step = 0.1 * std::min(width(), height());
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetView();
        break;
    case Qt::Key_Left:
        m_renderer.panBy(area(), QPointF(step, 0));
        update();
        break;
    case Qt::Key_Right:
        m_renderer.panBy(area(), QPointF(-step, 0));
        update();
        break;
    case Qt::Key_Up:
        m_renderer.panBy(area(), QPointF(0, step));
        update();
        break;
    case Qt::Key_Down:
        m_renderer.panBy(area(), QPointF(0, -step));
        update();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_renderer.hovered().isEmpty())
            emit regionClicked(m_renderer.hovered());
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ChoroplethMap::leaveEvent(QEvent *event)
{
    hover(QString());
    QWidget::leaveEvent(event);
}

} // namespace dh
