#pragma once

#include "georegion.h"

#include <QHash>

namespace dh {

// Builds regions as unions of others — the 34 provinces of 2025 from the 63 of 2008 — by
// cancelling the edges members share and chaining the rest into rings. This is exact for a
// topologically clean partition such as geoBoundaries' (every shared border is stored in both
// neighbours with identical vertices), needs no polygon clipping, and keeps the cancelled edges
// as the union's inner borders.
class GeoDissolve
{
public:
    // groupOf: member id → group id; members without a group are left out. groupNames: group id →
    // display name (the id if missing). The result is ordered by group id.
    static QList<GeoRegion> dissolve(const QList<GeoRegion> &members, const QHash<QString, QString> &groupOf,
                                     const QHash<QString, QString> &groupNames = {});
};

} // namespace dh
