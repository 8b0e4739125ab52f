#include "sync/readers/sdmxcategoryunits.h"

namespace dh {

SdmxCategoryUnits::SdmxCategoryUnits(const QList<StatDimension> &dimensions)
{
    for (const StatDimension &d : dimensions)
        m_categories.emplace_back(size_t(d.categories.size()));
}

void SdmxCategoryUnits::add(std::span<const int> key, int unit, int decimals)
{
    m_unitSeen = m_unitSeen || unit >= 0;
    for (size_t d = 0; d < key.size(); ++d) {
        Category &c = m_categories[d][size_t(key[d])];
        if (c.unit == kUnseen) {
            c.unit = unit;
            c.decimals = decimals;
            continue;
        }
        c.unitMixed = c.unitMixed || c.unit != unit;
        c.decimalsMixed = c.decimalsMixed || c.decimals != decimals;
    }
}

bool SdmxCategoryUnits::apply(QList<StatDimension> &dimensions, const SdmxStructure::Attribute *unit) const
{
    bool explained = false; // some dimension has one unit for each of its categories
    for (size_t d = 0; d < m_categories.size(); ++d) {
        bool uniform = true;
        bool seen = false;
        for (size_t i = 0; i < m_categories[d].size(); ++i) {
            const Category &c = m_categories[d][i];
            if (c.unit == kUnseen)
                continue;
            seen = true;
            uniform = uniform && !c.unitMixed;
            StatCategory &category = dimensions[qsizetype(d)].categories[qsizetype(i)];
            if (unit && !c.unitMixed && c.unit >= 0) {
                category.unitSymbol = unit->codes.at(c.unit);
                category.unit = unit->labels.at(c.unit);
            }
            if (!c.decimalsMixed && c.decimals >= 0)
                category.decimals = c.decimals;
        }
        explained = explained || (seen && uniform);
    }
    return explained || !m_unitSeen;
}

} // namespace dh
