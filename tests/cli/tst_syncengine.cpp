#include "core/clock.h"
#include "store/cache.h"
#include "store/cachesynctarget.h"
#include "sync/endpointfile.h"
#include "sync/syncengine.h"
#include "faultserver.h"
#include "syncfixtures.h"
#include "tempcache.h"
#include "testcertificates.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace dh;
using test::FaultReply;

// The sync engine against a misbehaving server on 127.0.0.1, for every wire format: each fault
// leaves the cache exactly as it was and records a failed run with a clear reason; retryable
// faults are retried; a changed unit of measure is refused whole; a changed past value becomes a
// new revision with the old one in the history; TLS is verified; the token never reaches a log,
// an error or the cache.
class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    struct Format
    {
        test::SyncFixture fixture;
        QString firstPath; // the path of the run's first request, where a fault is put
    };

    static QByteArray bytes(const QString &relative)
    {
        QFile f(test::syncFixturePath(relative));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static test::SyncFixture fixture(const QString &format)
    {
        const auto all = test::syncFixtures();
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const test::SyncFixture &f) { return f.format == format; });
        return it == all.cend() ? test::SyncFixture() : *it;
    }

    static QString firstPath(const QString &format)
    {
        return format == u"reporting" ? u"/v1/kpi-data"_qs : u"/data"_qs;
    }

    static FaultReply reply(const test::SyncFixture &f, const QString &document)
    {
        return FaultReply(200, bytes(document), f.contentType);
    }

    // The answers of a whole, good sync of the format.
    static void scriptGood(test::FaultServer &server, const test::SyncFixture &f)
    {
        if (f.format == u"reporting") {
            const QByteArray json = f.contentType;
            server.enqueue(u"/v1/kpi-data"_qs, reply(f, u"reporting/kpi-data-page1.json"_qs));
            server.enqueue(u"/v1/kpi-data"_qs, reply(f, u"reporting/kpi-data-page2.json"_qs));
            server.enqueue(u"/v1/kpi-data"_qs, reply(f, u"reporting/kpi-data-empty.json"_qs).header("ETag", "\"empty-23\""));
            server.enqueue(u"/v1/indicator-catalogue"_qs, reply(f, u"reporting/indicator-catalogue.json"_qs).header("ETag", "\"cat-1\""));
            server.enqueue(u"/v1/disaggregation-catalogue"_qs, reply(f, u"reporting/disaggregation-catalogue.json"_qs));
            server.enqueue(u"/v1/report-status"_qs, reply(f, u"reporting/report-status.json"_qs));
            return;
        }
        for (const QString &document : f.documents)
            server.enqueue(u"/data"_qs, reply(f, document));
    }

    Endpoint endpoint(const test::FaultServer &server, const test::SyncFixture &f) const
    {
        Endpoint e;
        e.id = u"t"_qs;
        e.label = {{u"vi"_qs, u"Thử"_qs}};
        e.format = f.format;
        e.url = server.url(f.format == u"reporting" ? u"/"_qs : u"/data"_qs);
        if (!f.mappingFile.isEmpty())
            e.mappingFile = test::syncFixturePath(f.mappingFile);
        if (!f.queryFile.isEmpty())
            e.pxwebQuery = bytes(f.queryFile);
        e.timeout = std::chrono::seconds(1);
        return e;
    }

    // Runs one sync of the endpoint to its end.
    SyncRun sync(const Endpoint &e)
    {
        SyncEngine::Options options;
        options.policy.maxAttempts = 2;
        options.policy.backoffBase = std::chrono::milliseconds(10);
        options.policy.backoffCap = std::chrono::milliseconds(50);
        options.clock = &m_cache->clock();
        const QString path = m_cache->path();
        const UnitRegistry registry = m_cache->registry();
        SyncEngine engine([path, registry]() -> Result<std::unique_ptr<SyncTarget>> {
            auto cache = Cache::open(path, registry);
            if (!cache)
                return cache.error();
            return std::unique_ptr<SyncTarget>(std::make_unique<CacheSyncTarget>(std::move(*cache)));
        }, options);
        QSignalSpy finished(&engine, &SyncEngine::runFinished);
        engine.setEndpoints({e});
        engine.syncNow({e.id});
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<SyncRun>();
    }

    // Everything a sync may change: each observation with its revision and provenance, the history
    // and the quarantine.
    QByteArray fingerprint()
    {
        auto cache = Cache::open(m_cache->path(), m_cache->registry(), Cache::OpenMode::ReadOnly);
        if (!cache)
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QStringList rows;
        const auto walked = (*cache)->observations().forEach(QString(), [&](const Observation &o) {
            rows.append(o.indicator + u'|' + o.unit + u'|' + o.period.toString() + u'|' + o.disaggregation + u'|'
                        + QString::number(o.value, 'g', 17) + u'|' + QString::number(int(o.status)) + u'|'
                        + QString::number(o.provenance.revision));
            return true;
        });
        if (!walked)
            return {};
        rows.sort();
        hash.addData(rows.join(u'\n').toUtf8());
        const auto summary = (*cache)->statistics().summary();
        if (!summary)
            return {};
        hash.addData(QByteArray(QByteArray::number(summary->revisionsKept) + '/' + QByteArray::number(summary->quarantined)));
        return hash.result().toHex();
    }

    qint64 count()
    {
        auto cache = Cache::open(m_cache->path(), m_cache->registry(), Cache::OpenMode::ReadOnly);
        return cache ? (*cache)->statistics().summary().valueOr(CacheSummary()).observations : -1;
    }

    std::optional<UnitValue> valueOf(const QString &indicator, const QString &unit, const Period &period)
    {
        auto cache = Cache::open(m_cache->path(), m_cache->registry(), Cache::OpenMode::ReadOnly);
        if (!cache)
            return std::nullopt;
        const auto values = (*cache)->observations().crossSection(indicator, period, {unit}, QString());
        if (!values || values->size() != 1)
            return std::nullopt;
        return values->first();
    }

    std::unique_ptr<test::TempCache> m_cache;

