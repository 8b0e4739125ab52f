#pragma once

#include "walllayout.h"

namespace dh {

// The reading half of WallLayout::fromJson: every member checked with its path, the panels placed
// on the grid without overlaps, and the options each kind takes (resources/schemas/wall-layout.md).
Result<WallLayout> readWallLayout(const QByteArray &json, const QString &fileName, const UnitRegistry *registry);

} // namespace dh
