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
    }
    if (own) {
        if (auto r = transaction.commit(); !r)
            return r.error();
    }
    return removed;
}

} // namespace dh
