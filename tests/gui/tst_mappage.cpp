#include "common/periodslider.h"
#include "gui/breadcrumb.h"
#include "gui/indicatorpage.h"
#include "gui/languageswitcher.h"
#include "gui/mainwindow.h"
#include "gui/pagestack.h"
#include "models/viewcontroller.h"
#include "gui/mappage.h"
#include "gui/mappanel.h"
#include "map/choroplethmap.h"
#include "models/provincerankingmodel.h"
#include "store/cache.h"
#include "store/reaggregator.h"
#include "pictures.h"
#include "testdata.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dh;

// The full-page province map driven as a leader at a wall would drive it — open it, move through
// the periods, switch to the 63 provinces, click a province, show several periods side by side —
// on a copy of the bundled sample, checking that every number on the map is the cache's.
class TestMapPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample;
    QString m_cachePath;
    UnitRegistry m_registry;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<MainWindow> m_window;

    QString freshCopy() { return test::copyOfSample(m_dir.path()); }

    // Goes to a view and waits until its data is on screen (the navigator ignores a step to the
    // state it is in, so that one is on screen already once the window is settled).
    bool goAndWait(const ViewState &state)
    {
        if (m_window->controller()->current() == state)
            return QTest::qWaitFor([this] { return m_window->controller()->isSettled(); }, 30000);
        QSignalSpy shown(m_window.get(), &MainWindow::viewShown);
        m_window->controller()->go(state);
        return shown.wait(30000) && m_window->controller()->isSettled();
    }

    bool setMap34AndWait(bool map34)
    {
        QSignalSpy shown(m_window.get(), &MainWindow::viewShown);
        m_window->controller()->setMap34(map34);
        return shown.wait(30000) && m_window->controller()->isSettled();
    }

    // The cache's value of an indicator on a unit — a 2025 province read by re-aggregation.
    double cacheValue(const QString &indicator, const QString &unit, const Period &period) const
    {
        const Indicator ind = *m_cache->catalogue().find(indicator);
        const auto s = Reaggregator(*m_cache).series({indicator, unit, QString(), ind.storedAs, ind.periodicity, period, period});
        return s && !s->points.isEmpty() ? s->points.first().value : std::nan("");
    }

    static bool close(double a, double b)
    {
        return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
    }

    MapPage *page() const { return m_window->pages()->map(); }
    ChoroplethMap *map() const { return page()->panel()->map(); }
    const ChoroplethRenderer &renderer() const { return map()->renderer(); }
    QRectF mapRect() const { return QRectF(map()->rect()); }

    Period shownPeriod() const
    {
        const ProvinceTable &table = page()->data().provinces;
        return table.periods.value(page()->periodSlider()->currentIndex());
    }

    // The ranking list beside the map lists exactly the map's values, best first.
    void rankingMatchesTheMap(int frame)
    {
        ProvinceRankingModel *ranking = page()->rankingModel();
        const ChoroplethFrame &shown = renderer().frames().at(frame);
        QCOMPARE(ranking->rowCount(), int(shown.values.size()));
        double previous = std::numeric_limits<double>::infinity();
        for (int row = 0; row < ranking->rowCount(); ++row) {
            const QString unit = ranking->index(row, 0).data(ProvinceRankingModel::UnitRole).toString();
            const double value = ranking->index(row, 0).data(ProvinceRankingModel::RawValueRole).toDouble();
            QVERIFY2(shown.values.contains(unit), qPrintable(unit));
            QCOMPARE(value, shown.values.value(unit));
            QVERIFY2(value <= previous, qPrintable(unit)); // budget revenue: more is better
            previous = value;
        }
    }


