#pragma once

#include "localizedtext.h"

#include <QList>
#include <QString>

namespace dh {

// A value of a disaggregation dimension; parent names another value of the same dimension it is
// part of (state → domestic), empty for a top value.
struct DimensionValue
{
    QString code;
    LocalizedText name;
    QString parent;

    friend bool operator==(const DimensionValue &, const DimensionValue &) = default;
};

// A disaggregation dimension ("phân tổ") and the values it takes, as a disaggregation catalogue
// names them: what a hub serves and a client shows beside the codes in a breakdown key.
struct Dimension
{
    QString code;
    LocalizedText name;
    QList<DimensionValue> values;

    friend bool operator==(const Dimension &, const Dimension &) = default;
};

} // namespace dh
