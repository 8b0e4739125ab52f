#include "sync/readers/sdmxgroupattributes.h"

#include "sync/readers/sdmxerror.h"

#include <QCoreApplication>

#include <algorithm>

namespace dh {

Result<void> SdmxGroupAttributes::add(std::string_view key, const SdmxStructure &structure, const SdmxAttributeRefs &refs, const QString &place)
{
    const QList<int> positions = structure.dimensionsInLevelOrder();
    QList<int> dimensions;
    QList<int> values;
    for (qsizetype slot = 0;; ++slot) {
        const size_t colon = key.find(':');
        const std::string_view part = key.substr(0, colon);
        if (slot >= positions.size()) {
            return SdmxError::refuse(
                "SDMX_KEY_INVALID",
                QCoreApplication::translate("SdmxJsonReader", "%1: the group key has more positions than the structure's %2 dimensions.")
                    .arg(place)
                    .arg(positions.size()));
        }
        if (!part.empty()) {
            const StatDimension &d = structure.dimensions.at(positions[slot]);
            const auto index = SdmxStructure::keyIndex(part);
            if (!index) {
                return SdmxError::refuse(
                    "SDMX_KEY_INVALID",
                    QCoreApplication::translate("SdmxJsonReader", "%1: position %2 of the group key is not a number.").arg(place).arg(slot));
            }
            if (*index >= d.categories.size()) {
                return SdmxError::refuse("SDMX_KEY_OUT_OF_RANGE",
                                         QCoreApplication::translate("SdmxJsonReader", "%1: index %2 of dimension %3 is beyond its %4 values.")
                                             .arg(place)
                                             .arg(*index)
                                             .arg(SdmxError::quoted(d.id))
                                             .arg(d.categories.size()));
            }
            dimensions.append(positions[slot]);
            values.append(int(*index));
        }
        if (colon == std::string_view::npos) {
            if (slot + 1 != positions.size()) {
                return SdmxError::refuse(
                    "SDMX_KEY_INVALID",
                    QCoreApplication::translate("SdmxJsonReader", "%1: the group key has %2 positions; the structure has %3 dimensions.")
                        .arg(place)
                        .arg(slot + 1)
                        .arg(positions.size()));
            }
            break;
        }
        key.remove_prefix(colon + 1);
    }
    auto pattern = std::find_if(m_patterns.begin(), m_patterns.end(), [&](const Pattern &p) { return p.dimensions == dimensions; });
    if (pattern == m_patterns.end()) {
        pattern = std::upper_bound(m_patterns.begin(), m_patterns.end(), dimensions.size(),
                                   [](qsizetype fixed, const Pattern &p) { return fixed > p.dimensions.size(); });
        pattern = m_patterns.insert(pattern, Pattern{dimensions, {}});
    }
    pattern->groups.insert(values, refs);
    return {};
}

int SdmxGroupAttributes::ref(SdmxAttributeKind kind, const std::vector<int> &cellKey) const
{
    for (const Pattern &pattern : m_patterns) {
        m_lookup.resize(pattern.dimensions.size());
        for (qsizetype i = 0; i < pattern.dimensions.size(); ++i)
            m_lookup[i] = cellKey[size_t(pattern.dimensions[i])];
        const auto it = pattern.groups.constFind(m_lookup);
        if (it != pattern.groups.cend() && (*it)[size_t(kind)] != kSdmxOmitted)
            return (*it)[size_t(kind)];
    }
    return kSdmxOmitted;
}

} // namespace dh
