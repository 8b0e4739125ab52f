#include "hubserver.h"

#include "logging.h"
#include "packetwriter.h"
#include "wallcontrol.h"

#include "core/clock.h"
#include "core/dimension.h"
#include "core/reportstatus.h"
#include "store/cache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <utility>

namespace dh {

namespace {

using Status = QHttpServerResponse::StatusCode;

const QByteArray kJson = QByteArrayLiteral("application/json");

QHttpServerResponse problem(Status status, const QString &title, const QString &detail, const QString &rule = {})
{
    return hubProblem(status, title, detail, rule);
}

QHttpServerResponse jsonResponse(QByteArray body, const QByteArray &etag = {})
{
    QHttpServerResponse response(kJson, std::move(body));
    if (!etag.isEmpty())
        response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "no-cache");
    return response;
}

QHttpServerResponse notModified(const QByteArray &etag)
{
    QHttpServerResponse response(Status::NotModified);
    response.setHeader("ETag", etag);
    return response;
}

QByteArray quotedHash(const QByteArray &digest)
{
    return '"' + digest.toHex().left(32) + '"';
}

// If-None-Match may list several tags, or "*".
bool matches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    if (ifNoneMatch.trimmed() == "*")
        return true;
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag)
            return true;
    }
    return false;
}

} // namespace

HubServer::HubServer(Cache &cache, const Clock &clock, HubServerOptions options, QObject *parent)
    : QObject(parent)
    , m_cache(&cache)
    , m_clock(&clock)
    , m_options(std::move(options))
    , m_gate(clock, m_options.tokens, m_options.failureLimits)
    , m_wallControl(std::make_unique<WallControl>(clock, m_gate, [this] { return waitingCount(); },
                                                  WallControl::Limits{.maxWaiting = m_options.maxWaiting}))
{
    addRoutes();
    m_wallControl->addRoutes(m_http);
    m_timer.setInterval(m_options.pollInterval);
    connect(&m_timer, &QTimer::timeout, this, &HubServer::tick);
}

HubServer::~HubServer()
{
    // A request forgotten unanswered would leave its client hanging until it gives up.
    m_waiters.answerWhere([this](Waiter &waiter) {
        return std::optional(logged(waiter.access, problem(Status::ServiceUnavailable, tr("Service Unavailable"), tr("The hub is stopping."))));
    });
}

Result<void> HubServer::setupTls(const QString &certificateFile, const QString &keyFile)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return Error::invalid(tr("%1 holds no PEM certificate the hub can serve.").arg(certificateFile));
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(tr("Cannot read the TLS key %1: %2").arg(keyFile, file.errorString()));
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return Error::invalid(tr("%1 holds no unencrypted PEM private key (RSA or EC).").arg(keyFile));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_http.sslSetup(configuration);
    return {};
}

Result<quint16> HubServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_http.listen(address, port);
    if (bound == 0)
        return Error{Error::Code::Network, tr("Cannot listen on %1:%2 (in use, or not an address of this machine).").arg(address.toString()).arg(port)};
    if (auto position = m_cache->feed().position())
        m_position = *position;
    if (auto position = m_cache->tasks().position())
        m_taskPosition = *position;
    m_timer.start();
    return bound;
}

qsizetype HubServer::waitingCount() const
{
    return m_waiters.size() + (m_wallControl ? m_wallControl->waitingCount() : 0);
}

void HubServer::notifyChanged()
{
    m_stale = true;
    QMetaObject::invokeMethod(this, &HubServer::tick, Qt::QueuedConnection);
}

void HubServer::addRoutes()
{
    const auto get = QHttpServerRequest::Method::Get;
    const auto to = [this](Packet packet) {
        return [this, packet](const QHttpServerRequest &r, QHttpServerResponder &&responder) { serve(packet, r, std::move(responder)); };
    };
    m_http.route(u"/v1/indicator-catalogue"_qs, get, to(Packet::IndicatorCatalogue));
    m_http.route(u"/v1/disaggregation-catalogue"_qs, get, to(Packet::DisaggregationCatalogue));
    m_http.route(u"/v1/units"_qs, get, to(Packet::Units));
    m_http.route(u"/v1/kpi-data"_qs, get, to(Packet::KpiData));
    m_http.route(u"/v1/report-status"_qs, get, to(Packet::ReportStatus));
    m_http.route(u"/v1/tasks"_qs, get, to(Packet::Tasks));
    m_http.route(u"/health"_qs, get, [this](const QHttpServerRequest &r) { return logged(Access::of(r), health()); });
    m_http.route(u"/version"_qs, get, [this](const QHttpServerRequest &r) { return logged(Access::of(r), version()); });
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const Access access = Access::of(request);
        const QHttpServerResponse response = logged(access, problem(Status::NotFound, tr("Not Found"),
                                                                    tr("The hub serves no %1 %2.").arg(access.method, request.url().path())));
        response.write(std::move(responder));
    });
}

