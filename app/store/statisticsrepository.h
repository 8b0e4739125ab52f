#pragma once

#include "records.h"

#include "core/result.h"

namespace dh {

class CatalogueRepository;
class MetaRepository;

namespace sqlite {
class Connection;
}

// The cache's figures about itself: schema, synthetic flag, dataset, counts and the range of dates
// it holds.
class StatisticsRepository
{
public:
    StatisticsRepository(sqlite::Connection &connection, const CatalogueRepository &catalogue, const MetaRepository &meta);

    // What costs no query per indicator and no scan: schema, synthetic flag, dataset and the number
    // of indicators. For the first paint; summary() follows.
    Result<CacheSummary> quickSummary() const;
    // The quick summary, plus the counts and the date range: scans, for after the first paint.
    Result<CacheSummary> summary() const;

private:
    Result<void> addDateRange(CacheSummary &s) const;

    sqlite::Connection *m_connection;
    const CatalogueRepository *m_catalogue;
    const MetaRepository *m_meta;
};

} // namespace dh
