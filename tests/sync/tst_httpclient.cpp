#include "faultserver.h"
#include "testcertificates.h"

#include "sync/net/httpclient.h"
#include "sync/net/httpretry.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace dh;
using namespace dh::test;
using namespace std::chrono_literals;

namespace {

// Short waits, so faults show within the test's time.
RequestPolicy fastPolicy()
{
    RequestPolicy p;
    p.connectTimeout = 1500ms;
    p.readTimeout = 300ms;
    p.maxAttempts = 3;
    p.backoffBase = 10ms;
    p.backoffCap = 40ms;
    p.maxRetryAfter = 5000ms;
    return p;
}

HttpRequest get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    r.policy = fastPolicy();
    return r;
}

// Runs the event loop until done is called, or for at most ms.
std::optional<Result<HttpResponse>> fetchAndWait(HttpClient &client, HttpRequest request, int ms = 10000)
{
    std::optional<Result<HttpResponse>> out;
    QEventLoop loop;
    client.fetch(std::move(request), [&](Result<HttpResponse> r) {
        out = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    return out;
}

// The error's message, for QVERIFY2, which in Qt 6.4 evaluates its message even when it passes.
QString why(const Result<HttpResponse> &result)
{
    return result.ok() ? QString() : result.error().message;
}

QStringList g_log;
QMutex g_logMutex;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(message);
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void okWithBodyEtagAndLastModified();
    void conditionalRequestNotModified();
    void serverErrorRetried();
    void serviceUnavailableHonoursRetryAfter();
    void tooManyRequestsRetried();
    void retryAfterTooLongFailsAtOnce();
    void clientErrorsNotRetried_data();
    void clientErrorsNotRetried();
    void problemDetailsInTheMessage();
    void userInfoNeverInTheMessage();
    void stallTimesOut_data();
    void stallTimesOut();
    void cutBodyIsTruncated_data();
    void cutBodyIsTruncated();
    void connectionClosedIsRetried();
    void tooLargeAborted();
    void redirectToHttpRefused();
    void redirectWithinHttpsFollowed();
    void trustedThroughCaFile();
    void untrustedCertificateFails();
    void clientCertificateRequired();
    void badPassphraseIsClear();
    void concurrencyLimitedPerHost();
    void concurrencyLimitedInTotal();
    void cancelRunningAndQueued();
    void bearerTokenSentButNeverShown();
    void backoffIsExponentialWithFullJitter();
    void retryAfterParsed();

private:
    bool tlsServer(FaultServer &server, bool untrusted = false, bool requireClient = false);

    TestCertificates m_certificates;
};

void TestHttpClient::initTestCase()
{
    QString error;
    if (!m_certificates.make(&error))
        QFAIL(qPrintable(error));
}

bool TestHttpClient::tlsServer(FaultServer &server, bool untrusted, bool requireClient)
{
    FaultServer::Tls tls;
    const bool loaded = untrusted ? FaultServer::loadTls(m_certificates.untrustedCertificateFile(), m_certificates.untrustedKeyFile(), &tls)
                                  : FaultServer::loadTls(m_certificates.serverCertificateFile(), m_certificates.serverKeyFile(), &tls);
    if (requireClient)
        tls.clientCas = QSslCertificate::fromPath(m_certificates.caFile());
    return loaded && server.listenTls(tls);
}

void TestHttpClient::okWithBodyEtagAndLastModified()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/data"_qs, FaultReply(200, "{\"a\":1}", "application/json")
                                    .header("ETag", "\"r42\"")
                                    .header("Last-Modified", "Sun, 01 Nov 2026 08:00:00 GMT"));
    HttpClient client;
    qint64 lastReceived = -1;
    qint64 lastTotal = -2;
    std::optional<Result<HttpResponse>> out;
    client.fetch(get(server.url(u"/data?since=3"_qs)), [&](Result<HttpResponse> r) { out = std::move(r); },
                 [&](qint64 received, qint64 total) {
                     lastReceived = received;
                     lastTotal = total;
                 });
    QTRY_VERIFY(out.has_value());
    QVERIFY2(out->ok(), qPrintable(why(*out)));
    const HttpResponse &r = out->value();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("{\"a\":1}"));
    QCOMPARE(r.contentType, QByteArray("application/json"));
    QCOMPARE(r.etag, u"\"r42\""_qs);
    QCOMPARE(r.lastModified, u"Sun, 01 Nov 2026 08:00:00 GMT"_qs);
    QCOMPARE(r.attempts, 1);
    QVERIFY(!r.notModified);
    QCOMPARE(r.finalUrl, server.url(u"/data?since=3"_qs));
    QCOMPARE(lastReceived, 7);
    QCOMPARE(lastTotal, 7);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().target, QByteArray("/data?since=3"));
}

