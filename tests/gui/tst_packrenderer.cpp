#include "gui/pack/packcommand.h"
#include "gui/pack/packeditor.h"
#include "gui/pack/packrenderer.h"
#include "gui/pack/packtable.h"
#include "gui/pack/packtaskspage.h"

#include "core/unitregistry.h"
#include "models/indicatortablemodel.h"
#include "models/kpitext.h"
#include "models/packpagesmodel.h"
#include "models/tasklabels.h"
#include "models/taskloader.h"
#include "models/taskrankingmodel.h"
#include "models/viewcontroller.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dh;

// A briefing pack printed from a copy of the bundled sample, read back with poppler's tools as a
// reader of the PDF would: as many pages as the pack says, every page with its frame (titles,
// dates, sources, the synthetic label, its number), the cache's numbers in Vietnamese formatting
// with their diacritics, no picture where a chart or a map is drawn, the fonts embedded; and the
// headless command's answers to a good and a bad pack.
class TestPackRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cachePath;
    QString m_pdf;
    UnitRegistry m_registry;
    std::unique_ptr<CacheService> m_service;
    std::unique_ptr<ViewController> m_controller;
    BriefingPack m_pack;
    PackData m_data;
    std::unique_ptr<PackRenderer> m_renderer;
    // The first printed page of each pack page.
    QList<int> m_firstPage;

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.start(program, arguments);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QString pageText(int page) const
    {
        const QString n = QString::number(page + 1);
        return run(u"pdftotext"_qs, {u"-layout"_qs, u"-f"_qs, n, u"-l"_qs, n, m_pdf, u"-"_qs});
    }

    // Without -layout: text in reading order, so a state's name wrapped in its box stays whole.
    QString rawText(const QString &pdf, int page) const
    {
        const QString n = QString::number(page + 1);
        return collapsed(run(u"pdftotext"_qs, {u"-f"_qs, n, u"-l"_qs, n, pdf, u"-"_qs}));
    }

    // pdfimages lists a header of two lines, then one line per image.
    int imagesOn(int page) const
    {
        const QString n = QString::number(page + 1);
        const QStringList lines = run(u"pdfimages"_qs, {u"-list"_qs, u"-f"_qs, n, u"-l"_qs, n, m_pdf}).split(u'\n', Qt::SkipEmptyParts);
        return int(lines.size()) - 2;
    }

    static QString collapsed(QString text) { return text.replace(QRegularExpression(u"\\s+"_qs), u" "_qs); }

    QString formatVi(double value, const Indicator &indicator) const
    {
        return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(value, 'f', indicator.decimals);
    }

    const PackPageData &page(BriefingPage::Kind kind) const
    {
        for (const PackPageData &p : m_data.pages) {
            if (p.page.kind == kind)
                return p;
        }
        qFatal("no such page");
    }

    int printedPage(BriefingPage::Kind kind) const
    {
        for (int i = 0; i < m_pack.pages.size(); ++i) {
            if (m_pack.pages.at(i).kind == kind)
                return m_firstPage.at(i);
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty() || QStandardPaths::findExecutable(u"pdfimages"_qs).isEmpty())
            QSKIP("poppler-utils (pdftotext, pdfimages, pdffonts, pdftoppm) is not installed: packaging/install-deps.sh installs it");
        QVERIFY(m_dir.isValid());
        m_cachePath = test::copyOfSample(m_dir.path());
        QVERIFY(!m_cachePath.isEmpty());
        auto registry = UnitRegistry::fromResources();
        QVERIFY(registry.ok());
        m_registry = *registry;
        m_service = std::make_unique<CacheService>(m_registry);
        m_controller = std::make_unique<ViewController>(*m_service);
        m_controller->setHomeLayout(*DashboardLayout::bundledHome());
        QSignalSpy ready(m_controller.get(), &ViewController::ready);
        m_controller->open(m_cachePath);
        QVERIFY(ready.wait(60000));
        QVERIFY(m_controller->overview());

        auto pack = BriefingPack::fromJson(test::readText(test::resourcePath(u"packs/monthly-briefing.json"_qs)).toUtf8());
        QVERIFY(pack.ok());
        m_pack = *pack;
        // Beside the example's kinds, a ranking and a breakdown.
        BriefingPage ranking;
        ranking.kind = BriefingPage::Kind::Ranking;
        ranking.indicator = u"budget.revenue"_qs;
        BriefingPage breakdown;
        breakdown.kind = BriefingPage::Kind::Breakdown;
        breakdown.indicator = u"budget.revenue"_qs;
        m_pack.pages.insert(2, ranking);
        m_pack.pages.insert(3, breakdown);
        int printed = 0;
        for (const BriefingPage &p : std::as_const(m_pack.pages)) {
            m_firstPage.append(printed);
            printed += p.kind == BriefingPage::Kind::Atlas ? 34 : 1;
        }

        auto data = loadPackData(*m_controller, m_pack);
        QVERIFY2(data.ok(), qPrintable(data ? QString() : data.error().message));
        m_data = *data;
        QVERIFY(m_data.synthetic);
        for (const PackPageData &p : std::as_const(m_data.pages))
            QVERIFY2(p.error.isEmpty(), qPrintable(BriefingPage::kindName(p.page.kind) + u' ' + p.page.indicator + u": "_qs + p.error));
        m_renderer = std::make_unique<PackRenderer>(m_data, m_registry);
        m_pdf = m_dir.filePath(u"pack.pdf"_qs);
        QVERIFY(m_renderer->writePdf(m_pdf).ok());
    }

    void pageCountAsThePackSays()
    {
        QCOMPARE(m_renderer->pageCount(), m_pack.printedPageCount());
        const QString info = run(u"pdfinfo"_qs, {m_pdf});
        const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_qs).match(info);
        QVERIFY2(match.hasMatch(), qPrintable(info));
        QCOMPARE(match.captured(1).toInt(), m_pack.printedPageCount());
    }

    void everyPageHasItsFrame()
    {
        const QString label = PackRenderer::tr("SIMULATED DATA — not official statistics");
        for (int i = 0; i < m_renderer->pageCount(); ++i) {
            const QString text = collapsed(pageText(i));
            QVERIFY2(text.contains(m_pack.title), qPrintable(QString::number(i)));
            QVERIFY2(text.contains(u"03/11/2026"_qs), qPrintable(QString::number(i)));
            QVERIFY2(text.contains(PackRenderer::tr("Data as of %1").arg(u"31/10/2026"_qs)), qPrintable(QString::number(i)));
            QVERIFY2(text.contains(PackRenderer::tr("Page %1/%2").arg(i + 1).arg(m_renderer->pageCount())), qPrintable(text));
            QVERIFY2(text.contains(label), qPrintable(QString::number(i)));
            for (const QString &source : m_renderer->sourcesOf(i))
                QVERIFY2(text.contains(source), qPrintable(QString::number(i) + u": "_qs + source + u" in "_qs + text));
        }
    }

    void numbersInVietnameseWithTheirNames()
    {
        // The indicator page: its name and its value at the last period by the as-of date.
        const PackPageData &indicator = page(BriefingPage::Kind::Indicator);
        const IndicatorViewData &view = *indicator.view;
        QVERIFY(view.periods.last().endDate() <= m_pack.asOf);
        const QString text = pageText(printedPage(BriefingPage::Kind::Indicator));
        QVERIFY(text.contains(view.indicator.nameVi));
        QVERIFY2(text.contains(formatVi(view.values.last(), view.indicator)), qPrintable(formatVi(view.values.last(), view.indicator)));

        // The map page: the best province, with its diacritics, and its value.
        const PackPageData &map = page(BriefingPage::Kind::Map);
        const RankedProvince &best = map.view->ranking.first();
        const QString mapText = pageText(printedPage(BriefingPage::Kind::Map));
        QVERIFY2(mapText.contains(best.nameVi), qPrintable(best.nameVi));
        QVERIFY(mapText.contains(formatVi(best.value, map.view->indicator)));
        QVERIFY(mapText.contains(u"geoBoundaries"_qs));
        // The map's own labels are text, not outlines: the archipelagos' are on no table.
        QVERIFY(collapsed(mapText).contains(u"Hoàng Sa"_qs));
        QVERIFY(collapsed(mapText).contains(u"Trường Sa"_qs));

        // The atlas page of Hà Nội: the province, each indicator's value and rank of 34.
        const PackPageData &atlas = page(BriefingPage::Kind::Atlas);
        const QString hanoi = u"VN25-01"_qs;
        const int at = int(atlas.provinces.indexOf(hanoi));
        QVERIFY(at >= 0);
        const QString atlasText = pageText(printedPage(BriefingPage::Kind::Atlas) + at);
        QVERIFY(atlasText.contains(u"Hà Nội"_qs));
        for (const AtlasColumn &column : atlas.atlas) {
            QVERIFY2(column.error.isEmpty(), qPrintable(column.error));
            const auto place = column.places.value(hanoi);
            QVERIFY2(atlasText.contains(formatVi(place.value, column.indicator)), qPrintable(column.indicator.code));
            QVERIFY2(atlasText.contains(u"%1/%2"_qs.arg(place.rank).arg(column.ranked)), qPrintable(column.indicator.code));
            QVERIFY(column.national);
            QVERIFY2(atlasText.contains(formatVi(*column.national, column.indicator)), qPrintable(column.indicator.code));
        }
    }

    void chartsAndMapsAreVectors()
    {
        for (BriefingPage::Kind kind : {BriefingPage::Kind::Home, BriefingPage::Kind::Indicator, BriefingPage::Kind::Map,
                                        BriefingPage::Kind::Ranking, BriefingPage::Kind::Breakdown, BriefingPage::Kind::Atlas,
                                        BriefingPage::Kind::Tasks})
            QCOMPARE(imagesOn(printedPage(kind)), 0);
        const QStringList all = run(u"pdfimages"_qs, {u"-list"_qs, m_pdf}).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(all.size(), 2);
    }

    void fontsEmbedded()
    {
        const QStringList lines = run(u"pdffonts"_qs, {m_pdf}).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        bool noto = false;
        for (const QString &line : lines.mid(2)) {
            noto = noto || line.contains(u"NotoSans"_qs);
            // name type encoding emb sub uni object ID: "emb" is the fourth field from the end but two.
            const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(fields.size() >= 7 && fields.at(fields.size() - 5) == u"yes", qPrintable(line));
        }
        QVERIFY(noto);
    }

    // On 16:9 slides the indicator table keeps its last column whole: its header and every value of
    // it on the page's rows.
    void slidesKeepTheTablesLastColumn()
    {
        PackData slides = m_data;
        slides.pack.paper = BriefingPack::Paper::Slides16x9;
        slides.pages = {page(BriefingPage::Kind::Indicator)};
        PackRenderer renderer(slides, m_registry);
        QCOMPARE(renderer.canvasSize().toSize(), QSize(960, 540));
        const QString pdf = m_dir.filePath(u"slides.pdf"_qs);
        QVERIFY(renderer.writePdf(pdf).ok());
        IndicatorTableModel model;
        model.setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        model.setView(*slides.pages.first().view);
        const int last = IndicatorTableModel::StatusColumn;
        QCOMPARE(model.columnCount(), last + 1);
        const QString text = run(u"pdftotext"_qs, {u"-layout"_qs, pdf, u"-"_qs});
        QVERIFY2(collapsed(text).contains(model.headerData(last, Qt::Horizontal).toString()), qPrintable(text));
        QVERIFY(!text.contains(PackTable::tr("%n columns left out for want of room: %1", nullptr, 1).section(u':', 0, 0)));
        // A row is a line: its period, then its cells up to the last column's.
        const QStringList lines = text.split(u'\n');
        int statuses = 0;
        for (int r = 0; r < 12; ++r) {
            const QString period = model.index(r, IndicatorTableModel::PeriodColumn).data().toString();
            const QString status = model.index(r, last).data().toString();
            const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(period + u"  "_qs); });
            QVERIFY2(line != lines.cend(), qPrintable(period));
            const QString row = collapsed(*line);
            QVERIFY2(row.contains(model.index(r, IndicatorTableModel::LastYearColumn).data().toString()), qPrintable(row));
            if (!status.isEmpty()) {
                QVERIFY2(row.endsWith(status) || row.endsWith(status + u' '), qPrintable(row + u" | "_qs + status));
                ++statuses;
            }
        }
        QVERIFY(statuses > 0);
    }

    // The home page of a pack shows each tile as of the pack's date, not the cache's latest: with
    // the as-of moved back to June, the sample's later months are in the cache but not on the page.
    void homeTilesAtThePacksAsOf()
    {
        BriefingPack june = m_pack;
        june.asOf = QDate(2026, 6, 30);
        june.pages = {page(BriefingPage::Kind::Home).page};
        auto data = loadPackData(*m_controller, june);
        QVERIFY(data.ok());
        const QList<DashboardTile> &early = data->pages.first().tiles;
        const QList<DashboardTile> &late = page(BriefingPage::Kind::Home).tiles;
        QCOMPARE(early.size(), late.size());
        PackRenderer renderer(*data, m_registry);
        const QString pdf = m_dir.filePath(u"june.pdf"_qs);
        QVERIFY(renderer.writePdf(pdf).ok());
        const QString text = rawText(pdf, 0);
        const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
        int monthly = 0;
        for (qsizetype i = 0; i < early.size(); ++i) {
            const Indicator &ind = early.at(i).indicator;
            if (ind.periodicity != Period::Kind::Month || !early.at(i).figures.latest || !late.at(i).figures.latest)
                continue;
            const Observation &then = *early.at(i).figures.latest;
            const Observation &now = *late.at(i).figures.latest;
            QVERIFY2(then.period.endDate() <= june.asOf, qPrintable(ind.code));
            QCOMPARE(then.period, Period::month(2026, 6));
            QVERIFY(now.period.endDate() > june.asOf); // a later observation is in the cache
            const KpiText shown = formatKpi(ind, early.at(i).figures, vi, true);
            const KpiText latest = formatKpi(ind, late.at(i).figures, vi, true);
            QVERIFY2(text.contains(shown.value), qPrintable(ind.code + u": "_qs + shown.value + u" in "_qs + text));
            if (shown.value != latest.value && latest.value.size() >= 5) // short figures may stand elsewhere on the page
                QVERIFY2(!text.contains(latest.value), qPrintable(ind.code + u": "_qs + latest.value));
            ++monthly;
        }
        QVERIFY(monthly >= 3);
    }

    // The tasks page: the four states with the counts TaskSummary gives for the same cache and
    // date, in Vietnamese formatting, the on-time rate, and the ministry with the most overdue tasks.
    void tasksPageHoldsTheSummary()
    {
        TaskLoader loader(*m_service);
        QSignalSpy summaries(&loader, &TaskLoader::summaryLoaded);
        QSignalSpy rankings(&loader, &TaskLoader::rankingLoaded);
        loader.requestSummary(m_pack.asOf, QString(), TaskUnitEra::Units2025);
        loader.requestRanking(m_pack.asOf, TaskUnitEra::Units2025);
        QTRY_VERIFY_WITH_TIMEOUT(summaries.size() == 1 && rankings.size() == 1, 60000);
        const auto summary = summaries.first().first().value<TaskSummary>();
        QVERIFY(summary.withDeadline() > 1000);
        const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
        const QString text = rawText(m_pdf, printedPage(BriefingPage::Kind::Tasks));
        QVERIFY2(text.contains(u"31/10/2026"_qs), qPrintable(text));
        for (TaskState state : TaskSummary::fourStates()) {
            QVERIFY2(text.contains(TaskLabels::state(state)), qPrintable(TaskLabels::state(state) + u" in "_qs + text));
            const QString count = vi.toString(summary.count(state));
            QVERIFY2(text.contains(count), qPrintable(count + u" in "_qs + text));
            QVERIFY2(text.contains(vi.toString(summary.rate(state), 'f', 2) + u" %"_qs), qPrintable(text));
        }
        QVERIFY(summary.count(TaskState::Overdue) >= 1000); // written with a thousands separator
        QVERIFY(vi.toString(summary.count(TaskState::Overdue)).contains(u'.'));
        QVERIFY(text.contains(vi.toString(summary.withDeadline())));
        QVERIFY(text.contains(vi.toString(summary.counts.standing)));

        TaskRankingModel ministries(m_registry, AdminUnit::Level::Ministry);
        ministries.setLocale(vi);
        ministries.setCounts(rankings.first().at(2).value<QList<TaskStateCount>>());
        QVERIFY(ministries.rowCount() > 0);
        const QString worst = ministries.index(0, TaskRankingModel::NameColumn).data().toString();
        const QString overdue = ministries.index(0, TaskRankingModel::OverdueColumn).data().toString();
        // Laid out, a row of the table is a line.
        const QString rows = collapsed(pageText(printedPage(BriefingPage::Kind::Tasks)));
        QVERIFY2(rows.contains(u"1 "_qs + worst + u' ' + overdue + u' '), qPrintable(worst + u' ' + overdue + u" in "_qs + rows));
    }

    // A scope without tasks by the pack's as-of date says so, and prints no state with a zero.
    void tasksPageWithoutTasks()
    {
        BriefingPack early = m_pack;
        early.asOf = QDate(2001, 1, 31);
        early.pages = {page(BriefingPage::Kind::Tasks).page};
        auto data = loadPackData(*m_controller, early);
        QVERIFY(data.ok());
        QVERIFY(data->pages.first().tasks);
        QCOMPARE(data->pages.first().tasks->counts.total(), 0);
        PackRenderer renderer(*data, m_registry);
        const QString pdf = m_dir.filePath(u"no-tasks.pdf"_qs);
        QVERIFY(renderer.writePdf(pdf).ok());
        const QString text = rawText(pdf, 0);
        QVERIFY2(text.contains(PackTasksPage::noTasks(PackTasksPage::tr("the whole country"), u"31/01/2001"_qs)), qPrintable(text));
        QVERIFY(!text.contains(TaskLabels::state(TaskState::Overdue)));
        QVERIFY(!text.contains(PackTasksPage::tr("On-time completion rate")));
    }

    // Two pages as pictures, for people to look at: a map and a province of the atlas.
    void renderTwoPages()
    {
        const QString out = test::screenshotDir();
        QVERIFY(QDir().mkpath(out));
        const QList<std::pair<QString, int>> pages{{u"pack-map"_qs, printedPage(BriefingPage::Kind::Map)},
                                                   {u"pack-atlas"_qs, printedPage(BriefingPage::Kind::Atlas)}};
        for (const auto &[name, index] : pages) {
            const QString n = QString::number(index + 1);
            QProcess p;
            p.start(u"pdftoppm"_qs, {u"-png"_qs, u"-r"_qs, u"110"_qs, u"-singlefile"_qs, u"-f"_qs, n, u"-l"_qs, n, m_pdf, out + u'/' + name});
            QVERIFY(p.waitForFinished(60000) && p.exitCode() == 0);
            const QImage image(out + u'/' + name + u".png"_qs);
            QVERIFY(!image.isNull());
            // Not blank: a good part of the page is painted.
            int painted = 0;
            for (int y = 0; y < image.height(); y += 4) {
                for (int x = 0; x < image.width(); x += 4)
                    painted += image.pixel(x, y) != qRgb(255, 255, 255);
            }
            QVERIFY2(painted > image.width() * image.height() / 16 / 20, qPrintable(name));
        }
    }

    // The editor: views added as they are shown, a page removed, the pack saved and read back,
    // and the PDF written a page per turn of the event loop.
    void editorBuildsAndExports()
    {
        PackEditor editor(*m_controller, m_registry);
        BriefingPack start = m_pack;
        start.pages = {m_pack.pages.at(0)};
        editor.setPack(start);
        QVERIFY(editor.addCurrentView()); // the dashboard the controller opened on
        m_controller->go({ViewState::Page::Map, u"exports"_qs, u"VN"_qs, u"2026-09"_qs});
        QVERIFY(editor.addCurrentView());
        m_controller->go({ViewState::Page::Catalogue});
        QVERIFY(!editor.addCurrentView());
        m_controller->go({ViewState::Page::Tasks, QString(), u"BTC"_qs});
        QVERIFY(editor.addCurrentView());
        QCOMPARE(editor.pack().pages.last().kind, BriefingPage::Kind::Tasks);
        QCOMPARE(editor.pack().pages.last().scope, u"BTC"_qs);
        QVERIFY(editor.pack().pages.last().indicator.isEmpty());
        editor.pagesModel()->removePage(3);
        QVERIFY(editor.pagesModel()->moveRow(2, -1));
        QCOMPARE(editor.pack().pages.at(1).kind, BriefingPage::Kind::Map);
        QCOMPARE(editor.pack().pages.at(1).period, u"2026-09"_qs);
        QCOMPARE(editor.pack().pages.at(2).kind, BriefingPage::Kind::Home);

        const QString path = m_dir.filePath(u"edited.json"_qs);
        QVERIFY(editor.pack().save(path).ok());
        const auto back = BriefingPack::load(path);
        QVERIFY(back.ok());
        QVERIFY(*back == editor.pack());

        QSignalSpy exported(&editor, &PackEditor::exported);
        const QString pdf = m_dir.filePath(u"edited.pdf"_qs);
        editor.exportPdf(pdf);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.first().at(1).toInt(), 3);
        const QString text = run(u"pdftotext"_qs, {u"-f"_qs, u"2"_qs, u"-l"_qs, u"2"_qs, pdf, u"-"_qs});
        QVERIFY2(text.contains(Period::month(2026, 9).label(QLocale(QLocale::Vietnamese, QLocale::Vietnam))), qPrintable(text));
    }

    void headlessCommand()
    {
        const QString program = qEnvironmentVariable("DIEUHANH_BINARY_DIR") + u"/bin/dieuhanh"_qs;
        const QString packPath = m_dir.filePath(u"small.json"_qs);
        BriefingPack small = m_pack;
        small.pages = {m_pack.pages.at(0), m_pack.pages.at(1), m_pack.pages.at(5)};
        QVERIFY(small.save(packPath).ok());
        const QString pdf = m_dir.filePath(u"small.pdf"_qs);
        QProcess good;
        good.start(program, {u"--cache"_qs, m_cachePath, u"--pack"_qs, packPath, u"--pdf"_qs, pdf});
        QVERIFY(good.waitForFinished(120000));
        QCOMPARE(good.exitCode(), 0);
        const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_qs).match(run(u"pdfinfo"_qs, {pdf}));
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1).toInt(), 3);

        BriefingPack bad = small;
        bad.pages[2].indicator = u"exportz"_qs;
        QVERIFY(bad.save(packPath).ok());
        QProcess refused;
        refused.start(program, {u"--cache"_qs, m_cachePath, u"--pack"_qs, packPath, u"--pdf"_qs, m_dir.filePath(u"bad.pdf"_qs)});
        QVERIFY(refused.waitForFinished(120000));
        QCOMPARE(refused.exitCode(), 1);
        const QString error = QString::fromUtf8(refused.readAllStandardError());
        QVERIFY2(error.contains(u"small.json:"_qs) && error.contains(u"pages[2].indicator"_qs) && error.contains(u"exportz"_qs), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(u"bad.pdf"_qs)));
    }
};

QTEST_MAIN(TestPackRenderer)
#include "tst_packrenderer.moc"