void HubServer::serve(Packet packet, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    Access access = Access::of(request);
    const auto ready = [&](QHttpServerResponse response) { logged(access, std::move(response)).write(std::move(responder)); };
    if (auto refusal = m_gate.check(request, access))
        return ready(std::move(*refusal));
    if (packet != Packet::KpiData && packet != Packet::ReportStatus && packet != Packet::Tasks)
        return ready(serveSnapshot(packet, request));

    const auto parsed = FeedRequest::fromQuery(request.query(), packet == Packet::KpiData);
    if (!parsed)
        return ready(problem(Status::BadRequest, tr("Bad Request"), parsed.error().message, parsed.error().rule));
    const bool mayWait = parsed->waitSeconds > 0;
    if (mayWait && waitingCount() >= m_options.maxWaiting) {
        QHttpServerResponse busy = problem(Status::ServiceUnavailable, tr("Service Unavailable"), tr("Too many clients are waiting; ask again shortly."));
        busy.setHeader("Retry-After", "1");
        return ready(std::move(busy));
    }
    refreshIfChanged();
    const QByteArray ifNoneMatch = request.value("If-None-Match");
    QByteArray etag;
    auto page = feedPage(packet, *parsed, ifNoneMatch, mayWait ? std::optional(ifNoneMatch) : std::nullopt, &etag);
    if (!page)
        return ready(problem(Status::InternalServerError, tr("Internal Server Error"), page.error().message));
    if (*page)
        return ready(std::move(**page));

    auto waiter = std::make_unique<Waiter>(std::move(responder));
    waiter->packet = packet;
    waiter->request = *parsed;
    waiter->ifNoneMatch = ifNoneMatch;
    waiter->etag = etag;
    waiter->deadline = QDeadlineTimer(std::chrono::seconds(parsed->waitSeconds));
    waiter->access = std::move(access);
    m_waiters.hold(std::move(waiter));
}

QHttpServerResponse HubServer::serveSnapshot(Packet packet, const QHttpServerRequest &request)
{
    refreshIfChanged();
    const Snapshot &snapshot = this->snapshot(packet);
    if (matches(request.value("If-None-Match"), snapshot.etag))
        return notModified(snapshot.etag);
    return jsonResponse(snapshot.body, snapshot.etag);
}

const HubServer::Snapshot &HubServer::snapshot(Packet packet)
{
    auto it = m_snapshots.find(int(packet));
    if (it == m_snapshots.end()) {
        // The hash leaves out the envelope's time, so an unchanged catalogue keeps its ETag.
        PacketHeader header{m_options.sender, QDateTime::fromSecsSinceEpoch(0, Qt::UTC), 1, std::nullopt};
        const auto write = [&](const PacketHeader &h) {
            switch (packet) {
            case Packet::IndicatorCatalogue: return PacketWriter::indicatorCatalogue(h, m_cache->catalogue().all());
            case Packet::DisaggregationCatalogue: {
                auto dimensions = m_cache->catalogue().dimensions();
                if (!dimensions)
                    qCWarning(lcHub) << "cannot read the disaggregation catalogue:" << dimensions.error().message;
                return PacketWriter::disaggregationCatalogue(h, dimensions.valueOr(QList<Dimension>()));
            }
            case Packet::Units: {
                QList<AdminUnit> units;
                for (const AdminUnit *unit : m_cache->registry().all())
                    units.append(*unit);
                return PacketWriter::units(h, units);
            }
            default: return QByteArray();
            }
        };
        const QByteArray digest = QCryptographicHash::hash(write(header), QCryptographicHash::Sha256);
        header.generatedAt = m_clock->now();
        // The catalogue's sequence only has to go up from one content to the next: its time does.
        header.sequence = header.generatedAt.toMSecsSinceEpoch();
        it = m_snapshots.insert(int(packet), Snapshot{digest, quotedHash(digest), write(header)});
    }
    return *it;
}

