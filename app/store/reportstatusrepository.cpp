#include "reportstatusrepository.h"

#include "sqlite/connection.h"
#include "sqlite/transaction.h"

#include <QCoreApplication>

namespace dh {

ReportStatusRepository::ReportStatusRepository(sqlite::Connection &connection)
    : m_connection(&connection)
{
}

Result<qint64> ReportStatusRepository::position() const
{
    auto select = m_connection->cached("SELECT position FROM feed_counter WHERE feed = 'report_status'");
    if (!select)
        return select.error();
    const auto row = (*select)->next();
    if (!row)
        return row.error();
    return *row ? (*select)->columnInt64(0) : qint64(0);
}

Result<void> ReportStatusRepository::upsert(const QList<ReportStatus> &records)
{
    for (const ReportStatus &record : records) {
        if (record.indicator.isEmpty() || record.unit.isEmpty() || !record.period.isValid()) {
            return Error::invalid(QCoreApplication::translate("Cache", "A report status needs an indicator, a unit and a period: %1, %2, %3.")
                                      .arg(record.indicator, record.unit, record.period.toString()));
        }
    }
    sqlite::Transaction transaction(*m_connection);
    if (auto r = transaction.begin(); !r)
        return r;
    auto start = position();
    if (!start)
        return start.error();
    qint64 last = *start;
    // The WHERE leaves a record that did not change alone, so it keeps its position.
    auto upsert = m_connection->cached(
        "INSERT INTO report_status(indicator, unit, period_kind, period, state, due_date, reported_at, revision, note, feed)"
        " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(indicator, unit, period_kind, period) DO UPDATE SET"
        " state = excluded.state, due_date = excluded.due_date, reported_at = excluded.reported_at,"
        " revision = excluded.revision, note = excluded.note, feed = excluded.feed"
        " WHERE state IS NOT excluded.state OR due_date IS NOT excluded.due_date OR reported_at IS NOT excluded.reported_at"
        " OR revision IS NOT excluded.revision OR note IS NOT excluded.note");
    if (!upsert)
        return upsert.error();
    sqlite::Statement &s = **upsert;
    for (const ReportStatus &record : records) {
        s.reset();
        s.bind(1, record.indicator).bind(2, record.unit).bind(3, int(record.period.kind())).bind(4, record.period.ordinal())
            .bind(5, int(record.state)).bind(6, record.dueDate.toString(Qt::ISODate));
        if (record.reportedAt.isValid())
            s.bind(7, record.reportedAt.toMSecsSinceEpoch());
        else
            s.bindNull(7);
        s.bind(8, record.revision).bind(9, record.note).bind(10, last + 1);
        if (auto r = s.run(); !r)
            return r;
        if (s.changes() > 0)
            ++last;
    }
    if (last != *start) {
        auto counter = m_connection->cached("UPDATE feed_counter SET position = ?1 WHERE feed = 'report_status'");
        if (!counter)
            return counter.error();
        (*counter)->bind(1, last);
        if (auto r = (*counter)->run(); !r)
            return r;
    }
    return transaction.commit();
}

Result<ReportStatusPage> ReportStatusRepository::changes(qint64 since, int limit) const
{
    if (limit < 1)
        return Error::invalid(QCoreApplication::translate("Cache", "A page of the feed holds at least one change, not %1.").arg(limit));
    auto select = m_connection->cached(
        "SELECT feed, indicator, unit, period_kind, period, state, due_date, reported_at, revision, note"
        " FROM report_status INDEXED BY report_status_feed WHERE feed > ?1 ORDER BY feed LIMIT ?2");
    if (!select)
        return select.error();
    sqlite::Statement &s = **select;
    s.bind(1, since).bind(2, limit + 1);
    ReportStatusPage page;
    page.since = since;
    page.nextSince = since;
    const auto read = s.forEachRow([&] {
        if (page.entries.size() == limit) {
            page.hasMore = true;
            return false;
        }
        ReportStatusEntry entry;
        entry.position = s.columnInt64(0);
        ReportStatus &r = entry.status;
        r.indicator = s.columnText(1);
        r.unit = s.columnText(2);
        r.period = Period::fromOrdinal(Period::Kind(s.columnInt(3)), s.columnInt64(4));
        r.state = ReportStatus::State(s.columnInt(5));
        r.dueDate = QDate::fromString(s.columnText(6), Qt::ISODate);
        if (!s.isNull(7))
            r.reportedAt = QDateTime::fromMSecsSinceEpoch(s.columnInt64(7), Qt::UTC);
        r.revision = s.columnInt(8);
        r.note = s.columnText(9);
        page.nextSince = entry.position;
        page.entries.append(std::move(entry));
        return true;
    });
    if (!read)
        return read.error();
    return page;
}

} // namespace dh
