#pragma once

#include "core/result.h"
#include "sync/readers/statdocument.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace dh {

// The paging header of a World Bank API v2 answer (its first element). The API answers a page at
// a time; the sync engine asks for page + 1 while hasNextPage().
struct WorldBankPage
{
    int page = 0;
    int pages = 0;
    int perPage = 0;
    qint64 total = 0;
    QString sourceId;
    QString sourceName;
    QDate lastUpdated;

    bool hasNextPage() const { return page < pages; }
};

struct WorldBankResponse
{
    WorldBankPage paging;
    // Dimensions: "indicator" (Metric; its categories carry the row's unit and decimals), "economy"
    // (Geo; the ISO 3166 alpha-3 code, or the API's own code for aggregates without one) and "date"
    // (Time; the period's canonical form: 2024, 2024-07, 2024-Q3). A row whose value is null is
    // no observation and gives no cell; skippedNulls counts them.
    StatDocument document;
    qint64 skippedNulls = 0;
};

// Reads one page of the World Bank API v2 indicator answer (format=json): the two-element array
// [paging header, rows]. An answer of the API's own error form ([{"message": [...]}]) is refused
// with the API's message. Refusals name the row (its index on the page) and carry a rule:
// WB_JSON_INVALID, WB_NOT_AN_ANSWER, WB_API_ERROR, WB_PAGING_INVALID, WB_ROW_INVALID,
// WB_VALUE_INVALID, WB_DATE_INVALID, WB_ROW_DUPLICATE. `language` is the language of the labels:
// the one the request's path named (/v2/vi/…, /v2/en/…).
class WorldBankApiReader
{
public:
    static Result<WorldBankResponse> read(QByteArrayView bytes, const QString &language = QStringLiteral("en"));
};

} // namespace dh