void TestHttpClient::conditionalRequestNotModified()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/data"_qs, FaultReply(304).header("ETag", "\"r42\""));
    HttpClient client;
    HttpRequest request = get(server.url(u"/data"_qs));
    request.ifNoneMatch = u"\"r42\""_qs;
    request.ifModifiedSince = u"Sun, 01 Nov 2026 08:00:00 GMT"_qs;
    const auto out = fetchAndWait(client, request);
    QVERIFY(out);
    QVERIFY2(out->ok(), qPrintable(why(*out)));
    QVERIFY(out->value().notModified);
    QCOMPARE(out->value().status, 304);
    QVERIFY(out->value().body.isEmpty());
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().header("If-None-Match"), QByteArray("\"r42\""));
    QCOMPARE(server.requests().first().header("If-Modified-Since"), QByteArray("Sun, 01 Nov 2026 08:00:00 GMT"));
}

void TestHttpClient::serverErrorRetried()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/data"_qs, FaultReply(500, "oops"));
    server.enqueue(u"/data"_qs, FaultReply(200, "fine"));
    HttpClient client;
    const auto out = fetchAndWait(client, get(server.url(u"/data"_qs)));
    QVERIFY(out);
    QVERIFY2(out->ok(), qPrintable(why(*out)));
    QCOMPARE(out->value().body, QByteArray("fine"));
    QCOMPARE(out->value().attempts, 2);
    QCOMPARE(server.requestCount(u"/data"_qs), 2);
}

void TestHttpClient::serviceUnavailableHonoursRetryAfter()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/data"_qs, FaultReply(503).header("Retry-After", "1"));
    server.enqueue(u"/data"_qs, FaultReply(200, "back"));
    HttpClient client;
    client.setRandomSource([] { return 0.0; });
    QElapsedTimer clock;
    clock.start();
    const auto out = fetchAndWait(client, get(server.url(u"/data"_qs)));
    const qint64 elapsed = clock.elapsed();
    QVERIFY(out);
    QVERIFY2(out->ok(), qPrintable(why(*out)));
    QCOMPARE(out->value().attempts, 2);
    QVERIFY2(elapsed >= 950 && elapsed < 3000, qPrintable(QString::number(elapsed)));
}

void TestHttpClient::tooManyRequestsRetried()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/data"_qs, FaultReply(429));
    server.enqueue(u"/data"_qs, FaultReply(429).header("Retry-After", "0"));
    server.enqueue(u"/data"_qs, FaultReply(200, "ok"));
    HttpClient client;
    const auto out = fetchAndWait(client, get(server.url(u"/data"_qs)));
    QVERIFY(out);
    QVERIFY2(out->ok(), qPrintable(why(*out)));
    QCOMPARE(out->value().attempts, 3);

    // Still 429 at the last attempt: the last error.
    server.enqueue(u"/always"_qs, FaultReply(429));
    const auto failed = fetchAndWait(client, get(server.url(u"/always"_qs)));
    QVERIFY(failed && !failed->ok());
    QCOMPARE(failed->error().rule, u"HTTP_STATUS"_qs);
    QCOMPARE(httpStatusOf(failed->error()), 429);
    QCOMPARE(server.requestCount(u"/always"_qs), 3);
}

