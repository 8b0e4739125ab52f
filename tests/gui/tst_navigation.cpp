#include "charts/rankingchart.h"
#include "gui/breadcrumb.h"
#include "gui/headerbar.h"
#include "gui/homepage.h"
#include "gui/indicatorpage.h"
#include "gui/languageswitcher.h"
#include "gui/mainwindow.h"
#include "gui/pagestack.h"
#include "models/viewcontroller.h"
#include "models/dashboardmodel.h"
#include "store/cache.h"
#include "store/reaggregator.h"
#include "tiles/kpitile.h"
#include "pictures.h"
#include "testdata.h"

#include <qcustomplot.h>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace dh;

// Drives the main window as a leader would — click a tile, drill into a province, go back,
// switch the province map — and checks that what is shown equals the cache's numbers.
class TestNavigation : public QObject
{
    Q_OBJECT

private:
    // Counts the layout requests an object receives.
    class LayoutCounter final : public QObject
    {
    public:
        int requests = 0;

    protected:
        bool eventFilter(QObject *, QEvent *event) override
        {
            requests += event->type() == QEvent::LayoutRequest ? 1 : 0;
            return false;
        }
    };

    QTemporaryDir m_dir;
    QString m_cachePath;
    UnitRegistry m_registry;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;

    // Lets what a view left to the event loop run its course: one layout begets others.
    static void settle()
    {
        for (int pass = 0; pass < 8; ++pass)
            QCoreApplication::processEvents();
    }

    bool waitShown()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::viewShown);
        if (m_window->controller()->isSettled() && shown.isEmpty()) {
            // already on screen
        }
        return shown.wait(30000) || m_window->controller()->isSettled();
    }

    double cacheValue(const QString &indicator, const QString &unit, const Period &period)
    {
        const Indicator ind = *m_cache->catalogue().find(indicator);
        const auto s = Reaggregator(*m_cache).series({indicator, unit, QString(), ind.storedAs, ind.periodicity, period, period});
        return s && !s->points.isEmpty() ? s->points.first().value : std::nan("");
    }

    void clickRankingBar(const QString &unit)
    {
        RankingChart *ranking = m_window->pages()->indicator()->ranking();
        const auto &items = ranking->items();
        qsizetype index = -1;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).id == unit)
                index = i;
        }
        QVERIFY2(index >= 0, qPrintable(unit));
        QCustomPlot *plot = ranking->plot();
        const QPoint at(int(plot->xAxis->coordToPixel(items.at(index).value / 2)), int(plot->yAxis->coordToPixel(double(index))));
        QCOMPARE(ranking->itemAt(at), unit);
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at);
    }


