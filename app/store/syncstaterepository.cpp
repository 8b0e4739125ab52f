#include "syncstaterepository.h"

#include "sqlite/connection.h"
#include "sqlite/transaction.h"

namespace dh {

namespace {

constexpr char kRunColumns[] = "id, endpoint, started_at, finished_at, outcome, error, written, unchanged, removed,"
                               " quarantined, requests, bytes";

QDateTime fromMsecs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

SyncRun runFromRow(const sqlite::Statement &s)
{
    SyncRun run;
    run.id = s.columnInt64(0);
    run.endpoint = s.columnText(1);
    run.startedAt = fromMsecs(s.columnInt64(2));
    run.finishedAt = fromMsecs(s.columnInt64(3));
    run.outcome = SyncRun::Outcome(s.columnInt(4));
    run.error = s.columnText(5);
    run.written = s.columnInt64(6);
    run.unchanged = s.columnInt64(7);
    run.removed = s.columnInt64(8);
    run.quarantined = s.columnInt64(9);
    run.requests = s.columnInt64(10);
    run.bytes = s.columnInt64(11);
    return run;
}

} // namespace

SyncStateRepository::SyncStateRepository(sqlite::Connection &connection)
    : m_connection(&connection)
{
}

Result<std::optional<SyncCursor>> SyncStateRepository::cursor(const QString &endpoint, const QString &resource) const
{
    auto select = m_connection->cached("SELECT since, etag, last_modified FROM sync_cursor WHERE endpoint = ?1 AND resource = ?2");
    if (!select)
        return select.error();
    sqlite::Statement &s = **select;
    s.bind(1, endpoint).bind(2, resource);
    const auto row = s.next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<SyncCursor>();
    return std::optional<SyncCursor>(SyncCursor{endpoint, resource, s.columnInt64(0), s.columnText(1), s.columnText(2)});
}

Result<void> SyncStateRepository::saveCursor(const SyncCursor &cursor)
{
    auto upsert = m_connection->cached("INSERT INTO sync_cursor(endpoint, resource, since, etag, last_modified)"
                                       " VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(endpoint, resource) DO UPDATE SET"
                                       " since = excluded.since, etag = excluded.etag, last_modified = excluded.last_modified");
    if (!upsert)
        return upsert.error();
    (*upsert)->bind(1, cursor.endpoint).bind(2, cursor.resource).bind(3, cursor.since).bind(4, cursor.etag)
        .bind(5, cursor.lastModified);
    return (*upsert)->run();
}

Result<void> SyncStateRepository::clearCursors(const QString &endpoint)
{
    auto erase = m_connection->cached("DELETE FROM sync_cursor WHERE endpoint = ?1");
    if (!erase)
        return erase.error();
    (*erase)->bind(1, endpoint);
    return (*erase)->run();
}

Result<qint64> SyncStateRepository::recordRun(const SyncRun &run)
{
    // Within a transaction the caller has open (a batch), the run joins it; otherwise it is one.
    std::optional<sqlite::Transaction> transaction;
    if (!m_connection->inTransaction()) {
        transaction.emplace(*m_connection);
        if (auto r = transaction->begin(); !r)
            return r.error();
    }
    auto insert = m_connection->cached("INSERT INTO sync_run(endpoint, started_at, finished_at, outcome, error, written,"
                                       " unchanged, removed, quarantined, requests, bytes)"
                                       " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, run.endpoint).bind(2, run.startedAt.toMSecsSinceEpoch()).bind(3, run.finishedAt.toMSecsSinceEpoch())
        .bind(4, int(run.outcome)).bind(5, run.error).bind(6, run.written).bind(7, run.unchanged).bind(8, run.removed)
        .bind(9, run.quarantined).bind(10, run.requests).bind(11, run.bytes);
    if (auto r = (*insert)->run(); !r)
        return r.error();
    const qint64 id = (*insert)->lastInsertId();

    auto total = m_connection->cached("INSERT INTO sync_endpoint(endpoint, observations_pulled) VALUES(?1, ?2)"
                                      " ON CONFLICT(endpoint) DO UPDATE SET observations_pulled = observations_pulled + excluded.observations_pulled");
    if (!total)
        return total.error();
    (*total)->bind(1, run.endpoint).bind(2, run.outcome == SyncRun::Outcome::Ok ? run.written : qint64(0));
    if (auto r = (*total)->run(); !r)
        return r.error();

    // The runs past the newest maxRunsKept go, but for the last success and the last failure,
    // which the sync page shows however long ago they were.
    auto prune = m_connection->cached(
        "DELETE FROM sync_run WHERE endpoint = ?1"
        " AND id < (SELECT id FROM sync_run WHERE endpoint = ?1 ORDER BY id DESC LIMIT 1 OFFSET ?2)"
        " AND id <> coalesce((SELECT max(id) FROM sync_run WHERE endpoint = ?1 AND outcome IN (0, 1)), 0)"
        " AND id <> coalesce((SELECT max(id) FROM sync_run WHERE endpoint = ?1 AND outcome = 2), 0)");
    if (!prune)
        return prune.error();
    (*prune)->bind(1, run.endpoint).bind(2, maxRunsKept - 1);
    if (auto r = (*prune)->run(); !r)
        return r.error();
    if (transaction) {
        if (auto r = transaction->commit(); !r)
            return r.error();
    }
    return id;
}

Result<std::optional<SyncRun>> SyncStateRepository::latestRun(const QString &endpoint, SyncRun::Outcome first,
                                                              SyncRun::Outcome last) const
{
    auto select = m_connection->cached(QByteArray(QByteArray("SELECT ") + kRunColumns
                                                  + " FROM sync_run WHERE endpoint = ?1 AND outcome BETWEEN ?2 AND ?3"
                                                    " ORDER BY id DESC LIMIT 1"));
    if (!select)
        return select.error();
    sqlite::Statement &s = **select;
    s.bind(1, endpoint).bind(2, int(first)).bind(3, int(last));
    const auto row = s.next();
    if (!row)
        return row.error();
    return *row ? std::optional<SyncRun>(runFromRow(s)) : std::optional<SyncRun>();
}

Result<QList<EndpointStatus>> SyncStateRepository::statuses() const
{
    auto select = m_connection->prepare("SELECT endpoint, observations_pulled FROM sync_endpoint ORDER BY endpoint");
    if (!select)
        return select.error();
    QList<EndpointStatus> out;
    const auto read = select->forEachRow([&] {
        EndpointStatus status;
        status.endpoint = select->columnText(0);
        status.observationsPulled = select->columnInt64(1);
        out.append(status);
    });
    if (!read)
        return read.error();
    using Outcome = SyncRun::Outcome;
    for (EndpointStatus &status : out) {
        const auto last = latestRun(status.endpoint, Outcome::Ok, Outcome::Cancelled);
        const auto success = latestRun(status.endpoint, Outcome::Ok, Outcome::NotModified);
        const auto failure = latestRun(status.endpoint, Outcome::Failed, Outcome::Failed);
        for (const auto *r : {&last, &success, &failure}) {
            if (!*r)
                return r->error();
        }
        status.last = *last;
        status.lastSuccess = *success;
        status.lastFailure = *failure;
    }
    return out;
}

Result<QHash<QString, QStringList>> SyncStateRepository::sourcesByIndicator() const
{
    auto select = m_connection->prepare(
        "SELECT i.code, s.name FROM (SELECT DISTINCT indicator_id, source_id FROM observation) o"
        " JOIN indicator i ON i.id = o.indicator_id JOIN source s ON s.id = o.source_id ORDER BY i.code, s.name");
    if (!select)
        return select.error();
    QHash<QString, QStringList> out;
    const auto read = select->forEachRow([&] {
        QStringList &names = out[select->columnText(0)];
        const QString name = select->columnText(1);
        // One source name may stand for several rows of the source table (formats, files, ETags).
        if (names.isEmpty() || names.last() != name)
            names.append(name);
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<SyncRun>> SyncStateRepository::runs(const QString &endpoint, int limit) const
{
    auto select = m_connection->cached(QByteArray(QByteArray("SELECT ") + kRunColumns
                                                  + " FROM sync_run WHERE endpoint = ?1 ORDER BY id DESC LIMIT ?2"));
    if (!select)
        return select.error();
    sqlite::Statement &s = **select;
    s.bind(1, endpoint).bind(2, limit);
    QList<SyncRun> out;
    const auto read = s.forEachRow([&] { out.append(runFromRow(s)); });
    if (!read)
        return read.error();
    return out;
}

} // namespace dh
