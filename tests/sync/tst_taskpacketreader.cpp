#include "sync/readers/reportingreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

namespace {

QJsonObject example()
{
    QFile file(QStringLiteral(DIEUHANH_SOURCE_DIR "/resources/reporting/examples/tasks.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read the task example");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject goodTask(const QString &id)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"document"_s, QJsonObject{{u"number"_s, u"45/NQ-CP"_s}, {u"date"_s, u"2024-04-02"_s}, {u"type"_s, u"resolution"_s}}},
        {u"summary"_s, u"Đẩy nhanh giải ngân vốn đầu tư công"_s},
        {u"field"_s, u"infrastructure"_s},
        {u"assignee"_s, u"BXD"_s},
        {u"deadline"_s, u"2024-10-31"_s},
        {u"history"_s, QJsonArray{QJsonObject{{u"at"_s, u"2024-04-02T08:00:00+07:00"_s}, {u"kind"_s, u"assigned"_s}}}},
    };
}

QByteArray packetOf(const QJsonArray &tasks)
{
    QJsonObject packet = example();
    packet.insert(u"tasks"_s, tasks);
    return QJsonDocument(packet).toJson(QJsonDocument::Compact);
}

TaskRecords readTasks(const QJsonArray &tasks)
{
    auto read = ReportingReader::read(packetOf(tasks));
    if (!read)
        qFatal("the packet was refused: %s", qPrintable(read.error().message));
    return *read->tasks();
}

QJsonObject withMember(QJsonObject o, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

} // namespace

class TestTaskPacketReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsTheExample()
    {
        auto read = ReportingReader::read(QJsonDocument(example()).toJson());
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read->envelope.type, ReportingPacketType::Tasks);
        QCOMPARE(read->envelope.paging->nextSince, 912);
        const TaskRecords &records = *read->tasks();
        QVERIFY(records.rejected.isEmpty());
        QCOMPARE(records.tasks.size(), 4);
        QCOMPARE(records.deleted, QStringList{u"VPCP-2025-000077"_s});

        const Task &first = records.tasks.at(0);
        QCOMPARE(first.id, u"VPCP-2025-000123"_s);
        QCOMPARE(first.document.number, u"123/TB-VPCP"_s);
        QCOMPARE(first.document.date, QDate(2025, 3, 10));
        QCOMPARE(first.document.type, TaskDocument::Type::ConclusionNotice);
        QCOMPARE(first.document.signer, u"Phó Thủ tướng"_s);
        QCOMPARE(first.field, u"public-finance"_s);
        QCOMPARE(first.assignee, u"BTC"_s);
        QCOMPARE(first.responsibleUnit, u"Vụ Ngân sách nhà nước"_s);
        QCOMPARE(first.cooperators, (QStringList{u"BTP"_s, u"VPCP"_s}));
        QCOMPARE(first.deadline, QDate(2025, 6, 30));
        QCOMPARE(first.initialDeadline, first.deadline); // absent: the deadline it has
        QVERIFY(!first.synthetic);
        QCOMPARE(first.history.size(), 4);
        QCOMPARE(first.history.at(3).kind, TaskStatusChange::Kind::Confirmed);
        QCOMPARE(first.history.at(3).at, QDateTime(QDate(2025, 7, 2), QTime(2, 0), Qt::UTC));
        QCOMPARE(first.history.at(1).note, u"Đã lấy ý kiến các bộ, ngành"_s);

        const Task &moved = records.tasks.at(1);
        QCOMPARE(moved.initialDeadline, QDate(2024, 12, 31));
        QCOMPARE(moved.deadline, QDate(2025, 4, 30));
        QCOMPARE(moved.history.at(1).kind, TaskStatusChange::Kind::DeadlineChanged);
        QCOMPARE(moved.history.at(1).newDeadline, QDate(2025, 4, 30));
        QCOMPARE(moved.history.at(1).document, u"5678/VPCP-KTTH"_s);

        QVERIFY(records.tasks.at(2).deadline.isNull()); // standing
        QVERIFY(records.tasks.at(3).synthetic);
        QCOMPARE(records.tasks.at(3).history.constLast().kind, TaskStatusChange::Kind::Reopened);
    }

    void rejectsABadRecordAlone_data()
    {
        QTest::addColumn<QJsonValue>("record");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("place");
        const QJsonObject good = goodTask(u"T-1"_s);
        QJsonArray history = good.value(u"history").toArray();
        QJsonObject change = history.at(0).toObject();

        QTest::newRow("missing id") << QJsonValue(withMember(good, u"id"_s, QJsonValue::Undefined)) << u"REQUIRED_MISSING"_s << u"tasks[1].id"_s;
        QTest::newRow("id not a code") << QJsonValue(withMember(good, u"id"_s, u"T 1"_s)) << u"VALUE_INVALID"_s << u"tasks[1].id"_s;
        QTest::newRow("not an object") << QJsonValue(u"T-1"_s) << u"TYPE_INVALID"_s << u"tasks[1]"_s;
        QTest::newRow("missing summary") << QJsonValue(withMember(good, u"summary"_s, QJsonValue::Undefined)) << u"REQUIRED_MISSING"_s << u"tasks[1].summary"_s;
        QTest::newRow("empty summary") << QJsonValue(withMember(good, u"summary"_s, u"  "_s)) << u"VALUE_INVALID"_s << u"tasks[1].summary"_s;
        QTest::newRow("missing document") << QJsonValue(withMember(good, u"document"_s, QJsonValue::Undefined)) << u"REQUIRED_MISSING"_s << u"tasks[1].document"_s;
        QJsonObject doc = good.value(u"document").toObject();
        QTest::newRow("unknown document type") << QJsonValue(withMember(good, u"document"_s, withMember(doc, u"type"_s, u"memo"_s)))
                                               << u"VALUE_INVALID"_s << u"tasks[1].document.type"_s;
        QTest::newRow("document date not a date") << QJsonValue(withMember(good, u"document"_s, withMember(doc, u"date"_s, u"2024-02-30"_s)))
                                                  << u"VALUE_INVALID"_s << u"tasks[1].document.date"_s;
        QTest::newRow("deadline not a date") << QJsonValue(withMember(good, u"deadline"_s, u"31/10/2024"_s)) << u"VALUE_INVALID"_s << u"tasks[1].deadline"_s;
        QTest::newRow("deadline before the document") << QJsonValue(withMember(good, u"deadline"_s, u"2024-04-01"_s)) << u"VALUE_INVALID"_s
                                                      << u"tasks[1].deadline"_s;
        QTest::newRow("assignee not a unit code") << QJsonValue(withMember(good, u"assignee"_s, u"bxd"_s)) << u"VALUE_INVALID"_s << u"tasks[1].assignee"_s;
        QTest::newRow("unknown origin") << QJsonValue(withMember(good, u"origin"_s, u"invented"_s)) << u"VALUE_INVALID"_s << u"tasks[1].origin"_s;
        const auto withChange = [&](const QJsonObject &c) { return QJsonValue(withMember(good, u"history"_s, QJsonArray{history.at(0), c})); };
        QTest::newRow("unknown change kind") << withChange(withMember(change, u"kind"_s, u"abandoned"_s)) << u"VALUE_INVALID"_s
                                             << u"tasks[1].history[1].kind"_s;
        QTest::newRow("change time without offset") << withChange(withMember(change, u"at"_s, u"2024-05-02T08:00:00"_s)) << u"VALUE_INVALID"_s
                                                    << u"tasks[1].history[1].at"_s;
        QTest::newRow("change without time") << withChange(withMember(change, u"at"_s, QJsonValue::Undefined)) << u"REQUIRED_MISSING"_s
                                             << u"tasks[1].history[1].at"_s;
        QTest::newRow("history out of order") << withChange(withMember(withMember(change, u"at"_s, u"2024-04-01T08:00:00+07:00"_s), u"kind"_s, u"progress"_s))
                                              << u"VALUE_INVALID"_s << u"tasks[1].history[1].at"_s;
        QTest::newRow("new deadline not a date") << withChange(withMember(withMember(change, u"kind"_s, u"deadline-changed"_s), u"newDeadline"_s, u"soon"_s))
                                                 << u"VALUE_INVALID"_s << u"tasks[1].history[1].newDeadline"_s;
    }

    // The bad record is rejected with its rule and place; the good ones on either side are taken.
    void rejectsABadRecordAlone()
    {
        QFETCH(QJsonValue, record);
        QFETCH(QString, rule);
        QFETCH(QString, place);
        const TaskRecords records = readTasks({goodTask(u"T-0"_s), record, goodTask(u"T-2"_s)});
        QCOMPARE(records.tasks.size(), 2);
        QCOMPARE(records.tasks.at(0).id, u"T-0"_s);
        QCOMPARE(records.tasks.at(1).id, u"T-2"_s);
        QCOMPARE(records.rejected.size(), 1);
        const TaskRejection &r = records.rejected.constFirst();
        QCOMPARE(r.index, 1);
        QCOMPARE(r.rule, rule);
        QCOMPARE(QJsonDocument::fromJson(u"["_s.append(r.record).append(u']').toUtf8()).array().at(0), record);
        QVERIFY2(r.message.startsWith(u"tasks: "_s + place + u':'), qPrintable(r.message));
        if (record.isObject() && record.toObject().value(u"id").toString() == u"T-1"_s)
            QCOMPARE(r.id, u"T-1"_s);
    }

    void rejectsEveryRecordOfARepeatedId()
    {
        QJsonObject other = goodTask(u"T-1"_s);
        other.insert(u"summary"_s, u"Another task under the same id"_s);
        const TaskRecords records = readTasks({goodTask(u"T-1"_s), goodTask(u"T-2"_s), other,
                                                QJsonObject{{u"id"_s, u"T-2"_s}, {u"deleted"_s, true}}});
        QVERIFY(records.tasks.isEmpty());
        QVERIFY(records.deleted.isEmpty());
        QCOMPARE(records.rejected.size(), 4);
        for (qsizetype i = 0; i < 4; ++i) {
            QCOMPARE(records.rejected.at(i).index, i);
            QCOMPARE(records.rejected.at(i).rule, u"DUPLICATE_KEY"_s);
        }
        QVERIFY2(records.rejected.at(2).message.contains(u"tasks[0]"_s), qPrintable(records.rejected.at(2).message));
    }

    void aDeletionNeedsOnlyItsId()
    {
        const TaskRecords records = readTasks({QJsonObject{{u"id"_s, u"T-9"_s}, {u"deleted"_s, true}}, QJsonObject{{u"deleted"_s, true}}});
        QCOMPARE(records.deleted, QStringList{u"T-9"_s});
        QCOMPARE(records.rejected.size(), 1);
        QCOMPARE(records.rejected.at(0).rule, u"REQUIRED_MISSING"_s);
    }

    // Without initialDeadline the deadline was always the one in force, unless the history moves it:
    // then the task began as standing (taskStateAt counts it standing until the change).
    void anAbsentInitialDeadline()
    {
        QJsonObject began = goodTask(u"T-1"_s);
        QJsonArray history = began.value(u"history"_s).toArray();
        history.append(QJsonObject{{u"at"_s, u"2024-05-02T08:00:00+07:00"_s}, {u"kind"_s, u"deadline-changed"_s}, {u"newDeadline"_s, u"2024-10-31"_s}});
        began.insert(u"history"_s, history);
        const TaskRecords records = readTasks({goodTask(u"T-0"_s), began});
        QCOMPARE(records.tasks.size(), 2);
        QCOMPARE(records.tasks.at(0).initialDeadline, QDate(2024, 10, 31));
        QVERIFY(records.tasks.at(1).initialDeadline.isNull());
        QCOMPARE(taskStateAt(records.tasks.at(1), QDate(2024, 5, 1)), TaskState::Standing);
        QCOMPARE(taskStateAt(records.tasks.at(1), QDate(2024, 5, 2)), TaskState::InProgress);
    }

    void refusesAPacketWithoutItsTaskList()
    {
        QJsonObject packet = example();
        packet.remove(u"tasks"_s);
        auto read = ReportingReader::read(QJsonDocument(packet).toJson());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().rule, u"REQUIRED_MISSING"_s);
        packet.insert(u"tasks"_s, u"none"_s);
        read = ReportingReader::read(QJsonDocument(packet).toJson());
        QVERIFY(!read.ok());
        QCOMPARE(read.error().rule, u"TYPE_INVALID"_s);
    }

    void namesRoundTrip()
    {
        for (const QString &type : {u"resolution"_s, u"decision"_s, u"directive"_s, u"official-letter"_s, u"conclusion-notice"_s})
            QCOMPARE(documentTypeName(*documentTypeFromName(type)), type);
        for (const QString &kind : {u"assigned"_s, u"progress"_s, u"completion-reported"_s, u"confirmed"_s, u"reopened"_s, u"deadline-changed"_s})
            QCOMPARE(statusChangeKindName(*statusChangeKindFromName(kind)), kind);
    }
};

QTEST_GUILESS_MAIN(TestTaskPacketReader)
#include "tst_taskpacketreader.moc"
