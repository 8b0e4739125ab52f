#pragma once

#include <QStyledItemDelegate>

namespace dh {

// An item delegate for cells of one line of plain text (a table of numbers) that draws what
// QStyledItemDelegate draws, laying the text out once where the style lays it out five or six
// times: to place each part of the cell, to elide the text, then to draw it. A table of figures
// repainted on every drill-down spent most of its time there. Any other cell — selected, focused,
// edited, with an icon or a check box, wrapped, or too long for its column — the style draws.
class PlainTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainTextDelegate)

public:
    explicit PlainTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dh
