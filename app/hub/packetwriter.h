#pragma once

#include "core/adminunit.h"
#include "core/indicator.h"
#include "core/task.h"
#include "store/feedrepository.h"
#include "sync/readers/reportingreader.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dh {

// The envelope of a packet the hub sends (resources/reporting/README.md §2).
struct PacketHeader
{
    QString sender;
    QDateTime generatedAt;
    qint64 sequence = 1; // the feed position the packet reaches: only goes up, as §2 asks
    std::optional<ReportingPaging> paging;
};

// Writes the packets of the reporting API from what the cache holds, as the bytes of one JSON
// object: exactly what ReportingReader reads back to the same records, and valid against the
// schemas in resources/schemas/. Text in one language is sent under "vi" (the catalogue's
// language), with "en" where the cache has it.
class PacketWriter
{
public:
    static QByteArray indicatorCatalogue(const PacketHeader &header, const QList<Indicator> &indicators);
    static QByteArray disaggregationCatalogue(const PacketHeader &header, const QList<Dimension> &dimensions);
    static QByteArray units(const PacketHeader &header, const QList<AdminUnit> &units);
    // A page of the KPI feed: the `indicators` header states, from the catalogue, the unit of
    // measure and decimals of each indicator the page has values of; a removed entry is sent as
    // withdrawn at its revision.
    static QByteArray kpiData(const PacketHeader &header, const QHash<QString, Indicator> &catalogue,
                              const QList<FeedEntry> &entries);
    static QByteArray reportStatus(const PacketHeader &header, const QList<ReportStatus> &records);
    // A page of the task feed (README §14): each task whole, with its history; deleted lists the
    // ids sent as deletions.
    static QByteArray tasks(const PacketHeader &header, const QList<Task> &tasks, const QStringList &deleted = {});
};

} // namespace dh
