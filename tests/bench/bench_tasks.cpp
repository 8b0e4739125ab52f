// Task benchmark (not run by CTest; arguments: [tasks [runs]]): a cache of 200,000 generated tasks
// by default (ten times the national volume), then, each timed over several runs (median and
// slowest printed): the four-state counts by province at an as-of date (2025 units), and one
// assignee's list filtered by a search string. Each is printed against a plain SELECT count(*) over
// the task table in the same run, the yardstick of one pass over the data. Goal: ≤ 50 ms each.
#include "benchstats.h"
#include "taskgenerator.h"

#include "core/unitregistry.h"
#include "store/cache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace dh;

namespace {

// Runs `work` `runs` times; the timings in ms, or nothing when a run failed.
std::optional<QList<double>> timed(int runs, const std::function<bool()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return std::nullopt;
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    return ms;
}

void report(const char *what, const QList<double> &ms, double yardstick)
{
    const double m = bench::median(ms);
    std::printf("%s: median %.2f ms, slowest %.2f ms; ratio to SELECT count(*) %.1f; goal 50 ms %s\n", what, m,
                bench::percentile(ms, 1.0), m / yardstick, m <= 50 ? "met" : "NOT met");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 15;

    QTemporaryDir dir;
    const auto registry = UnitRegistry::fromResources();
    if (!dir.isValid() || !registry) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    auto cache = Cache::open(dir.filePath(QStringLiteral("tasks.sqlite")), *registry);
    if (!cache) {
        std::fprintf(stderr, "%s\n", qPrintable(cache.error().message));
        return 1;
    }
    TaskRepository &tasks = (*cache)->tasks();
    QElapsedTimer timer;
    timer.start();
    const QList<Task> generated = test::generateTasks(count, 2026, *registry);
    const double generateMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    if (auto r = tasks.upsert(generated); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    std::printf("generated %d tasks in %.0f ms, stored in %.0f ms\n", count, generateMs, timer.nsecsElapsed() / 1e6);

    const QDate asOf(2026, 6, 30);
    qint64 raw = 0;
    const auto rawMs = timed(runs, [&] {
        const auto n = tasks.rawCount();
        raw = n.valueOr(-1);
        return n.ok();
    });
    qint64 counted = 0;
    qsizetype groups = 0;
    const auto countsMs = timed(runs, [&] {
        const auto c = tasks.counts(asOf, TaskGrouping::Assignee, TaskUnitEra::Units2025,
                                    {.levels = {AdminUnit::Level::Province}});
        if (!c)
            return false;
        groups = c->size();
        counted = 0;
        for (const TaskStateCount &g : *c)
            counted += g.total();
        return true;
    });
    // The 2025 Hà Nội holds its own tasks and, from 2025-07-01, those of the 2008 Hà Nội.
    qsizetype found = 0;
    const TaskQuery query{.assignees = {QStringLiteral("VN25-01")}, .asOf = asOf, .search = QStringLiteral("nong thon")};
    const auto searchMs = timed(runs, [&] {
        const auto l = tasks.list(query);
        found = l ? l->size() : 0;
        return l.ok();
    });
    if (!rawMs || !countsMs || !searchMs) {
        std::fprintf(stderr, "a query failed\n");
        return 1;
    }
    const double yardstick = bench::median(*rawMs);
    std::printf("SELECT count(*) over %lld tasks: median %.2f ms\n", raw, yardstick);
    std::printf("counts by province at %s: %lld tasks in %lld groups\n", qPrintable(asOf.toString(Qt::ISODate)), counted,
                qint64(groups));
    report("four-state counts by province", *countsMs, yardstick);
    std::printf("VN25-01's list searched for \"nong thon\": %lld tasks (with their histories)\n", qint64(found));
    report("one assignee's list by a search string", *searchMs, yardstick);
    std::printf("peak resident memory of the bench process: %s\n", qPrintable(bench::peakMemoryText()));
    return 0;
}