private slots:
    void init()
    {
        m_cache = std::make_unique<test::TempCache>();
        QVERIFY2(m_cache->ok(), qPrintable(m_cache->error()));
        m_cache->close();
    }

    void everyFormatSyncs_data()
    {
        QTest::addColumn<QString>("format");
        for (const test::SyncFixture &f : test::syncFixtures())
            QTest::newRow(qPrintable(f.format)) << f.format;
    }

    void everyFormatSyncs()
    {
        QFETCH(QString, format);
        const test::SyncFixture f = fixture(format);
        test::FaultServer server;
        QVERIFY(server.listen());
        scriptGood(server, f);
        const SyncRun run = sync(endpoint(server, f));
        QCOMPARE(run.error, QString());
        QCOMPARE(run.outcome, SyncRun::Outcome::Ok);
        QCOMPARE(count(), f.observations);
        QCOMPARE(run.quarantined, 0);
        QVERIFY(run.requests >= 1);
    }

    void faultLeavesTheCacheWhole_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expected"); // in the run's error
        for (const test::SyncFixture &f : test::syncFixtures()) {
            const QByteArray name = f.format.toUtf8();
            QTest::newRow(QByteArray(name + " 500").constData()) << f.format << u"500"_qs << u"500"_qs;
            QTest::newRow(QByteArray(name + " 404").constData()) << f.format << u"404"_qs << u"404"_qs;
            QTest::newRow(QByteArray(name + " 401").constData()) << f.format << u"401"_qs << u"401"_qs;
            QTest::newRow(QByteArray(name + " stall").constData()) << f.format << u"stall"_qs << u"data"_qs;
            QTest::newRow(QByteArray(name + " cut").constData()) << f.format << u"cut"_qs << u"bytes"_qs;
            QTest::newRow(QByteArray(name + " malformed").constData()) << f.format << u"malformed"_qs << (f.format == u"csv-mapped" ? u"column"_qs : u"JSON"_qs);
            QTest::newRow(QByteArray(name + " html").constData()) << f.format << u"html"_qs << u"text/html"_qs;
            QTest::newRow(QByteArray(name + " redirect to http").constData()) << f.format << u"redirect"_qs << u"redirect"_qs;
        }
    }

    // A first, good sync; then a second that meets the fault: the second fails with a reason and
    // leaves every observation, revision and quarantine record as the first left them.
    void faultLeavesTheCacheWhole()
    {
        QFETCH(QString, format);
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        const test::SyncFixture f = fixture(format);
        {
            test::FaultServer good;
            QVERIFY(good.listen());
            scriptGood(good, f);
            QCOMPARE(sync(endpoint(good, f)).outcome, SyncRun::Outcome::Ok);
        }
        const QByteArray before = fingerprint();
        QVERIFY(!before.isEmpty());

        test::FaultServer server;
        QVERIFY(server.listen());
        // The answer the fault spoils: the feed's next page, or the document again, changed.
        const QByteArray body = format == u"reporting" ? bytes(u"reporting/kpi-data-page2.json"_qs) : bytes(f.documents.constFirst());
        const QString path = firstPath(format);
        if (fault == u"500")
            server.enqueue(path, FaultReply(500, "{\"title\": \"Internal Server Error\"}", "application/problem+json"));
        else if (fault == u"404")
            server.enqueue(path, FaultReply(404, "not here", "text/plain"));
        else if (fault == u"401")
            server.enqueue(path, FaultReply(401, "who are you", "text/plain"));
        else if (fault == u"stall")
            server.enqueue(path, FaultReply(200, body, f.contentType).stallAfter(body.size() / 2));
        else if (fault == u"cut")
            server.enqueue(path, FaultReply(200, body, f.contentType).cutAfter(body.size() / 2));
        else if (fault == u"malformed")
            server.enqueue(path, FaultReply(200, format == u"csv-mapped" ? QByteArray("\"unterminated;\n1;2") : QByteArray("{\"packet\": [1, 2"), f.contentType));
        else if (fault == u"html")
            server.enqueue(path, FaultReply(200, "<html><body>Đăng nhập mạng</body></html>", "text/html; charset=utf-8"));
        else if (fault == u"redirect")
            server.enqueue(path, FaultReply(302).header("Location", server.url(u"/elsewhere"_qs).toString().toUtf8()));
        const SyncRun run = sync(endpoint(server, f));
        QCOMPARE(run.outcome, SyncRun::Outcome::Failed);
        QVERIFY2(run.error.contains(expected, Qt::CaseInsensitive), qPrintable(run.error));
        QCOMPARE(fingerprint(), before);

        auto cache = Cache::open(m_cache->path(), m_cache->registry(), Cache::OpenMode::ReadOnly);
        QVERIFY(cache);
        const auto statuses = (*cache)->syncState().statuses();
        QVERIFY(statuses && statuses->size() == 1);
        QVERIFY(statuses->first().lastFailure);
        QCOMPARE(statuses->first().lastFailure->error, run.error);
        QVERIFY(statuses->first().lastSuccess);
    }

    void transientFaultsAreRetried_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("status");
        QTest::newRow("reporting 503") << u"reporting"_qs << 503;
        QTest::newRow("reporting 429") << u"reporting"_qs << 429;
        QTest::newRow("jsonstat 503") << u"jsonstat"_qs << 503;
        QTest::newRow("worldbank 429") << u"worldbank"_qs << 429;
    }

    void transientFaultsAreRetried()
    {
        QFETCH(QString, format);
        QFETCH(int, status);
        const test::SyncFixture f = fixture(format);
        test::FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(firstPath(format), FaultReply(status, "busy", "text/plain").header("Retry-After", "1"));
        scriptGood(server, f);
        QElapsedTimer timer;
        timer.start();
        const SyncRun run = sync(endpoint(server, f));
        QCOMPARE(run.error, QString());
        QCOMPARE(run.outcome, SyncRun::Outcome::Ok);
        QVERIFY2(timer.elapsed() >= 900, "Retry-After was not honoured");
        QCOMPARE(count(), f.observations);
    }

    void unitChangeIsRefusedWhole_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("document");
        QTest::newRow("reporting") << u"reporting"_qs << u"reporting/kpi-data-unit-changed.json"_qs;
        QTest::newRow("jsonstat") << u"jsonstat"_qs << u"jsonstat/dataset-unit-changed.json"_qs;
    }

    void unitChangeIsRefusedWhole()
    {
        QFETCH(QString, format);
        QFETCH(QString, document);
        const test::SyncFixture f = fixture(format);
        {
            test::FaultServer good;
            QVERIFY(good.listen());
            scriptGood(good, f);
            QCOMPARE(sync(endpoint(good, f)).outcome, SyncRun::Outcome::Ok);
        }
        const QByteArray before = fingerprint();
        test::FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(firstPath(format), reply(f, document));
        if (format == u"reporting") {
            server.enqueue(u"/v1/indicator-catalogue"_qs, reply(f, u"reporting/indicator-catalogue.json"_qs));
            server.enqueue(u"/v1/disaggregation-catalogue"_qs, reply(f, u"reporting/disaggregation-catalogue.json"_qs));
        }
        const SyncRun run = sync(endpoint(server, f));
        QCOMPARE(run.outcome, SyncRun::Outcome::Failed);
        QVERIFY2(run.error.contains(u"nghìn tỷ đồng"_qs), qPrintable(run.error));
        QCOMPARE(fingerprint(), before);
    }

    // JSON-stat numbers no revisions: a changed past figure is its next revision, the old one kept.
    void changedPastValueIsANewRevision()
    {
        const test::SyncFixture f = fixture(u"jsonstat"_qs);
        test::FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(u"/data"_qs, reply(f, u"jsonstat/dataset.json"_qs));
        server.enqueue(u"/data"_qs, reply(f, u"jsonstat/dataset-revised.json"_qs));
        QCOMPARE(sync(endpoint(server, f)).outcome, SyncRun::Outcome::Ok);
        const Period july = *Period::parse(u"2025-07");
        QCOMPARE(valueOf(u"gdp"_qs, u"VN25-01"_qs, july)->value, 98500.0);
        const SyncRun second = sync(endpoint(server, f));
        QCOMPARE(second.outcome, SyncRun::Outcome::Ok);
        QCOMPARE(second.written, 1);
        QCOMPARE(second.unchanged, f.observations - 1);
        QCOMPARE(valueOf(u"gdp"_qs, u"VN25-01"_qs, july)->value, 98720.0);
        auto cache = Cache::open(m_cache->path(), m_cache->registry(), Cache::OpenMode::ReadOnly);
        QVERIFY(cache);
        QCOMPARE((*cache)->statistics().summary()->revisionsKept, 1);
    }

    // The reporting feed's page 2 revises a page-1 figure and withdraws another.
    void reportingRevisionsAndWithdrawals()
    {
        const test::SyncFixture f = fixture(u"reporting"_qs);
        test::FaultServer server;
        QVERIFY(server.listen());
        scriptGood(server, f);
        const SyncRun run = sync(endpoint(server, f));
        QCOMPARE(run.outcome, SyncRun::Outcome::Ok);
        QCOMPARE(run.removed, 1);
        const Period august = *Period::parse(u"2025-08");
        QCOMPARE(valueOf(u"rev"_qs, u"VN25-01"_qs, august)->value, 40125.0);
        QVERIFY(!valueOf(u"rev"_qs, u"VN25-48"_qs, august));
        auto cache = Cache::open(m_cache->path(), m_cache->registry(), Cache::OpenMode::ReadOnly);
        QVERIFY(cache);
        QCOMPARE((*cache)->statistics().summary()->revisionsKept, 2);
        const auto cursor = (*cache)->syncState().cursor(u"t"_qs, u"kpi-data"_qs);
        QVERIFY(cursor && *cursor);
        QCOMPARE((*cursor)->since, 23);
    }

    // With nothing new, a run is one conditional request, answered 304, and writes no observation.
    void nothingNewCostsOneRequest_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("reporting") << u"reporting"_qs;
        QTest::newRow("jsonstat") << u"jsonstat"_qs;
    }

    void nothingNewCostsOneRequest()
    {
        QFETCH(QString, format);
        const test::SyncFixture f = fixture(format);
        const QByteArray tag = format == u"reporting" ? "\"empty-23\"" : "\"v1\"";
        test::FaultServer server;
        QVERIFY(server.listen());
        if (format == u"reporting") {
            scriptGood(server, f);
        } else {
            server.enqueue(u"/data"_qs, reply(f, f.documents.constFirst()).header("ETag", tag));
        }
        QCOMPARE(sync(endpoint(server, f)).outcome, SyncRun::Outcome::Ok);
        if (format != u"reporting") {
            // Each observation says where it came from: the endpoint, the URL, the answer's ETag.
            auto cache = Cache::open(m_cache->path(), m_cache->registry(), Cache::OpenMode::ReadOnly);
            QVERIFY(cache);
            qint64 seen = 0;
            QVERIFY((*cache)->observations().forEach(QString(), [&](const Observation &o) {
                ++seen;
                return o.provenance.source == u"t" && o.provenance.location == server.url(u"/data"_qs).toString()
                    && o.provenance.etag == QString::fromLatin1(tag) && o.provenance.format == format
                    && o.provenance.retrievedAt == m_cache->clock().now();
            }));
            QCOMPARE(seen, f.observations);
        }
        if (format == u"reporting") {
            // The feed was read to its end; the next run finds it empty and keeps that page's tag.
            test::FaultServer empty;
            QVERIFY(empty.listen());
            empty.enqueue(u"/v1/kpi-data"_qs, reply(f, u"reporting/kpi-data-empty.json"_qs).header("ETag", tag));
            empty.enqueue(u"/v1/indicator-catalogue"_qs, FaultReply(304).header("ETag", "\"cat-1\""));
            const SyncRun run = sync(endpoint(empty, f));
            QCOMPARE(run.error, QString());
            QCOMPARE(run.outcome, SyncRun::Outcome::NotModified);
            QCOMPARE(empty.requests().at(1).header("If-None-Match"), QByteArray("\"cat-1\""));
        }
        const QByteArray before = fingerprint();

        test::FaultServer again;
        QVERIFY(again.listen());
        again.enqueue(firstPath(format), FaultReply(304).header("ETag", tag));
        const SyncRun run = sync(endpoint(again, f));
        QCOMPARE(run.outcome, SyncRun::Outcome::NotModified);
        QCOMPARE(run.requests, 1);
        QCOMPARE(again.requests().size(), 1);
        QCOMPARE(again.requests().first().header("If-None-Match"), tag);
        QCOMPARE(fingerprint(), before);
    }

    void tlsIsVerified()
    {
        test::TestCertificates certificates;
        QString error;
        QVERIFY2(certificates.make(&error), qPrintable(error));
        const test::SyncFixture f = fixture(u"jsonstat"_qs);

        test::FaultServer::Tls trusted;
        QVERIFY(test::FaultServer::loadTls(certificates.serverCertificateFile(), certificates.serverKeyFile(), &trusted));
        test::FaultServer server;
        QVERIFY(server.listenTls(trusted));
        scriptGood(server, f);
        Endpoint e = endpoint(server, f);
        e.caFile = certificates.caFile();
        const SyncRun ok = sync(e);
        QCOMPARE(ok.error, QString());
        QCOMPARE(ok.outcome, SyncRun::Outcome::Ok);

        test::FaultServer::Tls untrusted;
        QVERIFY(test::FaultServer::loadTls(certificates.untrustedCertificateFile(), certificates.untrustedKeyFile(), &untrusted));
        test::FaultServer stranger;
        QVERIFY(stranger.listenTls(untrusted));
        scriptGood(stranger, f);
        Endpoint s = endpoint(stranger, f);
        s.caFile = certificates.caFile();
        const SyncRun refused = sync(s);
        QCOMPARE(refused.outcome, SyncRun::Outcome::Failed);
        QVERIFY2(refused.error.contains(u"certificate"_qs, Qt::CaseInsensitive), qPrintable(refused.error));
        QCOMPARE(stranger.requestCount(u"/data"_qs), 0);
    }

    // A run with a token, refused once and then accepted: the token reaches the server and
    // nothing else — no log line, no error, no byte of the cache.
    void tokenStaysSecret()
    {
        const QByteArray token = "tok-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "-7f3a9c";
        qputenv("DIEUHANH_TEST_SYNC_TOKEN", token);
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
            logged.append(QString::fromUtf8(context.category) + u' ' + message);
        });
        QLoggingCategory::setFilterRules(u"dieuhanh.*=true"_qs);

        const test::SyncFixture f = fixture(u"jsonstat"_qs);
        test::FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(u"/data"_qs, FaultReply(401, "{\"title\": \"Unauthorized\", \"detail\": \"bad token " + token + "\"}", "application/problem+json"));
        Endpoint e = endpoint(server, f);
        e.auth.kind = EndpointAuth::Kind::Bearer;
        e.auth.tokenEnvironment = u"DIEUHANH_TEST_SYNC_TOKEN"_qs;
        const SyncRun refused = sync(e);
        test::FaultServer accepting;
        QVERIFY(accepting.listen());
        scriptGood(accepting, f);
        Endpoint a = e;
        a.url = accepting.url(u"/data"_qs);
        const SyncRun accepted = sync(a);

        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(previous);
        qunsetenv("DIEUHANH_TEST_SYNC_TOKEN");
        QCOMPARE(refused.outcome, SyncRun::Outcome::Failed);
        QCOMPARE(accepted.outcome, SyncRun::Outcome::Ok);
        QCOMPARE(server.requests().first().header("Authorization"), "Bearer " + token);
        QVERIFY(!logged.isEmpty());
        for (const QString &line : std::as_const(logged))
            QVERIFY2(!line.contains(QString::fromLatin1(token)), qPrintable(line));
        QVERIFY(!refused.error.contains(QString::fromLatin1(token)));
        // The run records, the provenance and the quarantine are all in these files.
        for (const QString &suffix : {QString(), u"-wal"_qs, u"-journal"_qs}) {
            QFile file(m_cache->path() + suffix);
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(token), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
