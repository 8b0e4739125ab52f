#include "gui/wall/wallpagehost.h"
#include "models/cacheservice.h"
#include "models/viewcontroller.h"
#include "store/cache.h"
#include "store/observationwriter.h"

#include "fakeclock.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;
using namespace std::chrono_literals;

// Live refresh: another connection writes new figures of one indicator into the wall's cache; every
// panel asks again, and only the panels that show that indicator paint again.
class TestWallRefresh : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UnitRegistry m_registry = *UnitRegistry::fromResources();
    test::FakeClock m_clock;

    static WallLayout layout()
    {
        WallLayout l;
        l.id = QStringLiteral("refresh");
        l.cellRows = 2;
        l.cellColumns = 2;
        auto add = [&l](const char *id, WallPanel::Kind kind, QRect cells, const char *indicator) {
            WallPanel p;
            p.id = QLatin1String(id);
            p.kind = kind;
            p.cells = cells;
            p.indicator = QLatin1String(indicator);
            l.panels.append(p);
        };
        add("exports-chart", WallPanel::Kind::Chart, QRect(0, 0, 1, 1), "exports");
        add("exports-kpi", WallPanel::Kind::BigKpi, QRect(1, 0, 1, 1), "exports");
        add("cpi", WallPanel::Kind::BigKpi, QRect(0, 1, 1, 1), "cpi.yoy");
        add("revenue", WallPanel::Kind::Ranking, QRect(1, 1, 1, 1), "budget.revenue");
        return l;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    }

    void onlyChangedPanelsRepaint()
    {
        const QString path = test::copyOfSample(m_dir.path());
        QVERIFY(!path.isEmpty());
        CacheService service(m_registry);
        QSignalSpy opened(&service, &CacheService::opened);
        service.open(path);
        QVERIFY(opened.wait(30000));

        WallPage page;
        page.layout = layout();
        WallContext context;
        context.service = &service;
        context.clock = &m_clock;
        WallPageHost host(page, context);
        QSignalSpy exportsData(host.item(QStringLiteral("exports-chart"))->controller(), &ViewController::indicatorLoaded);
        QSignalSpy completed(&host, &WallPageHost::completed);
        host.start();
        QVERIFY(host.isComplete() || completed.wait(60000));
        QCOMPARE(host.failedPanels(), QStringList());
        QVERIFY(!exportsData.isEmpty());
        const auto shown = exportsData.last().at(0).value<IndicatorViewData>();
        QVERIFY(!shown.periods.isEmpty());

        QHash<QString, int> repaints;
        QHash<QString, int> deliveries;
        for (const WallPanelItem *item : host.items()) {
            QCOMPARE(item->repaintCount(), 1);
            repaints.insert(item->panel().id, item->repaintCount());
            deliveries.insert(item->panel().id, item->deliveryCount());
        }

        service.watchForChanges(50ms);
        QSignalSpy changed(&service, &CacheService::dataChanged);
        auto writerCache = Cache::open(path, m_registry);
        QVERIFY(writerCache.ok());
        auto writer = (*writerCache)->writer(QStringLiteral("test"));
        QVERIFY(writer->begin(ObservationWriter::Mode::AllOrNothing).ok());
        Observation o;
        o.indicator = QStringLiteral("exports");
        o.unit = UnitRegistry::nationCode();
        o.period = shown.periods.last();
        o.value = shown.values.last() + 1000;
        o.provenance.revision = 1000000;
        QCOMPARE(writer->write(o), ObservationWriter::Outcome::Written);
        QVERIFY(writer->commit().ok());

        QVERIFY(changed.wait(10000));
        // Every panel was asked again and answered; only the two that show exports were painted.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(host.items().cbegin(), host.items().cend(), [&deliveries](const WallPanelItem *i) {
                                     return i->deliveryCount() > deliveries.value(i->panel().id) && i->controller()->isSettled();
                                 }),
                                 20000);
        service.watchForChanges(0ms);
        for (const WallPanelItem *item : host.items()) {
            const QString id = item->panel().id;
            const int expected = repaints.value(id) + (id.startsWith(u"exports") ? 1 : 0);
            QVERIFY2(item->repaintCount() == expected, qPrintable(QStringLiteral("%1 painted %2 times").arg(id).arg(item->repaintCount())));
        }
        QCOMPARE(host.item(QStringLiteral("exports-chart"))->content().values.last(), o.value);
    }
};

QTEST_MAIN(TestWallRefresh)
#include "tst_wallrefresh.moc"
