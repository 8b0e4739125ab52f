#include "appstyle.h"

#include "common/arrowicon.h"

namespace dh {

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return moreIcon(Qt::Horizontal);
    case SP_ToolBarVerticalExtensionButton:
        return moreIcon(Qt::Vertical);
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

} // namespace dh
