#include "faultserver.h"
#include "httptesting.h"
#include "testcertificates.h"

#include "sync/net/httpclient.h"

#include <QTest>

using namespace dh;
using namespace dh::test;

// The HTTP client over TLS: a CA file adds trust, an untrusted certificate fails clearly, a client
// certificate comes from PKCS#12, and redirects are followed only from https to https.
class TestHttpClientTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void redirectToHttpRefused();
    void redirectWithinHttpsFollowed();
    void tokenStaysWithItsHost();
    void trustedThroughCaFile();
    void untrustedCertificateFails();
    void clientCertificateRequired();
    void badPassphraseIsClear();

private:
    bool tlsServer(FaultServer &server, bool untrusted = false, bool requireClient = false);

    TestCertificates m_certificates;
};

void TestHttpClientTls::initTestCase()
{
    QString error;
    if (!m_certificates.make(&error))
        QFAIL(qPrintable(error));
}

bool TestHttpClientTls::tlsServer(FaultServer &server, bool untrusted, bool requireClient)
{
    FaultServer::Tls tls;
    const bool loaded = untrusted ? FaultServer::loadTls(m_certificates.untrustedCertificateFile(), m_certificates.untrustedKeyFile(), &tls)
                                  : FaultServer::loadTls(m_certificates.serverCertificateFile(), m_certificates.serverKeyFile(), &tls);
    if (requireClient)
        tls.clientCas = QSslCertificate::fromPath(m_certificates.caFile());
    return loaded && server.listenTls(tls);
}

void TestHttpClientTls::redirectToHttpRefused()
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

void TestHttpClientTls::redirectWithinHttpsFollowed()
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

    // At most five, and the refusal names the sixth.
    for (int i = 1; i <= 7; ++i)
        server.enqueue(u"/r%1"_qs.arg(i), FaultReply(302).header("Location", "/r" + QByteArray::number(i + 1)));
    request.url = server.url(u"/r1"_qs);
    const auto chain = fetchAndWait(client, request);
    QVERIFY(chain && !chain->ok());
    QCOMPARE(chain->error().rule, u"REDIRECT_REFUSED"_qs);
    QVERIFY2(chain->error().message.contains(server.url(u"/r7"_qs).toString()) && chain->error().message.contains(u"5"_qs),
             qPrintable(chain->error().message));
    QCOMPARE(server.requestCount(u"/r6"_qs), 1);
    QCOMPARE(server.requestCount(u"/r7"_qs), 0);

    // Five is fine.
    for (int i = 1; i <= 5; ++i)
        server.enqueue(u"/s%1"_qs.arg(i), FaultReply(302).header("Location", "/s" + QByteArray::number(i + 1)));
    server.enqueue(u"/s6"_qs, FaultReply(200, "end"));
    request.url = server.url(u"/s1"_qs);
    const auto five = fetchAndWait(client, request);
    QVERIFY(five);
    QVERIFY2(five->ok(), qPrintable(why(*five)));
    QCOMPARE(five->value().finalUrl, server.url(u"/s6"_qs));
}

void TestHttpClientTls::tokenStaysWithItsHost()
{
    FaultServer first;
    FaultServer other;
    QVERIFY(tlsServer(first) && tlsServer(other));
    first.enqueue(u"/here"_qs, FaultReply(307).header("Location", "/there"));
    first.enqueue(u"/there"_qs, FaultReply(302).header("Location", other.url(u"/elsewhere"_qs).toEncoded()));
    other.enqueue(u"/elsewhere"_qs, FaultReply(200, "moved"));
    HttpClient client;
    HttpRequest request = get(first.url(u"/here"_qs));
    request.tls.caFile = m_certificates.caFile();
    request.bearerToken = "tok-stays-home";
    const auto out = fetchAndWait(client, request);
    QVERIFY(out);
    QVERIFY2(out->ok(), qPrintable(why(*out)));
    QCOMPARE(first.requests().size(), 2);
    QCOMPARE(first.requests().at(1).header("Authorization"), QByteArray("Bearer tok-stays-home"));
    QCOMPARE(other.requests().size(), 1);
    QVERIFY(other.requests().first().header("Authorization").isEmpty());
}

void TestHttpClientTls::trustedThroughCaFile()
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

void TestHttpClientTls::untrustedCertificateFails()
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

void TestHttpClientTls::clientCertificateRequired()
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

void TestHttpClientTls::badPassphraseIsClear()
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

QTEST_GUILESS_MAIN(TestHttpClientTls)
#include "tst_httpclienttls.moc"