Result<std::optional<QHttpServerResponse>> HubServer::feedPage(Packet packet, const FeedRequest &request, const QByteArray &ifNoneMatch,
                                                               const std::optional<QByteArray> &hold, QByteArray *etagOut)
{
    QByteArray ignored;
    QByteArray &etag = etagOut ? *etagOut : ignored;
    if (packet == Packet::ReportStatus)
        return statusPage(request, ifNoneMatch, hold, &etag);
    if (packet == Packet::Tasks)
        return taskPage(request, ifNoneMatch, hold, &etag);
    const auto page = m_cache->feed().kpiChanges(request.query);
    if (!page)
        return page.error();

    // A page is the same page while it holds the same changes and nothing else the client
    // follows has changed: the positions say which, and the catalogues' and the report-status
    // feed's state go in too, so a client whose last empty page still matches has nothing at all
    // to fetch (one request, answered 304).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_options.sender.toUtf8());
    const QByteArray query = QByteArray::number(request.query.since) + '/' + QByteArray::number(request.query.limit) + '/'
        + request.query.indicators.join(u',').toUtf8() + '/' + request.query.units.join(u',').toUtf8() + '/'
        + (request.query.from ? request.query.from->toString().toUtf8() : QByteArray()) + '/'
        + (request.query.to ? request.query.to->toString().toUtf8() : QByteArray()) + '/' + (page->hasMore ? "1" : "0");
    hash.addData(query);
    for (const FeedEntry &entry : page->entries)
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&entry.position), sizeof entry.position));
    hash.addData(snapshot(Packet::IndicatorCatalogue).contentHash);
    hash.addData(snapshot(Packet::DisaggregationCatalogue).contentHash);
    const qint64 statusPosition = m_cache->reportStatus().position().valueOr(-1);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&statusPosition), sizeof statusPosition));
    const qint64 taskPosition = m_cache->tasks().position().valueOr(-1);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&taskPosition), sizeof taskPosition));
    etag = quotedHash(hash.result());
    if (page->entries.isEmpty() && hold && (hold->isEmpty() || matches(*hold, etag)))
        return std::optional<QHttpServerResponse>();
    if (matches(ifNoneMatch, etag))
        return std::optional<QHttpServerResponse>(notModified(etag));

    QHash<QString, Indicator> catalogue;
    for (const FeedEntry &entry : page->entries) {
        if (!catalogue.contains(entry.observation.indicator))
            catalogue.insert(entry.observation.indicator, m_cache->catalogue().find(entry.observation.indicator).value_or(Indicator{}));
    }
    PacketHeader header{m_options.sender, m_clock->now(), std::max<qint64>(1, page->nextSince),
                        ReportingPaging{page->since, page->nextSince, page->hasMore, request.query.limit}};
    return std::optional<QHttpServerResponse>(jsonResponse(PacketWriter::kpiData(header, catalogue, page->entries), etag));
}

Result<std::optional<QHttpServerResponse>> HubServer::statusPage(const FeedRequest &request, const QByteArray &ifNoneMatch,
                                                                 const std::optional<QByteArray> &hold, QByteArray *etag)
{
    const auto page = m_cache->reportStatus().changes(request.query.since, request.query.limit);
    if (!page)
        return page.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_options.sender.toUtf8());
    hash.addData(QByteArray(QByteArray::number(request.query.since) + "/" + QByteArray::number(request.query.limit) + (page->hasMore ? "/1" : "/0")));
    for (const ReportStatusEntry &entry : page->entries)
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&entry.position), sizeof entry.position));
    *etag = quotedHash(hash.result());
    if (page->entries.isEmpty() && hold && (hold->isEmpty() || matches(*hold, *etag)))
        return std::optional<QHttpServerResponse>();
    if (matches(ifNoneMatch, *etag))
        return std::optional<QHttpServerResponse>(notModified(*etag));
    QList<ReportStatus> records;
    records.reserve(page->entries.size());
    for (const ReportStatusEntry &entry : page->entries)
        records.append(entry.status);
    PacketHeader header{m_options.sender, m_clock->now(), std::max<qint64>(1, page->nextSince),
                        ReportingPaging{page->since, page->nextSince, page->hasMore, request.query.limit}};
    return std::optional<QHttpServerResponse>(jsonResponse(PacketWriter::reportStatus(header, records), *etag));
}

