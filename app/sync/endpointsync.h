#pragma once

#include "codemapping.h"
#include "endpointfile.h"
#include "net/httpclient.h"
#include "syncprogress.h"
#include "sync/readers/statdocument.h"

#include "core/syncstate.h"
#include "core/synctarget.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace dh {

class Clock;

// One run of one endpoint: the requests its format needs, each answer read by its reader and
// written with the cursor that follows it in one transaction (SyncTarget::begin), so a failure at
// any point leaves every answer before it whole and nothing of the one that failed. It reports
// progress as it goes and a SyncRun when done, recorded in the cache by the worker. Lives on the
// sync thread, with the HttpClient and the target it is given.
class EndpointSync : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointSync)

public:
    // The run for the endpoint's format: a reporting API's feeds, or a document (PX-Web, SDMX-JSON,
    // JSON-stat, the World Bank's pages, a CSV).
    // policy gives the retries and backoff; the endpoint's timeout replaces its timeouts.
    static std::unique_ptr<EndpointSync> create(const Endpoint &endpoint, HttpClient &http, SyncTarget &target,
                                                const Clock &clock, const RequestPolicy &policy = {});
    ~EndpointSync() override;

    const Endpoint &endpoint() const { return m_endpoint; }
    // A request to an endpoint with its TLS options and secrets; the endpoint's timeout replaces
    // the policy's timeouts.
    static HttpRequest requestFor(const Endpoint &endpoint, const QUrl &url, const RequestPolicy &policy,
                                  const QByteArray &token, const QByteArray &passphrase);
    // {endpoint}/v1/{packet} of a reporting API.
    static QUrl reportingUrl(const Endpoint &endpoint, const QString &packet);
    // The KPI page size asked of a reporting API: the endpoint's, else 5,000 (a page is read whole
    // and written in one transaction).
    static int reportingPageSize(const Endpoint &endpoint) { return endpoint.pageSize > 0 ? endpoint.pageSize : 5000; }
    void start();
    void cancel();

Q_SIGNALS:
    void progressChanged(const dh::SyncProgress &progress);
    void runFinished(const dh::SyncRun &run);

protected:
    EndpointSync(const Endpoint &endpoint, HttpClient &http, SyncTarget &target, const Clock &clock, const RequestPolicy &policy);

    // The first request; each answer's handler issues the next or finishes.
    virtual void begin() = 0;

    // A request to the endpoint with its credentials, TLS options and timeout.
    HttpRequest request(const QUrl &url) const;
    // Sends it; done runs with the answer unless the run was cancelled or failed meanwhile. An
    // error fails the run unless recover takes it (returns true: it has gone on some other way).
    using Recover = std::function<bool(const Error &error)>;
    void fetch(HttpRequest request, const QString &resource, std::function<void(HttpResponse)> done, Recover recover = {});
    // The answer's type must be the format's (a captive portal's HTML is not a JSON document).
    Result<void> checkContentType(const HttpResponse &response) const;
    // Writes documents as one batch with the cursor; a document stating another unit of measure
    // for an indicator than the cache's refuses the whole batch (rule UNIT_CHANGED).
    Result<SyncCounts> writeDocuments(const QList<StatDocument> &documents, const QString &location, const QString &etag,
                                      RevisionPolicy policy, const std::optional<SyncCursor> &cursor);
    // The same on a thread of the pool, so this thread goes on receiving and reading the next
    // answer meanwhile; done runs here with the outcome, unless the run ended in between (its
    // counts are then added to the run, which is recorded once the write is over). Nothing else
    // may use the target until done has run: writing() says when.
    void writeDocumentsAside(QList<StatDocument> documents, const QString &location, const QString &etag, RevisionPolicy policy,
                             const std::optional<SyncCursor> &cursor, std::function<void(Result<SyncCounts>)> done);
    bool writing() const { return m_writing; }
    void report(SyncProgress::Stage stage, const QString &resource = {});
    void add(const SyncCounts &counts);
    void succeed(SyncRun::Outcome outcome = SyncRun::Outcome::Ok);
    void fail(const Error &error);

    SyncTarget &target() { return m_target; }
    const Clock &clock() const { return m_clock; }
    const CodeMapping *mapping() const { return m_mapping ? &*m_mapping : nullptr; }
    SyncProgress &progressState() { return m_progress; }
    SyncRun &run() { return m_run; }

private:
    void finish();
    // Records the run and says it ended; after any write aside is over.
    void complete();

    Endpoint m_endpoint;
    HttpClient &m_http;
    SyncTarget &m_target;
    const Clock &m_clock;
    RequestPolicy m_policy;
    std::optional<CodeMapping> m_mapping;
    QByteArray m_token;
    QByteArray m_passphrase;
    SyncProgress m_progress;
    SyncRun m_run;
    quint64 m_pending = 0;
    bool m_done = false;
    bool m_writing = false;
};

} // namespace dh
