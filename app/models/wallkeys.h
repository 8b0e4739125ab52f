#pragma once

#include <optional>

namespace dh {

// What a key does on the wall. Presenter clickers send PageUp/PageDown, and some send B or '.'
// for a black screen and F5/Escape from their "start/stop presentation" button.
enum class WallKeyAction { Next, Previous, First, ToggleBlack, TogglePause, Leave };

// The action of a Qt::Key on the wall, if any; modifiers play no part, since clickers send none.
std::optional<WallKeyAction> wallKeyAction(int qtKey);

} // namespace dh