void TestHttpClient::retryAfterTooLongFailsAtOnce()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/seconds"_qs, FaultReply(503).header("Retry-After", "3600"));
    const QDateTime when = QDateTime::currentDateTimeUtc().addDays(1);
    server.enqueue(u"/date"_qs, FaultReply(429).header("Retry-After", QLocale::c().toString(when, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_qs).toLatin1()));
    HttpClient client;
    for (const QString &path : {u"/seconds"_qs, u"/date"_qs}) {
        const auto out = fetchAndWait(client, get(server.url(path)));
        QVERIFY(out && !out->ok());
        QCOMPARE(out->error().rule, u"RETRY_AFTER_TOO_LONG"_qs);
        QVERIFY2(out->error().message.contains(QString::number(when.date().year())), qPrintable(out->error().message));
        QCOMPARE(server.requestCount(path), 1);
    }
}

void TestHttpClient::clientErrorsNotRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("400") << 400;
    QTest::newRow("401") << 401;
    QTest::newRow("403") << 403;
    QTest::newRow("404") << 404;
    QTest::newRow("410") << 410;
}

void TestHttpClient::clientErrorsNotRetried()
{
    QFETCH(int, status);
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/data"_qs, FaultReply(status, "no"));
    HttpClient client;
    const auto out = fetchAndWait(client, get(server.url(u"/data"_qs)));
    QVERIFY(out && !out->ok());
    QCOMPARE(out->error().rule, u"HTTP_STATUS"_qs);
    QCOMPARE(out->error().code, Error::Code::Network);
    QCOMPARE(httpStatusOf(out->error()), status);
    const QString message = out->error().message;
    QVERIFY2(message.contains(u"GET "_qs + server.url(u"/data"_qs).toString()), qPrintable(message));
    QVERIFY2(message.contains(QString::number(status)), qPrintable(message));
    QCOMPARE(server.requests().size(), 1);
}

void TestHttpClient::problemDetailsInTheMessage()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/kpi"_qs, FaultReply(404, R"({"title":"Unknown indicator","detail":"No indicator GDP_Q.","rule":"UNKNOWN_INDICATOR"})",
                                          "application/problem+json"));
    HttpClient client;
    const auto out = fetchAndWait(client, get(server.url(u"/kpi"_qs)));
    QVERIFY(out && !out->ok());
    const QString message = out->error().message;
    QVERIFY2(message.contains(u"404 Not Found"_qs), qPrintable(message));
    QVERIFY2(message.contains(u"Unknown indicator"_qs) && message.contains(u"No indicator GDP_Q."_qs)
                 && message.contains(u"UNKNOWN_INDICATOR"_qs),
             qPrintable(message));
}

void TestHttpClient::userInfoNeverInTheMessage()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/data"_qs, FaultReply(404));
    QUrl url = server.url(u"/data"_qs);
    url.setUserInfo(u"operator:hunter2"_qs);
    HttpClient client;
    const auto out = fetchAndWait(client, get(url));
    QVERIFY(out && !out->ok());
    QVERIFY2(!out->error().message.contains(u"hunter2"_qs) && !out->error().message.contains(u"operator"_qs),
             qPrintable(out->error().message));
}

void TestHttpClient::stallTimesOut_data()
{
    QTest::addColumn<bool>("headersSent");
    QTest::newRow("after part of the body") << true;
    QTest::newRow("before the headers") << false;
}

void TestHttpClient::stallTimesOut()
{
    QFETCH(bool, headersSent);
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/data"_qs, headersSent ? FaultReply(200, QByteArray(100, 'x')).stallAfter(10)
                                            : FaultReply(200, "late").delay(5000));
    HttpClient client;
    HttpRequest request = get(server.url(u"/data"_qs));
    request.policy.connectTimeout = 300ms;
    const auto out = fetchAndWait(client, request);
    QVERIFY(out && !out->ok());
    QCOMPARE(out->error().rule, u"TIMEOUT"_qs);
    QVERIFY2(out->error().message.contains(u"300 ms"_qs), qPrintable(out->error().message));
    QCOMPARE(server.requestCount(u"/data"_qs), 3);
}

