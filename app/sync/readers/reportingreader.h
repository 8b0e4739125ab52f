#pragma once

#include "core/adminunit.h"
#include "core/dimension.h"
#include "core/indicator.h"
#include "core/period.h"
#include "core/reportstatus.h"
#include "core/result.h"
#include "sync/readers/statdocument.h"
#include "sync/readers/taskpacketreader.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace dh {

// The packet families of the reporting API (resources/reporting/README.md).
enum class ReportingPacketType : quint8 { IndicatorCatalogue, DisaggregationCatalogue, Units, KpiData, ReportStatus, Tasks };

QString reportingPacketName(ReportingPacketType type); // "kpi-data", as the envelope's "packet" says
std::optional<ReportingPacketType> reportingPacketFromName(QStringView name);

// Where a page of a "since" query ends: the caller asks again with since = nextSince while hasMore.
struct ReportingPaging
{
    qint64 since = 0;
    qint64 nextSince = 0;
    bool hasMore = false;
    std::optional<qint64> limit;
};

// What every packet says of itself.
struct ReportingEnvelope
{
    ReportingPacketType type = ReportingPacketType::KpiData;
    int majorVersion = 1;
    int minorVersion = 0;
    QString sender;         // a unit code
    QDateTime generatedAt;
    qint64 sequence = 0;    // the sender's counter for this packet type; only goes up
    std::optional<ReportingPaging> paging;
};

// The report states' names in packets ("not-due", "late" …).
QString reportStateName(ReportStatus::State state);
std::optional<ReportStatus::State> reportStateFromName(QStringView name);

// A packet read: its envelope and the payload its type carries.
struct ReportingPacket
{
    ReportingEnvelope envelope;
    std::variant<QList<Indicator>, QList<Dimension>, QList<AdminUnit>, StatDocument, QList<ReportStatus>, TaskRecords> payload;

    const QList<Indicator> *indicators() const { return std::get_if<QList<Indicator>>(&payload); }
    const QList<Dimension> *dimensions() const { return std::get_if<QList<Dimension>>(&payload); }
    const QList<AdminUnit> *units() const { return std::get_if<QList<AdminUnit>>(&payload); }
    const StatDocument *kpiData() const { return std::get_if<StatDocument>(&payload); }
    const QList<ReportStatus> *reportStatus() const { return std::get_if<QList<ReportStatus>>(&payload); }
    const TaskRecords *tasks() const { return std::get_if<TaskRecords>(&payload); }
};

// Reads a packet of the project's reporting API (schema version 1.x) from its bytes: the type from
// the envelope, then the payload as the catalogue and the cache take it — indicator catalogues as
// Indicators, unit lists as AdminUnits, disaggregation catalogues and report status as the structs
// above, and KPI data as a StatDocument, so it takes the same path to observations as every other
// format. That document has five dimensions, always in this order: "indicator" (Metric; each
// category carries the unit of measure and decimals the packet states), "unit" (Geo), "period"
// (Time; the canonical period forms), "valueKind" (role ValueKind: in-period, cumulative, target)
// and "disaggregation" (role Disaggregation: canonical DisaggregationKey texts, the empty text for
// the total); each cell
// has the value's status code, its revision (StatDocument::revision) and, for a withdrawn value,
// the deleted flag.
//
// A task packet is the exception: its envelope and the `tasks` array are read or refused as above,
// its records one by one (TaskPacketReader), a bad record rejected alone.
//
// A packet is read whole or refused whole. A refusal names the packet, the field path and the
// item index (`kpi-data: values[3].period: …`) and carries a stable rule: JSON_INVALID,
// VERSION_UNSUPPORTED (a major version other than 1), PACKET_UNKNOWN, REQUIRED_MISSING,
// TYPE_INVALID, VALUE_INVALID (outside a code list, pattern or range), PERIOD_INVALID,
// DUPLICATE_KEY, REVISION_CONFLICT (one key at one revision with two values) and
// REFERENCE_UNKNOWN (a KPI value of an indicator the packet's header does not list). Members the
// reader does not know are ignored, as a newer minor version may add them.
class ReportingReader
{
public:
    static constexpr int majorVersion = 1;

    static Result<ReportingPacket> read(QByteArrayView bytes);
};

} // namespace dh
