#pragma once

#include <QLabel>

#include <array>

namespace dh {

// A word-wrapped label that lays its text out once for each width it is asked about. A layout
// pass asks a wrapping label its height for a few widths, each many times over, and QLabel lays
// the whole text out afresh for every question: when anything on a page changes size (a
// drill-down renames a breadcrumb step), a long subtitle would be laid out dozens of times a pass.
class WrapLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrapLabel)

public:
    explicit WrapLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

private:
    // What QLabel's height for a width depends on, besides the width.
    struct Setting
    {
        QString text;
        QFont font;
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        QMargins contents;

        friend bool operator==(const Setting &, const Setting &) = default;
    };
    struct Height
    {
        int width = -1;
        int height = 0;
    };

    mutable Setting m_setting;
    // The heights for the widths asked last; a pass asks about fewer widths than this.
    mutable std::array<Height, 8> m_heights;
    mutable std::size_t m_next = 0;
};

} // namespace dh
