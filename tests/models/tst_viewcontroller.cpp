#include "models/cacheservice.h"
#include "models/viewcontroller.h"
#include "store/cache.h"
#include "store/observationwriter.h"
#include "testdata.h"
#include "unprivileged.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <memory>

using namespace dh;

namespace {

const QString kIndicator = QStringLiteral("budget.revenue");

// Whatever a controller delivered, in order.
struct Deliveries
{
    explicit Deliveries(ViewController &controller)
        : indicators(&controller, &ViewController::indicatorLoaded)
        , dashboards(&controller, &ViewController::dashboardLoaded)
        , failures(&controller, &ViewController::failed)
        , settled(&controller, &ViewController::settled)
    {
    }

    IndicatorViewData lastIndicator() const { return indicators.last().first().value<IndicatorViewData>(); }

    QSignalSpy indicators;
    QSignalSpy dashboards;
    QSignalSpy failures;
    QSignalSpy settled;
};

} // namespace

// The view controller without any widget: navigation, scope rules, breadcrumb, and requests to the
// cache service that coalesce and cancel, on a copy of the bundled sample.
class TestViewController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UnitRegistry m_registry;
    QStringList m_provinces34;

    std::unique_ptr<CacheService> openService(const QString &path)
    {
        auto service = std::make_unique<CacheService>(m_registry);
        QSignalSpy opened(service.get(), &CacheService::opened);
        service->open(path);
        return opened.wait(60000) ? std::move(service) : nullptr;
    }

    // Waits until the controller has answered everything it was asked.
    static bool settle(ViewController &controller)
    {
        return QTest::qWaitFor([&controller] { return controller.isSettled(); }, 60000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(test::sampleCachePath()));
        auto registry = UnitRegistry::fromResources();
        QVERIFY(registry.ok());
        m_registry = *registry;
        for (const AdminUnit *u : m_registry.unitsAt(AdminUnit::Level::Province, UnitRegistry::provinceReformDate()))
            m_provinces34.append(u->code);
        QCOMPARE(m_provinces34.size(), 34);
    }

    // Opening asks for the first view with the cache, and the first dashboard arrives once.
    void opensOnTheInitialView()
    {
        CacheService service(m_registry);
        ViewController controller(service);
        auto layout = DashboardLayout::bundledHome();
        QVERIFY(layout.ok());
        controller.setHomeLayout(*layout);
        Deliveries got(controller);
        QSignalSpy ready(&controller, &ViewController::ready);
        controller.open(test::copyOfSample(m_dir.path()));
        QVERIFY(ready.wait(60000));
        QCOMPARE(got.failures.size(), 0);
        QCOMPARE(got.dashboards.size(), 1);
        const auto tiles = got.dashboards.first().first().value<QList<DashboardTile>>();
        QCOMPARE(tiles.size(), layout->tiles.size());
        for (qsizetype i = 0; i < tiles.size(); ++i) {
            QCOMPARE(tiles.at(i).indicator.code, layout->tiles.at(i));
            QVERIFY2(tiles.at(i).figures.latest.has_value(), qPrintable(tiles.at(i).indicator.code));
        }
        QVERIFY(controller.isSynthetic());
        QCOMPARE(controller.breadcrumb(), QStringList{u"National"_qs});
        // The details (counts, latest values) follow the first view on their own.
        QTRY_VERIFY_WITH_TIMEOUT(controller.hasDetails(), 60000);
    }

    // A cache named on the command line must be there: a mistyped path is said, never made into a
    // copy of the sample that would pass for the cache meant. Only the default cache is made.
    void aNamedCacheMustExist()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"mistyped.sqlite"_qs);
        CacheService service(m_registry);
        QSignalSpy failed(&service, &CacheService::openFailed);
        service.open(missing);
        QVERIFY(failed.wait(60000));
        QVERIFY2(failed.first().first().toString().contains(u"There is no cache at"), qPrintable(failed.first().first().toString()));
        QVERIFY(!QFile::exists(missing));
        qputenv("DIEUHANH_SAMPLE", test::sampleCachePath().toUtf8());
        QSignalSpy opened(&service, &CacheService::opened);
        service.open(missing, CacheService::Missing::CreateDefault);
        QVERIFY(opened.wait(60000));
        qunsetenv("DIEUHANH_SAMPLE");
        QVERIFY(QFile::exists(missing));
    }

    // A cache in a folder that cannot be written (a read-only share) is shown all the same: the
    // views only read it.
    void opensACacheInAReadOnlyFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = test::copyOfSample(dir.path());
        QVERIFY(test::setReadOnly(path) && test::setReadOnly(dir.path()));
        {
            const test::Unprivileged unprivileged;
            if (!unprivileged.available())
                QSKIP(qPrintable(unprivileged.reason()));
            CacheService service(m_registry);
            QSignalSpy opened(&service, &CacheService::opened);
            QSignalSpy failed(&service, &CacheService::openFailed);
            service.open(path);
            QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), 60000);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
            QVERIFY(service.overview()->summary.synthetic);
        }
        QVERIFY(test::setReadOnly(dir.path(), false));
    }

    // Fifty drill-downs fired in a row: only the last is delivered, and only the last is computed —
    // a waiting one is replaced by the next (a running one is told to stop, see below).
    void fiftyDrillDownsDeliverTheLast()
    {
        auto service = openService(test::copyOfSample(m_dir.path()));
        QVERIFY(service);
        ViewController controller(*service);
        controller.setInitialView({ViewState::Page::Indicator, kIndicator, UnitRegistry::nationCode()});
        controller.start();
        QVERIFY(settle(controller));
        QTRY_VERIFY_WITH_TIMEOUT(controller.hasDetails(), 60000); // the service's own job, before the count
        Deliveries got(controller);
        // The worker is held by a job of another asker while the fifty come in, so how many run
        // does not depend on how fast this thread fires them.
        QSemaphore gate;
        QObject other;
        const CacheService::Counters before = service->counters();
        service->submit(&other, 0, [&gate](const CacheWorkspace &, const Cancellation &) -> std::function<void()> {
            gate.acquire();
            return {};
        });
        QVERIFY(QTest::qWaitFor([&] { return service->counters().started == before.started + 1; }, 60000));
        QString last;
        for (int i = 0; i < 50; ++i) {
            last = m_provinces34.at(i % m_provinces34.size());
            controller.goToProvince(last);
        }
        QVERIFY(!controller.isSettled());
        gate.release();
        QVERIFY(got.settled.wait(60000));
        QCOMPARE(got.failures.size(), 0);
        QCOMPARE(got.indicators.size(), 1);
        const IndicatorViewData data = got.lastIndicator();
        QCOMPARE(data.request.unit, last);
        QCOMPARE(data.request.indicator, kIndicator);
        QVERIFY(!data.periods.isEmpty());
        // The gate and the last drill-down ran; the other forty-nine were replaced while waiting.
        const CacheService::Counters after = service->counters();
        QCOMPARE(after.started - before.started, 2);
        QCOMPARE(after.finished - before.finished, 2);
        QCOMPARE(after.cancelled - before.cancelled, 49);
        QCOMPARE(controller.current().scope, last);
    }

    // A view left for another is not delivered to the page that is no longer shown.
    void leavingAViewDropsItsAnswer()
    {
        auto service = openService(test::copyOfSample(m_dir.path()));
        QVERIFY(service);
        ViewController controller(*service);
        controller.setHomeLayout(*DashboardLayout::bundledHome());
        controller.start();
        QVERIFY(settle(controller));
        Deliveries got(controller);
        controller.go({ViewState::Page::Home, QString(), m_provinces34.first()});
        controller.goToIndicator(kIndicator, UnitRegistry::nationCode());
        QVERIFY(settle(controller));
        QCOMPARE(got.dashboards.size(), 0);
        QCOMPARE(got.indicators.size(), 1);
        QCOMPARE(got.lastIndicator().request.unit, UnitRegistry::nationCode());
    }

    // Several controllers on one service (a wall's panels): each gets its own answers, whatever
    // the others ask, and one that goes while its request is in flight takes nothing down.
    void controllersShareOneService()
    {
        auto service = openService(test::copyOfSample(m_dir.path()));
        QVERIFY(service);
        const QStringList indicators{kIndicator, u"exports"_qs, u"cpi.yoy"_qs, u"fdi.registered"_qs};
        std::vector<std::unique_ptr<ViewController>> controllers;
        std::vector<std::unique_ptr<Deliveries>> deliveries;
        for (const QString &code : indicators) {
            controllers.push_back(std::make_unique<ViewController>(*service));
            controllers.back()->setInitialView({ViewState::Page::Indicator, code, UnitRegistry::nationCode()});
            deliveries.push_back(std::make_unique<Deliveries>(*controllers.back()));
            controllers.back()->start();
        }
        // Interleaved drill-downs, and a fifth controller that goes with its request in flight.
        auto leaving = std::make_unique<ViewController>(*service);
        leaving->setInitialView({ViewState::Page::Indicator, kIndicator, m_provinces34.at(3)});
        leaving->start();
        for (int round = 0; round < 5; ++round) {
            for (size_t c = 0; c < controllers.size(); ++c)
                controllers[c]->goToProvince(m_provinces34.at((round * 7 + int(c)) % m_provinces34.size()));
        }
        leaving.reset();
        for (auto &controller : controllers)
            QVERIFY(settle(*controller));
        for (size_t c = 0; c < controllers.size(); ++c) {
            const Deliveries &got = *deliveries[c];
            QCOMPARE(got.failures.size(), 0);
            QVERIFY(got.indicators.size() >= 1);
            const IndicatorViewData data = got.lastIndicator();
            QCOMPARE(data.indicator.code, indicators.at(int(c)));
            QCOMPARE(data.request.unit, m_provinces34.at((4 * 7 + int(c)) % m_provinces34.size()));
            for (const QList<QVariant> &signal : got.indicators)
                QCOMPARE(signal.first().value<IndicatorViewData>().indicator.code, indicators.at(int(c)));
        }
    }

    // What another connection commits (the app's own sync, dieuhanh-sync, a hub on the same file)
    // reaches the open view without a restart: the service notices, reads the cache again, and the
    // controller asks for the view anew, with no "loading" state between the old figure and the new.
    void followsAnotherConnectionsCommits()
    {
        using namespace std::chrono_literals;
        const QString path = test::copyOfSample(m_dir.path());
        auto service = openService(path);
        QVERIFY(service);
        ViewController controller(*service);
        controller.setInitialView({ViewState::Page::Indicator, kIndicator, UnitRegistry::nationCode()});
        controller.start();
        QVERIFY(settle(controller));
        QVERIFY(QTest::qWaitFor([&controller] { return controller.hasDetails(); }, 60000));
        Deliveries before(controller);
        controller.refresh();
        QVERIFY(before.indicators.wait(60000));
        const IndicatorViewData shown = before.lastIndicator();
        QVERIFY(!shown.periods.isEmpty());

        service->watchForChanges(100ms);
        Deliveries got(controller);
        QSignalSpy requested(&controller, &ViewController::indicatorRequested);
        QSignalSpy changed(service.get(), &CacheService::dataChanged);
        // Nothing committed: three looks at the data version later, nothing read again.
        const int looked = service->counters().finished;
        QTRY_VERIFY_WITH_TIMEOUT(service->counters().finished >= looked + 3, 10000);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(got.indicators.size(), 0);

        auto writerCache = Cache::open(path, m_registry);
        QVERIFY(writerCache.ok());
        auto writer = (*writerCache)->writer(u"test"_qs);
        QVERIFY(writer->begin(ObservationWriter::Mode::AllOrNothing).ok());
        Observation o;
        o.indicator = kIndicator;
        o.unit = UnitRegistry::nationCode();
        o.period = shown.periods.last();
        o.value = shown.values.last() + 1000;
        o.provenance.revision = 1000000;
        QCOMPARE(writer->write(o), ObservationWriter::Outcome::Written);
        QVERIFY(writer->commit().ok());

        QVERIFY(QTest::qWaitFor([&got, &o] { return !got.indicators.isEmpty() && got.lastIndicator().values.last() == o.value; }, 10000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(requested.size(), 0);
        QCOMPARE(got.failures.size(), 0);
        QVERIFY(controller.hasDetails());
        service->watchForChanges(0ms);
    }

    // Commits in a row, looked for far more often than a reading of the cache lasts: every one is
    // announced. A look that replaced the one still reading the cache again (after that one had
    // recorded the new version) used to drop the announcement, and a wall showed the old figure as
    // the live one.
    void announcesEveryCommitWhenLookingOften()
    {
        using namespace std::chrono_literals;
        const QString path = test::copyOfSample(m_dir.path());
        auto service = openService(path);
        QVERIFY(service);
        service->loadDetails();
        QTRY_VERIFY_WITH_TIMEOUT(service->overview() && service->overview()->summary.counted, 60000);
        QSignalSpy changed(service.get(), &CacheService::dataChanged);
        service->watchForChanges(1ms);

        auto writerCache = Cache::open(path, m_registry);
        QVERIFY(writerCache.ok());
        constexpr int kCommits = 6;
        for (int i = 0; i < kCommits; ++i) {
            auto writer = (*writerCache)->writer(u"test"_qs);
            QVERIFY(writer->begin(ObservationWriter::Mode::AllOrNothing).ok());
            Observation o;
            o.indicator = kIndicator;
            o.unit = UnitRegistry::nationCode();
            o.period = Period::month(2031, i + 1);
            o.value = i;
            o.provenance.revision = 2000000 + i;
            QCOMPARE(writer->write(o), ObservationWriter::Outcome::Written);
            QVERIFY(writer->commit().ok());
            QTRY_VERIFY2_WITH_TIMEOUT(changed.size() == i + 1, qPrintable(u"commit %1 not announced"_qs.arg(i + 1)), 20000);
        }
        // Nothing more committed: more looks, no more announcements.
        const int looked = service->counters().finished;
        QTRY_VERIFY_WITH_TIMEOUT(service->counters().finished >= looked + 3, 10000);
        QCOMPARE(changed.size(), kCommits);
        service->watchForChanges(0ms);
    }

    // Two services on one file (two windows, or a wall PC's screens), while a third connection
    // writes: the readers see consistent data and neither blocks the other.
    void servicesShareOneFile()
    {
        const QString path = test::copyOfSample(m_dir.path());
        auto first = openService(path);
        auto second = openService(path);
        QVERIFY(first && second);
        ViewController a(*first);
        ViewController b(*second);
        for (ViewController *c : {&a, &b}) {
            c->setInitialView({ViewState::Page::Indicator, kIndicator, m_provinces34.at(5)});
            c->start();
        }
        auto writerCache = Cache::open(path, m_registry);
        QVERIFY(writerCache.ok());
        auto writer = (*writerCache)->writer(u"test"_qs);
        QVERIFY(writer->begin(ObservationWriter::Mode::RowByRow).ok());
        Observation o;
        o.indicator = kIndicator;
        o.unit = u"VN-HN"_qs;
        o.period = Period::month(2030, 1);
        o.value = 1;
        o.provenance.revision = 1;
        QCOMPARE(writer->write(o), ObservationWriter::Outcome::Written);
        QVERIFY(settle(a));
        QVERIFY(settle(b));
        QVERIFY(writer->commit().ok());
        Deliveries gotA(a);
        Deliveries gotB(b);
        a.goToProvince(m_provinces34.at(6));
        b.goToProvince(m_provinces34.at(6));
        QVERIFY(settle(a));
        QVERIFY(settle(b));
        QCOMPARE(gotA.indicators.size(), 1);
        QCOMPARE(gotB.indicators.size(), 1);
        QCOMPARE(gotA.lastIndicator().values, gotB.lastIndicator().values);
    }

    // A query that fails reaches the controller as a failure, never as an empty view.
    void aFailedQueryIsAFailureNotAnEmptyView()
    {
        const QString path = test::copyOfSample(m_dir.path());
        auto service = openService(path);
        QVERIFY(service);
        ViewController controller(*service);
        controller.start();
        QVERIFY(settle(controller));
        // Another program breaks the file under the open cache.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "ALTER TABLE observation RENAME TO gone", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        Deliveries got(controller);
        controller.goToIndicator(kIndicator, m_provinces34.at(2));
        QVERIFY(settle(controller));
        QCOMPARE(got.indicators.size(), 0);
        QCOMPARE(got.failures.size(), 1);
        QVERIFY(got.failures.first().first().toString().contains(u"observation"));
    }

    // --view map:CODE:PERIOD with a period of another kind: a month on a quarterly indicator is its
    // quarter; a year, which no one quarter stands for, is refused with the reason, never shown as
    // the latest period.
    void aMapPeriodOfAnotherKindIsItsContainingPeriodOrRefused()
    {
        auto service = openService(test::copyOfSample(m_dir.path()));
        QVERIFY(service);
        for (const QString &view : {u"map:grdp.current:2024-08"_qs, u"map:grdp.current:2024"_qs, u"map:retail.sales:2024-Q3"_qs}) {
            ViewController controller(*service);
            controller.setInitialView(*ViewState::parse(view));
            Deliveries got(controller);
            controller.start();
            QVERIFY(settle(controller));
            if (view.endsWith(u"2024-08")) {
                QCOMPARE(got.failures.size(), 0);
                QCOMPARE(got.indicators.size(), 1);
                QCOMPARE(got.lastIndicator().rankingPeriod, Period::quarter(2024, 3));
                continue;
            }
            QCOMPARE(got.indicators.size(), 0);
            QCOMPARE(got.failures.size(), 1);
            const QString message = got.failures.first().first().toString();
            QVERIFY2(message.contains(u"is not within one"), qPrintable(message));
        }
    }

    // A drill-down superseded while it runs is told to stop, and its answer is not delivered.
    void aRunningRequestIsCancelled()
    {
        auto service = openService(test::copyOfSample(m_dir.path()));
        QVERIFY(service);
        ViewController controller(*service);
        controller.setInitialView({ViewState::Page::Indicator, kIndicator, UnitRegistry::nationCode()});
        controller.start();
        QVERIFY(settle(controller));
        QTRY_VERIFY_WITH_TIMEOUT(controller.hasDetails(), 60000);
        // A job of the controller's own indicator channel that waits for its cancellation: the
        // next drill-down must cancel it while it runs.
        QSemaphore running;
        std::atomic_bool stopped = false;
        const CacheService::Counters before = service->counters();
        service->submit(&controller, 1, [&](const CacheWorkspace &, const Cancellation &cancellation) -> std::function<void()> {
            running.release();
            while (!cancellation.isCancelled())
                QThread::yieldCurrentThread();
            stopped = true;
            return [] { QFAIL("a cancelled job was answered"); };
        });
        QVERIFY(running.tryAcquire(1, 60000));
        Deliveries got(controller);
        controller.goToProvince(m_provinces34.first());
        QVERIFY(settle(controller));
        QVERIFY(stopped);
        QCOMPARE(got.indicators.size(), 1);
        QCOMPARE(service->counters().cancelled - before.cancelled, 1);
    }

    // Another cache opened on a shared service: every controller reads its views again, the
    // details are asked for once, and nothing of the old cache stays on show.
    void reopeningReadsEveryViewAgain()
    {
        const QString first = test::copyOfSample(m_dir.path());
        const QString second = test::copyOfSample(m_dir.path());
        {
            auto cache = Cache::open(second, m_registry);
            QVERIFY(cache.ok());
            const auto latest = (*cache)->observations().latestPeriod(kIndicator, UnitRegistry::nationCode(), Period::Kind::Month);
            QVERIFY(latest.ok() && latest->has_value());
            Observation o;
            o.indicator = kIndicator;
            o.unit = UnitRegistry::nationCode();
            o.period = **latest;
            o.value = 12345;
            o.provenance.revision = 99;
            auto w = (*cache)->writer(u"test"_qs);
            QVERIFY(w->begin(ObservationWriter::Mode::AllOrNothing).ok());
            QCOMPARE(w->write(o), ObservationWriter::Outcome::Written);
            QVERIFY(w->commit().ok());
        }
        CacheService service(m_registry);
        ViewController opener(service);
        ViewController panel(service);
        opener.setInitialView({ViewState::Page::Indicator, kIndicator, UnitRegistry::nationCode()});
        panel.setInitialView({ViewState::Page::Indicator, kIndicator, UnitRegistry::nationCode()});
        panel.start();
        opener.open(first);
        QVERIFY(settle(opener));
        QVERIFY(settle(panel));
        QTRY_VERIFY_WITH_TIMEOUT(opener.hasDetails() && panel.hasDetails(), 60000);
        Deliveries got(panel);
        QSignalSpy checked(&service, &CacheService::integrityChecked);
        opener.open(second);
        QVERIFY(QTest::qWaitFor([&] { return !got.indicators.isEmpty() && panel.isSettled(); }, 60000));
        QCOMPARE(got.lastIndicator().values.last(), 12345.0);
        QTRY_VERIFY_WITH_TIMEOUT(panel.hasDetails() && panel.overview()->path == second, 60000);
        QVERIFY(checked.wait(60000));
        QCOMPARE(checked.size(), 1);
    }

    // What a ministry's view holds, and what the scopes of the two maps allow.
    void scopeRules()
    {
        auto service = openService(test::copyOfSample(m_dir.path()));
        QVERIFY(service);
        ViewController controller(*service);
        controller.setHomeLayout(*DashboardLayout::bundledHome());
        controller.start();
        QVERIFY(settle(controller));
        const ScopeRules &scopes = controller.scopes();
        QCOMPARE(scopes.levelOf(u"BTC"_qs), ScopeRules::Level::Ministry);
        QCOMPARE(scopes.levelOf(u"VN25-48"_qs), ScopeRules::Level::Province);
        QCOMPARE(scopes.dataUnit(u"BTC"_qs), UnitRegistry::nationCode());
        QCOMPARE(scopes.dataUnit(u"VN25-48"_qs), u"VN25-48"_qs);
        const DashboardLayout finance = controller.layoutFor(u"BTC"_qs);
        QVERIFY(!finance.tiles.isEmpty());
        for (const CatalogEntry &e : controller.overview()->catalog)
            QCOMPARE(finance.tiles.contains(e.indicator.code), e.indicator.owner == u"BTC");

        // The ministry's dashboard: its own indicators, national figures.
        Deliveries got(controller);
        controller.go({ViewState::Page::Home, QString(), u"BTC"_qs});
        QVERIFY(settle(controller));
        QCOMPARE(got.dashboards.size(), 1);
        const auto tiles = got.dashboards.first().first().value<QList<DashboardTile>>();
        QCOMPARE(tiles.size(), finance.tiles.size());
        QCOMPARE(controller.breadcrumb(), (QStringList{u"National"_qs, u"Bộ Tài chính"_qs}));

        // A province of the 34 is no scope on the 63: the view goes back to the nation.
        controller.goToIndicator(kIndicator, u"VN25-48"_qs);
        QVERIFY(settle(controller));
        QCOMPARE(controller.breadcrumb().size(), 3);
        controller.setMap34(false);
        QCOMPARE(controller.current().scope, UnitRegistry::nationCode());
        QCOMPARE(controller.current().indicator, kIndicator);
        QVERIFY(settle(controller));
        QCOMPARE(got.lastIndicator().request.map34, false);
        QCOMPARE(got.lastIndicator().mapSize, 63);

        // The breadcrumb's steps lead back up.
        controller.goToIndicator(kIndicator, u"VN-HN"_qs);
        controller.goToStep(1);
        QCOMPARE(controller.current().page, ViewState::Page::Home);
        QCOMPARE(controller.current().scope, u"VN-HN"_qs);
        controller.goToStep(0);
        QCOMPARE(controller.current().scope, UnitRegistry::nationCode());
        controller.back();
        controller.back();
        QCOMPARE(controller.current().scope, u"VN-HN"_qs);
        QCOMPARE(controller.current().page, ViewState::Page::Indicator);
        QVERIFY(settle(controller));
    }

    // Damage beyond the header is found by the check of every page that follows the first view,
    // and said without a request waiting on it.
    void aDamagedPageIsFoundAfterTheFirstView()
    {
        const QString path = test::copyOfSample(m_dir.path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() - 8192);
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        CacheService service(m_registry);
        ViewController controller(service);
        QSignalSpy problems(&service, &CacheService::problemFound);
        QSignalSpy checked(&service, &CacheService::integrityChecked);
        QSignalSpy ready(&controller, &ViewController::ready);
        controller.open(path);
        QVERIFY(ready.wait(60000));
        QVERIFY(checked.wait(60000));
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.last().first().toString().contains(u"damaged"));
    }

    void anUnreadableCacheFailsEveryRequest()
    {
        const QString path = m_dir.filePath(u"garbage.sqlite"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        CacheService service(m_registry);
        ViewController controller(service);
        Deliveries got(controller);
        QSignalSpy ready(&controller, &ViewController::ready);
        controller.open(path);
        QVERIFY(ready.wait(60000));
        QVERIFY(!got.failures.isEmpty());
        QVERIFY(got.failures.first().first().toString().contains(path));
        QVERIFY(!controller.overview());
        QCOMPARE(got.dashboards.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestViewController)
#include "tst_viewcontroller.moc"
