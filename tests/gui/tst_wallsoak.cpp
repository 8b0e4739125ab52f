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

using namespace dh;
using namespace std::chrono_literals;

namespace {

// The resident memory now, from /proc/self/statm where there is one.
std::optional<qint64> residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    bool ok = false;
    const qint64 pages = fields.value(1).toLongLong(&ok);
    return ok ? std::optional<qint64>(pages * 4096) : std::nullopt;
}

std::optional<qsizetype> openFiles()
{
    const QDir fds(QStringLiteral("/proc/self/fd"));
    return fds.exists() ? std::optional<qsizetype>(fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size())
                        : std::nullopt;
}

} // namespace

// The wall left running: N refresh cycles (DIEUHANH_SOAK_CYCLES, 500 by default; CTest's "soak"
// label runs 10,000) of new figures written by another connection, noticed by the service and
// repainted by the panels that show them. Memory stays within 5 % from the first cycles to the
// last, and neither the objects of the page nor the open files grow.
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
        QSignalSpy opened(&service, &CacheService::opened);
        service.open(path);
        QVERIFY(opened.wait(30000));

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
        // Longer than the service takes to read a changed cache again: a look that comes while that
        // reading runs replaces it, and the change it was reading is then never announced (a
        // CacheService limit, reported).
        service.watchForChanges(200ms);
        // The watch has looked at the file's version before the first write.
        const int looked = service.counters().finished;
        QTRY_VERIFY_WITH_TIMEOUT(service.counters().finished >= looked + 2, 10000);
        int value = 50000;
        int missed = 0;
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
        // A change the service's watch does not announce within a few of its looks is written again
        // (a newer value), and counted: the soak is about what the wall keeps, not the watch.
        auto cycle = [&](int i) {
            for (int attempt = 0; attempt < 3; ++attempt) {
                const int before = item->repaintCount();
                if (!write())
                    return false;
                if (QTest::qWaitFor([&] { return item->repaintCount() > before && item->controller()->isSettled(); }, 3000))
                    return true;
                ++missed;
            }
            qWarning("cycle %d: painted %d, delivered %d", i, item->repaintCount(), item->deliveryCount());
            return false;
        };

        // Caches, fonts and the allocator's pools settle in the first cycles: measured after them.
        const int warmUp = std::min(50, cycles / 5);
        for (int i = 0; i < warmUp; ++i)
            QVERIFY2(cycle(i), qPrintable(QStringLiteral("cycle %1").arg(i)));
        const auto memoryBefore = residentBytes();
        const auto filesBefore = openFiles();
        const qsizetype objectsBefore = host.findChildren<QObject *>().size() + service.findChildren<QObject *>().size();
        for (int i = warmUp; i < cycles; ++i)
            QVERIFY2(cycle(i), qPrintable(QStringLiteral("cycle %1").arg(i)));
        service.watchForChanges(0ms);
        QCOMPARE(item->content().tiles.value(0).value.isEmpty(), false);
        QCOMPARE(host.findChildren<QObject *>().size() + service.findChildren<QObject *>().size(), objectsBefore);
        if (filesBefore)
            QCOMPARE(openFiles(), filesBefore);
        if (memoryBefore) {
            const double growth = double(*residentBytes() - *memoryBefore) / double(*memoryBefore);
            qInfo("%d cycles (%d changes not announced by the watch, written again): resident %.1f MiB after warm-up, %.1f MiB at the end (%+.2f %%)", cycles, missed,
                  double(*memoryBefore) / (1 << 20), double(*residentBytes()) / (1 << 20), growth * 100);
            QVERIFY2(growth <= 0.05, qPrintable(QStringLiteral("memory grew %1 %").arg(growth * 100)));
        }
    }
};

QTEST_MAIN(TestWallSoak)
#include "tst_wallsoak.moc"