private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Settings go to a throw-away folder, never to the user's.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_qs).toUtf8());
        m_sample = test::sampleCachePath();
        QVERIFY(QFile::exists(m_sample));
        m_cachePath = freshCopy();
        auto registry = UnitRegistry::fromResources();
        QVERIFY(registry.ok());
        m_registry = *registry;
        auto cache = Cache::open(m_cachePath, m_registry, Cache::OpenMode::ReadOnly);
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
        QVERIFY(m_window->controller()->map34());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_cache.reset();
    }

    void showsThe34ProvincesWithTheCachesNumbers()
    {
        QVERIFY(goAndWait({ViewState::Page::Map, u"budget.revenue"_qs, u"VN"_qs}));
        QCOMPARE(page()->data().request.indicator, u"budget.revenue"_qs);
        QVERIFY(page()->data().request.map34);
        QVERIFY(page()->isVisible());

        // 34 regions drawn, every one with a value, for the latest period.
        QCOMPARE(renderer().layout(mapRect()).fills.size(), 34);
        QCOMPARE(renderer().frames().size(), 1);
        const ChoroplethFrame &frame = renderer().frames().first();
        QCOMPARE(frame.values.size(), 34);
        for (auto it = frame.values.cbegin(); it != frame.values.cend(); ++it)
            QVERIFY2(it.key().startsWith(u"VN25-"), qPrintable(it.key()));
        const Period period = shownPeriod();
        QVERIFY(period.isValid());
        QCOMPARE(period, page()->data().rankingPeriod);
        QCOMPARE(frame.caption, period.label(QLocale(QLocale::Vietnamese, QLocale::Vietnam)));

        // Each value is the cache's, re-aggregated onto the 2025 province.
        for (const QString &unit : {u"VN25-01"_qs, u"VN25-48"_qs, u"VN25-79"_qs, u"VN25-46"_qs, u"VN25-92"_qs}) {
            const auto shown = renderer().value(unit);
            QVERIFY2(shown.has_value(), qPrintable(unit));
            QVERIFY2(close(*shown, cacheValue(u"budget.revenue"_qs, unit, period)), qPrintable(unit));
        }
        // Đà Nẵng (2025) is the old Đà Nẵng plus Quảng Nam: the sum of what they reported.
        const double merged = cacheValue(u"budget.revenue"_qs, u"VN-DN"_qs, period) + cacheValue(u"budget.revenue"_qs, u"VN-27"_qs, period);
        QVERIFY(std::isfinite(merged));
        QVERIFY(close(*renderer().value(u"VN25-48"_qs), merged));

        rankingMatchesTheMap(0);
        QCOMPARE(page()->rankingModel()->rowCount(), 34);
        // No notice: nothing is left out.
        const QLabel *note = page()->panel()->findChild<QLabel *>(u"pageHint"_qs);
        QVERIFY(note);
        QVERIFY(note->isHidden());
    }

    void theSliderMovesThroughThePeriodsWithoutAQuery()
    {
        QVERIFY(goAndWait({ViewState::Page::Map, u"budget.revenue"_qs, u"VN"_qs}));
        PeriodSlider *slider = page()->periodSlider();
        const int latest = slider->currentIndex();
        QVERIFY(latest >= 3);
        QCOMPARE(slider->steps().size(), page()->data().provinces.periods.size());
        const double latestDaNang = *renderer().value(u"VN25-48"_qs);

        QSignalSpy requested(m_window->controller(), &ViewController::indicatorRequested);
        const int earlier = latest - 3;
        slider->setCurrentIndex(earlier);
        QCOMPARE(slider->currentIndex(), earlier);
        // The table already holds every period: no request, the window stays settled.
        QCOMPARE(requested.size(), 0);
        QVERIFY(m_window->controller()->isSettled());

        const Period period = page()->data().provinces.periods.at(earlier);
        QCOMPARE(renderer().frames().first().caption, period.label(QLocale(QLocale::Vietnamese, QLocale::Vietnam)));
        QCOMPARE(renderer().frames().first().values.size(), 34);
        for (const QString &unit : {u"VN25-01"_qs, u"VN25-48"_qs, u"VN25-79"_qs}) {
            const auto shown = renderer().value(unit);
            QVERIFY2(shown.has_value(), qPrintable(unit));
            QVERIFY2(close(*shown, cacheValue(u"budget.revenue"_qs, unit, period)), qPrintable(unit));
        }
        QVERIFY(!close(*renderer().value(u"VN25-48"_qs), latestDaNang)); // it did move
        rankingMatchesTheMap(0);

        slider->setCurrentIndex(latest);
        QVERIFY(close(*renderer().value(u"VN25-48"_qs), latestDaNang));
        QCOMPARE(requested.size(), 0);
    }

    void the63ProvincesOnTheOldMap()
    {
        QVERIFY(goAndWait({ViewState::Page::Map, u"budget.revenue"_qs, u"VN"_qs}));
        QVERIFY(setMap34AndWait(false));
        QVERIFY(!page()->data().request.map34);
        QCOMPARE(renderer().layout(mapRect()).fills.size(), 63);
        const ChoroplethFrame &frame = renderer().frames().first();
        QCOMPARE(frame.values.size(), 63);
        for (auto it = frame.values.cbegin(); it != frame.values.cend(); ++it)
            QVERIFY2(it.key().startsWith(u"VN-") && !it.key().startsWith(u"VN25-"), qPrintable(it.key()));
        const Period period = shownPeriod();
        for (const QString &unit : {u"VN-HN"_qs, u"VN-DN"_qs, u"VN-27"_qs, u"VN-SG"_qs}) {
            const auto shown = renderer().value(unit);
            QVERIFY2(shown.has_value(), qPrintable(unit));
            QCOMPARE(*shown, cacheValue(u"budget.revenue"_qs, unit, period)); // stored, not combined
        }
        rankingMatchesTheMap(0);
        QVERIFY(setMap34AndWait(true));
        QCOMPARE(renderer().frames().first().values.size(), 34);
    }

    void clickingAProvinceOpensIt_data()
    {
        QTest::addColumn<bool>("map34");
        QTest::addColumn<QString>("expected");
        QTest::newRow("34") << true << u"VN25-01"_qs;
        QTest::newRow("63") << false << u"VN-HN"_qs;
    }

    void clickingAProvinceOpensIt()
    {
        QFETCH(bool, map34);
        QFETCH(QString, expected);
        QVERIFY(goAndWait({ViewState::Page::Map, u"budget.revenue"_qs, u"VN"_qs}));
        if (!map34)
            QVERIFY(setMap34AndWait(false));

        // Hoàn Kiếm, the centre of Hà Nội.
        const QPointF at = renderer().toPixel(mapRect(), {105.852, 21.029});
        QVERIFY(mapRect().contains(at));
        QCOMPARE(renderer().hitTest(mapRect(), at).id, expected);
        QSignalSpy shown(m_window.get(), &MainWindow::viewShown);
        QTest::mouseClick(map(), Qt::LeftButton, Qt::NoModifier, at.toPoint());
        const ViewState now = m_window->controller()->current();
        QCOMPARE(int(now.page), int(ViewState::Page::Indicator));
        QCOMPARE(now.indicator, u"budget.revenue"_qs);
        QCOMPARE(now.scope, expected);
        QVERIFY(shown.wait(30000));
        QCOMPARE(m_window->pages()->indicator()->data().request.unit, expected);

        if (!map34)
            QVERIFY(setMap34AndWait(true));
    }

    // A not-additive indicator has no value on a merged province: the map shows the provinces it
    // can and says, on the page, why the others are blank.
    void notAdditiveSaysWhyProvincesAreMissing()
    {
        const auto iip = m_cache->catalogue().find(u"iip.growth"_qs);
        QVERIFY(iip);
        QCOMPARE(int(iip->aggregation), int(AggregationRule::NotAdditive));
        QVERIFY(goAndWait({ViewState::Page::Map, u"iip.growth"_qs, u"VN"_qs}));
        QVERIFY(page()->data().request.map34);

        const ProvinceTable &table = page()->data().provinces;
        const int withValues = int(renderer().frames().first().values.size());
        QVERIFY2(withValues > 0 && withValues < 34, qPrintable(QString::number(withValues)));
        QCOMPARE(int(table.refused.size() + table.rows.size()), 34);
        QVERIFY(!table.refused.isEmpty());
        // Đà Nẵng (2025) merged two provinces: refused; Hà Nội kept its borders: shown.
        QVERIFY(table.refused.contains(u"VN25-48"_qs));
        QVERIFY(!renderer().value(u"VN25-48"_qs));
        const auto hanoi = renderer().value(u"VN25-01"_qs);
        QVERIFY(hanoi);
        QCOMPARE(*hanoi, cacheValue(u"iip.growth"_qs, u"VN25-01"_qs, shownPeriod()));
        QCOMPARE(page()->rankingModel()->rowCount(), withValues);

        // The note on the panel is visible and says how many are missing and why.
        const QLabel *note = page()->panel()->findChild<QLabel *>(u"pageHint"_qs);
        QVERIFY(note);
        QVERIFY(note->isVisibleTo(m_window.get()));
        QCOMPARE(note->text(), table.notice(34));
        QVERIFY(note->text().contains(QString::number(table.refused.size())));
        QVERIFY(note->text().contains(table.refusal));
        QVERIFY(note->text().contains(u"không cộng gộp") || note->text().contains(u"not additive"));
        QVERIFY(note->width() > 0 && note->height() > 0);

        // Back on a summable indicator the note goes away.
        QVERIFY(goAndWait({ViewState::Page::Map, u"budget.revenue"_qs, u"VN"_qs}));
        QVERIFY(note->isHidden());
    }

    void smallMultiples()
    {
        QVERIFY(goAndWait({ViewState::Page::Map, u"budget.revenue"_qs, u"VN"_qs}));
        MapPanel *panel = page()->panel();
        QSignalSpy requested(m_window->controller(), &ViewController::indicatorRequested);
        panel->setFrameCount(6);
        QCOMPARE(panel->frameCount(), 6);
        QCOMPARE(requested.size(), 0);
        const QList<ChoroplethFrame> &frames = renderer().frames();
        QCOMPARE(frames.size(), 6);
        QCOMPARE(renderer().layout(mapRect()).frames.size(), 6);
        QSet<QString> captions;
        for (const ChoroplethFrame &f : frames) {
            QVERIFY(!f.caption.isEmpty());
            captions.insert(f.caption);
            QCOMPARE(f.values.size(), 34);
        }
        QCOMPARE(captions.size(), 6);
        // The six periods up to the one shown, oldest first.
        const ProvinceTable &table = page()->data().provinces;
        const int last = page()->periodSlider()->currentIndex();
        const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
        for (int i = 0; i < 6; ++i) {
            const Period p = table.periods.at(last - 5 + i);
            QCOMPARE(frames.at(i).caption, p.label(vi));
            QVERIFY(close(*renderer().value(u"VN25-48"_qs, i), cacheValue(u"budget.revenue"_qs, u"VN25-48"_qs, p)));
        }
        // A click on a frame still opens the province.
        const QPointF at = renderer().toPixel(mapRect(), {105.852, 21.029}, 2);
        QCOMPARE(renderer().hitTest(mapRect(), at).id, u"VN25-01"_qs);
        QCOMPARE(renderer().hitTest(mapRect(), at).frame, 2);
        panel->setFrameCount(1);
        QCOMPARE(renderer().frames().size(), 1);
    }

    // With the Vietnamese interface the map page reads in Vietnamese: none of its own texts is
    // still the English source (a class split out of another changes the translation context, and
    // its strings fall back to English until lupdate runs).
    void readsInVietnamese()
    {
        QVERIFY(goAndWait({ViewState::Page::Map, u"budget.revenue"_qs, u"VN"_qs}));
        QStringList untranslated;
        const auto check = [&untranslated](const QString &text, const QString &english) {
            if (text == english || text.startsWith(english))
                untranslated.append(text);
        };
        const ProvinceRankingModel *ranking = page()->rankingModel();
        check(ranking->headerData(ProvinceRankingModel::RankColumn, Qt::Horizontal).toString(), u"Rank"_qs);
        check(ranking->headerData(ProvinceRankingModel::NameColumn, Qt::Horizontal).toString(), u"Province"_qs);
        for (const QComboBox *box : page()->panel()->findChildren<QComboBox *>()) {
            for (const QString &english : {u"One period"_qs, u"Quantiles"_qs, u"Colours: automatic"_qs})
                check(box->currentText(), english);
        }
        for (const QLabel *label : page()->findChildren<QLabel *>(u"panelTitle"_qs))
            check(label->text(), u"Provinces, "_qs);
        check(m_window->breadcrumb()->steps().last(), u"Map"_qs);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u" | ")));
    }

    void screenshots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("3840x2160") << QSize(3840, 2160);
    }

    // The real binary's --screenshot of the map view at wall sizes: the chrome and a map coloured
    // by class. The PNGs are kept under the build's screenshots/ for people to look at.
    void screenshots()
    {
        QFETCH(QSize, size);
        const QString dir = qEnvironmentVariable("DIEUHANH_BINARY_DIR") + u"/screenshots";
        QVERIFY(QDir().mkpath(dir));
        const QString png = dir + QStringLiteral("/map-view-%1x%2.png").arg(size.width()).arg(size.height());
        QFile::remove(png);
        QProcess app;
        // Its own settings folder: this test's window changed the map and the frames.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_qs, m_dir.filePath(QStringLiteral("config-%1").arg(size.width())));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(qEnvironmentVariable("DIEUHANH_BINARY_DIR") + u"/bin/dieuhanh",
                  {u"--cache"_qs, freshCopy(), u"--screenshot"_qs, png, u"--view"_qs, u"map:budget.revenue"_qs, u"--size"_qs,
                   QStringLiteral("%1x%2").arg(size.width()).arg(size.height())});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        // The header band with the synthetic-data badge, and a choropleth filling the left of the
        // page: several classes, each a flat colour over a good part of the map's area.
        const QRect header = test::colourBand(image, 0x0b3d6b);
        QVERIFY2(header.height() > size.height() / 30, "no header band");
        QVERIFY2(test::containsColour(image, QRect(size.width() * 3 / 4, header.top(), size.width() / 4, header.height()), 0xf2a900),
                 "no synthetic-data badge");
        const QRect map(size.width() / 8, size.height() / 4, size.width() / 2, size.height() / 2);
        QVERIFY2(test::flatColours(image, map, 0.005) >= 3, "no choropleth classes in the map area");
    }
};

QTEST_MAIN(TestMapPage)
#include "tst_mappage.moc"
