#pragma once

#include "core/reportstatus.h"
#include "core/result.h"

#include <QList>

namespace dh {

namespace sqlite {
class Connection;
}

// A report-status record changed at a feed position.
struct ReportStatusEntry
{
    qint64 position = 0;
    ReportStatus status;
};

// A page of report-status changes, as FeedPage is for observations.
struct ReportStatusPage
{
    QList<ReportStatusEntry> entries;
    qint64 since = 0;
    qint64 nextSince = 0;
    bool hasMore = false;
};

// The report-status records a cache holds (resources/reporting/README.md §9), one per indicator,
// unit and period, with a feed of their own: a record that changes takes the next position of the
// report-status feed, so a hub serves "report-status since N" as it serves KPI data. Codes are
// kept as given: the calendar may name an indicator or a unit before the catalogue has it.
class ReportStatusRepository
{
public:
    explicit ReportStatusRepository(sqlite::Connection &connection);

    // One transaction: all the records or none. A record the same as the one held takes no
    // position. Refuses a record without an indicator, a unit or a valid period.
    Result<void> upsert(const QList<ReportStatus> &records);
    // In feed order.
    Result<ReportStatusPage> changes(qint64 since, int limit = 1000) const;
    // The latest position handed out (0: none).
    Result<qint64> position() const;

private:
    sqlite::Connection *m_connection;
};

} // namespace dh
