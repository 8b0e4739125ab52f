#include "httpclient.h"

#include "sync/net/httperrors.h"
#include "sync/net/httpretry.h"
#include "sync/net/netlogging.h"
#include "sync/net/tlsconfiguration.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>

namespace dh {

namespace {

enum Abort { None, Timeout, TooLarge };

constexpr int kMaxRedirects = 5;

QString hostKey(const QUrl &url)
{
    return url.scheme() + u"://"_qs + url.host() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Errors of the connection itself (refused, reset, closed, DNS, proxy), as opposed to an answer.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

// TLS sessions are not shared between requests: a session resumed from one made with another CA
// file or client certificate would skip the checks this request asks for.
QSslConfiguration withoutSessionSharing(QSslConfiguration configuration)
{
    configuration.setSslOption(QSsl::SslOptionDisableSessionSharing, true);
    return configuration;
}

const QSslConfiguration &plainTls()
{
    static const QSslConfiguration configuration = withoutSessionSharing(QSslConfiguration::defaultConfiguration());
    return configuration;
}

} // namespace

struct HttpClient::Job
{
    quint64 id = 0;
    HttpRequest request;
    DoneFn done;
    ProgressFn progress;
    QString label;
    QString host;
    std::optional<QSslConfiguration> tls;
    int attempts = 0;
    bool holdsSlot = false;
    // Where the current attempt has been redirected to, and with which method and body.
    QUrl hopUrl;
    QByteArray hopMethod;
    QByteArray hopBody;
    int redirects = 0;
    bool redirecting = false;
    QTimer timer;    // connect, then read timeout
    QTimer backoff;
    // Of the current attempt:
    QPointer<QNetworkReply> reply;
    bool headersReceived = false;
    QByteArray body;
    int abort = None;
    QList<QSslError> sslErrors;
};

HttpClient::HttpClient(Limits limits, QObject *parent)
    : QObject(parent), m_limits(limits), m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

HttpClient::~HttpClient()
{
    for (auto &[id, job] : m_jobs) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
        }
    }
}

