#pragma once

#include "core/result.h"
#include "sync/net/httptypes.h"

#include <QHash>
#include <QObject>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace dh {

// How many requests may run at once, to one host and in all.
struct HttpLimits
{
    int perHost = 2;
    int total = 6;
};

// The sync engine's HTTP client: queues requests under per-host and total limits, times out
// connections that say nothing and bodies that stop coming, tries again with exponential backoff
// and full jitter (or the server's Retry-After) where trying again can help, follows at most
// five redirects and only from https to https (the bearer token only to the first host), and
// turns every failure into an Error naming the request with a stable rule. Certificates are always verified. It lives on, and is used from, one thread (the
// engine's worker), whose event loop must run. Results are always delivered from the event loop,
// never from inside fetch() or cancel(); none is delivered once the client is destroyed.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    using Limits = HttpLimits;
    using ProgressFn = std::function<void(qint64 received, qint64 total /* -1 unknown */)>;
    using DoneFn = std::function<void(Result<HttpResponse>)>;

    explicit HttpClient(Limits limits = {}, QObject *parent = nullptr);
    ~HttpClient() override;

    // Queues the request; done gets the answer or the last error. Returns an id for cancel().
    quint64 fetch(HttpRequest request, DoneFn done, ProgressFn progress = {});
    // Stops a queued, running or waiting request: done gets an Error with rule CANCELLED. An id
    // that is already done is ignored.
    void cancel(quint64 id);
    // The source of the backoff's jitter, uniform in [0, 1]; tests make it deterministic.
    void setRandomSource(std::function<double()> uniform01);

    // Requests queued, running or waiting to try again.
    int pendingCount() const { return int(m_jobs.size()); }

private:
    struct Job;

    void pump();
    void start(Job &job);
    void finished(Job &job);
    void abortAttempt(Job &job, int why);
    void redirect(Job &job, int status, const QUrl &target);
    void retryOrFail(Job &job, Error error, bool retryable, std::optional<qint64> retryAfterMs = std::nullopt);
    void finish(quint64 id, Result<HttpResponse> result);
    void release(Job &job);
    QNetworkAccessManager *managerFor(const TlsOptions &tls);

    // One manager per TLS identity (CA file, client certificate): Qt keeps a host's connections
    // with the TLS configuration of the first request, so requests that trust or present
    // something else must not share them.
    QHash<QByteArray, QNetworkAccessManager *> m_managers;
    Limits m_limits;
    std::map<quint64, std::unique_ptr<Job>> m_jobs;
    std::deque<quint64> m_queue;
    QHash<QString, int> m_runningPerHost;
    int m_running = 0;
    quint64 m_nextId = 1;
    std::function<double()> m_random;
};

} // namespace dh
