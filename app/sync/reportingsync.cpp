// The reporting API's run (resources/reporting/README.md §11): the KPI feed is asked first, with
// the validator of its last empty answer, so a hub with nothing new answers 304 and the run costs
// one request and no write. When something changed, the catalogues are brought up to date
// (conditionally) before the held page is written, then the feed is followed to its end page by
// page — each page and its position in one transaction — then the report-status feed, and the
// task feed (each page with its cursor in one transaction). Report status and tasks are optional
// packets: a server that has none answers 404 and the run goes on without them.
#include "endpointsync.h"

#include "logging.h"
#include "readers/reportingreader.h"

#include "core/dimension.h"
#include "core/reportstatus.h"
#include "core/task.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace dh {

namespace {

const QString kCatalogue = QStringLiteral("indicator-catalogue");
const QString kDimensions = QStringLiteral("disaggregation-catalogue");
const QString kKpi = QStringLiteral("kpi-data");
const QString kStatus = QStringLiteral("report-status");
const QString kTasks = QStringLiteral("tasks");

class ReportingSync final : public EndpointSync
{
public:
    ReportingSync(const Endpoint &endpoint, HttpClient &http, SyncTarget &target, const Clock &clock, const RequestPolicy &policy)
        : EndpointSync(endpoint, http, target, clock, policy)
    {
    }

private:
    void begin() override;
    QUrl url(const QString &packet, qint64 since = -1) const;
    Result<ReportingPacket> read(const HttpResponse &response, ReportingPacketType expected) const;
    // A catalogue packet, asked again only when it changed; then next.
    void fetchCatalogue(const QString &resource, ReportingPacketType type, std::function<void()> next);
    void fetchKpi(qint64 since);
    void writeKpi(const HttpResponse &response, ReportingPacket packet);
    // After a page: the next one if it is in, else wait for it, or go on to the report status.
    void pageDone(const ReportingPaging &paging);
    void fetchStatus(qint64 since);
    // After the report status: the task feed from its cursor, to its end.
    void startTasks();
    void fetchTasks(qint64 since);
    // A feed position the server no longer answers from: start again from the beginning, once.
    bool restartOnGone(const Error &error);

    int m_page = 0;
    bool m_changed = false;
    bool m_restarted = false;
    // The first KPI page, read, while the catalogues are brought up to date.
    std::optional<std::pair<HttpResponse, ReportingPacket>> m_held;
    // The next KPI page, read while the one before it is written.
    std::optional<std::pair<HttpResponse, ReportingPacket>> m_next;
};

void ReportingSync::begin()
{
    auto cursor = target().cursor(endpoint().id, kKpi);
    if (!cursor)
        return fail(cursor.error());
    const qint64 since = *cursor ? (*cursor)->since : 0;
    HttpRequest r = request(url(kKpi, since));
    if (*cursor)
        r.ifNoneMatch = (*cursor)->etag;
    fetch(
        std::move(r), kKpi,
        [this](HttpResponse response) {
            if (response.notModified)
                return succeed(SyncRun::Outcome::NotModified);
            // A page that does not read asks for nothing more.
            auto packet = read(response, ReportingPacketType::KpiData);
            if (!packet)
                return fail(packet.error());
            m_held.emplace(std::move(response), std::move(*packet));
            // The catalogues first: the page may hold indicators the cache does not know yet.
            fetchCatalogue(kCatalogue, ReportingPacketType::IndicatorCatalogue, [this] {
                fetchCatalogue(kDimensions, ReportingPacketType::DisaggregationCatalogue, [this] {
                    auto held = std::move(*m_held);
                    m_held.reset();
                    writeKpi(held.first, std::move(held.second));
                });
            });
        },
        [this](const Error &error) { return restartOnGone(error); });
}

bool ReportingSync::restartOnGone(const Error &error)
{
    if (m_restarted || writing() || httpStatusOf(error) != 410)
        return false;
    m_restarted = true;
    if (auto cleared = target().clearCursors(endpoint().id); !cleared) {
        fail(cleared.error());
        return true;
    }
    begin();
    return true;
}

QUrl ReportingSync::url(const QString &packet, qint64 since) const
{
    QUrl u = reportingUrl(endpoint(), packet);
    if (since >= 0) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("since"), QString::number(since));
        q.addQueryItem(QStringLiteral("limit"), QString::number(reportingPageSize(endpoint())));
        u.setQuery(q);
    }
    return u;
}

