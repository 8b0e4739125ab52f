#include "plaintextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace dh {

PlainTextDelegate::PlainTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void PlainTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool plainCell = !(opt.state & (QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_Editing))
                           && !(opt.features & (QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasCheckIndicator
                                                | QStyleOptionViewItem::HasDecoration))
                           && opt.decorationPosition != QStyleOptionViewItem::Bottom;
    if (!plainCell) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();

    // Laid out as QCommonStyle lays out an item's text: the whole cell less the focus frame's
    // margin on each side, one line at the cell's width, aligned as the item says.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(opt.direction);
    textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
    QTextLayout layout(opt.text, opt.font);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    bool oneLine = line.isValid();
    if (oneLine) {
        line.setLineWidth(textRect.width());
        line.setPosition(QPointF(0, 0));
        oneLine = !layout.createLine().isValid();
    }
    layout.endLayout();
    // Text the style would elide or break into lines is the style's to draw.
    if (!opt.text.isEmpty() && (!oneLine || line.naturalTextWidth() > textRect.width() || line.height() > textRect.height())) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    painter->save();
    painter->setClipRect(opt.rect, Qt::IntersectClip);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (!opt.text.isEmpty()) {
        QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(opt.palette.color(group, QPalette::Text));
        const QRect block = QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment, layout.boundingRect().size().toSize(), textRect);
        layout.draw(painter, QPointF(textRect.x(), block.top()));
    }
    painter->restore();
}

} // namespace dh
