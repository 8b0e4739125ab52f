#include "gui/tasklistview.h"
#include "gui/taskspage.h"
#include "gui/tasksummarypanel.h"
#include "gui/tasktrendchart.h"
#include "models/cacheservice.h"
#include "models/taskfilterproxy.h"
#include "models/taskhistorymodel.h"
#include "models/tasklistmodel.h"
#include "models/taskrankingmodel.h"
#include "pictures.h"
#include "taskfixtures.h"
#include "tempcache.h"
#include "testdata.h"

#include "store/cache.h"
#include "taskgenerator.h"

#include <QApplication>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace dh;

// The task views drawn offscreen from a cache of a few hundred tasks: the national summary (the
// donut with its counts and rates, the trend, the rankings), an assignee's list with a search, and
// the summary panel in the wall's dark look. The pictures are saved for a person to look at.
class TestTaskViews : public QObject
{
    Q_OBJECT

private:
    inline static const QDate asOf{2026, 6, 30};

    QTemporaryDir m_dir;
    std::unique_ptr<test::TempCache> m_temp;
    std::unique_ptr<CacheService> m_service;
    QList<Task> m_tasks;

    static void save(QWidget &widget, const QString &name)
    {
        const QImage image = widget.grab().toImage();
        QVERIFY(image.save(test::screenshotDir() + u"/test-tasks-"_qs + name + u".png"_qs));
    }

    void waitFor(TasksPage &page)
    {
        QTRY_VERIFY_WITH_TIMEOUT(page.isSettled(), 30000);
    }

private slots:
    void initTestCase()
    {
        m_temp = std::make_unique<test::TempCache>();
        QVERIFY2(m_temp->ok(), qPrintable(m_temp->error()));
        m_tasks = test::taskSpread(600, asOf);
        QVERIFY(m_temp->cache().tasks().upsert(m_tasks));
        m_temp->close();
        m_service = std::make_unique<CacheService>(m_temp->registry());
        QSignalSpy opened(m_service.get(), &CacheService::opened);
        m_service->open(m_temp->path());
        QVERIFY(opened.wait(30000));
    }

    void cleanupTestCase()
    {
        m_service.reset();
    }

