#include "models/syncprogresstext.h"
#include "models/syncstatusmodel.h"
#include "fakeclock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dh;

namespace {

Endpoint endpoint(const QString &id, const QString &label, EndpointSchedule::Kind schedule = EndpointSchedule::Kind::Manual)
{
    Endpoint e;
    e.id = id;
    e.label.insert(QStringLiteral("vi"), label);
    e.format = QStringLiteral("reporting");
    e.url = QUrl(QStringLiteral("https://example.gov.vn/") + id);
    e.schedule.kind = schedule;
    e.schedule.everyMinutes = 60;
    return e;
}

SyncRun run(const QString &endpoint, SyncRun::Outcome outcome, const QDateTime &finished, qint64 written = 0, const QString &error = {})
{
    SyncRun r;
    r.endpoint = endpoint;
    r.outcome = outcome;
    r.startedAt = finished.addSecs(-20);
    r.finishedAt = finished;
    r.written = written;
    r.error = error;
    return r;
}

SyncProgress progress(const QString &endpoint, SyncProgress::Stage stage)
{
    SyncProgress p;
    p.endpoint = endpoint;
    p.stage = stage;
    return p;
}

} // namespace

// The sync page's model: the endpoints file, the cache's runs and the engine's progress merged
// into one row per endpoint, with the words each stage is said in.
class TestSyncStatusModel : public QObject
{
    Q_OBJECT

private:
    test::FakeClock m_clock;
    const QLocale m_english{QLocale::English, QLocale::UnitedKingdom};

