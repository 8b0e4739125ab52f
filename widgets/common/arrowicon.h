#pragma once

#include <QIcon>

namespace dh {

// A back or forward arrow drawn at whatever size is asked, in the application palette's button
// text colour (greyed when disabled): crisp on a wall, and no image files to find and decode on
// the way to the first frame.
QIcon arrowIcon(Qt::ArrowType direction);

} // namespace dh
