// Feed benchmark (not run by CTest; arguments: [indicators [months]]): a cache of about a million
// observations — 100 indicators × 63 provinces × 160 months by default — read through the feed a
// page of 1,000 at a time from position 0 to the end, as a client pulling a hub's kpi-data reads
// it, against one walk of the same rows by ObservationRepository::forEach in the same run. Prints
// the ratio (feed / walk), the median and 95th-percentile page, the same for a feed filtered to one
// indicator, and the process's peak resident memory.
#include "benchstats.h"

#include "core/unitregistry.h"
#include "store/cache.h"
#include "store/observationwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace dh;

namespace {

struct Walk
{
    qint64 entries = 0;
    double totalMs = 0;
    QList<double> pageMs;
};

std::optional<Walk> walkFeed(const Cache &cache, FeedQuery query)
{
    Walk walk;
    QElapsedTimer total;
    total.start();
    for (;;) {
        QElapsedTimer page;
        page.start();
        const auto r = cache.feed().kpiChanges(query);
        if (!r) {
            std::fprintf(stderr, "feed failed: %s\n", qPrintable(r.error().message));
            return std::nullopt;
        }
        walk.pageMs.append(page.nsecsElapsed() / 1e6);
        walk.entries += r->entries.size();
        if (!r->hasMore)
            break;
        query.since = r->nextSince;
    }
    walk.totalMs = total.nsecsElapsed() / 1e6;
    return walk;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int indicators = argc > 1 ? QByteArray(argv[1]).toInt() : 100;
    const int months = argc > 2 ? QByteArray(argv[2]).toInt() : 160;

    QTemporaryDir dir;
    const auto registry = UnitRegistry::fromResources();
    if (!dir.isValid() || !registry) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    auto cache = Cache::open(dir.filePath(QStringLiteral("feed.sqlite")), *registry);
    if (!cache) {
        std::fprintf(stderr, "%s\n", qPrintable(cache.error().message));
        return 1;
    }
    QList<Indicator> catalog;
    for (int i = 0; i < indicators; ++i) {
        Indicator ind;
        ind.code = QStringLiteral("BENCH.%1").arg(i, 3, 10, QLatin1Char('0'));
        ind.nameVi = ind.nameEn = ind.code;
        ind.unitVi = ind.unitEn = QStringLiteral("tỷ đồng");
        catalog.append(ind);
    }
    if (auto r = (*cache)->catalogue().upsert(catalog); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    QStringList units;
    for (const AdminUnit *u : registry->unitsAt(AdminUnit::Level::Province, QDate(2025, 6, 30)))
        units.append(u->code);

    QElapsedTimer timer;
    timer.start();
    auto writer = (*cache)->writer(QStringLiteral("bench"));
    if (!writer->begin(ObservationWriter::Mode::AllOrNothing))
        return 1;
    Observation o;
    o.provenance.revision = 1;
    for (const Indicator &ind : std::as_const(catalog)) {
        o.indicator = ind.code;
        for (const QString &unit : std::as_const(units)) {
            o.unit = unit;
            for (int m = 0; m < months; ++m) {
                o.period = Period::month(2010 + m / 12, m % 12 + 1);
                o.value = m;
                writer->write(o);
            }
        }
    }
    const auto report = writer->commit();
    if (!report || !report->committed) {
        std::fprintf(stderr, "the batch was not written\n");
        return 1;
    }
    std::printf("wrote %lld observations in %.0f ms\n", report->written, timer.nsecsElapsed() / 1e6);

    timer.restart();
    qint64 walked = 0;
    if (!(*cache)->observations().forEach({}, [&](const Observation &) { ++walked; return true; })) {
        std::fprintf(stderr, "walk failed\n");
        return 1;
    }
    const double walkMs = timer.nsecsElapsed() / 1e6;

    FeedQuery all;
    const auto feed = walkFeed(**cache, all);
    FeedQuery one;
    one.indicators = QStringList{catalog.last().code};
    const auto filtered = walkFeed(**cache, one);
    if (!feed || !filtered)
        return 1;
    std::printf("walk of %lld observations (forEach): %.0f ms\n", walked, walkMs);
    std::printf("feed, pages of 1000: %lld entries in %lld pages, %.0f ms; ratio to the walk %.2f;"
                " page median %.2f ms, p95 %.2f ms\n",
                feed->entries, qint64(feed->pageMs.size()), feed->totalMs, feed->totalMs / walkMs,
                bench::median(feed->pageMs), bench::percentile(feed->pageMs, 0.95));
    std::printf("feed of the last indicator only: %lld entries in %lld pages, %.0f ms; page median %.2f ms, p95 %.2f ms\n",
                filtered->entries, qint64(filtered->pageMs.size()), filtered->totalMs, bench::median(filtered->pageMs),
                bench::percentile(filtered->pageMs, 0.95));
    std::printf("peak resident memory of the bench process: %s\n", qPrintable(bench::peakMemoryText()));
    return 0;
}
