#include "gui/catalogpage.h"
#include "gui/homepage.h"
#include "gui/languageswitcher.h"
#include "gui/mainwindow.h"
#include "gui/pagestack.h"
#include "models/viewcontroller.h"
#include "models/catalogmodel.h"
#include "store/cache.h"
#include "tiles/kpitile.h"
#include "pictures.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;

namespace {

// Whether a widget has been painted, and whether the window was ready (the first view's data in)
// when it first was.
class FirstPaint final : public QObject
{
public:
    void watch(QWidget *widget, const MainWindow *window)
    {
        m_window = window;
        widget->installEventFilter(this);
    }
    bool painted() const { return m_painted; }
    bool readyThen() const { return m_ready; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            m_ready = m_window->controller()->isReady();
        }
        return false;
    }

private:
    const MainWindow *m_window = nullptr;
    bool m_painted = false;
    bool m_ready = false;
};

class ResizeCount final : public QObject
{
public:
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        m_count += event->type() == QEvent::Resize;
        return false;
    }

private:
    int m_count = 0;
};

// The theme's header band, synthetic-data badge and error banner (app/gui/theme.cpp).
constexpr QRgb kHeaderBlue = 0x0b3d6b;
constexpr QRgb kBadgeAmber = 0xf2a900;
constexpr QRgb kErrorPink = 0xfde8e8;

} // namespace

