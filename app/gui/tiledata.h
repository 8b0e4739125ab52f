#pragma once

#include "tiles/kpitiledata.h"

namespace dh {

struct KpiText;

// A KPI's text as the tile widgets and renderers take it: the home page, the briefing pack and the
// wall draw the same figures, each in its own look.
KpiTileData tileData(const KpiText &text);

} // namespace dh
