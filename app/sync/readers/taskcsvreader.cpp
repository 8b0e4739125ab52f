#include "taskcsvreader.h"

#include "core/csvparser.h"
#include "core/safetext.h"
#include "core/unitregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

namespace dh {

namespace {

// A file of a few hundred thousand tasks is well under this.
constexpr qint64 kMaxFileBytes = qint64(512) << 20;

// Every message of this file, under one context: lupdate files TaskText::tr("…") under the context
// named here, which is the one the app looks the text up in.
struct TaskText
{
    Q_DECLARE_TR_FUNCTIONS(dh::TaskCsvReader)
};

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// A date cell: empty is a null date; anything else must be an ISO date.
std::optional<QDate> dateCell(QStringView cell)
{
    if (cell.isEmpty())
        return QDate();
    const QDate d = QDate::fromString(cell.toString(), Qt::ISODate);
    return d.isValid() ? std::optional(d) : std::nullopt;
}

} // namespace

QStringList TaskCsvReader::header()
{
    return {QStringLiteral("id"), QStringLiteral("document_number"), QStringLiteral("document_date"),
            QStringLiteral("document_type"), QStringLiteral("signer"), QStringLiteral("summary"), QStringLiteral("field"),
            QStringLiteral("assignee"), QStringLiteral("responsible_unit"), QStringLiteral("cooperators"),
            QStringLiteral("deadline"), QStringLiteral("initial_deadline"), QStringLiteral("synthetic"),
            QStringLiteral("history")};
}

QStringList TaskCsvReader::cells(const Task &t)
{
    return {t.id, t.document.number, dateText(t.document.date), documentTypeName(t.document.type), t.document.signer,
            t.summary, t.field, t.assignee, t.responsibleUnit, t.cooperators.join(u' '), dateText(t.deadline),
            dateText(t.initialDeadline), t.synthetic ? QStringLiteral("1") : QStringLiteral("0"), historyToJson(t.history)};
}

QString TaskCsvReader::historyToJson(const QList<TaskStatusChange> &history)
{
    QJsonArray array;
    for (const TaskStatusChange &c : history) {
        QJsonObject o{{QStringLiteral("at"), c.at.toUTC().toString(Qt::ISODate)},
                      {QStringLiteral("kind"), statusChangeKindName(c.kind)}};
        if (!c.reportedBy.isEmpty())
            o.insert(QStringLiteral("reported_by"), c.reportedBy);
        if (c.kind == TaskStatusChange::Kind::DeadlineChanged)
            o.insert(QStringLiteral("new_deadline"), c.newDeadline.isValid() ? QJsonValue(dateText(c.newDeadline)) : QJsonValue());
        if (!c.document.isEmpty())
            o.insert(QStringLiteral("document"), c.document);
        if (!c.note.isEmpty())
            o.insert(QStringLiteral("note"), c.note);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QList<TaskStatusChange>> TaskCsvReader::historyFromJson(QStringView json)
{
    if (json.trimmed().isEmpty())
        return QList<TaskStatusChange>();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Error::invalid(TaskText::tr("the history is not a JSON array: %1").arg(error.errorString()));
    QList<TaskStatusChange> history;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        TaskStatusChange c;
        c.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate);
        // A time without an offset would be read in the machine's zone: the history must say which.
        if (!c.at.isValid() || c.at.timeSpec() == Qt::LocalTime)
            return Error::invalid(TaskText::tr("change %1 has no time with a zone (\"at\", e.g. 2024-03-31T09:00:00Z).").arg(i + 1));
        const auto kind = statusChangeKindFromName(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return Error::invalid(TaskText::tr("change %1 has an unknown kind \"%2\".").arg(i + 1).arg(SafeText::excerpt(o.value(QStringLiteral("kind")).toString())));
        c.kind = *kind;
        c.at = c.at.toUTC();
        c.reportedBy = o.value(QStringLiteral("reported_by")).toString();
        if (c.kind == TaskStatusChange::Kind::DeadlineChanged) {
            const auto deadline = dateCell(o.value(QStringLiteral("new_deadline")).toString());
            if (!deadline)
                return Error::invalid(TaskText::tr("change %1 has a new deadline that is not a date.").arg(i + 1));
            c.newDeadline = *deadline;
        }
        c.document = o.value(QStringLiteral("document")).toString();
        c.note = o.value(QStringLiteral("note")).toString();
        if (!history.isEmpty() && c.at < history.constLast().at)
            return Error::invalid(TaskText::tr("change %1 is earlier than the one before it: the history is in time order.").arg(i + 1));
        history.append(c);
    }
    return history;
}

Result<TaskCsvReader::Read> TaskCsvReader::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(TaskText::tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return Error::invalid(TaskText::tr("%1 is larger than 512 MB.").arg(path));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(file.readAll());
    if (decoder.hasError())
        return Error::invalid(TaskText::tr("%1 is not UTF-8 text.").arg(path));
    return read(text);
}

Result<TaskCsvReader::Read> TaskCsvReader::read(QStringView text) const
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    CsvParser parser(text);
    QList<QStringView> fields;
    if (!parser.next(fields))
        return Error::invalid(TaskText::tr("The task file is empty: it needs a header (%1).").arg(header().join(u',')));
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < fields.size(); ++i)
        column.insert(fields.at(i).trimmed().toString(), i);
    const QStringList required = {QStringLiteral("id"), QStringLiteral("document_number"), QStringLiteral("document_date"),
                                  QStringLiteral("document_type"), QStringLiteral("summary"), QStringLiteral("assignee"),
                                  QStringLiteral("deadline")};
    for (const QString &name : required) {
        if (!column.contains(name))
            return Error::invalid(TaskText::tr("The task file's header lacks the column %1.").arg(name));
    }
    Read read;
    QSet<QString> seen;
    while (parser.next(fields)) {
        const auto cell = [&](const char *name) -> QString {
            const qsizetype i = column.value(QLatin1StringView(name), -1);
            return i >= 0 && i < fields.size() ? CsvCell::restored(fields.at(i)).toString() : QString();
        };
        const auto refuse = [&](const QString &reason) {
            read.refused.append({parser.lineNumber(), parser.rawRecord().toString(), reason});
        };
        if (parser.malformed()) {
            refuse(TaskText::tr("unterminated quote"));
            continue;
        }
        Task t;
        t.id = cell("id").trimmed();
        if (t.id.isEmpty() || SafeText::hasControl(t.id)) {
            refuse(TaskText::tr("no id, or an id with control characters"));
            continue;
        }
        if (seen.contains(t.id)) {
            refuse(TaskText::tr("task %1 is already in the file").arg(SafeText::excerpt(t.id)));
            continue;
        }
        const auto type = documentTypeFromName(cell("document_type").trimmed());
        const auto issued = dateCell(cell("document_date").trimmed());
        const auto deadline = dateCell(cell("deadline").trimmed());
        const auto initial = dateCell(cell("initial_deadline").trimmed());
        if (!type) {
            refuse(TaskText::tr("unknown document type \"%1\"").arg(SafeText::excerpt(cell("document_type"))));
            continue;
        }
        if (!issued || !issued->isValid() || !deadline || !initial) {
            refuse(TaskText::tr("a date is not an ISO date (YYYY-MM-DD), or the document has none"));
            continue;
        }
        t.document = {cell("document_number").trimmed(), *issued, *type, cell("signer").trimmed()};
        t.summary = cell("summary").trimmed();
        t.field = cell("field").trimmed();
        t.assignee = cell("assignee").trimmed();
        t.responsibleUnit = cell("responsible_unit").trimmed();
        t.cooperators = cell("cooperators").split(u' ', Qt::SkipEmptyParts);
        t.deadline = *deadline;
        t.initialDeadline = column.contains(QStringLiteral("initial_deadline")) ? *initial : *deadline;
        const QString synthetic = cell("synthetic").trimmed();
        if (!synthetic.isEmpty() && synthetic != u"0" && synthetic != u"1") {
            refuse(TaskText::tr("synthetic is 0 or 1, not \"%1\"").arg(SafeText::excerpt(synthetic)));
            continue;
        }
        t.synthetic = synthetic == u"1";
        if (t.document.number.isEmpty() || t.assignee.isEmpty()) {
            refuse(TaskText::tr("no document number or no assignee"));
            continue;
        }
        if (m_registry) {
            QStringList unknown;
            for (const QString &code : QStringList{t.assignee} + t.cooperators) {
                if (!m_registry->find(code))
                    unknown.append(SafeText::excerpt(code));
            }
            if (!unknown.isEmpty()) {
                refuse(TaskText::tr("unknown unit %1").arg(unknown.join(u", ")));
                continue;
            }
        }
        auto history = historyFromJson(cell("history"));
        if (!history) {
            refuse(history.error().message);
            continue;
        }
        t.history = std::move(*history);
        seen.insert(t.id);
        read.tasks.append(std::move(t));
    }
    return read;
}

} // namespace dh
