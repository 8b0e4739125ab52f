#include "gui/endpointdialog.h"
#include "gui/syncpage.h"
#include "gui/syncstatuswidget.h"
#include "models/cacheservice.h"
#include "models/syncmonitor.h"
#include "models/syncstatusmodel.h"
#include "store/cache.h"
#include "store/cachesynctarget.h"
#include "sync/syncengine.h"
#include "testdata.h"

#include "common/boxlabel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;

// The sync page over a copy of the sample cache: what it says of a missing, an invalid and a good
// endpoints file, "Sync all" through a real engine, and the endpoint dialog's checks and saving.
class TestSyncPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    UnitRegistry m_registry;
    QString m_cachePath;
    std::unique_ptr<CacheService> m_service;

    QString writeFile(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            return {};
        return path;
    }

    // Two endpoints at a loopback port where nothing listens: every sync of them fails, quickly.
    QString goodFile(quint16 deadPort)
    {
        const QByteArray url = "http://127.0.0.1:" + QByteArray::number(deadPort);
        return writeFile(u"good.json"_qs, "{\n  \"version\": 1,\n  \"endpoints\": [\n"
                                          "    {\"id\": \"nso\", \"label\": {\"vi\": \"Tổng cục Thống kê\"}, \"format\": \"reporting\", \"url\": \"" + url + "/api\"},\n"
                                          "    {\"id\": \"wb\", \"label\": {\"vi\": \"Ngân hàng Thế giới\"}, \"format\": \"worldbank\", \"url\": \"" + url + "/v2\"}\n"
                                          "  ]\n}\n");
    }

    static quint16 deadPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        return server.serverPort(); // closed when the server goes
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto registry = UnitRegistry::fromResources();
        QVERIFY(registry.ok());
        m_registry = *registry;
        m_cachePath = test::copyOfSample(m_dir.path());
        m_service = std::make_unique<CacheService>(m_registry);
        QSignalSpy opened(m_service.get(), &CacheService::opened);
        m_service->open(m_cachePath);
        QVERIFY(opened.wait(60000));
    }

    void cleanupTestCase() { m_service.reset(); }

    void missingFileIsExplained()
    {
        SyncMonitor monitor(*m_service);
        monitor.setEndpointsPath(m_dir.filePath(u"nowhere.json"_qs));
        SyncPage page(monitor);
        page.resize(1200, 700);
        page.show();
        QCOMPARE(monitor.fileState(), SyncMonitor::FileState::Missing);
        QVERIFY(page.help()->isVisible());
        QVERIFY(!page.view()->isVisible());
        QVERIFY(!page.problem()->isVisible());
        QVERIFY(page.help()->text().contains(u"resources/endpoints/"_qs));
        QVERIFY(page.help()->text().contains(u"resources/schemas/endpoints.md"_qs));
        QVERIFY(!page.syncAllButton()->isEnabled());
    }

    void invalidFileShowsItsErrorInThePage()
    {
        const QString path = writeFile(u"bad.json"_qs, "{\n  \"version\": 1,\n  \"endpoints\": [\n"
                                                       "    {\"id\": \"nso\", \"label\": {\"vi\": \"Thống kê\"}, \"format\": \"reporting\", \"url\": \"https://example.org\",\n"
                                                       "     \"schedule\": {\"daily\": \"25:00\"}}\n  ]\n}\n");
        SyncMonitor monitor(*m_service);
        monitor.setEndpointsPath(path);
        SyncPage page(monitor);
        page.show();
        QCOMPARE(monitor.fileState(), SyncMonitor::FileState::Invalid);
        QVERIFY(page.problem()->isVisible());
        QVERIFY(!page.help()->isVisible());
        // The reader's refusal, naming the file, the line and the field.
        QVERIFY2(page.problem()->text().contains(u"bad.json:"_qs), qPrintable(page.problem()->text()));
        QVERIFY2(page.problem()->text().contains(u"schedule"_qs), qPrintable(page.problem()->text()));
        QVERIFY(!page.syncAllButton()->isEnabled());
    }

    void syncAllRunsTheEngineAndShowsTheOutcome()
    {
        SyncMonitor monitor(*m_service);
        monitor.setEndpointsPath(goodFile(deadPort()));
        SyncEngine engine([this]() -> Result<std::unique_ptr<SyncTarget>> {
            auto cache = Cache::open(m_cachePath, m_registry);
            if (!cache)
                return cache.error();
            return std::unique_ptr<SyncTarget>(std::make_unique<CacheSyncTarget>(std::move(*cache)));
        });
        monitor.setEngine(&engine);
        SyncPage page(monitor);
        SyncStatusWidget status(monitor);
        page.show();
        QCOMPARE(monitor.fileState(), SyncMonitor::FileState::Read);
        QVERIFY(page.view()->isVisible());
        QVERIFY(!page.help()->isVisible());
        SyncStatusModel *model = monitor.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(page.view()->model()->rowCount(), 2);
        QVERIFY(page.syncAllButton()->isEnabled());
        QVERIFY(!page.syncSelectedButton()->isEnabled());

        QSignalSpy progress(&monitor, &SyncMonitor::progressChanged);
        QSignalSpy finished(&monitor, &SyncMonitor::runFinished);
        QSignalSpy statuses(&monitor, &SyncMonitor::statusesLoaded);
        QTest::mouseClick(page.syncAllButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&finished] { return finished.size() == 2; }, 60000));
        // Each endpoint was queued, then failed, and its row says so.
        QStringList queued;
        for (const auto &signal : progress) {
            const auto p = signal.first().value<SyncProgress>();
            if (p.stage == SyncProgress::Stage::Queued)
                queued.append(p.endpoint);
        }
        queued.sort();
        QCOMPARE(queued, (QStringList{u"nso"_qs, u"wb"_qs}));
        for (int row = 0; row < 2; ++row)
            QCOMPARE(model->index(row, 0).data(SyncStatusModel::StageRole).toInt(),
                     int(SyncProgress::Stage::Failed));
        // The cache's record of the runs comes back through the service: the error with its time.
        QVERIFY(QTest::qWaitFor([&] { return !model->index(0, SyncStatusModel::LastError).data().toString().isEmpty(); }, 20000));
        QVERIFY(!model->index(0, SyncStatusModel::LastError).data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY2(status.text().contains(u"✕"_qs), qPrintable(status.text()));

        // One endpoint alone.
        finished.clear();
        page.view()->selectRow(1);
        QVERIFY(page.syncSelectedButton()->isEnabled());
        QCOMPARE(page.selectedEndpoints(), QStringList{u"wb"_qs});
        QSignalSpy idle(&engine, &SyncEngine::wentIdle);
        QTest::mouseClick(page.syncSelectedButton(), Qt::LeftButton);
        // Once the engine has nothing left to do, every run it made has been reported.
        QVERIFY(idle.wait(60000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<SyncRun>().endpoint, u"wb"_qs);
    }

    // The real binary's --view sync --screenshot on a cache that remembers runs of four endpoints
    // (ok, failed after an earlier success, nothing new, never run): the page, not the explanation
    // of a missing file, and no error banner. The PNG is the README's (resources/screenshots/sync-page.png).
    void screenshot()
    {
        const QString folder = test::screenshotDir();
        QDir().mkpath(folder);
        const QString cache = folder + u"/sync-page.sqlite"_qs;
        QFile::remove(cache);
        QVERIFY(QFile::copy(test::sampleCachePath(), cache));
        QFile::setPermissions(cache, QFile::ReadOwner | QFile::WriteOwner);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            auto opened = Cache::open(cache, m_registry);
            QVERIFY(opened.ok());
            CacheSyncTarget target(std::move(*opened));
            const auto record = [&target](const QString &id, SyncRun::Outcome outcome, const QDateTime &at, qint64 written,
                                          const QString &error = {}) {
                SyncRun run;
                run.endpoint = id;
                run.outcome = outcome;
                run.startedAt = at.addSecs(-14);
                run.finishedAt = at;
                run.written = written;
                run.requests = 3;
                run.error = error;
                return target.recordRun(run).ok();
            };
            QVERIFY(record(u"gso-kpi"_qs, SyncRun::Outcome::Ok, now.addSecs(-3 * 3600), 10912));
            QVERIFY(record(u"gso-kpi"_qs, SyncRun::Outcome::Ok, now.addSecs(-11 * 60), 1568));
            QVERIFY(record(u"mof-budget"_qs, SyncRun::Outcome::Ok, now.addDays(-1).addSecs(-600), 2304));
            QVERIFY(record(u"mof-budget"_qs, SyncRun::Outcome::Failed, now.addSecs(-40 * 60), 0,
                           u"GET https://ngansach.mof.gov.vn/v1/kpi-data: máy chủ trả lời HTTP 503 Service Unavailable sau 4 lần thử (Retry-After: 120 s)."_qs));
            QVERIFY(record(u"worldbank-gdp"_qs, SyncRun::Outcome::Ok, now.addDays(-6), 248));
            QVERIFY(record(u"worldbank-gdp"_qs, SyncRun::Outcome::NotModified, now.addSecs(-5 * 3600), 0));
        }
        const QString endpoints = QStringLiteral(DIEUHANH_SOURCE_DIR "/tests/data/syncpage/endpoints.json");
        QVERIFY(EndpointFile::read(endpoints).ok());
        const QString png = folder + u"/sync-page.png"_qs;
        QFile::remove(png);
        QProcess app;
        app.setProcessChannelMode(QProcess::ForwardedChannels);
        app.start(qEnvironmentVariable("DIEUHANH_BINARY_DIR") + u"/bin/dieuhanh",
                  {u"--cache"_qs, cache, u"--endpoints"_qs, endpoints, u"--view"_qs, u"sync"_qs, u"--lang"_qs, u"vi"_qs,
                   u"--screenshot"_qs, png, u"--size"_qs, u"1600x900"_qs});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 0);
        QImage image(png);
        QCOMPARE(image.size(), QSize(1600, 900));
    }

    void dialogChecksWithTheFilesRulesAndSaves()
    {
        const QString path = goodFile(deadPort());
        auto file = EndpointFile::read(path);
        QVERIFY(file.ok());
        const QByteArray original = test::readText(path).toUtf8();

        EndpointDialog add(*file, QString());
        add.findChild<QLineEdit *>(u"id"_qs)->setText(u"mof"_qs);
        add.findChild<QLineEdit *>(u"labelVi"_qs)->setText(u"Bộ Tài chính"_qs);
        add.findChild<QLineEdit *>(u"url"_qs)->setText(u"not a url"_qs);
        auto refused = add.edited();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"url"_qs), qPrintable(refused.error().message));
        add.accept();
        QVERIFY(add.problem()->isVisibleTo(&add));
        QCOMPARE(add.result(), int(QDialog::Rejected));
        QCOMPARE(test::readText(path).toUtf8(), original); // nothing written

        add.findChild<QLineEdit *>(u"url"_qs)->setText(u"https://mof.gov.vn/api/"_qs);
        auto *schedule = add.findChild<QComboBox *>(u"schedule"_qs);
        schedule->setCurrentIndex(schedule->findData(int(EndpointSchedule::Kind::Every)));
        add.accept();
        QCOMPARE(add.result(), int(QDialog::Accepted));
        auto saved = EndpointFile::read(path);
        QVERIFY(saved.ok());
        QCOMPARE(saved->endpoints.size(), 3);
        const Endpoint *mof = saved->find(u"mof");
        QVERIFY(mof);
        QCOMPARE(mof->label.value(u"vi"_qs), u"Bộ Tài chính"_qs);
        QCOMPARE(mof->schedule.kind, EndpointSchedule::Kind::Every);
        QCOMPARE(mof->schedule.everyMinutes, 60);
        QCOMPARE(*saved->find(u"nso"), *file->find(u"nso"));

        // Editing keeps the endpoint's place and id.
        EndpointDialog edit(*saved, u"nso"_qs);
        QVERIFY(edit.findChild<QLineEdit *>(u"id"_qs)->isReadOnly());
        edit.findChild<QLineEdit *>(u"labelVi"_qs)->setText(u"Cục Thống kê"_qs);
        edit.accept();
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        auto again = EndpointFile::read(path);
        QVERIFY(again.ok());
        QCOMPARE(again->endpoints.first().id, u"nso"_qs);
        QCOMPARE(again->endpoints.first().label.value(u"vi"_qs), u"Cục Thống kê"_qs);
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