void TestHttpClient::cutBodyIsTruncated_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("content-length") << false;
    QTest::newRow("chunked") << true;
}

void TestHttpClient::cutBodyIsTruncated()
{
    QFETCH(bool, chunked);
    FaultServer server;
    QVERIFY(server.listen());
    FaultReply cut(200, QByteArray(1000, 'x'));
    cut.cutAfter(400);
    if (chunked)
        cut.sendChunked();
    server.enqueue(u"/data"_qs, cut);
    HttpClient client;
    const auto out = fetchAndWait(client, get(server.url(u"/data"_qs)));
    QVERIFY(out);
    // Qt 6.4 ends a chunked answer whose connection closes in the middle of a chunk as if it were
    // complete (QHttpNetworkConnectionChannel::_q_receiveReply takes the close for the end of a
    // body without a length), and the chunk framing is not visible through QNetworkReply. The
    // readers' checks of whole documents are the guard until Qt reports it.
    QEXPECT_FAIL("chunked", "Qt 6.4 takes a chunked body cut by a closed connection for a complete one", Abort);
    QVERIFY2(!out->ok(), "a cut body must never be a success");
    QCOMPARE(out->error().rule, u"TRUNCATED"_qs);
    QCOMPARE(server.requestCount(u"/data"_qs), 3);
}

void TestHttpClient::connectionClosedIsRetried()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/data"_qs, FaultReply().closeWithoutAnswer());
    server.enqueue(u"/data"_qs, FaultReply(200, "ok"));
    HttpClient client;
    const auto out = fetchAndWait(client, get(server.url(u"/data"_qs)));
    QVERIFY(out);
    QVERIFY2(out->ok(), qPrintable(why(*out)));
    // Qt sends a request again by itself when the connection closed before any answer.
    QCOMPARE(server.requestCount(u"/data"_qs), 2);

    // Nobody listening any more: refused, retried, then the last error.
    QUrl nowhere;
    {
        FaultServer gone;
        QVERIFY(gone.listen());
        nowhere = gone.url(u"/x"_qs);
    }
    const auto refused = fetchAndWait(client, get(nowhere));
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().rule, u"NETWORK"_qs);
}

void TestHttpClient::tooLargeAborted()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/announced"_qs, FaultReply(200, QByteArray(5000, 'x')));
    server.enqueue(u"/chunked"_qs, FaultReply(200, QByteArray(5000, 'x')).sendChunked());
    HttpClient client;
    for (const QString &path : {u"/announced"_qs, u"/chunked"_qs}) {
        HttpRequest request = get(server.url(path));
        request.policy.maxBodyBytes = 1000;
        const auto out = fetchAndWait(client, request);
        QVERIFY(out && !out->ok());
        QCOMPARE(out->error().rule, u"TOO_LARGE"_qs);
        QCOMPARE(server.requestCount(path), 1);
    }
}

void TestHttpClient::redirectToHttpRefused()
{
    FaultServer plain;
    QVERIFY(plain.listen());
    plain.enqueue(u"/target"_qs, FaultReply(200, "should not be read"));
    FaultServer secure;
    QVERIFY(tlsServer(secure));
    secure.enqueue(u"/moved"_qs, FaultReply(302).header("Location", plain.url(u"/target"_qs).toEncoded()));
    plain.enqueue(u"/moved"_qs, FaultReply(301).header("Location", "/target"));
    HttpClient client;
    for (FaultServer *server : {&secure, &plain}) {
        HttpRequest request = get(server->url(u"/moved"_qs));
        request.tls.caFile = m_certificates.caFile();
        const auto out = fetchAndWait(client, request);
        QVERIFY(out && !out->ok());
        QCOMPARE(out->error().rule, u"REDIRECT_REFUSED"_qs);
        QVERIFY2(out->error().message.contains(plain.url(u"/target"_qs).toString()), qPrintable(out->error().message));
    }
    QCOMPARE(plain.requestCount(u"/target"_qs), 0);
}

