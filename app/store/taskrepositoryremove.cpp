// TaskRepository's deletion of tasks, as a task feed's deletions ask (resources/reporting/README.md §14).
#include "taskrepository.h"

#include "sqlite/connection.h"
#include "sqlite/transaction.h"

namespace dh {

Result<qint64> TaskRepository::remove(const QStringList &ids)
{
    const bool own = !m_connection->inTransaction();
    sqlite::Transaction transaction(*m_connection);
    if (own) {
        if (auto r = transaction.begin(); !r)
            return r.error();
    }
    auto find = m_connection->cached("SELECT id FROM task WHERE code = ?1");
    if (!find)
        return find.error();
    auto tombstone = m_connection->cached("INSERT OR REPLACE INTO task_tombstone(code, feed) VALUES(?1, ?2)");
    if (!tombstone)
        return tombstone.error();
    const auto start = position();
    if (!start)
        return start.error();
    qint64 removed = 0;
    for (const QString &id : ids) {
        sqlite::Statement &f = **find;
        f.reset();
        f.bind(1, id);
        const auto row = f.next();
        if (!row)
            return row.error();
        if (!*row)
            continue;
        const qint64 rowId = f.columnInt64(0);
        f.reset();
        for (const char *sql : {"DELETE FROM task_history WHERE task_id = ?1", "DELETE FROM task_cooperator WHERE task_id = ?1",
                                "DELETE FROM task_span WHERE task_id = ?1", "DELETE FROM task WHERE id = ?1"}) {
            auto statement = m_connection->cached(sql);
            if (!statement)
                return statement.error();
            (*statement)->reset();
            (*statement)->bind(1, rowId);
            if (auto r = (*statement)->run(); !r)
                return r.error();
        }
        ++removed;
        (*tombstone)->reset();
        (*tombstone)->bind(1, id).bind(2, *start + removed);
        if (auto r = (*tombstone)->run(); !r)
            return r.error();
    }
    if (removed > 0) {
        auto counter = m_connection->cached("UPDATE feed_counter SET position = ?1 WHERE feed = 'task'");
        if (!counter)
            return counter.error();
        (*counter)->reset();
        (*counter)->bind(1, *start + removed);
        if (auto r = (*counter)->run(); !r)
            return r.error();
    }
    if (own) {
        if (auto r = transaction.commit(); !r)
            return r.error();
    }
    return removed;
}

} // namespace dh
