#pragma once

#include "core/indicator.h"

#include <QCoreApplication>
#include <QString>

namespace dh {

// Names people read for the codes the catalogue and the files use: aggregation rules,
// disaggregation dimensions and their categories. Translated (Vietnamese first); a code the
// project does not know is shown as it is rather than hidden.
class DomainLabels
{
    Q_DECLARE_TR_FUNCTIONS(DomainLabels)

public:
    static QString aggregationRule(AggregationRule rule);
    static QString dimension(const QString &code);                       // "tax" → "sắc thuế"
    static QString category(const QString &dimension, const QString &value); // ("tax", "vat") → "thuế GTGT"
    // A disaggregation key "level=central;tax=vat" as "Trung ương, thuế GTGT".
    static QString key(const QString &key);
};

} // namespace dh
