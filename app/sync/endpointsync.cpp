#include "endpointsync.h"

#include "credentials.h"
#include "documentobservations.h"
#include "importer.h"
#include "logging.h"

#include "core/clock.h"
#include "core/safetext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

namespace dh {

std::unique_ptr<EndpointSync> makeReportingSync(const Endpoint &, HttpClient &, SyncTarget &, const Clock &, const RequestPolicy &);
std::unique_ptr<EndpointSync> makeDocumentSync(const Endpoint &, HttpClient &, SyncTarget &, const Clock &, const RequestPolicy &);

namespace {

// How often a transfer's byte count is reported: often enough for a moving bar, not per packet.
constexpr qint64 kProgressIntervalMs = 100;

bool isJsonFormat(QStringView format)
{
    return format != u"csv-mapped";
}

} // namespace

std::unique_ptr<EndpointSync> EndpointSync::create(const Endpoint &endpoint, HttpClient &http, SyncTarget &target,
                                                   const Clock &clock, const RequestPolicy &policy)
{
    if (endpoint.format == u"reporting")
        return makeReportingSync(endpoint, http, target, clock, policy);
    return makeDocumentSync(endpoint, http, target, clock, policy);
}

EndpointSync::EndpointSync(const Endpoint &endpoint, HttpClient &http, SyncTarget &target, const Clock &clock,
                           const RequestPolicy &policy)
    : m_endpoint(endpoint)
    , m_http(http)
    , m_target(target)
    , m_clock(clock)
    , m_policy(policy)
{
    m_progress.endpoint = endpoint.id;
    m_run.endpoint = endpoint.id;
}

EndpointSync::~EndpointSync()
{
    if (m_pending != 0)
        m_http.cancel(m_pending);
}

void EndpointSync::start()
{
    m_run.startedAt = m_clock.now();
    if (!m_endpoint.mappingFile.isEmpty()) {
        auto mapping = CodeMapping::load(m_endpoint.mappingFile);
        if (!mapping)
            return fail(mapping.error());
        m_mapping = std::move(*mapping);
    }
    // Secrets are read at each run and held only for it: a token changed in the keychain or the
    // environment is used from the next run on.
    if (m_endpoint.auth.kind == EndpointAuth::Kind::Bearer) {
        auto token = Credentials::bearerToken(m_endpoint.auth);
        if (!token)
            return fail(token.error());
        m_token = std::move(*token);
    } else if (m_endpoint.auth.kind == EndpointAuth::Kind::ClientCertificate) {
        auto passphrase = Credentials::certificatePassphrase(m_endpoint.auth);
        if (!passphrase)
            return fail(passphrase.error());
        m_passphrase = std::move(*passphrase);
    }
    begin();
}

void EndpointSync::cancel()
{
    if (m_done)
        return;
    if (m_pending != 0) {
        const quint64 pending = std::exchange(m_pending, 0);
        m_http.cancel(pending);
    }
    m_run.outcome = SyncRun::Outcome::Cancelled;
    finish();
}

HttpRequest EndpointSync::requestFor(const Endpoint &endpoint, const QUrl &url, const RequestPolicy &policy,
                                     const QByteArray &token, const QByteArray &passphrase)
{
    HttpRequest r;
    r.url = url;
    r.policy = policy;
    r.bearerToken = token;
    r.tls.caFile = endpoint.caFile;
    if (endpoint.auth.kind == EndpointAuth::Kind::ClientCertificate) {
        r.tls.clientCertificateFile = endpoint.auth.certificateFile;
        r.tls.clientCertificatePassphrase = passphrase;
    }
    const auto timeout = std::chrono::duration_cast<std::chrono::milliseconds>(endpoint.timeout);
    r.policy.connectTimeout = timeout;
    r.policy.readTimeout = timeout;
    return r;
}

QUrl EndpointSync::reportingUrl(const Endpoint &endpoint, const QString &packet)
{
    QUrl base = endpoint.url;
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    return base.resolved(QUrl(QStringLiteral("v1/") + packet));
}

HttpRequest EndpointSync::request(const QUrl &url) const
{
    return requestFor(m_endpoint, url, m_policy, m_token, m_passphrase);
}

void EndpointSync::fetch(HttpRequest request, const QString &resource, std::function<void(HttpResponse)> done, Recover recover)
{
    m_progress.resource = resource;
    m_progress.bytes = 0;
    m_progress.totalBytes = -1;
    report(SyncProgress::Stage::Fetching, resource);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QPointer<EndpointSync> self(this);
    m_pending = m_http.fetch(
        std::move(request),
        [self, done = std::move(done), recover = std::move(recover)](Result<HttpResponse> answer) {
            if (!self || self->m_done)
                return;
            self->m_pending = 0;
            ++self->m_run.requests;
            if (!answer) {
                if (recover && answer.error().code != Error::Code::Cancelled && recover(answer.error()))
                    return;
                return self->fail(answer.error());
            }
            self->m_run.bytes += answer->body.size();
            done(std::move(*answer));
        },
        [self, clock](qint64 received, qint64 total) {
            if (!self || self->m_done || (clock->elapsed() < kProgressIntervalMs && received != total))
                return;
            clock->restart();
            self->m_progress.bytes = received;
            self->m_progress.totalBytes = total;
            Q_EMIT self->progressChanged(self->m_progress);
        });
}

Result<void> EndpointSync::checkContentType(const HttpResponse &response) const
{
    const QByteArray type = response.contentType.toLower();
    // A server that names no type is read, and its reader judges the bytes.
    if (type.isEmpty())
        return {};
    const bool json = type.contains("json");
    const bool text = type.contains("csv") || type.startsWith("text/plain");
    if (isJsonFormat(m_endpoint.format) ? json : text)
        return {};
    Error e = Error::invalid(QCoreApplication::translate("EndpointSync", "%1 answered with content of type %2, not %3: it is not the %4 the endpoint is configured for.")
                                 .arg(response.finalUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                      SafeText::excerpt(QString::fromLatin1(response.contentType), 80),
                                      isJsonFormat(m_endpoint.format) ? QStringLiteral("JSON") : QStringLiteral("CSV"),
                                      m_endpoint.format));
    e.rule = QStringLiteral("CONTENT_TYPE");
    return e;
}

Result<SyncCounts> EndpointSync::writeDocuments(const QList<StatDocument> &documents, const QString &location,
                                                const QString &etag, RevisionPolicy policy,
                                                const std::optional<SyncCursor> &cursor)
{
    auto begun = m_target.begin(m_endpoint.id, m_endpoint.format, location, etag, policy);
    if (!begun)
        return begun.error();
    std::unique_ptr<SyncBatch> batch = std::move(*begun);
    // The unit each indicator is held in, looked up once per indicator.
    QHash<QString, std::optional<Indicator>> indicators;
    std::optional<Error> unitChanged;
    const Provenance provenance{m_endpoint.id, m_clock.now(), m_mapping ? m_mapping->revision : 1, m_endpoint.format, location, etag};
    for (const StatDocument &document : documents) {
        auto plan = DocumentObservations::create(document, mapping(), provenance);
        if (!plan)
            return plan.error();
        // The cells become observations on a thread of the Importer's while this one writes them.
        auto produced = Importer().run(
            [&plan](const CsvObservationReader::BatchSink &sink) { return plan->produce(sink); },
            [&](const Observation &o, qint64 line, QStringView raw) {
                if (unitChanged)
                    return;
                if (!o.measure.isEmpty()) {
                    auto found = indicators.constFind(o.indicator);
                    if (found == indicators.cend())
                        found = indicators.insert(o.indicator, m_target.indicator(o.indicator));
                    const std::optional<Indicator> &held = *found;
                    if (held && o.measure != held->unitVi && o.measure != held->unitEn) {
                        unitChanged = Error::conflict(QCoreApplication::translate("EndpointSync", "The answer gives %1 in %2, but the cache holds it in %3: an answer that changes an indicator's unit of measure is refused whole.")
                                                          .arg(o.indicator, SafeText::excerpt(o.measure, 60), held->unitVi));
                        unitChanged->rule = QStringLiteral("UNIT_CHANGED");
                        return;
                    }
                }
                batch->write(o, line, raw);
            },
            [&](qint64 line, QStringView raw, const QString &reason) { batch->reject(line, raw, reason); },
            [&](const Observation &key, qint64 line, QStringView raw) { batch->remove(key, line, raw); });
        if (unitChanged) {
            batch->rollback();
            return *unitChanged;
        }
        if (!produced) {
            batch->rollback();
            return produced.error();
        }
    }
    if (cursor)
        batch->setCursor(*cursor);
    return batch->commit();
}

void EndpointSync::writeDocumentsAside(QList<StatDocument> documents, const QString &location, const QString &etag,
                                       RevisionPolicy policy, const std::optional<SyncCursor> &cursor,
                                       std::function<void(Result<SyncCounts>)> done)
{
    report(SyncProgress::Stage::Writing);
    m_writing = true;
    // The promise is all the pool's task shares with this object, which may be gone when it ends.
    auto promise = std::make_shared<QPromise<Result<SyncCounts>>>();
    auto *watcher = new QFutureWatcher<Result<SyncCounts>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
        watcher->deleteLater();
        m_writing = false;
        const Result<SyncCounts> written = watcher->result();
        if (!m_done)
            return done(written);
        if (written)
            add(*written);
        complete();
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([this, promise, documents = std::move(documents), location, etag, policy, cursor] {
        promise->start();
        promise->addResult(writeDocuments(documents, location, etag, policy, cursor));
        promise->finish();
    });
}

void EndpointSync::report(SyncProgress::Stage stage, const QString &resource)
{
    m_progress.stage = stage;
    if (!resource.isEmpty())
        m_progress.resource = resource;
    Q_EMIT progressChanged(m_progress);
}

void EndpointSync::add(const SyncCounts &counts)
{
    m_run.written += counts.written;
    m_run.unchanged += counts.unchanged;
    m_run.removed += counts.removed;
    m_run.quarantined += counts.quarantined;
    m_progress.written = m_run.written;
}

void EndpointSync::succeed(SyncRun::Outcome outcome)
{
    m_run.outcome = outcome;
    finish();
}

void EndpointSync::fail(const Error &error)
{
    if (m_done)
        return;
    m_run.outcome = error.code == Error::Code::Cancelled ? SyncRun::Outcome::Cancelled : SyncRun::Outcome::Failed;
    m_run.error = error.message;
    qCWarning(lcSync).noquote() << "endpoint" << m_endpoint.id << "failed:" << error.message;
    finish();
}

void EndpointSync::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (m_pending != 0)
        m_http.cancel(std::exchange(m_pending, 0));
    m_token.fill('\0');
    m_passphrase.fill('\0');
    if (!m_writing)
        complete();
}

void EndpointSync::complete()
{
    m_run.finishedAt = m_clock.now();
    if (auto id = m_target.recordRun(m_run); id)
        m_run.id = *id;
    else
        qCWarning(lcSync).noquote() << "the run of" << m_endpoint.id << "could not be recorded:" << id.error().message;
    switch (m_run.outcome) {
    case SyncRun::Outcome::Ok: m_progress.stage = SyncProgress::Stage::Done; break;
    case SyncRun::Outcome::NotModified: m_progress.stage = SyncProgress::Stage::NotModified; break;
    case SyncRun::Outcome::Failed: m_progress.stage = SyncProgress::Stage::Failed; break;
    case SyncRun::Outcome::Cancelled: m_progress.stage = SyncProgress::Stage::Cancelled; break;
    }
    m_progress.message = m_run.error;
    Q_EMIT progressChanged(m_progress);
    Q_EMIT runFinished(m_run);
}

} // namespace dh
