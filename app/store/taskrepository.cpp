#include "taskrepository.h"

#include "sqlite/connection.h"
#include "sqlite/transaction.h"
#include "taskquerysql.h"

#include "core/textfold.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QVariant>

namespace dh {

using namespace tasksql;

namespace {

TaskState formulaState(QDate assigned, QDate deadline, QDate completed, QDate d)
{
    if (d < assigned)
        return TaskState::NotAssigned;
    if (completed.isValid() && completed <= d)
        return !deadline.isValid() || completed <= deadline ? TaskState::CompletedOnTime : TaskState::CompletedLate;
    if (!deadline.isValid())
        return TaskState::Standing;
    return d <= deadline ? TaskState::InProgress : TaskState::Overdue;
}

void bindDay(sqlite::Statement &s, int index, QDate day)
{
    if (day.isValid())
        s.bind(index, day.toJulianDay());
    else
        s.bindNull(index);
}

QDate dayColumn(const sqlite::Statement &s, int column)
{
    return s.isNull(column) ? QDate() : QDate::fromJulianDay(s.columnInt64(column));
}

// Everything a task holds, so an unchanged task is recognised and keeps its feed position.
QString digestOf(const Task &task)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << task.id << task.document.number << task.document.date << int(task.document.type) << task.document.signer
        << task.summary << task.field << task.assignee << task.responsibleUnit << task.cooperators << task.deadline
        << task.initialDeadline << task.synthetic << qint64(task.history.size());
    for (const TaskStatusChange &c : task.history)
        out << c.at.toMSecsSinceEpoch() << int(c.kind) << c.reportedBy << c.newDeadline << c.document << c.note;
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

// What the task row keeps to compute its state: the runs of days, kept only when the columns'
// formula disagrees with taskStateAt on one of them.
struct Derived
{
    QDate assigned, completed, overdueFrom;
    bool standing = false;
    QList<TaskStateSpan> spans;
    bool useSpans = false;
};

Derived derive(const Task &task)
{
    Derived d;
    d.assigned = taskAssignedDate(task);
    d.completed = completionAt(task, QDate::fromJulianDay(kFarFuture)).value_or(QDate());
    d.spans = taskStateSpans(task);
    // Both sides are constant between consecutive points of this union (the formula changes only
    // on assigned, completed and the day after the deadline), so agreeing on it is agreeing on
    // every day.
    QList<QDate> points = {d.assigned, d.completed, task.deadline.isValid() ? task.deadline.addDays(1) : QDate()};
    for (const TaskStateSpan &span : std::as_const(d.spans))
        points.append(span.from);
    for (QDate p : std::as_const(points)) {
        if (p.isValid() && p >= d.assigned && formulaState(d.assigned, task.deadline, d.completed, p) != taskStateAt(task, p)) {
            d.useSpans = true;
            break;
        }
    }
    // Confirmed the day after the deadline, it went from in progress straight to completed late.
    if (!d.useSpans && task.deadline.isValid() && (!d.completed.isValid() || d.completed > task.deadline.addDays(1)))
        d.overdueFrom = task.deadline.addDays(1);
    d.standing = !task.deadline.isValid();
    return d;
}

Error invalidTask(const Task &task, const char *why)
{
    return Error::invalid(QCoreApplication::translate("Cache", "Task %1 cannot be stored: %2")
                              .arg(task.id.isEmpty() ? QStringLiteral("?") : task.id, QCoreApplication::translate("Cache", why)));
}

Result<void> validate(const Task &task)
{
    if (task.id.isEmpty())
        return invalidTask(task, QT_TRANSLATE_NOOP("Cache", "it has no id."));
    if (task.assignee.isEmpty())
        return invalidTask(task, QT_TRANSLATE_NOOP("Cache", "it has no assignee."));
    if (!task.document.date.isValid())
        return invalidTask(task, QT_TRANSLATE_NOOP("Cache", "its document has no date."));
    for (const TaskStatusChange &c : task.history) {
        if (!c.at.isValid())
            return invalidTask(task, QT_TRANSLATE_NOOP("Cache", "a change in its history has no time."));
    }
    return {};
}

const char kTaskColumns[] = "t.id, t.code, t.doc_number, t.doc_date, t.doc_type, t.signer, t.summary, t.field, t.assignee,"
                            " t.responsible, t.deadline, t.initial_deadline, t.synthetic";

Task taskFromRow(const sqlite::Statement &s)
{
    Task task;
    task.id = s.columnText(1);
    task.document = {s.columnText(2), dayColumn(s, 3), TaskDocument::Type(s.columnInt(4)), s.columnText(5)};
    task.summary = s.columnText(6);
    task.field = s.columnText(7);
    task.assignee = s.columnText(8);
    task.responsibleUnit = s.columnText(9);
    task.deadline = dayColumn(s, 10);
    task.initialDeadline = dayColumn(s, 11);
    task.synthetic = s.columnInt(12) != 0;
    return task;
}
} // namespace

qint64 TaskStateCount::count(TaskState state) const
{
    switch (state) {
    case TaskState::CompletedOnTime: return completedOnTime;
    case TaskState::CompletedLate: return completedLate;
    case TaskState::InProgress: return inProgress;
    case TaskState::Overdue: return overdue;
    case TaskState::Standing: return standing;
    case TaskState::NotAssigned: return 0;
    }
    return 0;
}

TaskRepository::TaskRepository(sqlite::Connection &connection, const UnitRegistry &registry)
    : m_connection(&connection)
    , m_resolver(registry)
{
}

Result<qint64> TaskRepository::position() const
{
    auto select = m_connection->cached("SELECT position FROM feed_counter WHERE feed = 'task'");
    if (!select)
        return select.error();
    const auto row = (*select)->next();
    if (!row)
        return row.error();
    return *row ? (*select)->columnInt64(0) : qint64(0);
}

Result<qint64> TaskRepository::rawCount() const
{
    auto select = m_connection->cached("SELECT count(*) FROM task");
    if (!select)
        return select.error();
    const auto row = (*select)->next();
    if (!row)
        return row.error();
    return (*select)->columnInt64(0);
}

Result<void> TaskRepository::upsert(const QList<Task> &tasks)
{
    for (const Task &task : tasks) {
        if (auto r = validate(task); !r)
            return r;
    }
    // Inside the caller's transaction when one is open: the sync engine commits a page of the
    // task feed with its cursor.
    const bool own = !m_connection->inTransaction();
    sqlite::Transaction transaction(*m_connection);
    if (own) {
        if (auto r = transaction.begin(); !r)
            return r;
    }
    auto start = position();
    if (!start)
        return start.error();
    qint64 last = *start;
    auto existing = m_connection->cached("SELECT id, digest FROM task WHERE code = ?1");
    auto insert = m_connection->cached(
        "INSERT INTO task(code, doc_number, doc_date, doc_type, signer, summary, field, assignee, responsible, deadline,"
        " initial_deadline, synthetic, level, successor, handover, assigned, done, ontime_done, standing_done, overdue_from,"
        " spans, search, digest, feed)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)");
    auto update = m_connection->cached(
        "UPDATE task SET doc_number = ?2, doc_date = ?3, doc_type = ?4, signer = ?5, summary = ?6, field = ?7, assignee = ?8,"
        " responsible = ?9, deadline = ?10, initial_deadline = ?11, synthetic = ?12, level = ?13, successor = ?14,"
        " handover = ?15, assigned = ?16, done = ?17, ontime_done = ?18, standing_done = ?19, overdue_from = ?20,"
        " spans = ?21, search = ?22, digest = ?23, feed = ?24 WHERE id = ?25");
    auto clearHistory = m_connection->cached("DELETE FROM task_history WHERE task_id = ?1");
    auto clearCooperators = m_connection->cached("DELETE FROM task_cooperator WHERE task_id = ?1");
    auto clearSpans = m_connection->cached("DELETE FROM task_span WHERE task_id = ?1");
    auto addHistory = m_connection->cached("INSERT INTO task_history VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    auto addCooperator = m_connection->cached("INSERT INTO task_cooperator VALUES(?1, ?2, ?3)");
    auto addSpan = m_connection->cached("INSERT INTO task_span VALUES(?1, ?2, ?3)");
    auto dropTombstone = m_connection->cached("DELETE FROM task_tombstone WHERE code = ?1");
    for (const auto *s : {&existing, &insert, &update, &clearHistory, &clearCooperators, &clearSpans, &addHistory, &addCooperator, &addSpan,
                          &dropTombstone}) {
        if (!*s)
            return s->error();
    }
    for (const Task &task : tasks) {
        const QString digest = digestOf(task);
        qint64 rowId = 0;
        {
            sqlite::Statement &e = **existing;
            e.reset();
            e.bind(1, task.id);
            const auto row = e.next();
            if (!row)
                return row.error();
            if (*row) {
                if (e.columnText(1) == digest)
                    continue;
                rowId = e.columnInt64(0);
            }
            e.reset();
        }
        const Derived derived = derive(task);
        const AdminUnit *unit = m_resolver.registry().find(task.assignee);
        const std::optional<TaskAssigneeResolver::Handover> handover = m_resolver.handover(task);
        sqlite::Statement &w = rowId ? **update : **insert;
        w.reset();
        w.bind(1, task.id).bind(2, task.document.number);
        bindDay(w, 3, task.document.date);
        w.bind(4, int(task.document.type)).bind(5, task.document.signer).bind(6, task.summary).bind(7, task.field)
            .bind(8, task.assignee).bind(9, task.responsibleUnit);
        bindDay(w, 10, task.deadline);
        bindDay(w, 11, task.initialDeadline);
        w.bind(12, int(task.synthetic)).bind(13, unit ? qint64(unit->level) : kUnknownLevel)
            .bind(14, handover ? handover->successor : task.assignee);
        bindDay(w, 15, handover ? handover->from : QDate());
        bindDay(w, 16, derived.assigned);
        const qint64 done = derived.completed.isValid() ? derived.completed.toJulianDay() : kNever;
        const bool onTime = derived.completed.isValid() && (!task.deadline.isValid() || derived.completed <= task.deadline);
        w.bind(17, done).bind(18, onTime ? done : kNever).bind(19, derived.standing ? done : qint64(0))
            .bind(20, derived.overdueFrom.isValid() ? derived.overdueFrom.toJulianDay() : kNever)
            .bind(21, int(derived.useSpans))
            .bind(22, foldForSearch(QString(task.document.number + u'\n' + task.summary)))
            .bind(23, digest)
            .bind(24, last + 1);
        if (rowId)
            w.bind(25, rowId);
        if (auto r = w.run(); !r)
            return r;
        if (!rowId) {
            rowId = w.lastInsertId();
            // Added again after a removal: the feed reports the task, no longer its deletion.
            (*dropTombstone)->reset();
            (*dropTombstone)->bind(1, task.id);
            if (auto r = (*dropTombstone)->run(); !r)
                return r;
        } else {
            for (const auto *clear : {&clearHistory, &clearCooperators, &clearSpans}) {
                (**clear)->reset();
                (**clear)->bind(1, rowId);
                if (auto r = (**clear)->run(); !r)
                    return r;
            }
        }
        ++last;
        for (qsizetype i = 0; i < task.history.size(); ++i) {
            const TaskStatusChange &c = task.history.at(i);
            sqlite::Statement &h = **addHistory;
            h.reset();
            h.bind(1, rowId).bind(2, qint64(i)).bind(3, c.at.toMSecsSinceEpoch()).bind(4, hanoiDate(c.at).toJulianDay())
                .bind(5, int(c.kind)).bind(6, c.reportedBy);
            bindDay(h, 7, c.newDeadline);
            h.bind(8, c.document).bind(9, c.note);
            if (auto r = h.run(); !r)
                return r;
        }
        for (qsizetype i = 0; i < task.cooperators.size(); ++i) {
            sqlite::Statement &c = **addCooperator;
            c.reset();
            c.bind(1, rowId).bind(2, qint64(i)).bind(3, task.cooperators.at(i));
            if (auto r = c.run(); !r)
                return r;
        }
        if (derived.useSpans) {
            for (const TaskStateSpan &span : derived.spans) {
                sqlite::Statement &s = **addSpan;
                s.reset();
                s.bind(1, rowId).bind(2, span.from.toJulianDay()).bind(3, int(span.state));
                if (auto r = s.run(); !r)
                    return r;
            }
        }
    }
    if (last != *start) {
        auto counter = m_connection->cached("UPDATE feed_counter SET position = ?1 WHERE feed = 'task'");
        if (!counter)
            return counter.error();
        (*counter)->bind(1, last);
        if (auto r = (*counter)->run(); !r)
            return r;
    }
    return own ? transaction.commit() : Result<void>();
}

Result<void> TaskRepository::readDetails(Task &task, qint64 rowId) const
{
    auto history = m_connection->cached(
        "SELECT at, kind, reported_by, new_deadline, document, note FROM task_history WHERE task_id = ?1 ORDER BY seq");
    if (!history)
        return history.error();
    sqlite::Statement &h = **history;
    h.bind(1, rowId);
    if (auto r = h.forEachRow([&] {
            task.history.append({.at = QDateTime::fromMSecsSinceEpoch(h.columnInt64(0), Qt::UTC),
                                 .kind = TaskStatusChange::Kind(h.columnInt(1)),
                                 .reportedBy = h.columnText(2),
                                 .newDeadline = dayColumn(h, 3),
                                 .document = h.columnText(4),
                                 .note = h.columnText(5)});
        });
        !r)
        return r;
    auto cooperators = m_connection->cached("SELECT unit FROM task_cooperator WHERE task_id = ?1 ORDER BY seq");
    if (!cooperators)
        return cooperators.error();
    sqlite::Statement &c = **cooperators;
    c.bind(1, rowId);
    return c.forEachRow([&] { task.cooperators.append(c.columnText(0)); });
}

Result<QList<Task>> TaskRepository::select(const QByteArray &sql, const QList<QVariant> &bindings) const
{
    auto statement = m_connection->prepare(sql);
    if (!statement)
        return statement.error();
    bindAll(*statement, bindings);
    QList<std::pair<qint64, Task>> rows;
    if (auto r = statement->forEachRow([&] { rows.append({statement->columnInt64(0), taskFromRow(*statement)}); }); !r)
        return r.error();
    // Read after the walk: the details' statements must not step while this one holds its row.
    statement->reset();
    QList<Task> tasks;
    tasks.reserve(rows.size());
    for (auto &[rowId, task] : rows) {
        if (auto r = readDetails(task, rowId); !r)
            return r.error();
        tasks.append(std::move(task));
    }
    return tasks;
}

Result<std::optional<Task>> TaskRepository::find(const QString &id) const
{
    const QByteArray sql = QByteArray("SELECT ") + kTaskColumns + " FROM task t WHERE t.code = ?";
    auto tasks = select(sql, {id});
    if (!tasks)
        return tasks.error();
    if (tasks->isEmpty())
        return std::optional<Task>();
    return std::optional<Task>(tasks->takeFirst());
}

Result<QList<Task>> TaskRepository::list(const TaskQuery &query) const
{
    auto filter = filterOf(query);
    if (!filter)
        return filter.error();
    QString sql = QStringLiteral("SELECT %1 FROM task t WHERE %2 ORDER BY t.deadline IS NULL, t.deadline, t.code LIMIT %3 OFFSET %4")
                      .arg(QLatin1StringView(kTaskColumns), filter->sql())
                      .arg(query.limit < 0 ? -1 : query.limit)
                      .arg(std::max(0, query.offset));
    return select(sql.toUtf8(), filter->bindings);
}

Result<qint64> TaskRepository::count(const TaskQuery &query) const
{
    auto filter = filterOf(query);
    if (!filter)
        return filter.error();
    auto statement = m_connection->prepare(QStringLiteral("SELECT count(*) FROM task t WHERE %1").arg(filter->sql()).toUtf8());
    if (!statement)
        return statement.error();
    bindAll(*statement, filter->bindings);
    const auto row = statement->next();
    if (!row)
        return row.error();
    return statement->columnInt64(0);
}

Result<TaskPage> TaskRepository::changes(qint64 since, int limit) const
{
    if (limit < 1)
        return Error::invalid(QCoreApplication::translate("Cache", "A page of the feed holds at least one change, not %1.").arg(limit));
    const QByteArray sql = QByteArray("SELECT ") + kTaskColumns
                           + ", t.feed FROM task t INDEXED BY task_feed WHERE t.feed > ?1 ORDER BY t.feed LIMIT ?2";
    auto statement = m_connection->prepare(sql);
    if (!statement)
        return statement.error();
    statement->bind(1, since).bind(2, qint64(limit) + 1);
    QList<std::tuple<qint64, qint64, Task>> rows;
    if (auto r = statement->forEachRow([&] { rows.append(std::make_tuple(statement->columnInt64(0), statement->columnInt64(13), taskFromRow(*statement))); }); !r)
        return r.error();
    statement->reset();
    auto tombstones = m_connection->prepare("SELECT code, feed FROM task_tombstone WHERE feed > ?1 ORDER BY feed LIMIT ?2");
    if (!tombstones)
        return tombstones.error();
    tombstones->bind(1, since).bind(2, qint64(limit) + 1);
    QList<TaskFeedEntry> deletions;
    if (auto r = tombstones->forEachRow([&] {
            TaskFeedEntry entry{tombstones->columnInt64(1), Task{}, true};
            entry.task.id = tombstones->columnText(0);
            deletions.append(std::move(entry));
        });
        !r)
        return r.error();
    tombstones->reset();

    // Both lists are in feed order, and no position is in both: merged, they are the feed.
    TaskPage page;
    page.since = since;
    page.nextSince = since;
    auto row = rows.begin();
    auto deletion = deletions.begin();
    while (row != rows.end() || deletion != deletions.end()) {
        if (page.entries.size() == limit) {
            page.hasMore = true;
            break;
        }
        if (deletion != deletions.end() && (row == rows.end() || deletion->position < std::get<1>(*row))) {
            page.nextSince = deletion->position;
            page.entries.append(std::move(*deletion++));
            continue;
        }
        auto &[rowId, position, task] = *row++;
        if (auto r = readDetails(task, rowId); !r)
            return r.error();
        page.nextSince = position;
        page.entries.append({position, std::move(task)});
    }
    return page;
}

Result<bool> TaskRepository::markReminderFired(const QString &key, const QString &rule, QDate occasion)
{
    auto insert = m_connection->cached("INSERT OR IGNORE INTO task_reminder(key, rule, occasion) VALUES(?1, ?2, ?3)");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, key).bind(2, rule).bind(3, occasion.toString(Qt::ISODate));
    if (auto r = (*insert)->run(); !r)
        return r.error();
    return (*insert)->changes() > 0;
}

Result<bool> TaskRepository::reminderFired(const QString &key, const QString &rule, QDate occasion) const
{
    auto select = m_connection->cached("SELECT 1 FROM task_reminder WHERE key = ?1 AND rule = ?2 AND occasion = ?3");
    if (!select)
        return select.error();
    (*select)->bind(1, key).bind(2, rule).bind(3, occasion.toString(Qt::ISODate));
    const auto row = (*select)->next();
    if (!row)
        return row.error();
    return *row;
}

} // namespace dh