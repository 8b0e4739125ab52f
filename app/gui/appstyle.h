#pragma once

#include <QProxyStyle>

namespace dh {

// The platform's style, with the icons a window shows from its first frame drawn rather than read
// from image files. The menu bar asks for its "more" button's icon as it is made, and the style
// answers with a PNG: decoding it would load the image-format plugins on the way to the first
// frame.
class AppStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppStyle)

public:
    AppStyle() = default;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace dh
