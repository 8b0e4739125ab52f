#include "gui/wall/wallpagehost.h"
#include "models/cacheservice.h"
#include "models/viewcontroller.h"
#include "store/cache.h"
#include "store/observationwriter.h"

#include "fakeclock.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace dh;
using namespace std::chrono_literals;

namespace {

// Resident memory from /proc/self/status where there is one: anonymous (the heap, where a leak
// shows) and file-backed (mapped libraries, fonts and the cache's file pages) apart.
struct Memory
{
    qint64 anon = 0;
    qint64 file = 0;
};

std::optional<Memory> residentMemory()
{
#ifdef __GLIBC__
    // Memory freed into the allocator's arenas stays resident until it is trimmed; what is
    // compared is the memory still in use, so a busy machine's arena growth is not taken for a leak.
    malloc_trim(0);
#endif
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    std::optional<qint64> anon, file;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2)
            continue;
        if (fields.first() == "RssAnon:")
            anon = fields.at(1).toLongLong() * 1024;
        else if (fields.first() == "RssFile:")
            file = fields.at(1).toLongLong() * 1024;
    }
    if (!anon || !file)
        return std::nullopt;
    return Memory{*anon, *file};
}

double mib(qint64 bytes)
{
    return double(bytes) / (1 << 20);
}

std::optional<qsizetype> openFiles()
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    return fds.exists() ? std::optional<qsizetype>(fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size())
                        : std::nullopt;
}

} // namespace

// The wall left running: N refresh cycles (DIEUHANH_SOAK_CYCLES, 500 by default; CTest's "soak"
// label runs 10,000) of new figures written by another connection, each one noticed by the service
// and repainted by the panel that shows it. Memory stays within 5 % from the end of the warm-up to
// the last cycle, and neither the objects of the page and the service nor the open files grow.
class TestWallSoak : public QObject
{
    Q_OBJECT

private slots:
    void refreshCycles()
    {
        const int cycles = qEnvironmentVariableIntValue("DIEUHANH_SOAK_CYCLES") > 0 ? qEnvironmentVariableIntValue("DIEUHANH_SOAK_CYCLES") : 500;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = test::copyOfSample(dir.path());
        QVERIFY(!path.isEmpty());
        UnitRegistry registry = *UnitRegistry::fromResources();
        test::FakeClock clock;
        clock.set(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
        CacheService service(registry);
        {
            // Gone before the cycles: a spy keeps every overview the service announces, with its
            // whole catalogue, and would itself be the growth measured.
            QSignalSpy opened(&service, &CacheService::opened);
            service.open(path);
            QVERIFY(opened.wait(30000));
        }

        WallPage page;
        page.layout.cellRows = 1;
        page.layout.cellColumns = 2;
        page.layout.screenSize = QSize(1920, 1080);
        WallPanel kpi;
        kpi.id = QStringLiteral("kpi");
        kpi.kind = WallPanel::Kind::BigKpi;
        kpi.cells = QRect(0, 0, 1, 1);
        kpi.indicator = QStringLiteral("exports");
        WallPanel clockPanel;
        clockPanel.id = QStringLiteral("clock");
        clockPanel.kind = WallPanel::Kind::Clock;
        clockPanel.cells = QRect(1, 0, 1, 1);
        page.layout.panels = {kpi, clockPanel};
        WallContext context;
        context.service = &service;
        context.clock = &clock;
        WallPageHost host(page, context);
        QSignalSpy completed(&host, &WallPageHost::completed);
        host.start();
        QVERIFY(host.isComplete() || completed.wait(60000));
        WallPanelItem *item = host.item(QStringLiteral("kpi"));
        QCOMPARE(item->state(), WallPanelItem::State::Ready);

        auto writerCache = Cache::open(path, registry);
        QVERIFY(writerCache.ok());
        const Period period = Period::month(2026, 10);
        // Far more often than the service takes to read a changed cache again: every change must
        // still be announced.
        service.watchForChanges(20ms);
        // The watch has looked at the file's version before the first write.
        const int looked = service.counters().finished;
        QTRY_VERIFY_WITH_TIMEOUT(service.counters().finished >= looked + 2, 10000);
        int value = 50000;
        auto write = [&] {
            auto writer = (*writerCache)->writer(QStringLiteral("soak"));
            if (!writer->begin(ObservationWriter::Mode::AllOrNothing).ok())
                return false;
            Observation o;
            o.indicator = QStringLiteral("exports");
            o.unit = UnitRegistry::nationCode();
            o.period = period;
            o.value = ++value;
            o.provenance.revision = 1000000 + value; // above the sample's own revisions
            return writer->write(o) == ObservationWriter::Outcome::Written && writer->commit().ok();
        };
        auto cycle = [&](int i) {
            const int before = item->repaintCount();
            if (!write())
                return false;
            if (QTest::qWaitFor([&] { return item->repaintCount() > before && item->controller()->isSettled(); }, 20000))
                return true;
            qWarning("cycle %d: painted %d, delivered %d", i, item->repaintCount(), item->deliveryCount());
            return false;
        };
        auto objects = [&] { return host.findChildren<QObject *>().size() + service.findChildren<QObject *>().size(); };

        // SQLite's page cache, fonts and the allocator's arenas fill over the first cycles: memory
        // is compared from after them.
        const int warmUp = std::min(100, cycles / 5);
        for (int i = 0; i < warmUp; ++i)
            QVERIFY2(cycle(i), qPrintable(QStringLiteral("cycle %1").arg(i)));
        const auto memoryBefore = residentMemory();
        const auto filesBefore = openFiles();
        const qsizetype objectsBefore = objects();
        for (int i = warmUp; i < cycles; ++i)
            QVERIFY2(cycle(i), qPrintable(QStringLiteral("cycle %1").arg(i)));
        service.watchForChanges(0ms);
        QCOMPARE(item->content().tiles.value(0).value.isEmpty(), false);
        QCOMPARE(objects(), objectsBefore);
        // A look at the cache still under way holds its file for a moment; a leaked one stays.
        if (filesBefore)
            QTRY_COMPARE_WITH_TIMEOUT(openFiles().value_or(-1), *filesBefore, 10000);
        if (!memoryBefore)
            QSKIP("no /proc/self/status on this platform: objects and files checked, memory not measured");
        const Memory after = *residentMemory();
        const qint64 before = memoryBefore->anon + memoryBefore->file;
        const double growth = double(after.anon + after.file - before) / double(before);
        qInfo("%d cycles, %d to warm up; after warm-up: anon %.1f MiB, file %.1f MiB; at the end: anon %.1f MiB, file %.1f MiB (%+.2f %% in all); %lld objects, %lld files",
              cycles, warmUp, mib(memoryBefore->anon), mib(memoryBefore->file), mib(after.anon), mib(after.file), growth * 100,
              qlonglong(objectsBefore), qlonglong(filesBefore.value_or(-1)));
        QVERIFY2(growth <= 0.05, qPrintable(QStringLiteral("memory grew %1 %").arg(growth * 100)));
    }
};

QTEST_MAIN(TestWallSoak)
#include "tst_wallsoak.moc"
