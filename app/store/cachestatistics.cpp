// The Cache's figures about itself — counts, date range, integrity — kept apart from the reads
// and writes of data in cache.cpp.
#include "cache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dh {

// The first and last period with data, by two probes of the cross-section index per indicator:
// cheap enough for the first paint even on millions of rows.
Result<void> Cache::addDateRange(CacheSummary &s) const
{
    QSqlQuery kinds(m_db);
    if (!kinds.exec(QStringLiteral("SELECT id, periodicity FROM indicator")))
        return Error::storage(kinds.lastError().text());
    QSqlQuery first(m_db);
    QSqlQuery last(m_db);
    const QString probe = QStringLiteral("SELECT period FROM observation INDEXED BY observation_cross"
                                         " WHERE indicator_id = ? AND period_kind = ? AND value_kind <> ? ORDER BY period %1 LIMIT 1");
    if (!first.prepare(probe.arg(u"ASC")) || !last.prepare(probe.arg(u"DESC")))
        return Error::storage(first.lastError().text());
    while (kinds.next()) {
        const int id = kinds.value(0).toInt();
        const auto kind = Period::Kind(kinds.value(1).toInt());
        for (QSqlQuery *edge : {&first, &last}) {
            edge->bindValue(0, id);
            edge->bindValue(1, int(kind));
            edge->bindValue(2, int(ValueKind::Target));
            if (!edge->exec())
                return Error::storage(edge->lastError().text());
            if (!edge->next())
                break;
            const Period p = Period::fromOrdinal(kind, edge->value(0).toLongLong());
            edge->finish();
            if (!s.firstDate.isValid() || p.startDate() < s.firstDate)
                s.firstDate = p.startDate();
            if (!s.lastDate.isValid() || p.endDate() > s.lastDate)
                s.lastDate = p.endDate();
        }
    }
    return {};
}

Result<CacheSummary> Cache::quickSummary() const
{
    CacheSummary s;
    s.schemaVersion = schemaVersion();
    s.synthetic = isSynthetic();
    s.dataset = meta(QStringLiteral("dataset"));
    s.indicators = m_indicatorIds.size();
    return s;
}

Result<CacheSummary> Cache::summary() const
{
    auto quick = quickSummary();
    if (!quick)
        return quick;
    CacheSummary s = *quick;
    if (auto r = addDateRange(s); !r)
        return r.error();
    s.counted = true;
    QSqlQuery q(m_db);
    QString failure;
    auto count = [&](const QString &sql) -> qint64 {
        if (q.exec(sql) && q.next())
            return q.value(0).toLongLong();
        failure = q.lastError().text();
        return 0;
    };
    s.observations = count(QStringLiteral("SELECT count(*) FROM observation"));
    s.quarantined = count(QStringLiteral("SELECT count(*) FROM quarantine"));
    s.revisionsKept = count(QStringLiteral("SELECT count(*) FROM observation_history"));
    // Probes of the primary key per unit and indicator: cheap even on millions of rows, unlike a
    // scan for units without data.
    s.unitsWithData = count(QStringLiteral("SELECT count(*) FROM unit u WHERE EXISTS (SELECT 1 FROM indicator i"
                                           " WHERE EXISTS (SELECT 1 FROM observation o WHERE o.indicator_id = i.id AND o.unit_id = u.id))"));
    if (!failure.isEmpty())
        return Error::storage(QCoreApplication::translate("Cache", "The cache %1 cannot be read: %2").arg(m_path, failure));
    return s;
}

Result<void> Cache::checkIntegrity() const
{
    QSqlQuery q(m_db);
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        problems.append(q.lastError().text());
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok")
                problems.append(line);
        }
    }
    if (problems.isEmpty())
        return {};
    return Error::storage(QCoreApplication::translate("Cache", "The cache %1 is damaged (%2). Replace it with a copy or rebuild it; "
                                                                "it was left as it is.")
                              .arg(m_path, problems.join(QStringLiteral("; "))));
}

} // namespace dh
