// Sync benchmark (not run by CTest; arguments: [indicators [months [load-seconds]]], default
// 100 × 160 months × 63 provinces = 1,008,000 observations and 60 s of load). Three figures, each
// against a reference measured in the same run:
//  1. a client (`dieuhanh-sync sync`) fills an empty cache from a hub (`dieuhanh-hub`) on
//     127.0.0.1, against `dieuhanh-sync import` of the same observations as the project's CSV
//     (ratio CSV time / sync time, goal ≥ 0.5), and the client's peak memory (goal ≤ 250 MB);
//  2. an incremental sync with nothing new (one request, no write) against a bare request for
//     the same page (ratio, goal ≤ 2);
//  3. the hub under load: 50 clients long-polling and 10 paging through the feed 1,000
//     observations at a time, while a writer adds figures every few seconds: requests served,
//     p95 latency of the pages, errors (goal: 0 errors, p95 ≤ 100 ms).
#include "benchstats.h"

#include "core/clock.h"
#include "core/unitregistry.h"
#include "store/cache.h"
#include "store/cachesynctarget.h"
#include "store/observationwriter.h"
#include "sync/endpointfile.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

using namespace dh;

namespace {

QString binary(const QString &name)
{
    return QCoreApplication::applicationDirPath() + u'/' + name;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Runs a program to its end; its wall time in ms, or nothing when it failed. With peak, also its
// peak resident memory, read from /proc while it runs (Linux only).
std::optional<qint64> runTimed(const QString &program, const QStringList &arguments, std::optional<qint64> *peak = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    while (!process.waitForFinished(20)) {
#if defined(Q_OS_LINUX)
        if (peak) {
            QFile status(u"/proc/%1/status"_qs.arg(process.processId()));
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmHWM:"))
                        *peak = line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
                }
            }
        }
#endif
    }
    const qint64 ms = timer.elapsed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed with exit code %d\n", qPrintable(program), process.exitCode());
        return std::nullopt;
    }
    return ms;
}

QList<Indicator> benchCatalogue(int count)
{
    QList<Indicator> catalogue;
    for (int i = 0; i < count; ++i) {
        Indicator ind;
        ind.code = u"BENCH.%1"_qs.arg(i, 3, 10, QLatin1Char('0'));
        ind.nameVi = ind.nameEn = ind.code;
        ind.unitVi = ind.unitEn = u"tỷ đồng"_qs;
        ind.owner = u"BTC"_qs;
        ind.origin = DataOrigin::Synthetic;
        catalogue.append(ind);
    }
    return catalogue;
}

bool fillHub(const QString &path, const UnitRegistry &registry, const QList<Indicator> &catalogue, const QStringList &units, int months)
{
    auto cache = Cache::open(path, registry);
    if (!cache || !(*cache)->catalogue().upsert(catalogue))
        return false;
    auto writer = (*cache)->writer(u"bench"_qs);
    if (!writer->begin(ObservationWriter::Mode::AllOrNothing))
        return false;
    const Period first = *Period::parse(u"2012-01");
    Observation o;
    o.provenance = {u"bench"_qs, QDateTime::currentDateTimeUtc(), 1};
    for (const Indicator &ind : catalogue) {
        o.indicator = ind.code;
        for (int m = 0; m < months; ++m) {
            o.period = first.next(m);
            for (const QString &unit : units) {
                o.unit = unit;
                o.value = 1000.0 + m + unit.size();
                if (writer->write(o) != ObservationWriter::Outcome::Written)
                    return false;
            }
        }
    }
    return writer->commit().ok();
}

