#pragma once

#include "core/indicator.h"
#include "core/observation.h"

#include <QDateTime>
#include <QMetaType>

#include <optional>

namespace dh {

// One row of the indicator catalogue as the views show it: the indicator and its latest national
// value with period, status and retrieval time.
struct CatalogEntry
{
    Indicator indicator;
    std::optional<Period> latestPeriod;
    double latestValue = 0.0;
    ObservationStatus status = ObservationStatus::Final;
    QDateTime retrievedAt;
};

} // namespace dh

Q_DECLARE_METATYPE(dh::CatalogEntry)