    void nationalSummary()
    {
        TasksPage page(*m_service, m_temp->registry());
        page.setAsOf(asOf);
        page.resize(1600, 900);
        page.show();
        page.showScope(u"VN"_qs, true);
        waitFor(page);
        QVERIFY(page.summaryPanel()->hasSummary());
        const TaskSummary &s = page.summaryPanel()->summary();
        QCOMPARE(s.counts.total(), qint64(m_tasks.size()));
        qint64 overdue = 0;
        for (const Task &t : m_tasks)
            overdue += taskStateAt(t, asOf) == TaskState::Overdue ? 1 : 0;
        QCOMPARE(s.counts.overdue, overdue);
        QVERIFY(overdue > 0 && s.counts.completedOnTime > 0 && s.counts.completedLate > 0 && s.counts.standing > 0);
        QCOMPARE(s.months.size(), 24);
        QCOMPARE(page.trend()->monthCount(), 24);
        QCOMPARE(page.ministries()->rowCount(), 5);
        QCOMPARE(page.provinces()->rowCount(), 4);
        // The ranking's first is the most overdue.
        const qint64 top = page.ministries()->index(0, TaskRankingModel::OverdueColumn).data(TaskRankingModel::SortRole).toLongLong();
        for (int r = 1; r < page.ministries()->rowCount(); ++r)
            QVERIFY(page.ministries()->index(r, TaskRankingModel::OverdueColumn).data(TaskRankingModel::SortRole).toLongLong() <= top);
        QVERIFY(page.summaryPanel()->figureText(TaskState::Overdue).contains(u'%'));

        QCoreApplication::processEvents();
        save(page, u"summary"_qs);
        const QImage image = page.grab().toImage();
        const QRect panel(page.summaryPanel()->mapTo(&page, QPoint()), page.summaryPanel()->size());
        const TaskSummaryPanel::Look look = TaskSummaryPanel::Look::desk();
        for (const QColor &c : look.states)
            QVERIFY(test::containsColour(image, panel, c.rgb()));
        // The rows' text, in the rows the ranking fills.
        QTableView *table = page.ministryTable();
        const QRect lastRow = table->visualRect(table->model()->index(table->model()->rowCount() - 1, TaskRankingModel::ColumnCount - 1));
        const QRect rows(table->viewport()->mapTo(&page, QPoint()), QSize(lastRow.right(), lastRow.bottom()));
        const double text = test::darkShare(image, rows);
        QVERIFY2(text > 0.01, qPrintable(QString::number(text)));

        // A click on a ministry asks for its list.
        QSignalSpy chosen(&page, &TasksPage::assigneeChosen);
        const QModelIndex first = page.ministryTable()->model()->index(0, TaskRankingModel::NameColumn);
        QTest::mouseClick(page.ministryTable()->viewport(), Qt::LeftButton, {}, page.ministryTable()->visualRect(first).center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), first.data(TaskRankingModel::UnitRole).toString());
    }

    void assigneeList()
    {
        TasksPage page(*m_service, m_temp->registry());
        page.setAsOf(asOf);
        page.resize(1600, 900);
        page.show();
        page.showScope(u"BTC"_qs, true);
        waitFor(page);
        const TaskListModel *model = page.list()->model();
        qint64 expected = 0;
        for (const Task &t : m_tasks)
            expected += t.assignee == u"BTC" ? 1 : 0;
        QCOMPARE(model->rowCount(), int(expected));
        QCOMPARE(page.summaryPanel()->summary().counts.total(), expected);
        page.list()->search()->setText(u"giai ngan"_qs);
        const int found = page.list()->proxy()->rowCount();
        QVERIFY(found > 0 && found < model->rowCount());
        for (int r = 0; r < found; ++r)
            QVERIFY(page.list()->proxy()->index(r, TaskListModel::SummaryColumn).data().toString().contains(u"giải ngân"_qs));
        // The first row's detail, with its history.
        page.list()->table()->setCurrentIndex(page.list()->proxy()->index(0, 0));
        QTRY_VERIFY(page.list()->history()->rowCount() > 0);
        QCoreApplication::processEvents();
        save(page, u"list"_qs);
    }

    void panelOnAWall()
    {
        TaskSummaryPanel panel;
        panel.setLook(TaskSummaryPanel::Look::wall());
        TaskSummary s;
        s.asOf = asOf;
        s.counts.completedOnTime = 8500;
        s.counts.completedLate = 1131;
        s.counts.inProgress = 7353;
        s.counts.overdue = 1967;
        s.counts.standing = 420;
        panel.setSummary(s, true);
        panel.resize(640, 300);
        panel.show();
        QCOMPARE(panel.figureText(TaskState::CompletedOnTime), QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(8500) + u" · 44,85 %"_qs);
        const QImage image = panel.grab().toImage();
        QCOMPARE(QColor(image.pixel(2, 2)), TaskSummaryPanel::Look::wall().background);
        QVERIFY(test::containsColour(image, image.rect(), TaskSummaryPanel::Look::wall().states.at(3).rgb()));
        save(panel, u"wall-panel"_qs);
    }

    // The real binary's --view tasks[:UNIT] --screenshot, on a copy of the sample given generated
    // tasks: it waits for the page's figures, so the donut and the rankings or the list are drawn;
    // and the home dashboard with its task panel.
    void screenshots_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("nation") << u"tasks"_qs;
        QTest::newRow("ministry") << u"tasks:BTC"_qs;
        // The home dashboard's task panel, under the tiles.
        QTest::newRow("home") << u"home"_qs;
    }

    void screenshots()
    {
        QFETCH(QString, view);
        const QString path = test::copyOfSample(m_dir.path());
        QVERIFY(!path.isEmpty());
        {
            auto cache = Cache::open(path, m_temp->registry());
            QVERIFY(cache);
            QVERIFY((*cache)->tasks().upsert(test::generateTasks(3000, 14, m_temp->registry())));
        }
        const QString png = test::screenshotDir() + u"/test-"_qs + QString(view).replace(u':', u'-') + u"-with-tasks-1920x1080.png"_qs;
        QFile::remove(png);
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(qEnvironmentVariable("DIEUHANH_BINARY_DIR") + u"/bin/dieuhanh",
                  {u"--cache"_qs, path, u"--view"_qs, view, u"--screenshot"_qs, png, u"--lang"_qs, u"en"_qs});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 0);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1920, 1080));
        // The donut's slices: the figures were in before the shot.
        const TaskSummaryPanel::Look look = TaskSummaryPanel::Look::desk();
        QVERIFY(test::containsColour(image, image.rect(), look.states.at(0).rgb()));
        QVERIFY(test::containsColour(image, image.rect(), look.states.at(3).rgb()));
    }
};

QTEST_MAIN(TestTaskViews)
#include "tst_taskviews.moc"
