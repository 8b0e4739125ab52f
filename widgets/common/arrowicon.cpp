#include "arrowicon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>

namespace dh {

namespace {

class ArrowIconEngine final : public QIconEngine
{
public:
    explicit ArrowIconEngine(Qt::ArrowType direction)
        : m_direction(direction)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        const double side = std::min(rect.width(), rect.height());
        const QRectF box(rect.center().x() + 0.5 - side / 2, rect.center().y() + 0.5 - side / 2, side, side);
        // Shaft and head in one stroke; the forward arrow is the back one mirrored.
        const double m = side * 0.22;
        const double left = box.left() + m;
        const double right = box.right() - m;
        const double mid = box.center().y();
        const double head = side * 0.28;
        QPainterPath arrow;
        arrow.moveTo(right, mid);
        arrow.lineTo(left, mid);
        arrow.moveTo(left + head, mid - head);
        arrow.lineTo(left, mid);
        arrow.lineTo(left + head, mid + head);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (m_direction == Qt::RightArrow) {
            painter->translate(box.center().x() * 2, 0);
            painter->scale(-1, 1);
        }
        painter->setPen(QPen(colour, std::max(1.5, side / 10), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(arrow);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new ArrowIconEngine(m_direction); }

private:
    Qt::ArrowType m_direction;
};

} // namespace

QIcon arrowIcon(Qt::ArrowType direction)
{
    return QIcon(new ArrowIconEngine(direction));
}

} // namespace dh