void TestHttpClient::redirectWithinHttpsFollowed()
{
    FaultServer server;
    QVERIFY(tlsServer(server));
    server.enqueue(u"/old"_qs, FaultReply(301).header("Location", "/new"));
    server.enqueue(u"/new"_qs, FaultReply(200, "here"));
    HttpClient client;
    HttpRequest request = get(server.url(u"/old"_qs));
    request.tls.caFile = m_certificates.caFile();
    const auto out = fetchAndWait(client, request);
    QVERIFY(out);
    QVERIFY2(out->ok(), qPrintable(why(*out)));
    QCOMPARE(out->value().body, QByteArray("here"));
    QCOMPARE(out->value().finalUrl, server.url(u"/new"_qs));
}

void TestHttpClient::trustedThroughCaFile()
{
    FaultServer server;
    QVERIFY(tlsServer(server));
    server.enqueue(u"/data"_qs, FaultReply(200, "secret numbers"));
    HttpClient client;
    // Without the CA file the server is not trusted.
    const auto untrusted = fetchAndWait(client, get(server.url(u"/data"_qs)));
    QVERIFY(untrusted && !untrusted->ok());
    QCOMPARE(untrusted->error().rule, u"TLS"_qs);

    HttpRequest request = get(server.url(u"/data"_qs));
    request.tls.caFile = m_certificates.caFile();
    const auto out = fetchAndWait(client, request);
    QVERIFY(out);
    QVERIFY2(out->ok(), qPrintable(why(*out)));
    QCOMPARE(out->value().body, QByteArray("secret numbers"));

    const auto again = fetchAndWait(client, get(server.url(u"/data"_qs)));
    QVERIFY(again && !again->ok());
}

