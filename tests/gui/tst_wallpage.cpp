#include "gui/wall/wallpagehost.h"
#include "gui/wall/wallpanelcontent.h"
#include "gui/wall/walltheme.h"
#include "gui/wall/wallwindow.h"
#include "gui/languageswitcher.h"
#include "models/cacheservice.h"

#include "fakeclock.h"
#include "pictures.h"
#include "testdata.h"
#include "walltesting.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;

Q_DECLARE_METATYPE(dh::WallLayout)

// A wall page drawn at 3840×2160 on the bundled sample: every panel gets its data (no error), paints
// text no smaller than the wall's minimum, says the data is simulated and when it was read; the
// PNG is left in the screenshots folder to be looked at. A panel whose indicator does not exist
// shows its own error while the others draw.
class TestWallPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UnitRegistry m_registry = *UnitRegistry::fromResources();
    test::FakeClock m_clock;

    std::unique_ptr<CacheService> openSample()
    {
        auto service = std::make_unique<CacheService>(m_registry);
        QSignalSpy opened(service.get(), &CacheService::opened);
        service->open(test::copyOfSample(m_dir.path()));
        return opened.wait(30000) ? std::move(service) : nullptr;
    }

    WallContext context(CacheService &service)
    {
        WallContext c;
        c.service = &service;
        c.clock = &m_clock;
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(test::sampleCachePath()), qPrintable(test::sampleCachePath()));
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));
    }

    void wallsAt4k_data()
    {
        QTest::addColumn<WallLayout>("layout");
        QTest::newRow("briefing") << test::briefingWall();
        QTest::newRow("second") << test::secondWall();
        QTest::newRow("headline") << test::headlineWall();
    }

    void wallsAt4k()
    {
        QFETCH(WallLayout, layout);
        auto service = openSample();
        QVERIFY(service);
        WallPageHost page(test::pageOf(layout), context(*service));
        QSignalSpy completed(&page, &WallPageHost::completed);
        page.start();
        QVERIFY(page.isComplete() || completed.wait(60000));
        QCOMPARE(page.failedPanels(), QStringList());

        const int minText = wall::minTextPixels(2160);
        QCOMPARE(minText, 112);
        for (const WallPanelItem *item : page.items()) {
            const QString id = item->panel().id;
            // The clock's "data through" comes with the cache's details, after its first paint.
            QVERIFY2(item->repaintCount() == 1 || (item->panel().kind == WallPanel::Kind::Clock && item->repaintCount() == 2), qPrintable(id));
            QVERIFY2(!item->image().isNull(), qPrintable(id));
            QVERIFY2(!item->report().texts.isEmpty(), qPrintable(id));
            QVERIFY2(item->report().smallestText >= minText, qPrintable(id + QStringLiteral(": %1 px").arg(item->report().smallestText)));
            // A map's text is its legend and the archipelagos' names: they count in its report.
            if (item->panel().kind == WallPanel::Kind::Map) {
                const QString texts = item->report().texts.join(u'|');
                QVERIFY2(texts.contains(u"Hoàng Sa") && texts.contains(u"Trường Sa"), qPrintable(texts));
            }
            if (item->panel().kind != WallPanel::Kind::Text && item->panel().kind != WallPanel::Kind::Clock) {
                QVERIFY2(item->content().synthetic, qPrintable(id));
                QVERIFY2(!item->content().asOf.isEmpty(), qPrintable(id));
                QVERIFY2(item->report().texts.join(u'|').contains(u"Simulated data"), qPrintable(item->report().texts.join(u'|')));
            }
        }
        const QImage image = page.render();
        QCOMPARE(image.size(), QSize(3840, 2160));
        QVERIFY(image.save(QDir(test::screenshotDir()).filePath(QStringLiteral("wall-%1-test.png").arg(QLatin1String(QTest::currentDataTag())))));
        // The map's classes are on it, in the wall's palette.
        if (const WallPanelItem *map = page.item(QStringLiteral("map")))
            QVERIFY(test::flatColours(image, map->rect(), 0.002) >= 3);
        for (const WallPanelItem *item : page.items())
            qInfo("%s: smallest text %d px%s", qPrintable(item->panel().id), item->report().smallestText,
                  item->report().elided ? ", elided" : "");
    }

    // The example walls as shipped, in Vietnamese, the wall's language: every panel draws, nothing
    // below the wall's type, no line cut short — the long official names, "tỷ đồng · tháng 10/2026"
    // and the values fit as laid out.
    void exampleWalls_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"briefing-4k", "wall-2x2-1080p", "ministry-3-screens", "canvas-7680x2160"})
            QTest::newRow(name) << QStringLiteral(":/walls/%1.json").arg(QLatin1String(name));
    }

    void exampleWalls()
    {
        QFETCH(QString, file);
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(QStringLiteral("vi")));
        const auto layout = WallLayout::load(file, &m_registry);
        QVERIFY2(layout.ok(), layout ? "" : qPrintable(layout.error().message));
        auto service = openSample();
        QVERIFY(service);
        WallContext c = context(*service);
        c.locale = languages.locale();
        WallPageHost page(test::pageOf(*layout), c);
        QSignalSpy completed(&page, &WallPageHost::completed);
        page.start();
        QVERIFY(page.isComplete() || completed.wait(60000));
        QCOMPARE(page.failedPanels(), QStringList());
        const int minText = wall::minTextPixels(layout->screenSize.height());
        for (const WallPanelItem *item : page.items()) {
            const QString texts = item->panel().id + u": " + item->report().texts.join(u'|');
            QVERIFY2(item->report().smallestText >= minText, qPrintable(texts));
            QVERIFY2(!item->report().elided, qPrintable(texts));
            if (item->panel().kind != WallPanel::Kind::Text && item->panel().kind != WallPanel::Kind::Clock)
                QVERIFY2(texts.contains(QStringLiteral("Số liệu mô phỏng")), qPrintable(texts));
        }
    }

    // A breakdown's bars are named as the desk's breakdown names its layers, not by raw codes.
    void breakdownBarsNameTheirCategories()
    {
        WallPanel panel;
        panel.id = QStringLiteral("breakdown");
        panel.kind = WallPanel::Kind::Breakdown;
        panel.indicator = QStringLiteral("budget.revenue");
        IndicatorViewData data;
        data.breakdownKeys = {QStringLiteral("tax=cit"), QStringLiteral("tax=land")};
        data.breakdown = {{1.0, 2.0}, {3.0, 4.0}};
        data.breakdownPeriods = {Period::month(2026, 9), Period::month(2026, 10)};
        const WallPanelContent content = indicatorContent(panel, data, QLocale(QLocale::English), false);
        QCOMPARE(content.bars.size(), 2);
        QCOMPARE(content.bars.at(0).label, QStringLiteral("Corporate income tax"));
        QCOMPARE(content.bars.at(1).label, QStringLiteral("Land revenue"));
    }

    // The task panel: the four states with their counts and shares of the four, the standing
    // tasks apart without a rate, and a plain message where the scope has no task.
    void taskPanelCountsTheFourStates()
    {
        WallPanel panel;
        panel.id = QStringLiteral("tasks");
        panel.kind = WallPanel::Kind::TaskSummary;
        TaskSummary summary;
        summary.asOf = QDate(2026, 6, 30);
        summary.counts = {QString(), 50, 20, 20, 10, 7};
        const QLocale english(QLocale::English);
        WallPanelContent content = taskContent(panel, summary, QString(), english, true);
        QCOMPARE(content.error, QString());
        QCOMPARE(content.bars.size(), 5);
        QCOMPARE(content.bars.at(0).text, QStringLiteral("50 · 50.0 %"));
        QCOMPARE(content.bars.at(3).text, QStringLiteral("10 · 10.0 %"));
        QCOMPARE(content.bars.at(4).text, QStringLiteral("7"));
        QVERIFY(content.subtitle.contains(QStringLiteral("30/06/2026")));
        QVERIFY(content.synthetic);
        summary.counts = {};
        content = taskContent(panel, summary, QStringLiteral("Ministry of Finance"), english, true);
        QCOMPARE(content.title, QStringLiteral("Tasks of Ministry of Finance"));
        QVERIFY2(content.error.contains(QStringLiteral("No tasks")), qPrintable(content.error));
    }

    // On the wall the task panel reads today's states, and asks again when the day changes in Hà Nội.
    void taskPanelFollowsTheDay()
    {
        auto service = openSample();
        QVERIFY(service);
        WallLayout layout = test::briefingWall();
        WallPanel tasks;
        tasks.id = QStringLiteral("tasks");
        tasks.kind = WallPanel::Kind::TaskSummary;
        tasks.cells = QRect(0, 0, layout.totalColumns(), layout.totalRows());
        layout.panels = {tasks};
        WallPageHost page(test::pageOf(layout), context(*service));
        QSignalSpy completed(&page, &WallPageHost::completed);
        page.start();
        QVERIFY(page.isComplete() || completed.wait(60000));
        QCOMPARE(page.failedPanels(), QStringList());
        WallPanelItem *item = page.items().first();
        QVERIFY2(item->content().subtitle.contains(QStringLiteral("20/11/2026")), qPrintable(item->content().subtitle));
        QCOMPARE(item->content().bars.size(), 5);
        QVERIFY(item->report().smallestText >= 112);
        const QDateTime before = m_clock.now();
        m_clock.set(before.addDays(1));
        item->tick();
        QTRY_VERIFY2(item->content().subtitle.contains(QStringLiteral("21/11/2026")), qPrintable(item->content().subtitle));
        m_clock.set(before);
    }

    void failedPanelIsIsolated()
    {
        auto service = openSample();
        QVERIFY(service);
        WallLayout layout = test::briefingWall();
        layout.panels[2].indicator = QStringLiteral("no.such.indicator");
        WallPageHost page(test::pageOf(layout), context(*service));
        QSignalSpy completed(&page, &WallPageHost::completed);
        page.start();
        QVERIFY(page.isComplete() || completed.wait(60000));
        QCOMPARE(page.failedPanels(), QStringList{QStringLiteral("chart")});
        const WallPanelItem *chart = page.item(QStringLiteral("chart"));
        QVERIFY(!chart->content().error.isEmpty());
        QVERIFY(chart->report().texts.contains(chart->content().error));
        QCOMPARE(page.item(QStringLiteral("map"))->state(), WallPanelItem::State::Ready);
    }

    void windowShowsItsPartAndOverlays()
    {
        auto service = openSample();
        QVERIFY(service);
        WallPageHost page(test::pageOf(test::briefingWall()), context(*service));
        QSignalSpy completed(&page, &WallPageHost::completed);
        page.start();
        QVERIFY(page.isComplete() || completed.wait(60000));
        WallWindow window(QRect(0, 0, 3840, 2160));
        window.resize(1920, 1080);
        window.setPage(&page);
        const QImage plain = window.grab().toImage();
        window.setBanner(QStringLiteral("Offline since 09:30"));
        const QImage banner = window.grab().toImage();
        QVERIFY(test::containsColour(banner, QRect(0, 0, 1920, 40), wall::bannerBackground().rgb()));
        QVERIFY(!test::containsColour(plain, QRect(0, 0, 1920, 40), wall::bannerBackground().rgb()));
        window.setBlack(true);
        const QImage black = window.grab().toImage();
        QCOMPARE(black.pixelColor(960, 540), QColor(Qt::black));
    }
};

QTEST_MAIN(TestWallPage)
#include "tst_wallpage.moc"
