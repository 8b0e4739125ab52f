#include "arrowicon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>

namespace dh {

namespace {

enum class Shape { Back, Forward, MoreRight, MoreDown };

class ArrowIconEngine final : public QIconEngine
{
public:
    explicit ArrowIconEngine(Shape shape)
        : m_shape(shape)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        const double side = std::min(rect.width(), rect.height());
        const QRectF box(rect.center().x() + 0.5 - side / 2, rect.center().y() + 0.5 - side / 2, side, side);
        // Drawn pointing left; the other directions are that mirrored or turned.
        const double m = side * 0.22;
        const double left = box.left() + m;
        const double right = box.right() - m;
        const double mid = box.center().y();
        const double head = side * 0.28;
        QPainterPath path;
        if (m_shape == Shape::Back || m_shape == Shape::Forward) {
            // Shaft and head in one stroke.
            path.moveTo(right, mid);
            path.lineTo(left, mid);
            path.moveTo(left + head, mid - head);
            path.lineTo(left, mid);
            path.lineTo(left + head, mid + head);
        } else {
            // Two chevrons: «, the mirror of ».
            const double gap = side * 0.24;
            for (const double tip : {left + side * 0.06, left + side * 0.06 + gap}) {
                path.moveTo(tip + head * 0.8, mid - head);
                path.lineTo(tip, mid);
                path.lineTo(tip + head * 0.8, mid + head);
            }
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(box.center());
        if (m_shape == Shape::Forward || m_shape == Shape::MoreRight)
            painter->scale(-1, 1);
        else if (m_shape == Shape::MoreDown)
            painter->rotate(-90);
        painter->translate(-box.center());
        painter->setPen(QPen(colour, std::max(1.5, side / 10), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(path);
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

    QIconEngine *clone() const override { return new ArrowIconEngine(m_shape); }

private:
    Shape m_shape;
};

} // namespace

QIcon arrowIcon(Qt::ArrowType direction)
{
    return QIcon(new ArrowIconEngine(direction == Qt::RightArrow ? Shape::Forward : Shape::Back));
}

QIcon moreIcon(Qt::Orientation bar)
{
    return QIcon(new ArrowIconEngine(bar == Qt::Horizontal ? Shape::MoreRight : Shape::MoreDown));
}

} // namespace dh
