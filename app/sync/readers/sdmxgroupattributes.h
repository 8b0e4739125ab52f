#pragma once

#include "core/result.h"
#include "sync/readers/sdmxstructure.h"

#include <QHash>
#include <QList>

#include <array>
#include <string_view>
#include <vector>

namespace dh {

// The values of attributes by index, one per kind the reader maps: -1 for none, kSdmxOmitted where
// the message leaves the attribute out (its default applies).
using SdmxAttributeRefs = std::array<int, kSdmxAttributeKinds>;
inline constexpr int kSdmxOmitted = -2;

// The dimension-group attributes of one data set (2.x `dimensionGroupAttributes`): each group is
// a partial key — some dimensions fixed, the others open — with attribute values for every cell
// it covers, as UNIT_MEASURE by indicator. Groups that fix the same dimensions are one hash table,
// so finding a cell's groups costs a lookup per kind of group, not one per group.
class SdmxGroupAttributes
{
public:
    void clear() { m_patterns.clear(); }
    // A group by its key as the message writes it: a position per dimension of the structure,
    // level by level (":1::" fixes the second); place names the group in a refusal.
    Result<void> add(std::string_view key, const SdmxStructure &structure, const SdmxAttributeRefs &refs, const QString &place);
    // The value the groups give a cell for an attribute, from the group that fixes the most
    // dimensions; kSdmxOmitted when no group covering the cell gives one.
    int ref(SdmxAttributeKind kind, const std::vector<int> &cellKey) const;

private:
    struct Pattern
    {
        QList<int> dimensions;
        QHash<QList<int>, SdmxAttributeRefs> groups;
    };

    QList<Pattern> m_patterns; // the patterns that fix more dimensions first
    mutable QList<int> m_lookup;
};

} // namespace dh
