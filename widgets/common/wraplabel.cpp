#include "wraplabel.h"

namespace dh {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

int WrapLabel::heightForWidth(int width) const
{
    const Setting setting{text(), font(), margin(), indent(), alignment(), textFormat(), contentsMargins()};
    if (!(setting == m_setting)) {
        m_setting = setting;
        m_heights.fill(Height());
    }
    for (const Height &known : m_heights) {
        if (known.width == width)
            return known.height;
    }
    const Height measured{width, QLabel::heightForWidth(width)};
    m_heights[m_next] = measured;
    m_next = (m_next + 1) % m_heights.size();
    return measured.height;
}

} // namespace dh
