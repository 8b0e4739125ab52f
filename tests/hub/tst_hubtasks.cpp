#include "hubtesting.h"

#include "hub/packetwriter.h"
#include "sync/readers/reportingreader.h"
#include "taskgenerator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;

// Tasks from a hub to a client through the sync engine (README §14): a full sync in pages, a
// since cursor that fetches only what changed, a changed task replacing the one held, a deletion
// relayed to the client, a task change waking a long poll; and the client's side of a page —
// deletions, rejected records in the quarantine, the cursor committed with the page or not at all.
class TestHubTasks : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempCache> m_hub;
    std::unique_ptr<HubServer> m_server;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QList<Task> m_tasks;

    QString clientPath() const { return m_dir.filePath(u"client.sqlite"_qs); }

    // Every task a cache holds, by id.
    static QList<Task> allTasks(const Cache &cache)
    {
        auto list = cache.tasks().list(TaskQuery{.era = TaskUnitEra::Historical});
        if (!list)
            return {};
        std::sort(list->begin(), list->end(), [](const Task &a, const Task &b) { return a.id < b.id; });
        return *list;
    }

    void compareWithHub()
    {
        auto client = Cache::open(clientPath(), m_hub->registry(), Cache::OpenMode::ReadOnly);
        QVERIFY(client);
        const QList<Task> mine = allTasks(**client);
        const QList<Task> hub = allTasks(m_hub->cache());
        QCOMPARE(mine.size(), hub.size());
        for (qsizetype i = 0; i < hub.size(); ++i)
            QVERIFY2(mine.at(i) == hub.at(i), qPrintable(hub.at(i).id));
    }

    qint64 clientCursor()
    {
        auto client = Cache::open(clientPath(), m_hub->registry(), Cache::OpenMode::ReadOnly);
        auto cursor = (*client)->syncState().cursor(u"hub"_qs, u"tasks"_qs);
        return cursor && *cursor ? (*cursor)->since : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hub = std::make_unique<test::TempCache>();
        QVERIFY2(m_hub->ok(), qPrintable(m_hub->error()));
        QVERIFY(test::writeAll(m_hub->cache(), test::hubFigures(12)));
        m_tasks = test::generateTasks(230, 7, m_hub->registry());
        QVERIFY(m_hub->cache().tasks().upsert(m_tasks));
        m_server = std::make_unique<HubServer>(m_hub->cache(), Clock::system(), HubServerOptions{});
        const auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        m_port = *port;
    }

    void fullSyncBringsEveryTask()
    {
        // Pages of 50: five task pages, the cursor after each.
        const SyncRun run = test::syncOnce(clientPath(), m_hub->registry(), test::hubEndpoint(m_port, 50));
        QCOMPARE(run.error, QString());
        QCOMPARE(run.outcome, SyncRun::Outcome::Ok);
        QCOMPARE(run.written, test::figureLines(m_hub->cache()).size() + m_tasks.size());
        compareWithHub();
        QCOMPARE(clientCursor(), *m_hub->cache().tasks().position());
    }

    void sinceCursorFetchesOnlyTheChanges()
    {
        // Two new tasks, and one held changes: confirmed after its last change.
        QList<Task> changed = test::generateTasks(2, 99, m_hub->registry());
        changed[0].id = u"NEW-1"_qs;
        changed[1].id = u"NEW-2"_qs;
        Task confirmed = m_tasks.at(17);
        const QDateTime after = confirmed.history.isEmpty() ? QDateTime(confirmed.document.date, QTime(3, 0), Qt::UTC)
                                                            : confirmed.history.constLast().at.addDays(2);
        confirmed.history.append({after, TaskStatusChange::Kind::Confirmed, u"VPCP"_qs, {}, {}, u"Đã hoàn thành"_qs});
        changed.append(confirmed);
        QVERIFY(m_hub->cache().tasks().upsert(changed));

        const SyncRun run = test::syncOnce(clientPath(), m_hub->registry(), test::hubEndpoint(m_port, 50));
        QCOMPARE(run.error, QString());
        QCOMPARE(run.outcome, SyncRun::Outcome::Ok);
        QCOMPARE(run.written, 3);
        QCOMPARE(run.unchanged, 0);
        compareWithHub();
        auto client = Cache::open(clientPath(), m_hub->registry(), Cache::OpenMode::ReadOnly);
        const auto held = (*client)->tasks().find(confirmed.id);
        QVERIFY(held && *held);
        QCOMPARE(**held, confirmed);
        QCOMPARE((*held)->history.constLast().kind, TaskStatusChange::Kind::Confirmed);
        QCOMPARE(*(*client)->tasks().rawCount(), qint64(m_tasks.size() + 2));
    }

    void nothingNewThenOneTaskIsSynced()
    {
        QCOMPARE(test::syncOnce(clientPath(), m_hub->registry(), test::hubEndpoint(m_port, 50)).outcome, SyncRun::Outcome::NotModified);
        const SyncRun quiet = test::syncOnce(clientPath(), m_hub->registry(), test::hubEndpoint(m_port, 50));
        QCOMPARE(quiet.outcome, SyncRun::Outcome::NotModified);
        QCOMPARE(quiet.requests, 1);
        // A task alone, no figure: the KPI page's tag moves with the task feed, so the client does
        // not stop at "nothing new".
        Task moved = m_tasks.at(3);
        moved.summary += u" (bổ sung)"_qs;
        QVERIFY(m_hub->cache().tasks().upsert({moved}));
        const SyncRun run = test::syncOnce(clientPath(), m_hub->registry(), test::hubEndpoint(m_port, 50));
        QCOMPARE(run.error, QString());
        QCOMPARE(run.outcome, SyncRun::Outcome::Ok);
        QCOMPARE(run.written, 1);
        compareWithHub();
    }

    // A task removed on the hub is removed from the client by the next sync; one added again under
    // that id comes back.
    void aDeletionReachesTheClient()
    {
        const QString gone = m_tasks.at(7).id;
        const qint64 before = *m_hub->cache().tasks().position();
        QCOMPARE(m_hub->cache().tasks().remove({gone}).valueOr(-1), 1);
        const SyncRun run = test::syncOnce(clientPath(), m_hub->registry(), test::hubEndpoint(m_port, 50));
        QCOMPARE(run.error, QString());
        QCOMPARE(run.outcome, SyncRun::Outcome::Ok);
        QCOMPARE(run.removed, 1);
        QCOMPARE(run.written, 0);
        QCOMPARE(clientCursor(), before + 1);
        {
            auto client = Cache::open(clientPath(), m_hub->registry(), Cache::OpenMode::ReadOnly);
            QVERIFY(client);
            QVERIFY(!*(*client)->tasks().find(gone));
        }
        compareWithHub();

        QVERIFY(m_hub->cache().tasks().upsert({m_tasks.at(7)}));
        const SyncRun back = test::syncOnce(clientPath(), m_hub->registry(), test::hubEndpoint(m_port, 50));
        QCOMPARE(back.outcome, SyncRun::Outcome::Ok);
        QCOMPARE(back.written, 1);
        QCOMPARE(back.removed, 0);
        compareWithHub();
    }

    void aTaskWakesALongPoll()
    {
        const qint64 since = *m_hub->cache().tasks().position();
        QNetworkAccessManager network;
        const QUrl url(u"http://127.0.0.1:%1/v1/tasks?since=%2&wait=20"_qs.arg(m_port).arg(since));
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QTRY_COMPARE(m_server->waitingCount(), 1);
        QVERIFY(finished.isEmpty());
        auto other = Cache::open(m_hub->path(), m_hub->registry());
        QVERIFY(other);
        Task late = m_tasks.at(5);
        late.id = u"NEW-3"_qs;
        QVERIFY((*other)->tasks().upsert({late}));
        QVERIFY(finished.wait(15000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(!reply->rawHeader("ETag").isEmpty());
        const auto packet = ReportingReader::read(reply->readAll());
        QVERIFY2(packet, packet ? "" : qPrintable(packet.error().message));
        QCOMPARE(packet->tasks()->tasks.size(), 1);
        QCOMPARE(packet->tasks()->tasks.constFirst(), late);
        QCOMPARE(packet->envelope.paging->nextSince, since + 1);
        reply->deleteLater();
    }

    // A written page round-trips through the reader to the same tasks, whatever their history.
    void packetsRoundTrip()
    {
        const PacketHeader header{u"VPCP"_qs, QDateTime(QDate(2026, 1, 5), QTime(3, 0), Qt::UTC), 9, ReportingPaging{0, 9, false, 9}};
        const auto read = ReportingReader::read(PacketWriter::tasks(header, m_tasks, {u"GONE-1"_qs}));
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QVERIFY(read->tasks()->rejected.isEmpty());
        QCOMPARE(read->tasks()->deleted, QStringList{u"GONE-1"_qs});
        QCOMPARE(read->tasks()->tasks.size(), m_tasks.size());
        for (qsizetype i = 0; i < m_tasks.size(); ++i)
            QVERIFY2(read->tasks()->tasks.at(i) == m_tasks.at(i), qPrintable(m_tasks.at(i).id));
    }

    void aPageIsWrittenWithItsCursorOrNotAtAll()
    {
        test::TempCache client;
        QVERIFY(client.ok());
        auto opened = Cache::open(client.path(), client.registry());
        QVERIFY(opened);
        CacheSyncTarget target(std::move(*opened));
        const QList<Task> tasks = m_tasks.mid(0, 4);
        const auto first = target.writeTasks(u"hub"_qs, tasks, {}, {}, {u"hub"_qs, u"tasks"_qs, 4, {}, {}});
        QVERIFY(first);
        QCOMPARE(first->written, 4);

        // A deletion, a task repeated unchanged, and a rejected record, with the cursor.
        const auto second = target.writeTasks(u"hub"_qs, {tasks.at(1)}, {tasks.at(0).id, u"NEVER-HELD"_qs},
                                               {{3, u"{\"id\":\"X\"}"_qs, u"tasks: tasks[3].document: is required but missing."_qs}},
                                               {u"hub"_qs, u"tasks"_qs, 7, {}, {}});
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QCOMPARE(second->written, 0);
        QCOMPARE(second->unchanged, 1);
        QCOMPARE(second->removed, 1);
        QCOMPARE(second->quarantined, 1);
        Cache &cache = target.cache();
        QVERIFY(!*cache.tasks().find(tasks.at(0).id));
        QCOMPARE(*cache.tasks().rawCount(), 3);
        QCOMPARE((*cache.syncState().cursor(u"hub"_qs, u"tasks"_qs))->since, 7);
        const auto quarantined = cache.quarantine().records();
        QVERIFY(quarantined && quarantined->size() == 1);
        QCOMPARE(quarantined->constFirst().line, 3);

        // A task the store refuses (no assignee) fails the page: nothing of it, nor its cursor.
        Task broken = m_tasks.at(9);
        broken.assignee.clear();
        const auto failed = target.writeTasks(u"hub"_qs, {m_tasks.at(8), broken}, {tasks.at(2).id}, {}, {u"hub"_qs, u"tasks"_qs, 9, {}, {}});
        QVERIFY(!failed);
        QVERIFY(!*cache.tasks().find(m_tasks.at(8).id));
        QVERIFY(*cache.tasks().find(tasks.at(2).id));
        QCOMPARE((*cache.syncState().cursor(u"hub"_qs, u"tasks"_qs))->since, 7);
    }

    void cleanupTestCase()
    {
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestHubTasks)
#include "tst_hubtasks.moc"
