#include "faultserver.h"
#include "httptesting.h"

#include "sync/net/httpclient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>
#include <QTimer>

using namespace dh;
using namespace dh::test;
using namespace std::chrono_literals;

namespace {

// Everything logged while the token test runs.
QStringList g_log;
QMutex g_logMutex;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(message);
}

} // namespace

// The HTTP client over plain HTTP: answers, conditional requests, retries and what never deserves
// one, timeouts, cut and oversized bodies, limits, cancelling, and a bearer token kept secret.
class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
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
    void concurrencyLimitedPerHost();
    void concurrencyLimitedInTotal();
    void cancelRunningAndQueued();
    void bearerTokenSentButNeverShown();
};

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
    // A 304 may announce the length of the resource it did not send.
    server.enqueue(u"/data"_qs, FaultReply(304).header("ETag", "\"r42\"").header("Content-Length", "5000"));
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
    // Qt 6.4 may end a chunked answer whose connection closes in the middle of a chunk as if it
    // were complete: when the close arrives with the last bytes, QHttpNetworkConnectionChannel
    // takes it for the end of a body without a length, and the chunk framing is not visible
    // through QNetworkReply. The readers' checks of whole documents are the guard until Qt
    // reports it; when Qt does, the client must say TRUNCATED like for a Content-Length.
    if (chunked && out->ok())
        QEXPECT_FAIL("chunked", "Qt 6.4 may take a chunked body cut by a closed connection for a complete one", Abort);
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

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