Result<ReportingPacket> ReportingSync::read(const HttpResponse &response, ReportingPacketType expected) const
{
    if (auto type = checkContentType(response); !type)
        return type.error();
    auto packet = ReportingReader::read(response.body);
    if (!packet)
        return packet.error();
    if (packet->envelope.type != expected) {
        Error e = Error::invalid(QCoreApplication::translate("EndpointSync", "%1 answered with a %2 packet where a %3 packet was asked for.")
                                     .arg(response.finalUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                          reportingPacketName(packet->envelope.type), reportingPacketName(expected)));
        e.rule = QStringLiteral("PACKET_UNEXPECTED");
        return e;
    }
    if (expected == ReportingPacketType::KpiData || expected == ReportingPacketType::ReportStatus || expected == ReportingPacketType::Tasks) {
        if (!packet->envelope.paging) {
            Error e = Error::invalid(QCoreApplication::translate("EndpointSync", "%1 answered a feed query without paging: the client cannot tell where the feed goes on.")
                                         .arg(response.finalUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
            e.rule = QStringLiteral("REQUIRED_MISSING");
            return e;
        }
    }
    return packet;
}

void ReportingSync::fetchCatalogue(const QString &resource, ReportingPacketType type, std::function<void()> next)
{
    auto cursor = target().cursor(endpoint().id, resource);
    if (!cursor)
        return fail(cursor.error());
    HttpRequest r = request(url(resource));
    if (*cursor) {
        r.ifNoneMatch = (*cursor)->etag;
        r.ifModifiedSince = (*cursor)->lastModified;
    }
    const bool optional = type == ReportingPacketType::DisaggregationCatalogue;
    fetch(
        std::move(r), resource,
        [this, resource, type, next](HttpResponse response) {
        if (response.notModified)
            return next();
        report(SyncProgress::Stage::Parsing, resource);
        auto packet = read(response, type);
        if (!packet)
            return fail(packet.error());
        report(SyncProgress::Stage::Writing, resource);
        Result<void> stored;
        if (const QList<Indicator> *indicators = packet->indicators()) {
            stored = target().upsertIndicators(*indicators);
        } else if (const QList<Dimension> *dimensions = packet->dimensions()) {
            stored = target().upsertDimensions(*dimensions);
        }
        if (!stored)
            return fail(stored.error());
        m_changed = true;
        if (auto saved = target().saveCursor({endpoint().id, resource, 0, response.etag, response.lastModified}); !saved)
            return fail(saved.error());
        next();
        },
        // A server that keeps no disaggregation catalogue says so with a 404.
        [optional, next](const Error &error) {
            if (!optional || httpStatusOf(error) != 404)
                return false;
            next();
            return true;
        });
}

void ReportingSync::fetchKpi(qint64 since)
{
    fetch(
        request(url(kKpi, since)), kKpi,
        [this](HttpResponse response) {
            auto packet = read(response, ReportingPacketType::KpiData);
            if (!packet)
                return fail(packet.error());
            // Read while the page before is still being written: it waits its turn.
            if (writing()) {
                m_next.emplace(std::move(response), std::move(*packet));
                return;
            }
            writeKpi(response, std::move(*packet));
        },
        [this](const Error &error) { return restartOnGone(error); });
}

void ReportingSync::writeKpi(const HttpResponse &response, ReportingPacket packet)
{
    const ReportingPaging paging = *packet.envelope.paging;
    ++m_page;
    progressState().page = m_page;
    report(SyncProgress::Stage::Parsing, kKpi);
    const StatDocument *document = packet.kpiData();
    // An empty last page's validator lets the next run ask "anything new?" in one request, as it
    // asks again from the same position; any other page's is for a position not asked again.
    const bool empty = document->cellCount() == 0;
    const SyncCursor cursor{endpoint().id, kKpi, paging.nextSince, empty && !paging.hasMore ? response.etag : QString(), {}};
    // The next page is asked for before this one is written, so the server makes and sends it
    // while the cache writes; its answer is read only once this page is committed, and not at all
    // if this page fails.
    if (paging.hasMore)
        fetchKpi(paging.nextSince);
    if (empty) {
        if (auto saved = target().saveCursor(cursor); !saved)
            return fail(saved.error());
        return pageDone(paging);
    }
    writeDocumentsAside({*document}, response.finalUrl.toString(QUrl::RemoveUserInfo), response.etag, RevisionPolicy::FromSource,
                        cursor, [this, paging](Result<SyncCounts> written) {
                            if (!written)
                                return fail(written.error());
                            add(*written);
                            m_changed = true;
                            pageDone(paging);
                        });
}

void ReportingSync::pageDone(const ReportingPaging &paging)
{
    if (m_next) {
        auto next = std::move(*m_next);
        m_next.reset();
        return writeKpi(next.first, std::move(next.second));
    }
    // More pages: the one asked for is written when it comes.
    if (paging.hasMore)
        return;
    auto status = target().cursor(endpoint().id, kStatus);
    if (!status)
        return fail(status.error());
    fetchStatus(*status ? (*status)->since : 0);
}

void ReportingSync::fetchStatus(qint64 since)
{
    fetch(
        request(url(kStatus, since)), kStatus,
        [this](HttpResponse response) {
        auto packet = read(response, ReportingPacketType::ReportStatus);
        if (!packet)
            return fail(packet.error());
        const ReportingPaging paging = *packet->envelope.paging;
        const QList<ReportStatus> &records = *packet->reportStatus();
        if (!records.isEmpty()) {
            if (auto stored = target().upsertReportStatus(records); !stored)
                return fail(stored.error());
            m_changed = true;
        }
        if (auto saved = target().saveCursor({endpoint().id, kStatus, paging.nextSince, {}, {}}); !saved)
            return fail(saved.error());
        if (paging.hasMore)
            return fetchStatus(paging.nextSince);
        startTasks();
        },
        // Report status is optional (a ministry's system may publish figures only): a 404 skips it.
        [this](const Error &error) {
            if (httpStatusOf(error) != 404)
                return false;
            startTasks();
            return true;
        });
}

void ReportingSync::startTasks()
{
    auto cursor = target().cursor(endpoint().id, kTasks);
    if (!cursor)
        return fail(cursor.error());
    fetchTasks(*cursor ? (*cursor)->since : 0);
}

void ReportingSync::fetchTasks(qint64 since)
{
    fetch(
        request(url(kTasks, since)), kTasks,
        [this](HttpResponse response) {
        report(SyncProgress::Stage::Parsing, kTasks);
        auto packet = read(response, ReportingPacketType::Tasks);
        if (!packet)
            return fail(packet.error());
        const ReportingPaging paging = *packet->envelope.paging;
        const TaskRecords &records = *packet->tasks();
        QList<RejectedRecord> rejected;
        for (const TaskRejection &r : records.rejected) {
            qCWarning(lcSync).noquote() << endpoint().id << r.message;
            rejected.append({r.index, r.record, r.message});
        }
        report(SyncProgress::Stage::Writing, kTasks);
        const QString source = response.finalUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        auto written = target().writeTasks(source, records.tasks, records.deleted, rejected, {endpoint().id, kTasks, paging.nextSince, {}, {}});
        if (!written)
            return fail(written.error());
        add(*written);
        if (written->written > 0 || written->removed > 0)
            m_changed = true;
        if (paging.hasMore)
            return fetchTasks(paging.nextSince);
        succeed(m_changed ? SyncRun::Outcome::Ok : SyncRun::Outcome::NotModified);
        },
        // Tasks are optional too: most servers of figures track no tasks.
        [this](const Error &error) {
            if (httpStatusOf(error) != 404)
                return false;
            succeed(m_changed ? SyncRun::Outcome::Ok : SyncRun::Outcome::NotModified);
            return true;
        });
}

} // namespace

std::unique_ptr<EndpointSync> makeReportingSync(const Endpoint &endpoint, HttpClient &http, SyncTarget &target, const Clock &clock,
                                        const RequestPolicy &policy)
{
    return std::unique_ptr<EndpointSync>(new ReportingSync(endpoint, http, target, clock, policy));
}

} // namespace dh
