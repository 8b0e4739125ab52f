#pragma once

#include "sync/readers/sdmxstructure.h"
#include "sync/readers/statdocument.h"

#include <span>
#include <vector>

namespace dh {

// Which categories of an SDMX-JSON document carry a unit of measure and a number of decimals.
// SDMX gives both per observation (as attributes at any level); a StatDocument gives them per
// category. A category carries them when every cell of it has the same one: a unit constant over
// the message lands on every category with cells, one that varies by indicator on the indicator's
// categories, and the code mapping reads it from the dimension it takes for the indicator.
class SdmxCategoryUnits
{
public:
    explicit SdmxCategoryUnits(const QList<StatDimension> &dimensions);

    // A cell of the document: its key, its unit (a value of the UNIT_MEASURE attribute, or -1)
    // and its decimals (or -1).
    void add(std::span<const int> key, int unit, int decimals);

    // Puts the units (the code as unitSymbol, the names as unit) and decimals on the categories.
    // False when cells have units but no dimension has one unit for each of its categories, so
    // the units are on no category.
    bool apply(QList<StatDimension> &dimensions, const SdmxStructure::Attribute *unit) const;

private:
    static constexpr int kUnseen = -2;

    struct Category
    {
        int unit = kUnseen;
        int decimals = kUnseen;
        bool unitMixed = false;
        bool decimalsMixed = false;
    };

    std::vector<std::vector<Category>> m_categories; // per dimension
    bool m_unitSeen = false;
};

} // namespace dh
