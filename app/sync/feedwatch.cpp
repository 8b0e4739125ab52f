#include "feedwatch.h"

#include "credentials.h"
#include "endpointsync.h"
#include "logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrlQuery>

namespace dh {

namespace {

// An answer sooner than this after the question, with nothing new in it, comes from a server that
// does not hold queries: asking again at once would poll it in a loop.
constexpr qint64 kHeldAtLeastMs = 1000;

} // namespace

FeedWatch::FeedWatch(const Endpoint &endpoint, HttpClient &http, SyncTarget &target, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_http(http)
    , m_target(target)
{
}

FeedWatch::~FeedWatch()
{
    if (m_pending != 0)
        m_http.cancel(m_pending);
    m_token.fill('\0');
    m_passphrase.fill('\0');
}

void FeedWatch::start()
{
    if (m_endpoint.auth.kind == EndpointAuth::Kind::Bearer) {
        auto token = Credentials::bearerToken(m_endpoint.auth);
        if (!token)
            return Q_EMIT stopped(m_endpoint.id, token.error().message);
        m_token = std::move(*token);
    } else if (m_endpoint.auth.kind == EndpointAuth::Kind::ClientCertificate) {
        auto passphrase = Credentials::certificatePassphrase(m_endpoint.auth);
        if (!passphrase)
            return Q_EMIT stopped(m_endpoint.id, passphrase.error().message);
        m_passphrase = std::move(*passphrase);
    }
    ask();
}

void FeedWatch::stop()
{
    if (m_pending != 0)
        m_http.cancel(std::exchange(m_pending, 0));
}

void FeedWatch::ask()
{
    const auto cursor = m_target.cursor(m_endpoint.id, QStringLiteral("kpi-data"));
    if (!cursor || !*cursor || (*cursor)->etag.isEmpty()) {
        // Only a feed read to its end, with the tag of that empty page, can be waited on.
        return Q_EMIT stopped(m_endpoint.id, cursor ? QString() : cursor.error().message);
    }
    QUrl url = EndpointSync::reportingUrl(m_endpoint, QStringLiteral("kpi-data"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number((*cursor)->since));
    // The same query as the sync's, so the server's tag for it is the one the cursor holds.
    query.addQueryItem(QStringLiteral("limit"), QString::number(EndpointSync::reportingPageSize(m_endpoint)));
    query.addQueryItem(QStringLiteral("wait"), QString::number(waitSeconds));
    url.setQuery(query);
    RequestPolicy policy;
    policy.maxAttempts = 1;
    HttpRequest request = EndpointSync::requestFor(m_endpoint, url, policy, m_token, m_passphrase);
    // The server holds the query for the wait: only silence beyond it is a timeout.
    request.policy.readTimeout = std::chrono::seconds(waitSeconds) + std::chrono::duration_cast<std::chrono::milliseconds>(m_endpoint.timeout);
    request.ifNoneMatch = (*cursor)->etag;
    m_asked.start();
    QPointer<FeedWatch> self(this);
    m_pending = m_http.fetch(std::move(request), [self](Result<HttpResponse> answer) {
        if (!self || self->m_pending == 0)
            return; // withdrawn
        self->m_pending = 0;
        if (!answer)
            return Q_EMIT self->stopped(self->m_endpoint.id, answer.error().message);
        if (!answer->notModified)
            return Q_EMIT self->changed(self->m_endpoint.id);
        if (self->m_asked.elapsed() < kHeldAtLeastMs) {
            return Q_EMIT self->stopped(self->m_endpoint.id,
                                        QCoreApplication::translate("FeedWatch", "The server answers at once instead of holding the query: it is pulled on its schedule."));
        }
        self->ask();
    });
}

} // namespace dh