Result<std::optional<QHttpServerResponse>> HubServer::taskPage(const FeedRequest &request, const QByteArray &ifNoneMatch,
                                                               const std::optional<QByteArray> &hold, QByteArray *etag)
{
    const auto page = m_cache->tasks().changes(request.query.since, request.query.limit);
    if (!page)
        return page.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_options.sender.toUtf8());
    hash.addData(QByteArray("tasks/" + QByteArray::number(request.query.since) + "/" + QByteArray::number(request.query.limit)
                            + (page->hasMore ? "/1" : "/0")));
    for (const TaskFeedEntry &entry : page->entries)
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&entry.position), sizeof entry.position));
    *etag = quotedHash(hash.result());
    if (page->entries.isEmpty() && hold && (hold->isEmpty() || matches(*hold, *etag)))
        return std::optional<QHttpServerResponse>();
    if (matches(ifNoneMatch, *etag))
        return std::optional<QHttpServerResponse>(notModified(*etag));
    QList<Task> tasks;
    QStringList deleted;
    tasks.reserve(page->entries.size());
    for (const TaskFeedEntry &entry : page->entries) {
        if (entry.deleted)
            deleted.append(entry.task.id);
        else
            tasks.append(entry.task);
    }
    PacketHeader header{m_options.sender, m_clock->now(), std::max<qint64>(1, page->nextSince),
                        ReportingPaging{page->since, page->nextSince, page->hasMore, request.query.limit}};
    return std::optional<QHttpServerResponse>(jsonResponse(PacketWriter::tasks(header, tasks, deleted), *etag));
}

QHttpServerResponse HubServer::health()
{
    QJsonObject body{{u"ok"_qs, true}, {u"cache"_qs, QFileInfo(m_cache->path()).fileName()}, {u"version"_qs, m_options.version}};
    const auto position = m_cache->feed().position();
    if (!position) {
        body.insert(u"ok"_qs, false);
        body.insert(u"error"_qs, position.error().message);
        return QHttpServerResponse(kJson, QJsonDocument(body).toJson(QJsonDocument::Compact), Status::ServiceUnavailable);
    }
    body.insert(u"feedPosition"_qs, *position);
    if (*position > 0) {
        const auto last = m_cache->feed().kpiChanges(FeedQuery{.since = *position - 1, .limit = 1});
        if (last && !last->entries.isEmpty())
            body.insert(u"lastChange"_qs, last->entries.constFirst().observation.provenance.retrievedAt.toUTC().toString(Qt::ISODate));
    }
    body.insert(u"waiting"_qs, int(waitingCount()));
    return QHttpServerResponse(kJson, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QHttpServerResponse HubServer::version() const
{
    const QJsonObject body{{u"name"_qs, u"dieuhanh-hub"_qs}, {u"version"_qs, m_options.version}, {u"schemaVersion"_qs, u"1.0"_qs}};
    return QHttpServerResponse(kJson, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// Another connection's commit (the hub's own sync engine, an import) moves the cache's data
// version; a catalogue or report-status change moves no KPI feed position, so both are watched, and
// the task feed's position too.
void HubServer::refreshIfChanged()
{
    bool changed = std::exchange(m_stale, false);
    if (const auto position = m_cache->feed().position(); position && *position != m_position) {
        m_position = *position;
        changed = true;
    }
    if (const auto position = m_cache->tasks().position(); position && *position != m_taskPosition) {
        m_taskPosition = *position;
        changed = true;
    }
    if (const auto version = m_cache->dataVersion(); version && *version != m_dataVersion) {
        m_dataVersion = *version;
        changed = true;
    }
    if (changed) {
        m_changed = true;
        m_snapshots.clear();
        if (auto loaded = m_cache->catalogue().load(); !loaded)
            qCWarning(lcHub) << "cannot reload the catalogue:" << loaded.error().message;
    }
}

void HubServer::tick()
{
    refreshIfChanged();
    answerWaiters(!m_changed);
    m_changed = false;
}

// On a change every waiter's query runs again and is answered if its page now differs from the
// one it holds; otherwise only those whose time is up are answered.
void HubServer::answerWaiters(bool deadlinesOnly)
{
    m_waiters.answerWhere([&](Waiter &waiter) -> std::optional<QHttpServerResponse> {
        const bool expired = waiter.deadline.hasExpired();
        if (deadlinesOnly && !expired)
            return std::nullopt;
        auto page = feedPage(waiter.packet, waiter.request, waiter.ifNoneMatch, expired ? std::nullopt : std::optional(waiter.etag));
        if (page && !*page)
            return std::nullopt;
        return logged(waiter.access, page ? std::move(**page) : problem(Status::InternalServerError, tr("Internal Server Error"), page.error().message));
    });
}

} // namespace dh
