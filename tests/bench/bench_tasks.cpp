// Task benchmark (not run by CTest; arguments: [tasks [runs [keep]]]; a third argument keeps the
// cache file for a look with sqlite3): a cache of 200,000 generated tasks by default (ten times the
// national volume), then, each timed over several runs (median and slowest printed, wall and CPU
// time): the four-state counts by province at an as-of date (2025 units), and one assignee's list
// filtered by a search string. Each is printed against a plain SELECT count(*) over the task table
// in the same run. Goal: ≤ 50 ms each.
#include "benchstats.h"
#include "taskgenerator.h"

#include "core/unitregistry.h"
#include "store/cache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace dh;

namespace {

struct Timings
{
    QList<double> wallMs;
    QList<double> cpuMs;  // the process's CPU time: on a machine shared with other work, the wall
                          // time also counts the time the bench waited for a core
};

// Runs `work` `runs` times; the timings, or nothing when a run failed.
std::optional<Timings> timed(int runs, const std::function<bool()> &work)
{
    Timings t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const std::clock_t cpu = std::clock();
        timer.start();
        if (!work())
            return std::nullopt;
        t.wallMs.append(timer.nsecsElapsed() / 1e6);
        t.cpuMs.append(double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC);
    }
    return t;
}

void report(const char *what, const Timings &t, const Timings &yardstick)
{
    const double m = bench::median(t.wallMs);
    std::printf("%s: median %.2f ms (CPU %.2f ms), slowest %.2f ms; ratio to SELECT count(*) %.1f; goal 50 ms %s\n", what, m,
                bench::median(t.cpuMs), bench::percentile(t.wallMs, 1.0), m / bench::median(yardstick.wallMs),
                m <= 50 ? "met" : "NOT met");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 15;

    QTemporaryDir dir;
    dir.setAutoRemove(argc <= 3);
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
    if (!dir.autoRemove())
        std::printf("cache kept at %s\n", qPrintable(dir.filePath(QStringLiteral("tasks.sqlite"))));
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
    const Timings &yardstick = *rawMs;
    std::printf("SELECT count(*) over %lld tasks: median %.3f ms\n", raw, bench::median(yardstick.wallMs));
    std::printf("counts by province at %s: %lld tasks in %lld groups\n", qPrintable(asOf.toString(Qt::ISODate)), counted,
                qint64(groups));
    report("four-state counts by province", *countsMs, yardstick);
    std::printf("VN25-01's list searched for \"nong thon\": %lld tasks (with their histories)\n", qint64(found));
    report("one assignee's list by a search string", *searchMs, yardstick);
    std::printf("peak resident memory of the bench process: %s\n", qPrintable(bench::peakMemoryText()));
    return 0;
}
