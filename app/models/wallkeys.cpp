#include "wallkeys.h"

#include <Qt>

namespace dh {

std::optional<WallKeyAction> wallKeyAction(int qtKey)
{
    switch (qtKey) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_N:
        return WallKeyAction::Next;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        return WallKeyAction::Previous;
    // A clicker's "start presentation" sends F5, which in a slide show starts from the beginning.
    case Qt::Key_Home:
    case Qt::Key_F5:
        return WallKeyAction::First;
    case Qt::Key_B:
    case Qt::Key_Period:
        return WallKeyAction::ToggleBlack;
    case Qt::Key_P:
    case Qt::Key_Pause:
    case Qt::Key_MediaTogglePlayPause:
        return WallKeyAction::TogglePause;
    case Qt::Key_Escape:
        return WallKeyAction::Leave;
    default:
        return std::nullopt;
    }
}

} // namespace dh
