#pragma once

#include <QIcon>

namespace dh {

// A back or forward arrow drawn at whatever size is asked, in the application palette's button
// text colour (greyed when disabled): crisp on a wall, and no image files to find and decode on
// the way to the first frame.
QIcon arrowIcon(Qt::ArrowType direction);

// The "more" of a bar too short for its items (»), pointing right for a horizontal bar and down
// for a vertical one, drawn like the arrows.
QIcon moreIcon(Qt::Orientation bar);

} // namespace dh