QNetworkAccessManager *HttpClient::managerFor(const TlsOptions &tls)
{
    const QByteArray key = tls.caFile.toUtf8() + '\n' + tls.clientCertificateFile.toUtf8() + '\n'
        + QCryptographicHash::hash(tls.clientCertificatePassphrase, QCryptographicHash::Sha256);
    QNetworkAccessManager *&manager = m_managers[key];
    if (!manager) {
        manager = new QNetworkAccessManager(this);
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return manager;
}

void HttpClient::setRandomSource(std::function<double()> uniform01)
{
    m_random = std::move(uniform01);
}

quint64 HttpClient::fetch(HttpRequest request, DoneFn done, ProgressFn progress)
{
    const quint64 id = m_nextId++;
    auto job = std::make_unique<Job>();
    job->id = id;
    job->label = HttpErrors::requestLabel(request.method, request.url);
    job->host = hostKey(request.url);
    job->done = std::move(done);
    job->progress = std::move(progress);
    job->timer.setSingleShot(true);
    job->backoff.setSingleShot(true);
    Job *j = job.get();
    connect(&job->timer, &QTimer::timeout, this, [this, j] { abortAttempt(*j, Timeout); });
    connect(&job->backoff, &QTimer::timeout, this, [this, j] {
        m_queue.push_front(j->id);
        pump();
    });
    std::optional<Error> setupError;
    if (!request.tls.caFile.isEmpty() || !request.tls.clientCertificateFile.isEmpty()) {
        Result<QSslConfiguration> tls = tlsConfigurationFor(request.tls);
        if (tls)
            job->tls = withoutSessionSharing(*tls);
        else
            setupError = HttpErrors::tlsSetup(job->label, tls.error().message);
    }
    job->request = std::move(request);
    m_jobs.emplace(id, std::move(job));
    if (setupError) {
        finish(id, *setupError);
        return id;
    }
    m_queue.push_back(id);
    pump();
    return id;
}

void HttpClient::cancel(quint64 id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    job.timer.stop();
    job.backoff.stop();
    std::erase(m_queue, id);
    if (QNetworkReply *reply = job.reply) {
        job.reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    release(job);
    finish(id, HttpErrors::cancelled(job.label));
}

void HttpClient::pump()
{
    for (auto it = m_queue.begin(); it != m_queue.end() && m_running < m_limits.total;) {
        Job &job = *m_jobs.at(*it);
        if (m_runningPerHost.value(job.host) >= m_limits.perHost) {
            ++it;
            continue;
        }
        it = m_queue.erase(it);
        start(job);
    }
}

void HttpClient::release(Job &job)
{
    if (!job.holdsSlot)
        return;
    job.holdsSlot = false;
    --m_running;
    if (--m_runningPerHost[job.host] <= 0)
        m_runningPerHost.remove(job.host);
}

void HttpClient::start(Job &job)
{
    const HttpRequest &r = job.request;
    if (!job.redirecting) {
        ++job.attempts;
        job.redirects = 0;
        job.hopUrl = r.url;
        job.hopMethod = r.method;
        job.hopBody = r.body;
    }
    job.redirecting = false;
    job.holdsSlot = true;
    ++m_running;
    ++m_runningPerHost[job.host];
    job.headersReceived = false;
    job.body.clear();
    job.abort = None;
    job.sslErrors.clear();

    // Redirects are followed here rather than by Qt: Qt 6.4's user-verified redirects lose
    // track of chains over TLS, and a token must not follow a redirect to another host.
    QNetworkRequest request(job.hopUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    if (!r.contentType.isEmpty() && !job.hopBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    if (!r.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", r.ifNoneMatch.toLatin1());
    if (!r.ifModifiedSince.isEmpty())
        request.setRawHeader("If-Modified-Since", r.ifModifiedSince.toLatin1());
    if (!r.bearerToken.isEmpty() && hostKey(job.hopUrl) == hostKey(r.url))
        request.setRawHeader("Authorization", "Bearer " + r.bearerToken);
    if (job.hopUrl.scheme() == u"https")
        request.setSslConfiguration(job.tls ? *job.tls : plainTls());

    qCDebug(lcSyncNet) << "attempt" << job.attempts << "of" << qPrintable(job.label);
    QNetworkAccessManager *manager = managerFor(r.tls);
    QNetworkReply *reply = job.hopMethod == "GET" ? manager->get(request)
                           : job.hopMethod == "HEAD" ? manager->head(request)
                                                     : manager->sendCustomRequest(request, job.hopMethod, job.hopBody);
    job.reply = reply;
    Job *j = &job;
    job.timer.start(r.policy.connectTimeout);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, j] {
        j->headersReceived = true;
        j->timer.start(j->request.policy.readTimeout);
        if (j->reply && j->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > j->request.policy.maxBodyBytes)
            abortAttempt(*j, TooLarge);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, j] {
        j->timer.start(j->request.policy.readTimeout);
        j->body += j->reply->readAll();
        if (j->body.size() > j->request.policy.maxBodyBytes)
            abortAttempt(*j, TooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [j](qint64 received, qint64 total) {
        if (j->progress)
            j->progress(received, total);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [j](const QList<QSslError> &errors) { j->sslErrors += errors; });
    connect(reply, &QNetworkReply::finished, this, [this, j] { finished(*j); });
}

void HttpClient::abortAttempt(Job &job, int why)
{
    if (!job.reply)
        return;
    job.abort = why;
    job.reply->abort();  // emits finished
}

void HttpClient::finished(Job &job)
{
    job.timer.stop();
    release(job);
    QNetworkReply *reply = job.reply;
    job.reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (job.abort == None)
        job.body += reply->readAll();

    const HttpRequest &r = job.request;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const bool success = status >= 200 && status <= 299;
    // A decompressed body has another length than the one announced; a HEAD, a 204 and a 304
    // have none at all, whatever their Content-Length says of the resource.
    const bool bodyExpected = job.hopMethod != "HEAD" && status != 204 && status != 304;
    const qint64 announced = bodyExpected && reply->hasRawHeader("Content-Length") && !reply->hasRawHeader("Content-Encoding")
        ? reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
        : -1;

    switch (job.abort) {
    case Timeout:
        return retryOrFail(job, HttpErrors::timeout(job.label, job.headersReceived,
                                                    job.headersReceived ? r.policy.readTimeout.count() : r.policy.connectTimeout.count()),
                           true);
    case TooLarge:
        return retryOrFail(job, HttpErrors::tooLarge(job.label, r.policy.maxBodyBytes), false);
    default:
        break;
    }
    if (error == QNetworkReply::SslHandshakeFailedError)
        return retryOrFail(job, HttpErrors::tls(job.label, reply->url().host(), job.sslErrors, reply->errorString()), false);
    if (isTransportError(error) && job.headersReceived && success)
        return retryOrFail(job, HttpErrors::truncated(job.label, job.body.size(), announced), true);
    if (isTransportError(error) && !(job.headersReceived && status >= 400))
        return retryOrFail(job, HttpErrors::network(job.label, reply->errorString()), true);
    if (status == 0)
        return retryOrFail(job, HttpErrors::network(job.label, reply->errorString()), false);
    // Qt can end a reply on an interim status when a connection it meant to reuse was closed.
    if (status < 200)
        return retryOrFail(job, HttpErrors::network(job.label, HttpErrors::noFinalStatus(status)), true);

    if (isRedirect(status) && reply->hasRawHeader("Location"))
        return redirect(job, status, reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location"))));

    const bool conditional = !r.ifNoneMatch.isEmpty() || !r.ifModifiedSince.isEmpty();
    if (status >= 300 && !(status == 304 && conditional)) {
        const QByteArray reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        Error failure = HttpErrors::status(job.label, status, reason, type, job.body);
        std::optional<qint64> retryAfter;
        if (status == 429 || status == 503) {
            if (const auto wait = HttpRetry::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc()))
                retryAfter = wait->count();
        }
        return retryOrFail(job, std::move(failure), HttpRetry::isRetryableStatus(status), retryAfter);
    }
    if (announced >= 0 && job.body.size() < announced)
        return retryOrFail(job, HttpErrors::truncated(job.label, job.body.size(), announced), true);

    HttpResponse response;
    response.status = status;
    response.notModified = status == 304;
    if (!response.notModified)
        response.body = std::move(job.body);
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    response.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    response.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    response.finalUrl = reply->url();
    response.attempts = job.attempts;
    response.headers = reply->rawHeaderPairs();
    finish(job.id, std::move(response));
}

void HttpClient::redirect(Job &job, int status, const QUrl &target)
{
    const bool secure = job.hopUrl.scheme() == u"https" && target.scheme() == u"https";
    if (!secure || job.redirects >= kMaxRedirects)
        return retryOrFail(job, HttpErrors::redirectRefused(job.label, target, kMaxRedirects, secure), false);
    ++job.redirects;
    if (status == 303 || ((status == 301 || status == 302) && job.hopMethod == "POST")) {
        job.hopMethod = "GET";
        job.hopBody.clear();
    }
    job.hopUrl = target;
    job.host = hostKey(target);
    job.redirecting = true;
    m_queue.push_front(job.id);
    pump();
}

void HttpClient::retryOrFail(Job &job, Error error, bool retryable, std::optional<qint64> retryAfterMs)
{
    const RequestPolicy &policy = job.request.policy;
    if (retryable && retryAfterMs && *retryAfterMs > policy.maxRetryAfter.count()) {
        const QDateTime when = QDateTime::currentDateTimeUtc().addMSecs(*retryAfterMs);
        return finish(job.id, HttpErrors::retryAfterTooLong(job.label, error.httpStatus, when));
    }
    if (!retryable || job.attempts >= policy.maxAttempts)
        return finish(job.id, std::move(error));
    job.host = hostKey(job.request.url);
    const qint64 wait = retryAfterMs ? *retryAfterMs : HttpRetry::backoff(policy, job.attempts, m_random()).count();
    qCInfo(lcSyncNet) << "retrying" << qPrintable(job.label) << "in" << wait << "ms after attempt" << job.attempts
                      << "failed with" << error.rule;
    job.backoff.start(std::chrono::milliseconds(wait));
    pump();
}

void HttpClient::finish(quint64 id, Result<HttpResponse> result)
{
    const auto it = m_jobs.find(id);
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    if (!result.ok())
        result = HttpErrors::redacted(result.error(), job->request.bearerToken);
    if (!result.ok() && result.error().rule != u"CANCELLED")
        qCInfo(lcSyncNet).noquote() << result.error().message;
    pump();
    // Later, from the event loop: the caller may be inside fetch() or cancel(), or inside a
    // signal of the reply that a callback deleting this client would destroy.
    QTimer::singleShot(0, this, [done = std::move(job->done), result = std::move(result)]() mutable {
        if (done)
            done(std::move(result));
    });
}

} // namespace dh