void TestHttpClient::untrustedCertificateFails()
{
    FaultServer server;
    QVERIFY(tlsServer(server, true));
    server.enqueue(u"/data"_qs, FaultReply(200, "never"));
    HttpClient client;
    HttpRequest request = get(server.url(u"/data"_qs));
    request.tls.caFile = m_certificates.caFile();
    const auto out = fetchAndWait(client, request);
    QVERIFY(out && !out->ok());
    QCOMPARE(out->error().rule, u"TLS"_qs);
    const QString message = out->error().message;
    QVERIFY2(message.contains(u"127.0.0.1"_qs) && message.contains(u"self-signed"_qs, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(server.requests().size(), 0);
}

void TestHttpClient::clientCertificateRequired()
{
    FaultServer server;
    QVERIFY(tlsServer(server, false, true));
    server.enqueue(u"/data"_qs, FaultReply(200, "for walls only"));
    HttpClient client;
    HttpRequest request = get(server.url(u"/data"_qs));
    request.tls.caFile = m_certificates.caFile();
    request.policy.maxAttempts = 1;
    const auto refused = fetchAndWait(client, request);
    QVERIFY(refused && !refused->ok());
    QCOMPARE(server.requests().size(), 0);

    request.tls.clientCertificateFile = m_certificates.clientPkcs12File();
    request.tls.clientCertificatePassphrase = TestCertificates::clientPassphrase();
    const auto out = fetchAndWait(client, request);
    QVERIFY(out);
    QVERIFY2(out->ok(), qPrintable(why(*out)));
    QCOMPARE(out->value().body, QByteArray("for walls only"));
}

void TestHttpClient::badPassphraseIsClear()
{
    FaultServer server;
    QVERIFY(tlsServer(server, false, true));
    HttpClient client;
    HttpRequest request = get(server.url(u"/data"_qs));
    request.tls.caFile = m_certificates.caFile();
    request.tls.clientCertificateFile = m_certificates.clientPkcs12File();
    request.tls.clientCertificatePassphrase = "not-the-passphrase-q9";
    const auto out = fetchAndWait(client, request);
    QVERIFY(out && !out->ok());
    QCOMPARE(out->error().rule, u"TLS"_qs);
    const QString message = out->error().message;
    QVERIFY2(message.contains(m_certificates.clientPkcs12File()) && message.contains(u"passphrase"_qs), qPrintable(message));
    QVERIFY(!message.contains(u"not-the-passphrase-q9"_qs));

    request.tls.clientCertificateFile = m_certificates.caFile();
    const auto notPkcs12 = fetchAndWait(client, request);
    QVERIFY(notPkcs12 && !notPkcs12->ok());
    QCOMPARE(notPkcs12->error().rule, u"TLS"_qs);
    QCOMPARE(server.requests().size(), 0);
}

void TestHttpClient::concurrencyLimitedPerHost()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/slow"_qs, FaultReply(200, "ok").delay(60));
    HttpClient client(HttpClient::Limits{2, 6});
    int done = 0;
    int failed = 0;
    for (int i = 0; i < 10; ++i) {
        client.fetch(get(server.url(u"/slow?n=%1"_qs.arg(i))), [&](Result<HttpResponse> r) {
            ++done;
            failed += r.ok() ? 0 : 1;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 10, 10000);
    QCOMPARE(failed, 0);
    QCOMPARE(server.requestCount(u"/slow"_qs), 10);
    QCOMPARE(server.maxConcurrentConnections(), 2);
    // In the order they were asked for.
    for (int i = 0; i < 10; ++i)
        QCOMPARE(server.requests().at(i).target, u"/slow?n=%1"_qs.arg(i).toLatin1());
}

void TestHttpClient::concurrencyLimitedInTotal()
{
    FaultServer a;
    FaultServer b;
    QVERIFY(a.listen() && b.listen());
    a.enqueue(u"/slow"_qs, FaultReply(200, "a").delay(60));
    b.enqueue(u"/slow"_qs, FaultReply(200, "b").delay(60));
    HttpClient client(HttpClient::Limits{2, 3});
    int done = 0;
    int maxOpen = 0;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] { maxOpen = std::max(maxOpen, a.openConnections() + b.openConnections()); });
    sampler.start(5);
    for (int i = 0; i < 6; ++i) {
        client.fetch(get(a.url(u"/slow"_qs)), [&](Result<HttpResponse>) { ++done; });
        client.fetch(get(b.url(u"/slow"_qs)), [&](Result<HttpResponse>) { ++done; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 12, 10000);
    QVERIFY(a.maxConcurrentConnections() <= 2 && b.maxConcurrentConnections() <= 2);
    QVERIFY2(maxOpen <= 3 && maxOpen >= 2, qPrintable(QString::number(maxOpen)));
}

void TestHttpClient::cancelRunningAndQueued()
{
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/stall"_qs, FaultReply(200, QByteArray(100, 'x')).stallAfter(1));
    HttpClient client(HttpClient::Limits{1, 1});
    std::optional<Result<HttpResponse>> running;
    std::optional<Result<HttpResponse>> queued;
    HttpRequest request = get(server.url(u"/stall"_qs));
    request.policy.readTimeout = 10000ms;
    const quint64 first = client.fetch(request, [&](Result<HttpResponse> r) { running = std::move(r); });
    const quint64 second = client.fetch(request, [&](Result<HttpResponse> r) { queued = std::move(r); });
    QTRY_COMPARE(server.requests().size(), 1);
    client.cancel(second);
    client.cancel(first);
    QVERIFY2(!running && !queued, "results come from the event loop, not from inside cancel()");
    QTRY_VERIFY(running && queued);
    QCOMPARE(running->error().rule, u"CANCELLED"_qs);
    QCOMPARE(running->error().code, Error::Code::Cancelled);
    QCOMPARE(queued->error().rule, u"CANCELLED"_qs);
    QTRY_COMPARE(server.openConnections(), 0);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(client.pendingCount(), 0);
    client.cancel(first);
}

void TestHttpClient::bearerTokenSentButNeverShown()
{
    const QByteArray token = "tok-7f3a9c-SECRET-e21b";
    FaultServer server;
    QVERIFY(server.listen());
    server.enqueue(u"/ok"_qs, FaultReply(200, "fine"));
    server.enqueue(u"/denied"_qs, FaultReply(401, R"({"title":"Bad token","detail":"token tok-7f3a9c-SECRET-e21b is revoked"})",
                                             "application/problem+json"));
    server.enqueue(u"/broken"_qs, FaultReply(500, "Authorization: Bearer tok-7f3a9c-SECRET-e21b"));
    QLoggingCategory::setFilterRules(u"dieuhanh.sync.net.debug=true"_qs);
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    HttpClient client;
    QStringList messages;
    for (const QString &path : {u"/ok"_qs, u"/denied"_qs, u"/broken"_qs}) {
        HttpRequest request = get(server.url(path));
        request.bearerToken = token;
        const auto out = fetchAndWait(client, request);
        if (out && !out->ok())
            messages.append(out->error().message);
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QCOMPARE(server.requests().first().header("Authorization"), "Bearer " + token);
    QCOMPARE(messages.size(), 2);
    QVERIFY2(messages.join(u'\n').contains(u"Bad token"_qs), qPrintable(messages.join(u'\n')));
    QVERIFY(!g_log.isEmpty());
    for (const QString &text : messages + g_log)
        QVERIFY2(!text.contains(QString::fromLatin1(token)) && !text.contains(u"SECRET"_qs), qPrintable(text));
}

void TestHttpClient::backoffIsExponentialWithFullJitter()
{
    RequestPolicy p;
    p.backoffBase = 500ms;
    p.backoffCap = 30000ms;
    QCOMPARE(HttpRetry::backoff(p, 1, 1.0), 500ms);
    QCOMPARE(HttpRetry::backoff(p, 2, 1.0), 1000ms);
    QCOMPARE(HttpRetry::backoff(p, 4, 1.0), 4000ms);
    QCOMPARE(HttpRetry::backoff(p, 4, 0.5), 2000ms);
    QCOMPARE(HttpRetry::backoff(p, 4, 0.0), 0ms);
    QCOMPARE(HttpRetry::backoff(p, 10, 1.0), 30000ms);
    QCOMPARE(HttpRetry::backoff(p, 1000, 1.0), 30000ms);
    QVERIFY(HttpRetry::isRetryableStatus(500) && HttpRetry::isRetryableStatus(503) && HttpRetry::isRetryableStatus(429));
    QVERIFY(!HttpRetry::isRetryableStatus(404) && !HttpRetry::isRetryableStatus(401) && !HttpRetry::isRetryableStatus(410));
}

void TestHttpClient::retryAfterParsed()
{
    const QDateTime now(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc());
    QCOMPARE(HttpRetry::parseRetryAfter("120", now), std::optional(120000ms));
    QCOMPARE(HttpRetry::parseRetryAfter(" 0 ", now), std::optional(0ms));
    QCOMPARE(HttpRetry::parseRetryAfter("Sun, 01 Nov 2026 08:00:30 GMT", now), std::optional(30000ms));
    QCOMPARE(HttpRetry::parseRetryAfter("Sun, 01 Nov 2026 07:00:00 GMT", now), std::optional(0ms));
    QCOMPARE(HttpRetry::parseRetryAfter("soon", now), std::nullopt);
    QCOMPARE(HttpRetry::parseRetryAfter("-5", now), std::nullopt);
    QCOMPARE(HttpRetry::parseRetryAfter("", now), std::nullopt);
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