private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_qs).toUtf8());
        const QString sample = qEnvironmentVariable("DIEUHANH_BINARY_DIR") + u"/share/dieuhanh/sample.sqlite";
        m_cachePath = m_dir.filePath(u"cache.sqlite"_qs);
        QVERIFY(QFile::copy(sample, m_cachePath));
        QFile::setPermissions(m_cachePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto registry = UnitRegistry::fromResources();
        QVERIFY(registry.ok());
        m_registry = *registry;
        auto cache = Cache::open(m_cachePath, m_registry);
        QVERIFY(cache.ok());
        m_cache = std::move(*cache);

        m_languages = std::make_unique<LanguageSwitcher>();
        QVERIFY(m_languages->setLanguage(u"vi"_qs));
        m_window = std::make_unique<MainWindow>(m_registry, *m_languages);
        m_window->resize(1920, 1080);
        m_window->show();
        QSignalSpy ready(m_window.get(), &MainWindow::ready);
        m_window->openCache(m_cachePath);
        QVERIFY(ready.wait(60000));
        QVERIFY(m_window->errorBanner()->isHidden());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_cache.reset();
    }

    void homeTilesShowTheCachesNumbers()
    {
        DashboardModel *model = m_window->dashboardModel();
        QCOMPARE(model->rowCount(), 16);
        for (int row = 0; row < model->rowCount(); ++row) {
            const DashboardTile *tile = model->tile(row);
            QVERIFY2(tile->figures.latest.has_value(), qPrintable(tile->indicator.code));
            const double expected = cacheValue(tile->indicator.code, u"VN"_qs, tile->figures.latest->period);
            QCOMPARE(tile->figures.latest->value, expected);
            const KpiText text = model->index(row).data(DashboardModel::TextRole).value<KpiText>();
            QCOMPARE(text.value, QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(expected, 'f', tile->indicator.decimals));
            QVERIFY(!text.unit.isEmpty());
            QVERIFY(!text.period.isEmpty());
            QVERIFY(text.footer.contains(u"Cập nhật") || text.footer.contains(u"As of"));
        }
    }

    void clickATileDrillIntoAProvinceAndGoBack()
    {
        KpiTile *tile = m_window->pages()->home()->tile(u"budget.revenue"_qs);
        QVERIFY(tile);
        QSignalSpy shown(m_window.get(), &MainWindow::viewShown);
        QTest::mouseClick(tile, Qt::LeftButton, Qt::NoModifier, tile->rect().center());
        QCOMPARE(m_window->controller()->current().page, ViewState::Page::Indicator);
        QVERIFY(shown.wait(30000));
        const IndicatorViewData &national = m_window->pages()->indicator()->data();
        QCOMPARE(national.request.indicator, u"budget.revenue"_qs);
        QCOMPARE(national.request.unit, u"VN"_qs);
        QCOMPARE(national.values.last(), cacheValue(u"budget.revenue"_qs, u"VN"_qs, national.periods.last()));
        QCOMPARE(national.ranking.size(), 34);
        QCOMPARE(m_window->breadcrumb()->steps().size(), 2);

        // The ranking shows each province's value for the period, re-aggregated onto the 34.
        for (const IndicatorViewData::Ranked &r : national.ranking)
            QVERIFY(qAbs(r.value - cacheValue(u"budget.revenue"_qs, r.unit, national.rankingPeriod)) <= 1e-6 * std::abs(r.value));

        clickRankingBar(u"VN25-48"_qs);
        QCOMPARE(m_window->controller()->current().scope, u"VN25-48"_qs);
        QVERIFY(shown.wait(30000));
        const IndicatorViewData &province = m_window->pages()->indicator()->data();
        QCOMPARE(province.request.unit, u"VN25-48"_qs);
        QVERIFY(province.reaggregated);
        const double expected = cacheValue(u"budget.revenue"_qs, u"VN-DN"_qs, province.periods.last())
                                + cacheValue(u"budget.revenue"_qs, u"VN-27"_qs, province.periods.last());
        QVERIFY(qAbs(province.values.last() - expected) <= 1e-9 * expected);
        QCOMPARE(m_window->breadcrumb()->steps().size(), 3);
        QCOMPARE(m_window->breadcrumb()->steps().at(1), u"Đà Nẵng"_qs);

        m_window->controller()->back();
        QVERIFY(shown.wait(30000));
        QCOMPARE(m_window->controller()->current().scope, u"VN"_qs);
        QCOMPARE(m_window->pages()->indicator()->data().request.unit, u"VN"_qs);
        QVERIFY(m_window->controller()->canGoForward());
        m_window->controller()->back();
        QVERIFY(shown.wait(30000));
        QCOMPARE(m_window->controller()->current().page, ViewState::Page::Home);
    }

    void breadcrumbStepsAreLinks()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::viewShown);
        m_window->controller()->go({ViewState::Page::Indicator, u"budget.revenue"_qs, u"VN25-48"_qs});
        QVERIFY(shown.wait(30000));
        // Every step but the last is a link: the nation and the province; the indicator is where we are.
        const QList<QToolButton *> links = m_window->breadcrumb()->findChildren<QToolButton *>();
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(1)->text(), u"Đà Nẵng"_qs);
        QTest::mouseClick(links.at(1), Qt::LeftButton);
        QCOMPARE(m_window->controller()->current().page, ViewState::Page::Home);
        QCOMPARE(m_window->controller()->current().scope, u"VN25-48"_qs);
        if (!m_window->controller()->isSettled())
            QVERIFY(shown.wait(30000));
        const QList<QToolButton *> home = m_window->breadcrumb()->findChildren<QToolButton *>();
        QCOMPARE(home.size(), 1);
        QTest::mouseClick(home.first(), Qt::LeftButton);
        QCOMPARE(m_window->controller()->current().scope, u"VN"_qs);
        if (!m_window->controller()->isSettled())
            QVERIFY(shown.wait(30000));
    }

    // From one province to another of the same indicator the page changes what differs and no
    // more: the table keeps its rows, the ranking its bars (only the highlight moves), and as
    // nothing on the page changes size, the page is not laid out again. "Loading…" is said only
    // when an answer is slow to come.
    void drillDownChangesOnlyWhatDiffers()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::viewShown);
        // The cache's counts, which the header shows when they come, lay out the whole window.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->controller()->hasDetails(), 60000);
        m_window->controller()->go({ViewState::Page::Indicator, u"budget.revenue"_qs, u"VN25-48"_qs});
        QVERIFY(shown.wait(30000));
        settle();
        IndicatorPage *page = m_window->pages()->indicator();
        const QLabel *subtitle = page->findChild<QLabel *>(u"pageHint"_qs, Qt::FindDirectChildrenOnly);
        QVERIFY(subtitle);
        const QString before = subtitle->text();
        QSignalSpy resets(page->table()->model(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(page->table()->model(), &QAbstractItemModel::dataChanged);
        const QCPAbstractPlottable *bars = page->ranking()->plot()->plottable(0);
        LayoutCounter layouts;
        page->installEventFilter(&layouts);

        // Hải Phòng, like Đà Nẵng, was two provinces: the subtitle says the same of both.
        m_window->controller()->go({ViewState::Page::Indicator, u"budget.revenue"_qs, u"VN25-31"_qs});
        QCOMPARE(subtitle->text(), before);
        QVERIFY(shown.wait(30000));
        settle();
        page->removeEventFilter(&layouts);
        QCOMPARE(page->data().request.unit, u"VN25-31"_qs);
        QCOMPARE(subtitle->text(), before);
        QCOMPARE(resets.size(), 0);
        QVERIFY(!changes.isEmpty());
        QCOMPARE(page->ranking()->plot()->plottable(0), bars);
        QCOMPARE(layouts.requests, 0);

        const IndicatorViewData data = page->data();
        page->setLoading(data.request);
        QTRY_COMPARE_WITH_TIMEOUT(subtitle->text(), IndicatorPage::tr("Loading…"), 5000);
        page->setData(data);
        QCOMPARE(subtitle->text(), before);
    }

    void switchBetween34And63()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::viewShown);
        m_window->controller()->go({ViewState::Page::Indicator, u"cpi.yoy"_qs, u"VN"_qs});
        QVERIFY(shown.wait(30000));
        QCOMPARE(m_window->pages()->indicator()->data().ranking.size(), 34);
        m_window->controller()->setMap34(false);
        QVERIFY(shown.wait(30000));
        const IndicatorViewData &old = m_window->pages()->indicator()->data();
        QCOMPARE(old.ranking.size(), 63);
        for (const IndicatorViewData::Ranked &r : old.ranking) {
            QVERIFY(!r.unit.startsWith(u"VN25-"));
            QCOMPARE(r.value, cacheValue(u"cpi.yoy"_qs, r.unit, old.rankingPeriod));
        }
        m_window->controller()->setMap34(true);
        QVERIFY(shown.wait(30000));
        QCOMPARE(m_window->pages()->indicator()->data().ranking.size(), 34);
    }

    void notAdditiveSaysSoOnThe34()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::viewShown);
        m_window->controller()->go({ViewState::Page::Indicator, u"pci"_qs, u"VN25-48"_qs});
        QVERIFY(shown.wait(30000));
        const IndicatorViewData &d = m_window->pages()->indicator()->data();
        QVERIFY(d.values.isEmpty());
        QVERIFY(d.seriesError.contains(u"not additive") || d.seriesError.contains(u"không cộng gộp"));
        QVERIFY(m_window->pages()->indicator()->notice()->isVisibleTo(m_window.get()));
        m_window->controller()->setMap34(false);
        QVERIFY(shown.wait(30000));
        QCOMPARE(m_window->controller()->current().scope, u"VN"_qs); // Đà Nẵng (2025) is not on the 63 map
        m_window->controller()->setMap34(true);
        QVERIFY(shown.wait(30000));
    }

    void quarterlyAndYearToDate()
    {
        QSignalSpy shown(m_window.get(), &MainWindow::viewShown);
        m_window->controller()->go({ViewState::Page::Indicator, u"exports"_qs, u"VN"_qs});
        QVERIFY(shown.wait(30000));
        IndicatorViewRequest r = m_window->pages()->indicator()->data().request;
        r.kind = Period::Kind::Quarter;
        emit m_window->pages()->indicator()->requestChanged(r);
        QVERIFY(shown.wait(30000));
        const IndicatorViewData &q = m_window->pages()->indicator()->data();
        QCOMPARE(q.kind, Period::Kind::Quarter);
        const Period q1 = Period::quarter(2025, 1);
        const qsizetype i = q.periods.indexOf(q1);
        QVERIFY(i >= 0);
        double sum = 0;
        for (const Period &m : q1.subdivide(Period::Kind::Month))
            sum += cacheValue(u"exports"_qs, u"VN"_qs, m);
        QVERIFY(qAbs(q.values.at(i) - sum) < 1e-6);
    }

    void rendersAtWallSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("view");
        QTest::newRow("home 1080p") << QSize(1920, 1080) << u"home"_qs;
        QTest::newRow("home 4K") << QSize(3840, 2160) << u"home"_qs;
        QTest::newRow("indicator 1080p") << QSize(1920, 1080) << u"indicator"_qs;
        QTest::newRow("indicator 4K") << QSize(3840, 2160) << u"indicator"_qs;
    }

    void rendersAtWallSizes()
    {
        QFETCH(QSize, size);
        QFETCH(QString, view);
        QSignalSpy shown(m_window.get(), &MainWindow::viewShown);
        m_window->resize(size);
        if (view == u"home")
            m_window->controller()->go({ViewState::Page::Home, QString(), u"VN"_qs});
        else
            m_window->controller()->go({ViewState::Page::Indicator, u"budget.revenue"_qs, u"VN"_qs});
        if (!m_window->controller()->isSettled())
            QVERIFY(shown.wait(30000));
        // Nothing of the chrome is clipped once the type has followed the new size.
        QLabel *title = m_window->header()->title();
        QLabel *asOf = m_window->header()->asOf();
        QTRY_VERIFY(title->height() >= title->sizeHint().height());
        QTRY_VERIFY(asOf->width() >= asOf->sizeHint().width());
        // The header's title is its role's multiple of the window's type; a page made earlier, at
        // another size, follows too.
        const int base = std::clamp(size.height() / 72, 12, 48);
        QCOMPARE(title->font().pixelSize(), int(std::lround(1.6 * base)));
        for (QAction *menu : m_window->menuBar()->actions())
            QCOMPARE(menu->menu()->font().pixelSize(), base);
        if (view == u"indicator") {
            QCOMPARE(m_window->pages()->indicator()->table()->font().pixelSize(), base);
            QCOMPARE(m_window->pages()->indicator()->findChild<QLabel *>(u"pageTitle"_qs)->font().pixelSize(), int(std::lround(1.2 * base)));
        }
        const QImage image = m_window->grab().toImage();
        QCOMPARE(image.size(), size);
        image.save(test::screenshotDir() + QStringLiteral("/test-%1-%2x%3.png").arg(view).arg(size.width()).arg(size.height()));
        if (view == u"home") {
            for (KpiTile *tile : m_window->pages()->home()->tiles()) {
                const auto layout = tile->currentLayout();
                QVERIFY2(!layout.elided, qPrintable(tile->id()));
                QVERIFY2(!layout.overflow, qPrintable(tile->id()));
                QVERIFY(tile->rect().contains(layout.value.toAlignedRect()));
                QVERIFY(tile->rect().contains(layout.footer.toAlignedRect()));
                QVERIFY(!tile->data().value.isEmpty());
            }
        } else {
            QVERIFY(!m_window->pages()->indicator()->data().values.isEmpty());
            QVERIFY(m_window->pages()->indicator()->ranking()->items().size() == 34);
        }
        // The header band runs across the top at every size, and nothing draws the error banner.
        const QRect header = test::colourBand(image, 0x0b3d6b);
        QVERIFY2(header.height() > size.height() / 30, "no header band");
        QVERIFY2(!test::containsColour(image, QRect(0, header.bottom(), size.width(), size.height() / 8), 0xfde8e8),
                 "an error banner is shown");
    }
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
