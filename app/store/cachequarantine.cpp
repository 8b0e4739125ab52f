// The Cache's quarantine: input that was refused, kept with its reason. Apart from cache.cpp,
// which reads and writes the data itself.
#include "cache.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dh {

Result<void> Cache::addQuarantine(const QList<QuarantineRecord> &records, qint64 runId)
{
    if (records.isEmpty())
        return {};
    const bool own = m_db.transaction();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO quarantine(received_at, source, line, record, reason, run_id) VALUES(?,?,?,?,?,?)"));
    for (const QuarantineRecord &r : records) {
        q.addBindValue(r.receivedAt.toMSecsSinceEpoch());
        q.addBindValue(r.source);
        q.addBindValue(r.line);
        q.addBindValue(r.record);
        q.addBindValue(r.reason);
        q.addBindValue(runId > 0 ? QVariant(runId) : QVariant());
        if (!q.exec()) {
            const QString error = q.lastError().text();
            if (own)
                m_db.rollback();
            return Error::storage(error);
        }
    }
    if (own && !m_db.commit())
        return Error::storage(m_db.lastError().text());
    return {};
}

QList<QuarantineRecord> Cache::quarantine(int limit) const
{
    QList<QuarantineRecord> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT received_at, source, line, record, reason FROM quarantine ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            out.append({QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toString(), q.value(4).toString()});
        }
    }
    return out;
}

} // namespace dh
