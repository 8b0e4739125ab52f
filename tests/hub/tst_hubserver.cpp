// The hub on 127.0.0.1, asked by QNetworkAccessManager as a wall would: every route, ETags, paging
// to the end, refusals, long polling, tokens and their limit, TLS, and an access log without tokens.
#include "tempcache.h"
#include "testcertificates.h"

#include "hub/hubserver.h"
#include "store/observationwriter.h"
#include "sync/readers/reportingreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QByteArray etag;
    QByteArray retryAfter;
    qint64 ms = 0;
    QString error;
};

QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}

bool write(Cache &cache, const QList<Observation> &observations)
{
    auto writer = cache.writer(u"test"_s);
    if (!writer->begin(ObservationWriter::Mode::AllOrNothing))
        return false;
    for (const Observation &o : observations)
        writer->write(o);
    const auto report = writer->commit();
    return report && report->committed;
}

// The months of 2026: the 34 provinces of the 2025 reform hold no period that ended before 1 July
// 2025, and the writer refuses such a value.
QList<Observation> months(const QString &unit, int count, int revision = 1)
{
    QList<Observation> list;
    for (int m = 1; m <= count; ++m)
        list.append(test::TempCache::observation(u"rev"_s, unit, Period::month(2026, m), 100.0 * m + revision, revision));
    return list;
}

// The catalogue's rev under another English name, as an upstream catalogue update would bring it.
Indicator renamedRevenue()
{
    Indicator rev = test::TempCache::catalogue().constFirst();
    rev.nameEn = u"State budget revenue"_s;
    return rev;
}

QList<Dimension> revenueDimensions(const QString &levelName = u"Cấp ngân sách"_s)
{
    return {{u"level"_s, {{u"vi"_s, levelName}, {u"en"_s, u"Budget level"_s}},
             {{u"central"_s, {{u"vi"_s, u"Trung ương"_s}}, {}}, {u"local"_s, {{u"vi"_s, u"Địa phương"_s}}, {}}}},
            {u"tax"_s, {{u"vi"_s, u"Sắc thuế"_s}},
             {{u"vat"_s, {{u"vi"_s, u"Thuế giá trị gia tăng"_s}}, {}},
              {u"income"_s, {{u"vi"_s, u"Thuế thu nhập"_s}}, {}},
              {u"cit"_s, {{u"vi"_s, u"Thuế thu nhập doanh nghiệp"_s}}, u"income"_s},
              {u"pit"_s, {{u"vi"_s, u"Thuế thu nhập cá nhân"_s}}, u"income"_s}}}};
}

ReportStatus status(int month, ReportStatus::State state)
{
    const bool reported = state == ReportStatus::State::Reported;
    return {u"rev"_s, u"VN25-01"_s, Period::month(2026, month), state, QDate(2026, month, 20),
            reported ? QDateTime(QDate(2026, month, 18), QTime(9, 30), Qt::UTC) : QDateTime(), reported ? 1 : 0, {}};
}

} // namespace

class TestHubServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempCache> m_temp;
    std::unique_ptr<HubServer> m_server;
    QNetworkAccessManager m_network;
    QString m_base;

    bool start(HubServerOptions options = {})
    {
        m_server = std::make_unique<HubServer>(m_temp->cache(), m_temp->clock(), std::move(options));
        const auto port = m_server->listen(QHostAddress::LocalHost, 0);
        m_base = u"http://127.0.0.1:%1"_s.arg(port ? *port : 0);
        return bool(port);
    }

    Answer get(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &headers = {}, const QString &base = {})
    {
        QNetworkRequest request(QUrl((base.isEmpty() ? m_base : base) + path));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(70000);
        Answer a;
        a.ms = timer.elapsed();
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.contentType = reply->rawHeader("Content-Type");
        a.etag = reply->rawHeader("ETag");
        a.retryAfter = reply->rawHeader("Retry-After");
        a.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && a.status == 0)
            a.error = reply->errorString();
        reply->deleteLater();
        return a;
    }

