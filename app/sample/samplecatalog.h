#pragma once

#include "core/indicator.h"

#include <QList>
#include <QStringList>

namespace dh {

// The demo catalogue of the embedded sample: indicators across all nine fields of the national set,
// with their Vietnamese and English names and units, aggregation rules, polarity, owner ministry
// (2025 codes) and method. SampleGenerator fills them with synthetic numbers; the metadata is meant
// to read like the real framework's so the dashboard can be shown and tested without a network.
class SampleCatalog
{
public:
    static QList<Indicator> indicators();
    // The 16 headline indicators (8 socio-economic direction + 8 statistical), in tile order.
    static QStringList headline();
    static QString sourceTag() { return QStringLiteral("synthetic:dieuhanh-sample"); }
};

} // namespace dh