    QString cell(const SyncStatusModel &model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.index(row, column).data(role).toString();
    }

private slots:
    void rowsFollowTheFileThenTheCache()
    {
        SyncStatusModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(m_english);
        model.setEndpoints({QStringLiteral("/x/endpoints.json"), {endpoint(u"nso"_qs, u"Tổng cục Thống kê"_qs), endpoint(u"mof"_qs, u"Bộ Tài chính"_qs)}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.endpointAt(0), u"nso"_qs);
        QCOMPARE(model.endpointAt(1), u"mof"_qs);
        QCOMPARE(cell(model, 0, SyncStatusModel::Name), u"Tổng cục Thống kê (nso)"_qs);
        QCOMPARE(cell(model, 0, SyncStatusModel::Format), u"reporting"_qs);
        QCOMPARE(cell(model, 0, SyncStatusModel::State), u"idle"_qs);
        QCOMPARE(cell(model, 0, SyncStatusModel::Name, Qt::ToolTipRole), u"https://example.gov.vn/nso"_qs);

        // The cache remembers an endpoint the file no longer lists: it comes last, greyed.
        const QDateTime now = m_clock.now();
        EndpointStatus old{u"wb"_qs, run(u"wb"_qs, SyncRun::Outcome::Ok, now.addDays(-3)), run(u"wb"_qs, SyncRun::Outcome::Ok, now.addDays(-3)),
                           std::nullopt, 1200};
        EndpointStatus nso{u"nso"_qs, run(u"nso"_qs, SyncRun::Outcome::Failed, now.addSecs(-300), 0, u"HTTP 503 from the server\nbody"_qs),
                           run(u"nso"_qs, SyncRun::Outcome::Ok, now.addSecs(-7200), 40), std::nullopt, 123456};
        nso.lastFailure = nso.last;
        model.setStatuses({old, nso});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.endpointAt(2), u"wb"_qs);
        QCOMPARE(model.index(2, 0).data(SyncStatusModel::ListedRole).toBool(), false);
        QCOMPARE(model.index(2, 0).data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
        QCOMPARE(cell(model, 2, SyncStatusModel::State), u"no longer in the file"_qs);
        QCOMPARE(cell(model, 2, SyncStatusModel::Pulled), u"1,200"_qs);
        // Times in Hà Nội (UTC+7): the fake clock's 08:00 UTC is 15:00 there.
        QCOMPARE(cell(model, 0, SyncStatusModel::LastSuccess), u"01/11 13:00 (2 hour(s) ago)"_qs);
        QCOMPARE(cell(model, 0, SyncStatusModel::LastError), u"01/11 14:55: HTTP 503 from the server"_qs);
        QCOMPARE(cell(model, 0, SyncStatusModel::LastError, Qt::ToolTipRole), u"HTTP 503 from the server\nbody"_qs);
        QVERIFY(model.index(0, SyncStatusModel::LastError).data(Qt::ForegroundRole).value<QColor>() != QColor(Qt::gray));
        QCOMPARE(cell(model, 0, SyncStatusModel::Pulled), u"123,456"_qs);
        QCOMPARE(cell(model, 1, SyncStatusModel::LastSuccess), QString()); // no runs at all
        QCOMPARE(model.index(0, SyncStatusModel::Pulled).data(SyncStatusModel::SortRole).toLongLong(), 123456);

        // The file drops one and adds one: the rows follow, the cache's runs stay with their ids.
        model.setEndpoints({QStringLiteral("/x/endpoints.json"), {endpoint(u"mof"_qs, u"Bộ Tài chính"_qs), endpoint(u"wb"_qs, u"World Bank"_qs)}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.endpointAt(0), u"mof"_qs);
        QCOMPARE(model.endpointAt(1), u"wb"_qs);
        QCOMPARE(model.endpointAt(2), u"nso"_qs);
        QCOMPARE(cell(model, 1, SyncStatusModel::Pulled), u"1,200"_qs);
        QCOMPARE(model.index(2, 0).data(SyncStatusModel::ListedRole).toBool(), false);
    }

    void progressAndNextRunReachTheirRow()
    {
        SyncStatusModel model(&m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(m_english);
        model.setEndpoints({QString(), {endpoint(u"nso"_qs, u"NSO"_qs, EndpointSchedule::Kind::Every), endpoint(u"mof"_qs, u"MoF"_qs)}});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        SyncProgress p = progress(u"nso"_qs, SyncProgress::Stage::Fetching);
        p.page = 3;
        p.pages = 10;
        model.onProgress(p);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(cell(model, 0, SyncStatusModel::State), u"fetching page 3 of 10"_qs);
        QCOMPARE(model.index(0, 0).data(SyncStatusModel::StageRole).toInt(), int(SyncProgress::Stage::Fetching));
        QCOMPARE(cell(model, 1, SyncStatusModel::State), u"idle"_qs);
        QCOMPARE(model.progressOf(u"nso"_qs)->page, 3);

        model.setNextRun(u"nso"_qs, m_clock.now().addSecs(1800));
        QCOMPARE(cell(model, 0, SyncStatusModel::NextRun), u"01/11 15:30 (in 30 minute(s))"_qs);
        QCOMPARE(cell(model, 1, SyncStatusModel::NextRun), u"manual"_qs);

        // Progress of an endpoint nobody listed yet gets a row of its own.
        model.onProgress(progress(u"adhoc"_qs, SyncProgress::Stage::Queued));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 2, SyncStatusModel::State), u"queued"_qs);

        p.stage = SyncProgress::Stage::Failed;
        p.message = u"The server took longer than 30 s"_qs;
        model.onProgress(p);
        QCOMPARE(cell(model, 0, SyncStatusModel::State), u"failed"_qs);
        QCOMPARE(cell(model, 0, SyncStatusModel::State, Qt::ToolTipRole), p.message);
    }

    // Without a word from the engine (a window that does not schedule), the next run follows the
    // schedule from the last run the cache remembers.
    void nextRunFromTheScheduleWithoutAnEngine()
    {
        SyncStatusModel model(&m_clock);
        model.setLocale(m_english);
        model.setEndpoints({QString(), {endpoint(u"nso"_qs, u"NSO"_qs, EndpointSchedule::Kind::Every)}});
        const QDateTime last = m_clock.now().addSecs(-600);
        model.setStatuses({{u"nso"_qs, run(u"nso"_qs, SyncRun::Outcome::Ok, last), run(u"nso"_qs, SyncRun::Outcome::Ok, last), std::nullopt, 5}});
        QCOMPARE(cell(model, 0, SyncStatusModel::NextRun), u"01/11 15:49 (in 49 minute(s))"_qs);
    }

    void stageTexts_data()
    {
        using S = SyncProgress::Stage;
        QTest::addColumn<SyncProgress>("progress");
        QTest::addColumn<QString>("text");
        SyncProgress p;
        p.stage = S::Queued;
        QTest::newRow("queued") << p << u"queued"_qs;
        p.stage = S::Fetching;
        QTest::newRow("fetching, nothing known") << p << u"fetching"_qs;
        p.bytes = 2048;
        QTest::newRow("fetching, bytes") << p << u"fetching, 2.0 KiB"_qs;
        p.totalBytes = 4096;
        QTest::newRow("fetching, bytes of a total") << p << u"fetching, 2.0 KiB of 4.0 KiB"_qs;
        p.page = 2;
        QTest::newRow("fetching a page") << p << u"fetching page 2"_qs;
        p.pages = 7;
        QTest::newRow("fetching a page of pages") << p << u"fetching page 2 of 7"_qs;
        p.stage = S::Parsing;
        QTest::newRow("parsing") << p << u"reading"_qs;
        p.stage = S::Writing;
        QTest::newRow("writing") << p << u"writing"_qs;
        p.stage = S::Done;
        p.written = 12345;
        QTest::newRow("done") << p << u"done, 12,345 observation(s) written"_qs;
        p.stage = S::NotModified;
        QTest::newRow("not modified") << p << u"nothing new"_qs;
        p.stage = S::Failed;
        QTest::newRow("failed") << p << u"failed"_qs;
        p.stage = S::Cancelled;
        QTest::newRow("cancelled") << p << u"cancelled"_qs;
    }

    void stageTexts()
    {
        QFETCH(SyncProgress, progress);
        QFETCH(QString, text);
        QCOMPARE(SyncProgressText::stage(progress, m_english), text);
    }

    // Said in English without a translation loaded: the plural forms come from the .ts files.
    void relativeTimes()
    {
        const QDateTime now = m_clock.now();
        QCOMPARE(SyncProgressText::relative(now.addSecs(-10), now), u"just now"_qs);
        QCOMPARE(SyncProgressText::relative(now.addSecs(-60), now), u"1 minute(s) ago"_qs);
        QCOMPARE(SyncProgressText::relative(now.addSecs(-3 * 86400), now), u"3 day(s) ago"_qs);
        QCOMPARE(SyncProgressText::relative(now.addSecs(7200), now), u"in 2 hour(s)"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSyncStatusModel)
#include "tst_syncstatusmodel.moc"
