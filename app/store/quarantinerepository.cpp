#include "quarantinerepository.h"

#include "sqlite/connection.h"
#include "sqlite/transaction.h"

namespace dh {

QuarantineRepository::QuarantineRepository(sqlite::Connection &connection)
    : m_connection(&connection)
{
}

Result<void> QuarantineRepository::add(const QList<QuarantineRecord> &records, qint64 runId)
{
    if (records.isEmpty())
        return {};
    if (m_connection->inTransaction())
        return insert(records, runId);
    sqlite::Transaction transaction(*m_connection);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = insert(records, runId); !r)
        return r;
    return transaction.commit();
}

Result<void> QuarantineRepository::insert(const QList<QuarantineRecord> &records, qint64 runId)
{
    auto s = m_connection->cached("INSERT INTO quarantine(received_at, source, line, record, reason, run_id)"
                                  " VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    if (!s)
        return s.error();
    sqlite::Statement &insert = **s;
    for (const QuarantineRecord &r : records) {
        insert.reset();
        insert.bind(1, r.receivedAt.toMSecsSinceEpoch()).bind(2, r.source).bind(3, r.line).bind(4, r.record).bind(5, r.reason);
        runId > 0 ? insert.bind(6, runId) : insert.bindNull(6);
        if (auto done = insert.run(); !done)
            return done;
    }
    return {};
}

Result<QList<QuarantineRecord>> QuarantineRepository::records(int limit) const
{
    auto s = m_connection->cached("SELECT received_at, source, line, record, reason FROM quarantine ORDER BY id LIMIT ?1");
    if (!s)
        return s.error();
    sqlite::Statement &select = **s;
    select.bind(1, limit);
    QList<QuarantineRecord> out;
    const auto read = select.forEachRow([&] {
        out.append({QDateTime::fromMSecsSinceEpoch(select.columnInt64(0), Qt::UTC), select.columnText(1),
                    select.columnInt64(2), select.columnText(3), select.columnText(4)});
    });
    if (!read)
        return read.error();
    return out;
}

Result<qint64> QuarantineRepository::recordRun(const ImportRun &run)
{
    auto s = m_connection->cached("INSERT INTO import_run(started_at, source, mode, written, unchanged, quarantined, committed)"
                                  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!s)
        return s.error();
    sqlite::Statement &insert = **s;
    insert.bind(1, run.startedAt.toMSecsSinceEpoch()).bind(2, run.source).bind(3, run.mode).bind(4, run.written)
        .bind(5, run.unchanged).bind(6, run.quarantined).bind(7, run.committed ? 1 : 0);
    if (auto r = insert.run(); !r)
        return r.error();
    return insert.lastInsertId();
}

} // namespace dh
