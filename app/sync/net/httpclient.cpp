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

enum Abort { None, Timeout, TooLarge, RedirectRefused };

constexpr int kMaxRedirects = 5;

QString hostKey(const QUrl &url)
{
    return url.scheme() + u"://"_qs + url.host() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
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
    QTimer timer;    // connect, then read timeout
    QTimer backoff;
    // Of the current attempt:
    QPointer<QNetworkReply> reply;
    bool headersReceived = false;
    QByteArray body;
    int abort = None;
    QUrl refusedTarget;
    int redirects = 0;
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
        manager->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
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
    ++job.attempts;
    job.holdsSlot = true;
    ++m_running;
    ++m_runningPerHost[job.host];
    job.headersReceived = false;
    job.body.clear();
    job.abort = None;
    job.redirects = 0;
    job.sslErrors.clear();

    QNetworkRequest request(r.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    if (!r.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    if (!r.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", r.ifNoneMatch.toLatin1());
    if (!r.ifModifiedSince.isEmpty())
        request.setRawHeader("If-Modified-Since", r.ifModifiedSince.toLatin1());
    if (!r.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + r.bearerToken);
    if (r.url.scheme() == u"https")
        request.setSslConfiguration(job.tls ? *job.tls : plainTls());

    qCDebug(lcSyncNet) << "attempt" << job.attempts << "of" << qPrintable(job.label);
    QNetworkAccessManager *manager = managerFor(r.tls);
    QNetworkReply *reply = r.method == "GET" ? manager->get(request)
                           : r.method == "HEAD" ? manager->head(request)
                                                : manager->sendCustomRequest(request, r.method, r.body);
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
    connect(reply, &QNetworkReply::redirected, this, [this, j](const QUrl &target) {
        if (j->request.url.scheme() == u"https" && target.scheme() == u"https" && ++j->redirects <= kMaxRedirects) {
            j->timer.start(j->request.policy.connectTimeout);
            emit j->reply->redirectAllowed();
            return;
        }
        j->refusedTarget = target;
        abortAttempt(*j, RedirectRefused);
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
    const qint64 announced = reply->hasRawHeader("Content-Length") && !reply->hasRawHeader("Content-Encoding")
        ? reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()
        : -1;

    switch (job.abort) {
    case Timeout:
        return retryOrFail(job, HttpErrors::timeout(job.label, job.headersReceived,
                                                    job.headersReceived ? r.policy.readTimeout.count() : r.policy.connectTimeout.count()),
                           true);
    case TooLarge:
        return retryOrFail(job, HttpErrors::tooLarge(job.label, r.policy.maxBodyBytes), false);
    case RedirectRefused:
        return retryOrFail(job, HttpErrors::redirectRefused(job.label, job.refusedTarget), false);
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

    const bool conditional = !r.ifNoneMatch.isEmpty() || !r.ifModifiedSince.isEmpty();
    if (status >= 400 || (status == 304 && !conditional) || (status >= 300 && status != 304)) {
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

void HttpClient::retryOrFail(Job &job, Error error, bool retryable, std::optional<qint64> retryAfterMs)
{
    const RequestPolicy &policy = job.request.policy;
    if (retryable && retryAfterMs && *retryAfterMs > policy.maxRetryAfter.count()) {
        const QDateTime when = QDateTime::currentDateTimeUtc().addMSecs(*retryAfterMs);
        return finish(job.id, HttpErrors::retryAfterTooLong(job.label, error.httpStatus, when));
    }
    if (!retryable || job.attempts >= policy.maxAttempts)
        return finish(job.id, std::move(error));
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
        qCWarning(lcSyncNet).noquote() << result.error().message;
    pump();
    // Later, from the event loop: the caller may be inside fetch() or cancel(), or inside a
    // signal of the reply that a callback deleting this client would destroy.
    QTimer::singleShot(0, this, [done = std::move(job->done), result = std::move(result)]() mutable {
        if (done)
            done(std::move(result));
    });
}

} // namespace dh
