#include "taskpacketreader.h"

#include "sync/readers/reportingfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dh {

namespace {

QString recordText(const QJsonValue &value)
{
    const QJsonArray wrapped{value};
    const QByteArray json = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// The patterns of reporting-common.schema.json.
const QRegularExpression &taskIdPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")));
    return re;
}
const QRegularExpression &unitCodePattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z0-9]+(-[A-Z0-9]+)*")));
    return re;
}
const QRegularExpression &codePattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9_-]*")));
    return re;
}

std::optional<bool> syntheticFromName(QStringView name)
{
    if (name == u"real")
        return false;
    if (name == u"synthetic")
        return true;
    return std::nullopt;
}

// One record, read with its own fields reader: its first problem rejects it and no other.
class RecordReader : private ReportingFields
{
public:
    RecordReader() { setPacket(QStringLiteral("tasks")); }

    // True for a task read into out or a deletion (deleted set); false with error() otherwise.
    bool read(const QJsonValue &value, const QString &at, Task &out, bool &deleted);
    using ReportingFields::error;
    QString id;

private:
    bool nonEmpty(const QJsonObject &o, QStringView key, const QString &path, QString &out, qsizetype maxLength = -1);
    bool document(const QJsonObject &o, const QString &at, TaskDocument &out);
    bool change(const QJsonValue &value, const QString &at, TaskStatusChange &out);
};

bool RecordReader::nonEmpty(const QJsonObject &o, QStringView key, const QString &path, QString &out, qsizetype maxLength)
{
    if (!text(o, key, path, true, out))
        return false;
    if (out.trimmed().isEmpty())
        return fail("VALUE_INVALID", member(path, key), QCoreApplication::translate("ReportingReader", "is empty."));
    if (maxLength > 0 && out.size() > maxLength)
        return fail("VALUE_INVALID", member(path, key), QCoreApplication::translate("ReportingReader", "is longer than %1 characters.").arg(maxLength));
    return true;
}

bool RecordReader::document(const QJsonObject &o, const QString &at, TaskDocument &out)
{
    QJsonObject d;
    const QString path = member(at, u"document");
    if (!o.contains(u"document"))
        return missing(path);
    return object(o.value(u"document"), path, d) && nonEmpty(d, u"number", path, out.number, 64) && date(d, u"date", path, true, out.date)
        && named(d, u"type", path, true, &documentTypeFromName, out.type) && text(d, u"signer", path, false, out.signer);
}

bool RecordReader::change(const QJsonValue &value, const QString &at, TaskStatusChange &out)
{
    QJsonObject c;
    return object(value, at, c) && dateTime(c, u"at", at, true, out.at) && named(c, u"kind", at, true, &statusChangeKindFromName, out.kind)
        && text(c, u"reportedBy", at, false, out.reportedBy) && date(c, u"newDeadline", at, false, out.newDeadline)
        && text(c, u"document", at, false, out.document) && text(c, u"note", at, false, out.note);
}

bool RecordReader::read(const QJsonValue &value, const QString &at, Task &out, bool &deleted)
{
    QJsonObject o;
    if (!object(value, at, o) || !text(o, u"id", at, true, id, &taskIdPattern()) || !boolean(o, u"deleted", at, false, deleted))
        return false;
    out.id = id;
    if (deleted)
        return true;
    if (!document(o, at, out.document) || !nonEmpty(o, u"summary", at, out.summary) || !text(o, u"field", at, true, out.field, &codePattern())
        || !text(o, u"assignee", at, true, out.assignee, &unitCodePattern()) || !text(o, u"responsibleUnit", at, false, out.responsibleUnit)
        || !codes(o, u"cooperators", at, unitCodePattern(), out.cooperators) || !date(o, u"deadline", at, false, out.deadline)
        || !date(o, u"initialDeadline", at, false, out.initialDeadline) || !named(o, u"origin", at, false, &syntheticFromName, out.synthetic))
        return false;
    const auto notBeforeDocument = [&](QStringView key, QDate d) {
        return !d.isValid() || d >= out.document.date
            || fail("VALUE_INVALID", member(at, key), QCoreApplication::translate("ReportingReader", "%1 is before the document's date %2.")
                                                          .arg(d.toString(Qt::ISODate), out.document.date.toString(Qt::ISODate)));
    };
    if (!notBeforeDocument(u"deadline", out.deadline) || !notBeforeDocument(u"initialDeadline", out.initialDeadline))
        return false;
    QJsonArray history;
    if (!array(o, u"history", at, false, history))
        return false;
    const QString historyPath = member(at, u"history");
    for (qsizetype h = 0; h < history.size(); ++h) {
        TaskStatusChange c;
        if (!change(history.at(h), item(historyPath, h), c))
            return false;
        if (!out.history.isEmpty() && c.at < out.history.constLast().at)
            return fail("VALUE_INVALID", member(item(historyPath, h), u"at"), QCoreApplication::translate("ReportingReader", "is before the change listed above it: a history is in time order."));
        out.history.append(std::move(c));
    }
    // Absent, the document's deadline is the one in force, unless a later document moved it: then
    // the task began as standing.
    const bool moved = std::any_of(out.history.cbegin(), out.history.cend(),
                                   [](const TaskStatusChange &c) { return c.kind == TaskStatusChange::Kind::DeadlineChanged; });
    if (!o.contains(u"initialDeadline") && !moved)
        out.initialDeadline = out.deadline;
    return true;
}

} // namespace

TaskRecords TaskPacketReader::read(const QJsonArray &tasks)
{
    struct Read
    {
        qsizetype index;
        Task task;
        bool deleted;
    };
    QList<Read> read;
    QList<TaskRejection> rejected;
    QHash<QString, qsizetype> first; // id → index of its first record
    QSet<QString> repeated;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        RecordReader reader;
        Task task;
        bool deleted = false;
        if (!reader.read(tasks.at(i), ReportingFields::item(QStringLiteral("tasks"), i), task, deleted)) {
            rejected.append({i, reader.id, reader.error()->rule, reader.error()->message, recordText(tasks.at(i))});
            continue;
        }
        if (first.contains(task.id))
            repeated.insert(task.id);
        else
            first.insert(task.id, i);
        read.append({i, std::move(task), deleted});
    }
    TaskRecords out;
    for (Read &r : read) {
        if (repeated.contains(r.task.id)) {
            const qsizetype firstIndex = first.value(r.task.id);
            const QString message = r.index == firstIndex
                ? QCoreApplication::translate("ReportingReader", "tasks: tasks[%1].id: \"%2\" is given again later in the packet.").arg(r.index).arg(r.task.id)
                : QCoreApplication::translate("ReportingReader", "tasks: tasks[%1].id: repeats the id of tasks[%2].").arg(r.index).arg(firstIndex);
            rejected.append({r.index, r.task.id, QStringLiteral("DUPLICATE_KEY"), message, recordText(tasks.at(r.index))});
        } else if (r.deleted) {
            out.deleted.append(r.task.id);
        } else {
            out.tasks.append(std::move(r.task));
        }
    }
    std::sort(rejected.begin(), rejected.end(), [](const TaskRejection &a, const TaskRejection &b) { return a.index < b.index; });
    out.rejected = std::move(rejected);
    return out;
}

} // namespace dh