// The main window on a copy of the bundled sample, offscreen.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QString freshCopy() { return test::copyOfSample(m_dir.path()); }



    QTemporaryDir m_dir;
    QString m_sample;
    UnitRegistry m_registry;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Settings go to a throw-away folder, never to the user's.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_qs).toUtf8());
        m_sample = test::sampleCachePath();
        QVERIFY(QFile::exists(m_sample));
        auto registry = UnitRegistry::fromResources();
        QVERIFY(registry.ok());
        m_registry = *registry;
    }

    void showsTheCacheAndTheSyntheticBadge()
    {
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(u"vi"_qs));
        MainWindow window(m_registry, languages);
        QSignalSpy ready(&window, &MainWindow::ready);
        window.resize(1600, 900);
        window.show();
        const QString path = freshCopy();
        window.openCache(path);
        QVERIFY(ready.wait(60000));
        QVERIFY(window.errorBanner()->isHidden());
        QVERIFY(window.syntheticBadge()->isVisible());
        QCOMPARE(window.syntheticBadge()->text(), u"Dữ liệu mẫu — mô phỏng"_qs);

        auto cache = Cache::open(path, m_registry, Cache::OpenMode::ReadOnly);
        QVERIFY(cache.ok());
        const QList<Indicator> indicators = (*cache)->catalogue().all();
        CatalogModel *model = window.pages()->catalog()->model();
        QCOMPARE(model->rowCount(), int(indicators.size()));
        // The latest values need scans and follow the first paint.
        const auto anyLatest = [model] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->entry(row)->latestPeriod)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(anyLatest(), 30000);

        // The latest national value shown equals the cache's, in Vietnamese formatting.
        int checked = 0;
        for (int row = 0; row < model->rowCount() && checked < 5; ++row) {
            const CatalogEntry *e = model->entry(row);
            if (!e->latestPeriod)
                continue;
            const auto s = (*cache)->observations().series({e->indicator.code, u"VN"_qs, QString(), e->indicator.storedAs,
                                             e->indicator.periodicity, e->latestPeriod, e->latestPeriod});
            QVERIFY(s.ok());
            QCOMPARE(s->size(), 1);
            const QString expected = QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(s->first().value, 'f', e->indicator.decimals);
            QCOMPARE(model->index(row, CatalogModel::LatestValue).data().toString(), expected);
            ++checked;
        }
        QCOMPARE(checked, 5);
    }

    void switchesLanguage()
    {
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(u"vi"_qs));
        MainWindow window(m_registry, languages);
        QSignalSpy ready(&window, &MainWindow::ready);
        window.show();
        window.openCache(freshCopy());
        QVERIFY(ready.wait(60000));
        QTableView *view = window.pages()->catalog()->view();
        const QString viHeader = view->model()->headerData(CatalogModel::Name, Qt::Horizontal).toString();
        QCOMPARE(viHeader, u"Chỉ tiêu"_qs);
        QVERIFY(languages.setLanguage(u"en"_qs));
        QTRY_COMPARE(view->model()->headerData(CatalogModel::Name, Qt::Horizontal).toString(), u"Indicator"_qs);
        QCOMPARE(window.syntheticBadge()->text(), u"Dữ liệu mẫu — mô phỏng"_qs); // the badge stays in Vietnamese
        QVERIFY(languages.setLanguage(u"vi"_qs));
    }

    void catalogStateIsSavedAndRestored()
    {
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(u"vi"_qs));
        {
            MainWindow window(m_registry, languages);
            window.pages()->catalog()->restoreState({{u"filter"_qs, u"cpi"_qs}, {u"sortColumn"_qs, 1}, {u"sortDescending"_qs, true}});
        }
        MainWindow window(m_registry, languages);
        const QJsonObject state = window.pages()->catalog()->saveState();
        QCOMPARE(state.value(u"filter"_qs).toString(), u"cpi"_qs);
        QCOMPARE(state.value(u"sortColumn"_qs).toInt(), 1);
        QCOMPARE(state.value(u"sortDescending"_qs).toBool(), true);
        window.pages()->catalog()->restoreState({});
    }

    // The first frame is painted whole, with the first view's data, rather than the bars first
    // and the tiles a frame later; with no data in sight the bars still show, after a short wait.
    void firstFrameWaitsForTheData()
    {
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(u"vi"_qs));
        {
            FirstPaint first;
            MainWindow window(m_registry, languages);
            first.watch(&window, &window);
            window.resize(1600, 900);
            window.show();
            QVERIFY(!window.updatesEnabled());
            QTRY_VERIFY_WITH_TIMEOUT(first.painted(), 10000);
            QVERIFY(window.updatesEnabled());
            QVERIFY(!first.readyThen());
        }
        FirstPaint first;
        MainWindow window(m_registry, languages);
        first.watch(window.pages()->home(), &window);
        QSignalSpy ready(&window, &MainWindow::ready);
        window.resize(1600, 900);
        window.show();
        window.openCache(freshCopy());
        QVERIFY(ready.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(first.painted(), 10000);
        QVERIFY(first.readyThen());
    }

    // The tiles are laid out once, as the window shows: the data arriving moves nothing, so the
    // tiles painted ahead on another core are the ones shown.
    void gridStaysPutWhenTheDataArrives()
    {
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(u"vi"_qs));
        MainWindow window(m_registry, languages, {freshCopy(), ViewState(), QString(), QSize(1600, 900)});
        QSignalSpy ready(&window, &MainWindow::ready);
        window.show();
        const QList<KpiTile *> tiles = window.pages()->home()->findChildren<KpiTile *>();
        QVERIFY(!tiles.isEmpty());
        ResizeCount resizes;
        for (KpiTile *tile : tiles)
            tile->installEventFilter(&resizes);
        // The tiles are painted once every layout the data asked for is done.
        FirstPaint painted;
        painted.watch(tiles.first(), &window);
        QVERIFY(ready.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(painted.painted(), 10000);
        QCOMPARE(resizes.count(), 0);
    }

    void refusesACorruptCacheWithABanner()
    {
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(u"vi"_qs));
        MainWindow window(m_registry, languages);
        QSignalSpy ready(&window, &MainWindow::ready);
        window.show();
        const QString path = m_dir.filePath(u"garbage.sqlite"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        window.openCache(path);
        QVERIFY(ready.wait(30000));
        QVERIFY(!window.errorBanner()->isHidden());
        QVERIFY(window.errorBanner()->text().contains(path));
        QCOMPARE(window.pages()->catalog()->model()->rowCount(), 0);
    }

    void screenshots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("3840x2160") << QSize(3840, 2160);
    }

    // The real binary's --screenshot at wall sizes: the header band with the synthetic-data badge,
    // sixteen tiles with their text in a 4 × 4 grid, and no error banner.
    void screenshots()
    {
        QFETCH(QSize, size);
        const QString png = test::screenshotDir() + QStringLiteral("/home-%1x%2.png").arg(size.width()).arg(size.height());
        QFile::remove(png);
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(qEnvironmentVariable("DIEUHANH_BINARY_DIR") + u"/bin/dieuhanh",
                  {u"--cache"_qs, freshCopy(), u"--screenshot"_qs, png, u"--size"_qs,
                   QStringLiteral("%1x%2").arg(size.width()).arg(size.height())});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), size);
        const int w = size.width();
        const int h = size.height();
        // The header: its band spans the width below the menu bar, the badge at its right end.
        const QRect header = test::colourBand(image, kHeaderBlue);
        QVERIFY2(header.top() > 0 && header.height() > h / 30, "no header band");
        const int headerBottom = header.bottom();
        QVERIFY2(test::containsColour(image, QRect(w * 3 / 4, header.top(), w / 4, header.height()), kBadgeAmber),
                 "no synthetic-data badge in the header");
        QVERIFY2(!test::containsColour(image, QRect(0, headerBottom, w, h / 8), kErrorPink), "an error banner is shown");
        // Every cell of the grid holds a tile with its text.
        const QRect grid(0, headerBottom + h / 10, w, h - headerBottom - h / 10 - h / 20);
        for (int row = 0; row < 4; ++row) {
            for (int column = 0; column < 4; ++column) {
                const QRect cell(grid.left() + column * grid.width() / 4 + w / 100, grid.top() + row * grid.height() / 4,
                                 grid.width() / 4 - w / 50, grid.height() / 4 - h / 100);
                const double dark = test::darkShare(image, cell);
                QVERIFY2(dark > 0.004 && dark < 0.4, qPrintable(QStringLiteral("tile %1,%2: %3").arg(row).arg(column).arg(dark)));
            }
        }
    }

    void layoutFileFromTheCommandLine()
    {
        const QString good = m_dir.filePath(u"wall.json"_qs);
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "id": "wall", "title": {"vi": "Phòng họp", "en": "Briefing"}, "columns": 2,
                      "tiles": [{"indicator": "cpi.yoy"}, {"indicator": "exports"}]})");
        file.close();
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(u"vi"_qs));
        {
            MainWindow window(m_registry, languages, {freshCopy(), ViewState(), good});
            QSignalSpy ready(&window, &MainWindow::ready);
            window.show();
            QVERIFY(ready.wait(60000));
            QVERIFY(window.errorBanner()->isHidden());
            QCOMPARE(window.pages()->home()->tiles().size(), 2);
            QCOMPARE(window.pages()->home()->tiles().first()->id(), u"cpi.yoy"_qs);
        }
        // A file that cannot be read is said, and the bundled dashboard is shown instead.
        MainWindow window(m_registry, languages, {freshCopy(), ViewState(), m_dir.filePath(u"absent.json"_qs)});
        QSignalSpy ready(&window, &MainWindow::ready);
        window.show();
        QVERIFY(ready.wait(60000));
        QVERIFY(window.errorBanner()->isVisible());
        QVERIFY(window.errorBanner()->text().contains(u"absent.json"));
        QCOMPARE(window.pages()->home()->tiles().size(), 16);
    }

    void catalogColumnsAreNotClipped()
    {
        LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(u"vi"_qs));
        MainWindow window(m_registry, languages);
        QSignalSpy ready(&window, &MainWindow::ready);
        window.resize(1920, 1080);
        window.show();
        window.openCache(freshCopy());
        QVERIFY(ready.wait(60000));
        window.controller()->go({ViewState::Page::Catalogue});
        QTableView *view = window.pages()->catalog()->view();
        QTRY_VERIFY(view->isVisible());
        const QFontMetrics fm(view->font());
        for (int column : {int(CatalogModel::LatestValue), int(CatalogModel::LatestPeriod), int(CatalogModel::Unit)}) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QString text = view->model()->index(row, column).data().toString();
                QVERIFY2(fm.horizontalAdvance(text) <= view->columnWidth(column), qPrintable(text));
            }
        }
        QVERIFY(window.syntheticBadge()->width() >= window.syntheticBadge()->sizeHint().width());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
