#include "boxlabel.h"

#include <QPainter>
#include <QPainterPath>

namespace dh {

BoxLabel::BoxLabel(QWidget *parent)
    : QLabel(parent)
{
}

void BoxLabel::setLook(const Look &look)
{
    m_look = look;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, look.text);
    setPalette(p);
    setContentsMargins(look.padding);
    update();
}

void BoxLabel::paintEvent(QPaintEvent *event)
{
    // The box's painter ends before the label paints its text with its own.
    {
        QPainter painter(this);
        const QRectF box = QRectF(rect());
        if (m_look.radius > 0) {
            painter.setRenderHint(QPainter::Antialiasing);
            QPainterPath path;
            path.addRoundedRect(box, m_look.radius, m_look.radius);
            painter.fillPath(path, m_look.border.isValid() ? m_look.border : m_look.background);
            if (m_look.border.isValid()) {
                QPainterPath inner;
                inner.addRoundedRect(box.adjusted(1, 1, -1, -1), m_look.radius - 1, m_look.radius - 1);
                painter.fillPath(inner, m_look.background);
            }
        } else {
            painter.fillRect(box, m_look.background);
            if (m_look.border.isValid()) {
                const QRect r = rect();
                if (m_look.borderEdges & Qt::TopEdge)
                    painter.fillRect(QRect(r.left(), r.top(), r.width(), 1), m_look.border);
                if (m_look.borderEdges & Qt::BottomEdge)
                    painter.fillRect(QRect(r.left(), r.bottom(), r.width(), 1), m_look.border);
                if (m_look.borderEdges & Qt::LeftEdge)
                    painter.fillRect(QRect(r.left(), r.top(), 1, r.height()), m_look.border);
                if (m_look.borderEdges & Qt::RightEdge)
                    painter.fillRect(QRect(r.right(), r.top(), 1, r.height()), m_look.border);
            }
        }
    }
    QLabel::paintEvent(event);
}

} // namespace dh