private slots:
    void init()
    {
        m_temp = std::make_unique<test::TempCache>();
        QVERIFY2(m_temp->ok(), qPrintable(m_temp->error()));
        QVERIFY(write(m_temp->cache(), months(u"VN25-01"_s, 12) + months(u"VN25-08"_s, 12)));
        m_network.clearAccessCache();
        m_network.clearConnectionCache();
    }

    void cleanup()
    {
        m_server.reset();
        m_temp.reset();
    }

    void cataloguesCarryAnEtag()
    {
        QVERIFY(start());
        for (const QString &path : {u"/v1/indicator-catalogue"_s, u"/v1/units"_s}) {
            const Answer a = get(path);
            QCOMPARE(a.status, 200);
            QCOMPARE(a.contentType, "application/json");
            QVERIFY(!a.etag.isEmpty());
            const auto packet = ReportingReader::read(a.body);
            QVERIFY2(packet, packet ? "" : qPrintable(packet.error().message));
            QCOMPARE(packet->envelope.sender, u"VPCP"_s);
            const Answer again = get(path, {{"If-None-Match", a.etag}});
            QCOMPARE(again.status, 304);
            QVERIFY(again.body.isEmpty());
            QCOMPARE(get(path, {{"If-None-Match", "\"other\""}}).status, 200);
        }
        const auto catalogue = ReportingReader::read(get(u"/v1/indicator-catalogue"_s).body);
        QCOMPARE(catalogue->indicators()->size(), m_temp->cache().catalogue().size());
    }

    void healthAndVersion()
    {
        QVERIFY(start(HubServerOptions{.version = u"9.9.9"_s}));
        const Answer health = get(u"/health"_s);
        QCOMPARE(health.status, 200);
        const QJsonObject h = QJsonDocument::fromJson(health.body).object();
        QCOMPARE(h.value(u"ok"_s).toBool(), true);
        QCOMPARE(h.value(u"cache"_s).toString(), u"cache.sqlite"_s); // the file's name, never its folder
        QVERIFY(h.value(u"feedPosition"_s).toInteger() > 0);
        QCOMPARE(QJsonDocument::fromJson(get(u"/version"_s).body).object().value(u"version"_s).toString(), u"9.9.9"_s);
    }

    void pagingSinceReachesTheWholeCache()
    {
        QVERIFY(start());
        qint64 since = 0;
        QSet<QString> keys;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            const Answer a = get(u"/v1/kpi-data?since=%1&limit=5"_s.arg(since));
            QCOMPARE(a.status, 200);
            QVERIFY(!a.etag.isEmpty());
            const auto packet = ReportingReader::read(a.body);
            QVERIFY2(packet, packet ? "" : qPrintable(packet.error().message));
            const StatDocument &doc = *packet->kpiData();
            QVERIFY(doc.cellCount() <= 5);
            for (qsizetype c = 0; c < doc.cellCount(); ++c)
                keys.insert(doc.dimensions.at(1).categories.at(doc.category(c, 1)).id + doc.dimensions.at(2).categories.at(doc.category(c, 2)).id);
            QVERIFY(packet->envelope.paging->nextSince >= since);
            since = packet->envelope.paging->nextSince;
            more = packet->envelope.paging->hasMore;
            QCOMPARE(get(u"/v1/kpi-data?since=%1&limit=5"_s.arg(packet->envelope.paging->since), {{"If-None-Match", a.etag}}).status, 304);
        }
        QCOMPARE(keys.size(), 24);
        QCOMPARE(pages, 5);
        const auto filtered = ReportingReader::read(get(u"/v1/kpi-data?unit=VN25-08&from=2026-03&to=2026-05"_s).body);
        QCOMPARE(filtered->kpiData()->cellCount(), 3);
    }

    void refusesBadQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("rule");
        QTest::newRow("since text") << u"since=abc"_s << u"TYPE_INVALID"_s;
        QTest::newRow("since negative") << u"since=-1"_s << u"VALUE_INVALID"_s;
        QTest::newRow("limit zero") << u"limit=0"_s << u"VALUE_INVALID"_s;
        QTest::newRow("wait too long") << u"wait=61"_s << u"VALUE_INVALID"_s;
        QTest::newRow("period") << u"from=2025-13"_s << u"PERIOD_INVALID"_s;
        QTest::newRow("unknown") << u"indicators=rev"_s << u"VALUE_INVALID"_s;
        QTest::newRow("from after to") << u"from=2025-06&to=2025-01"_s << u"VALUE_INVALID"_s;
    }

    void refusesBadQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, rule);
        QVERIFY(start());
        const Answer a = get(u"/v1/kpi-data?"_s + query);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.contentType, "application/problem+json");
        const QJsonObject problem = QJsonDocument::fromJson(a.body).object();
        QCOMPARE(problem.value(u"rule"_s).toString(), rule);
        QCOMPARE(problem.value(u"status"_s).toInt(), 400);
        QVERIFY(!problem.value(u"detail"_s).toString().isEmpty());
    }

    void unknownPathIsAProblem()
    {
        QVERIFY(start());
        const Answer a = get(u"/v1/nothing"_s);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.contentType, "application/problem+json");
    }

    // Another connection writes while a client waits: the hub answers within about a second.
    void longPollAnswersWhenTheFeedMoves()
    {
        QVERIFY(start());
        const auto position = m_temp->cache().feed().position();
        QVERIFY(position);
        auto other = Cache::open(m_temp->path(), m_temp->registry());
        QVERIFY(other);
        QTimer::singleShot(500, this, [&] { QVERIFY(write(**other, months(u"VN25-01"_s, 1, 2))); });
        const Answer a = get(u"/v1/kpi-data?since=%1&wait=10"_s.arg(*position));
        QCOMPARE(a.status, 200);
        QVERIFY2(a.ms >= 450 && a.ms < 1700, qPrintable(QString::number(a.ms)));
        const auto packet = ReportingReader::read(a.body);
        QCOMPARE(packet->kpiData()->cellCount(), 1);
        QCOMPARE(m_server->waitingCount(), 0);
    }

    void longPollGivesUpWithAnEmptyPage()
    {
        QVERIFY(start());
        const auto position = m_temp->cache().feed().position();
        const Answer a = get(u"/v1/kpi-data?since=%1&wait=1"_s.arg(*position));
        QCOMPARE(a.status, 200);
        QVERIFY2(a.ms >= 950 && a.ms < 2500, qPrintable(QString::number(a.ms)));
        const auto packet = ReportingReader::read(a.body);
        QCOMPARE(packet->kpiData()->cellCount(), 0);
        QCOMPARE(packet->envelope.paging->nextSince, *position);
        QCOMPARE(packet->envelope.paging->hasMore, false);

        // A client that sends the ETag it holds waits as long, and is told it has it all.
        const Answer held = get(u"/v1/kpi-data?since=%1&wait=1"_s.arg(*position), {{"If-None-Match", a.etag}});
        QCOMPARE(held.status, 304);
        QVERIFY2(held.ms >= 950 && held.ms < 2500, qPrintable(QString::number(held.ms)));
        // One whose ETag is out of date does not wait for what it lacks.
        const Answer stale = get(u"/v1/kpi-data?since=%1&wait=1"_s.arg(*position), {{"If-None-Match", "\"other\""}});
        QCOMPARE(stale.status, 200);
        QVERIFY2(stale.ms < 900, qPrintable(QString::number(stale.ms)));
        QCOMPARE(stale.etag, a.etag);
    }

    // A commit that moves no KPI feed position (another connection renaming an indicator) still
    // changes what a waiting client would fetch: the cache's data version wakes it before its wait
    // is up, with an empty page under a new ETag.
    void longPollAnswersWhenAnotherConnectionCommits()
    {
        QVERIFY(start());
        const auto position = m_temp->cache().feed().position();
        const QString path = u"/v1/kpi-data?since=%1&wait=1"_s.arg(*position);
        const QByteArray before = get(u"/v1/kpi-data?since=%1"_s.arg(*position)).etag;
        auto other = Cache::open(m_temp->path(), m_temp->registry());
        QVERIFY(other);
        QTimer::singleShot(200, this, [&] { QVERIFY((*other)->catalogue().upsert({renamedRevenue()})); });
        const Answer a = get(path, {{"If-None-Match", before}});
        QCOMPARE(a.status, 200);
        QVERIFY2(a.ms >= 150 && a.ms < 900, qPrintable(QString::number(a.ms)));
        QVERIFY(a.etag != before);
        QCOMPARE(ReportingReader::read(a.body)->kpiData()->cellCount(), 0);
        QCOMPARE(m_server->waitingCount(), 0);

        // Values for a unit the client does not follow leave its page as it was: it waits on.
        const QString vn01 = u"/v1/kpi-data?since=%1&unit=VN25-01&wait=1"_s.arg(*position);
        QTimer::singleShot(200, this, [&] { QVERIFY(write(**other, months(u"VN25-08"_s, 1, 3))); });
        const Answer unmoved = get(vn01);
        QCOMPARE(unmoved.status, 200);
        QVERIFY2(unmoved.ms >= 950, qPrintable(QString::number(unmoved.ms)));
        QCOMPARE(ReportingReader::read(unmoved.body)->kpiData()->cellCount(), 0);
    }

    // The KPI page's ETag covers the catalogues: a client whose page still matches has nothing at
    // all to fetch, and one whose catalogue changed upstream is told by the same request.
    void kpiEtagFollowsTheCatalogue()
    {
        QVERIFY(start());
        const auto position = m_temp->cache().feed().position();
        const QString path = u"/v1/kpi-data?since=%1"_s.arg(*position);
        const Answer first = get(path);
        QCOMPARE(first.status, 200);
        QVERIFY(!first.etag.isEmpty());
        QCOMPARE(get(path, {{"If-None-Match", first.etag}}).status, 304);
        QCOMPARE(get(path, {{"If-None-Match", first.etag}}).status, 304);
        const Answer page = get(u"/v1/kpi-data?since=0&limit=5"_s);
        const QByteArray catalogueTag = get(u"/v1/indicator-catalogue"_s).etag;

        auto other = Cache::open(m_temp->path(), m_temp->registry());
        QVERIFY(other);
        QVERIFY((*other)->catalogue().upsert({renamedRevenue()}));
        const Answer renamed = get(path, {{"If-None-Match", first.etag}});
        QCOMPARE(renamed.status, 200);
        QVERIFY(!renamed.etag.isEmpty() && renamed.etag != first.etag);
        QCOMPARE(get(path, {{"If-None-Match", renamed.etag}}).status, 304);
        QCOMPARE(get(u"/v1/kpi-data?since=0&limit=5"_s, {{"If-None-Match", page.etag}}).status, 200);
        const Answer catalogue = get(u"/v1/indicator-catalogue"_s, {{"If-None-Match", catalogueTag}});
        QCOMPARE(catalogue.status, 200);
        const auto read = ReportingReader::read(catalogue.body);
        QVERIFY(read);
        const auto rev = std::find_if(read->indicators()->cbegin(), read->indicators()->cend(), [](const Indicator &i) { return i.code == u"rev"; });
        QVERIFY(rev != read->indicators()->cend());
        QCOMPARE(rev->nameEn, u"State budget revenue"_s);
    }

    // The dimensions the cache holds, served as the disaggregation catalogue; a change by another
    // connection gives it a new ETag.
    void servesTheDisaggregationCatalogue()
    {
        QVERIFY(m_temp->cache().catalogue().upsertDimensions(revenueDimensions()));
        QVERIFY(start());
        const QString path = u"/v1/disaggregation-catalogue"_s;
        const Answer a = get(path);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.contentType, "application/json");
        QVERIFY(!a.etag.isEmpty());
        const auto packet = ReportingReader::read(a.body);
        QVERIFY2(packet, packet ? "" : qPrintable(packet.error().message));
        QVERIFY(packet->dimensions());
        const QList<Dimension> expected = revenueDimensions();
        QCOMPARE(packet->dimensions()->size(), expected.size());
        for (qsizetype d = 0; d < expected.size(); ++d) {
            const Dimension &served = packet->dimensions()->at(d);
            QCOMPARE(served.code, expected.at(d).code);
            QCOMPARE(served.name, expected.at(d).name);
            QCOMPARE(served.values.size(), expected.at(d).values.size());
            for (qsizetype v = 0; v < served.values.size(); ++v) {
                QCOMPARE(served.values.at(v).code, expected.at(d).values.at(v).code);
                QCOMPARE(served.values.at(v).name, expected.at(d).values.at(v).name);
                QCOMPARE(served.values.at(v).parent, expected.at(d).values.at(v).parent);
            }
        }
        QCOMPARE(get(path, {{"If-None-Match", a.etag}}).status, 304);

        auto other = Cache::open(m_temp->path(), m_temp->registry());
        QVERIFY(other);
        QVERIFY((*other)->catalogue().upsertDimensions(revenueDimensions(u"Cấp ngân sách nhà nước"_s)));
        const Answer changed = get(path, {{"If-None-Match", a.etag}});
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.etag != a.etag);
        QCOMPARE(ReportingReader::read(changed.body)->dimensions()->constFirst().name.value(u"vi"_s), u"Cấp ngân sách nhà nước"_s);
    }

    // Report status is a feed of its own: paged since a position to the end, with ETags, and long
    // polled like KPI data.
    void reportStatusPagesToTheEnd()
    {
        QList<ReportStatus> records;
        for (int m = 1; m <= 5; ++m)
            records.append(status(m, m < 5 ? ReportStatus::State::Reported : ReportStatus::State::Due));
        QVERIFY(m_temp->cache().reportStatus().upsert(records));
        QVERIFY(start());
        qint64 since = 0;
        QList<ReportStatus> served;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            const QString path = u"/v1/report-status?since=%1&limit=2"_s.arg(since);
            const Answer a = get(path);
            QCOMPARE(a.status, 200);
            QCOMPARE(a.contentType, "application/json");
            QVERIFY(!a.etag.isEmpty());
            const auto packet = ReportingReader::read(a.body);
            QVERIFY2(packet, packet ? "" : qPrintable(packet.error().message));
            QVERIFY(packet->reportStatus());
            QVERIFY(packet->reportStatus()->size() <= 2);
            served += *packet->reportStatus();
            QCOMPARE(get(path, {{"If-None-Match", a.etag}}).status, 304);
            QVERIFY(packet->envelope.paging->nextSince > since);
            since = packet->envelope.paging->nextSince;
            more = packet->envelope.paging->hasMore;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(served.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            const ReportStatus &a = records.at(i);
            const ReportStatus &b = served.at(i);
            QCOMPARE(b.indicator, a.indicator);
            QCOMPARE(b.unit, a.unit);
            QCOMPARE(b.period, a.period);
            QCOMPARE(int(b.state), int(a.state));
            QCOMPARE(b.dueDate, a.dueDate);
            QCOMPARE(b.reportedAt, a.reportedAt);
            QCOMPARE(b.revision, a.revision);
        }
        // The KPI filters are not parameters of this feed.
        QCOMPARE(get(u"/v1/report-status?unit=VN25-01"_s).status, 400);

        // The last record reported by another connection wakes a client waiting at the end.
        auto other = Cache::open(m_temp->path(), m_temp->registry());
        QVERIFY(other);
        QTimer::singleShot(300, this, [&] { QVERIFY((*other)->reportStatus().upsert({status(5, ReportStatus::State::Reported)})); });
        const Answer woken = get(u"/v1/report-status?since=%1&wait=10"_s.arg(since));
        QCOMPARE(woken.status, 200);
        QVERIFY2(woken.ms >= 250 && woken.ms < 1500, qPrintable(QString::number(woken.ms)));
        const auto packet = ReportingReader::read(woken.body);
        QVERIFY(packet);
        QCOMPARE(packet->reportStatus()->size(), 1);
        QCOMPARE(packet->reportStatus()->constFirst().state, ReportStatus::State::Reported);
    }

    void longPollsAreBounded()
    {
        QVERIFY(start(HubServerOptions{.maxWaiting = 1}));
        const auto position = m_temp->cache().feed().position();
        QNetworkReply *waiting = m_network.get(QNetworkRequest(QUrl(m_base + u"/v1/kpi-data?since=%1&wait=2"_s.arg(*position))));
        QTRY_COMPARE(m_server->waitingCount(), 1);
        const Answer refused = get(u"/v1/kpi-data?since=%1&wait=2"_s.arg(*position));
        QCOMPARE(refused.status, 503);
        QCOMPARE(refused.retryAfter, "1");
        QSignalSpy(waiting, &QNetworkReply::finished).wait(5000);
        waiting->deleteLater();
    }

    // A client that hangs up while it waits costs the hub nothing later.
    void longPollSurvivesAClientThatLeaves()
    {
        QVERIFY(start());
        const auto position = m_temp->cache().feed().position();
        QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(m_base + u"/v1/kpi-data?since=%1&wait=2"_s.arg(*position))));
        QTRY_COMPARE(m_server->waitingCount(), 1);
        reply->abort();
        reply->deleteLater();
        QVERIFY(write(m_temp->cache(), months(u"VN25-08"_s, 1, 2)));
        m_server->notifyChanged();
        QTRY_COMPARE(m_server->waitingCount(), 0);
        QCOMPARE(get(u"/health"_s).status, 200);
    }

    void tokensAreRequiredAndNeverLogged()
    {
        const QByteArray token = "wall-token-7f3a9c";
        HubServerOptions options;
        options.tokens = *TokenStore::fromText(TokenStore::hashLine(u"wall-01"_s, token), u"tokens"_s);
        options.failureLimits = FailureLimiter::Limits{4, std::chrono::seconds(60), std::chrono::seconds(60)};
        QVERIFY(start(std::move(options)));
        g_log.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        const Answer none = get(u"/v1/units"_s);
        const Answer right = get(u"/v1/units?since=0"_s, {{"Authorization", "Bearer " + token}});
        const Answer wrong = get(u"/v1/units"_s, {{"Authorization", "Bearer " + token + "x"}});
        const Answer health = get(u"/health"_s);
        qInstallMessageHandler(previous);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.contentType, "application/problem+json");
        QCOMPARE(right.status, 200);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(health.status, 200);
        const QString log = g_log.join(u'\n');
        QVERIFY2(!log.contains(QString::fromLatin1(token)), qPrintable(log));
        QVERIFY2(log.contains(u"wall-01"_s), qPrintable(log));
        QVERIFY2(log.contains(u"dieuhanh.hub.access"_s), qPrintable(log));
        QCOMPARE(g_log.size(), 4);

        // Two more failures reach the limit of four: then even the right token waits.
        QCOMPARE(get(u"/v1/units"_s).status, 401);
        QCOMPARE(get(u"/v1/units"_s).status, 401);
        const Answer limited = get(u"/v1/units"_s, {{"Authorization", "Bearer " + token}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.retryAfter, "60");
        m_temp->clock().advanceSecs(61);
        QCOMPARE(get(u"/v1/units"_s, {{"Authorization", "Bearer " + token}}).status, 200);
    }

    void servesTls()
    {
        test::TestCertificates certificates;
        QString error;
        QVERIFY2(certificates.make(&error), qPrintable(error));
        const QString cert = certificates.serverCertificateFile(), key = certificates.serverKeyFile();

        m_server = std::make_unique<HubServer>(m_temp->cache(), m_temp->clock(), HubServerOptions{});
        QVERIFY(!m_server->setupTls(m_temp->dir() + u"/missing.pem"_s, key));
        QVERIFY(!m_server->setupTls(cert, cert));
        QVERIFY(m_server->setupTls(cert, key));
        const auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        const QString base = u"https://127.0.0.1:%1"_s.arg(*port);

        // The test's CA is not among the system's: a client that does not name it refuses the hub.
        QNetworkReply *refused = m_network.get(QNetworkRequest(QUrl(base + u"/version"_s)));
        QSignalSpy(refused, &QNetworkReply::finished).wait(10000);
        QCOMPARE(refused->error(), QNetworkReply::SslHandshakeFailedError);
        refused->deleteLater();

        // A manager of its own, as the sync engine keeps one per CA file: a manager keeps what it
        // learnt of a host's TLS from the refused request.
        QNetworkAccessManager network;
        QNetworkRequest trusted(QUrl(base + u"/version"_s));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(certificates.caFile()));
        trusted.setSslConfiguration(tls);
        QNetworkReply *reply = network.get(trusted);
        QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestHubServer)
#include "tst_hubserver.moc"