// One request's time in ms, or -1 when it failed.
qint64 timedGet(QNetworkAccessManager &network, const QUrl &url, QByteArray ifNoneMatch = {})
{
    QNetworkRequest request(url);
    if (!ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", ifNoneMatch);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 ms = reply->error() == QNetworkReply::NoError ? timer.nsecsElapsed() / 1000 : -1;
    reply->deleteLater();
    return ms;
}

struct Load
{
    qint64 served = 0;
    qint64 errors = 0;
    qint64 wakeUps = 0;
    QList<double> pageMs;
};

// The load of figure 3 on the hub at base, for seconds; a writer adds a figure to the hub's cache
// every few seconds so the long polls wake.
Load loadHub(const QString &base, const QString &hubPath, const UnitRegistry &registry, qint64 feedEnd, int seconds)
{
    Load load;
    QList<std::shared_ptr<QNetworkAccessManager>> managers;
    QElapsedTimer clock;
    clock.start();
    const qint64 endMs = qint64(seconds) * 1000;
    std::function<void(std::shared_ptr<QNetworkAccessManager>, qint64)> poll;
    std::function<void(std::shared_ptr<QNetworkAccessManager>)> page;
    qint64 since = feedEnd;
    poll = [&](std::shared_ptr<QNetworkAccessManager> network, qint64 from) {
        if (clock.elapsed() >= endMs)
            return;
        QNetworkReply *reply = network->get(QNetworkRequest(QUrl(base + u"/v1/kpi-data?since=%1&limit=1000&wait=30"_qs.arg(from))));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, network, reply, from] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                if (clock.elapsed() < endMs)
                    ++load.errors;
                return;
            }
            ++load.served;
            const QByteArray body = reply->readAll();
            const qsizetype at = body.indexOf("\"nextSince\":");
            const qint64 next = at < 0 ? from : body.mid(at + 12, 20).split(',').first().toLongLong();
            if (next > from)
                ++load.wakeUps;
            poll(network, next);
        });
    };
    page = [&](std::shared_ptr<QNetworkAccessManager> network) {
        if (clock.elapsed() >= endMs)
            return;
        const qint64 from = QRandomGenerator::global()->bounded(std::max<qint64>(1, feedEnd - 1000));
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = network->get(QNetworkRequest(QUrl(base + u"/v1/kpi-data?since=%1&limit=1000"_qs.arg(from))));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, network, reply, timer] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                ++load.errors;
            } else {
                reply->readAll();
                ++load.served;
                load.pageMs.append(timer->nsecsElapsed() / 1e6);
            }
            page(network);
        });
    };
    for (int i = 0; i < 50; ++i) {
        managers.append(std::make_shared<QNetworkAccessManager>());
        poll(managers.last(), since);
    }
    for (int i = 0; i < 10; ++i) {
        managers.append(std::make_shared<QNetworkAccessManager>());
        page(managers.last());
    }
    auto writerCache = Cache::open(hubPath, registry);
    QTimer writes;
    int written = 0;
    QObject::connect(&writes, &QTimer::timeout, [&] {
        if (!writerCache)
            return;
        auto writer = (*writerCache)->writer(u"bench-live"_qs);
        if (!writer->begin(ObservationWriter::Mode::AllOrNothing))
            return;
        Observation o;
        o.indicator = u"BENCH.000"_qs;
        o.unit = u"VN-HN"_qs;
        o.period = *Period::parse(u"2012-01");
        o.value = 5000.0 + ++written;
        o.provenance = {u"bench-live"_qs, QDateTime::currentDateTimeUtc(), 1 + written};
        writer->write(o);
        if (auto done = writer->commit(); !done)
            std::fprintf(stderr, "the live writer failed: %s\n", qPrintable(done.error().message));
    });
    writes.start(3000);
    QEventLoop loop;
    QTimer::singleShot(endMs + 35000, &loop, &QEventLoop::quit); // the last polls end by their wait
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, [&] {
        if (clock.elapsed() >= endMs + 1000) {
            writes.stop();
            bool busy = false;
            for (const auto &m : managers)
                busy = busy || !m->findChildren<QNetworkReply *>().isEmpty();
            if (!busy)
                loop.quit();
        }
    });
    check.start(200);
    loop.exec();
    return load;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int indicators = argc > 1 ? QByteArray(argv[1]).toInt() : 100;
    const int months = argc > 2 ? QByteArray(argv[2]).toInt() : 160;
    const int loadSeconds = argc > 3 ? QByteArray(argv[3]).toInt() : 60;

    QTemporaryDir dir;
    const auto registry = UnitRegistry::fromResources();
    if (!dir.isValid() || !registry) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    QStringList units;
    for (const AdminUnit *u : registry->unitsAt(AdminUnit::Level::Province, QDate(2025, 6, 30)))
        units.append(u->code);
    const QList<Indicator> catalogue = benchCatalogue(indicators);
    const QString hubPath = dir.filePath(u"hub.sqlite"_qs);
    if (!fillHub(hubPath, *registry, catalogue, units, months)) {
        std::fprintf(stderr, "cannot fill the hub's cache\n");
        return 1;
    }
    const qint64 observations = qint64(indicators) * months * units.size();
    std::printf("bench_sync: %lld observations (%d indicators × %d months × %lld provinces)\n", observations, indicators, months,
                qint64(units.size()));

    // The reference: the same observations through the project's CSV import.
    const QString csv = dir.filePath(u"all.csv"_qs);
    {
        QProcess exporter;
        exporter.setStandardOutputFile(csv);
        exporter.start(binary(u"dieuhanh-sync"_qs), {u"--cache"_qs, hubPath, u"export"_qs});
        if (!exporter.waitForFinished(600000) || exporter.exitCode() != 0) {
            std::fprintf(stderr, "export failed\n");
            return 1;
        }
    }
    const QString imported = dir.filePath(u"imported.sqlite"_qs);
    {
        auto cache = Cache::open(imported, *registry);
        if (!cache || !(*cache)->catalogue().upsert(catalogue)) {
            std::fprintf(stderr, "cannot prepare the import's cache\n");
            return 1;
        }
    }
    const auto csvMs = runTimed(binary(u"dieuhanh-sync"_qs), {u"--cache"_qs, imported, u"import"_qs, csv});

    // The hub, in a process of its own, and a client filling an empty cache from it.
    const quint16 port = freePort();
    QProcess hub;
    hub.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    hub.start(binary(u"dieuhanh-hub"_qs), {u"--cache"_qs, hubPath, u"--listen"_qs, u"127.0.0.1:%1"_qs.arg(port)});
    // The hub says where it serves once it listens.
    while (!hub.canReadLine() && hub.waitForReadyRead(30000)) {
    }
    if (!hub.readLine().contains("serving")) {
        std::fprintf(stderr, "the hub did not start\n");
        return 1;
    }
    const QString base = u"http://127.0.0.1:%1"_qs.arg(port);
    QNetworkAccessManager network;
    EndpointFile endpoints;
    Endpoint e;
    e.id = u"hub"_qs;
    e.label = {{u"vi"_qs, u"Hub"_qs}};
    e.format = u"reporting"_qs;
    e.url = QUrl(base + u'/');
    e.pageSize = 5000;
    endpoints.endpoints = {e};
    const QString endpointsPath = dir.filePath(u"endpoints.json"_qs);
    if (!endpoints.write(endpointsPath)) {
        std::fprintf(stderr, "cannot write the endpoints file\n");
        return 1;
    }
    const QString clientPath = dir.filePath(u"client.sqlite"_qs);
    std::optional<qint64> peak;
    const auto syncMs = runTimed(binary(u"dieuhanh-sync"_qs), {u"--cache"_qs, clientPath, u"sync"_qs, u"--endpoints"_qs, endpointsPath}, &peak);
    if (!csvMs || !syncMs) {
        std::fprintf(stderr, "an import or a sync failed\n");
        return 1;
    }
    std::printf("1. full sync from the hub: %lld ms; CSV import of the same: %lld ms; ratio CSV/sync %.2f (goal >= 0.5)\n",
                *syncMs, *csvMs, double(*csvMs) / double(*syncMs));
    std::printf("   client's peak memory: %s (goal <= 250 MB)\n",
                peak ? qPrintable(u"%1 MB"_qs.arg(double(*peak) / (1024 * 1024), 0, 'f', 1)) : "not available on this platform");

    // 2. Nothing new: a run of the engine, against a bare request for the page it asks.
    {
        SyncEngine engine([clientPath, registry = *registry]() -> Result<std::unique_ptr<SyncTarget>> {
            auto cache = Cache::open(clientPath, registry);
            if (!cache)
                return cache.error();
            return std::unique_ptr<SyncTarget>(std::make_unique<CacheSyncTarget>(std::move(*cache)));
        });
        engine.setEndpoints({e});
        auto once = [&engine](const QString &id) {
            QEventLoop loop;
            SyncRun run;
            auto c = QObject::connect(&engine, &SyncEngine::runFinished, &loop, [&](const SyncRun &r) {
                run = r;
                loop.quit();
            });
            engine.syncNow({id});
            loop.exec();
            QObject::disconnect(c);
            return run;
        };
        once(e.id); // finds the feed's end empty and keeps the page's tag
        QList<double> runs;
        QList<double> bare;
        qint64 requests = 0;
        for (int i = 0; i < 41; ++i) {
            QElapsedTimer timer;
            timer.start();
            const SyncRun run = once(e.id);
            runs.append(timer.nsecsElapsed() / 1e6);
            requests = std::max(requests, run.requests);
            bare.append(timedGet(network, QUrl(base + u"/v1/kpi-data?since=%1&limit=5000"_qs.arg(observations))) / 1e3);
        }
        const double r = bench::median(runs);
        const double b = bench::median(bare);
        std::printf("2. sync with nothing new: median %.2f ms, %lld request(s); bare request: median %.2f ms; ratio %.2f (goal <= 2)\n",
                    r, requests, b, r / b);
    }

    // 3. The hub under load.
    if (loadSeconds > 0) {
        const Load load = loadHub(base, hubPath, *registry, observations, loadSeconds);
        std::printf("3. hub under load for %d s (50 long-polling, 10 paging): %lld requests served, %lld long-poll wake-ups, "
                    "%lld errors; 1,000-observation pages: p50 %.1f ms, p95 %.1f ms (goal: 0 errors, p95 <= 100 ms)\n",
                    loadSeconds, load.served, load.wakeUps, load.errors, bench::median(load.pageMs), bench::percentile(load.pageMs, 0.95));
    }
    hub.terminate();
    hub.waitForFinished(5000);
    return 0;
}
