#pragma once

#include "core/result.h"
#include "store/feedrepository.h"

#include <QUrlQuery>

namespace dh {

// A "since" query of the reporting API (resources/reporting/README.md §11) as the hub reads it
// from a URL: the page asked for and how long the client is willing to wait for one that is not
// empty (long polling).
struct FeedRequest
{
    static constexpr int defaultLimit = 1000;
    static constexpr int maxLimit = 5000;
    static constexpr int maxWaitSeconds = 60;

    FeedQuery query;
    int waitSeconds = 0;

    // Refuses what the hub cannot answer with an Error carrying the README §12 rule (VALUE_INVALID,
    // TYPE_INVALID, PERIOD_INVALID): a parameter it does not know (a misspelt "indicators" must not
    // quietly widen the answer to everything), a number that is not one or out of range, a period
    // in none of the forms. `filters` says whether indicator, unit, from and to apply (report
    // status takes since, limit and wait only).
    static Result<FeedRequest> fromQuery(const QUrlQuery &query, bool filters = true);
};

} // namespace dh
