#include "observationwriter.h"

#include "logging.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cmath>

namespace dh {

namespace {

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

QString describe(const Observation &o)
{
    return QStringList{o.indicator, o.unit, o.period.toString(), o.disaggregation, QString::number(o.value, 'g', 17),
                       valueKindName(o.valueKind), statusName(o.status), o.provenance.source,
                       QString::number(o.provenance.revision)}
        .join(u',');
}

// Which period kinds a value of the indicator may carry: its periodicity; targets also coarser ones
// (an annual target for a monthly indicator).
bool periodFits(const Period &period, Period::Kind periodicity, ValueKind valueKind)
{
    if (!period.isValid())
        return false;
    if (period.kind() == periodicity)
        return true;
    return valueKind == ValueKind::Target && !period.subdivide(periodicity).isEmpty();
}

} // namespace

ObservationWriter::ObservationWriter(Cache &cache, QString source)
    : m_cache(cache)
    , m_source(std::move(source))
{
    for (const Indicator &ind : cache.indicators())
        m_indicators.insert(ind.code, {cache.indicatorId(ind.code), ind.periodicity, ind.unitVi, ind.unitEn});
}

ObservationWriter::~ObservationWriter()
{
    if (m_active)
        rollback();
    sqlite3_finalize(m_upsert);
    sqlite3_finalize(m_existing);
}

Result<void> ObservationWriter::begin(Mode mode)
{
    m_mode = mode;
    m_report = {};
    m_startedAt = m_cache.clock().now();
    m_startedMs = m_startedAt.toMSecsSinceEpoch();
    sqlite3 *db = m_cache.handle();
    if (!m_upsert) {
        // The WHERE makes a same-or-older revision a no-op (0 changes), which write() then classifies.
        const char *upsert =
            "INSERT INTO observation(indicator_id, unit_id, disagg_id, value_kind, period_kind, period, value, status,"
            " source_id, retrieved_at, revision) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)"
            " ON CONFLICT(indicator_id, unit_id, disagg_id, value_kind, period_kind, period) DO UPDATE SET"
            " value = excluded.value, status = excluded.status, source_id = excluded.source_id,"
            " retrieved_at = excluded.retrieved_at, revision = excluded.revision"
            " WHERE excluded.revision > observation.revision";
        const char *existing =
            "SELECT value, revision FROM observation WHERE indicator_id = ?1 AND unit_id = ?2 AND disagg_id = ?3"
            " AND value_kind = ?4 AND period_kind = ?5 AND period = ?6";
        if (sqlite3_prepare_v3(db, upsert, -1, SQLITE_PREPARE_PERSISTENT, &m_upsert, nullptr) != SQLITE_OK
            || sqlite3_prepare_v3(db, existing, -1, SQLITE_PREPARE_PERSISTENT, &m_existing, nullptr) != SQLITE_OK)
            return Error::storage(sqliteError(db));
    }
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error::storage(QCoreApplication::translate("ObservationWriter", "The cache is busy or read-only: %1").arg(sqliteError(db)));
    m_active = true;
    auto source = m_cache.sourceId(m_source);
    if (!source) {
        rollback();
        return source.error();
    }
    m_sourceId = *source;
    return {};
}

const ObservationWriter::IndicatorInfo *ObservationWriter::lookupIndicator(const QString &code)
{
    // Files are usually grouped by indicator: remember the last one rather than hash every row.
    if (m_lastIndicator && code == m_lastIndicatorCode)
        return m_lastIndicator;
    const auto it = m_indicators.constFind(code);
    m_lastIndicatorCode = code;
    m_lastIndicator = it == m_indicators.cend() ? nullptr : &*it;
    return m_lastIndicator;
}

int ObservationWriter::lookupUnit(const QString &code)
{
    if (m_lastUnit >= 0 && code == m_lastUnitCode)
        return m_lastUnit;
    m_lastUnitCode = code;
    m_lastUnit = m_cache.unitId(code);
    return m_lastUnit;
}

ObservationWriter::Outcome ObservationWriter::write(const Observation &o, qint64 line, QStringView raw)
{
    Q_ASSERT(m_active);
    const IndicatorInfo *ind = lookupIndicator(o.indicator);
    if (!ind) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "Unknown indicator code %1.").arg(o.indicator));
        return Outcome::Quarantined;
    }
    const int unit = lookupUnit(o.unit);
    if (unit < 0) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "Unknown unit code %1.").arg(o.unit));
        return Outcome::Quarantined;
    }
    if (!periodFits(o.period, ind->periodicity, o.valueKind)) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "Period %1 does not fit %2, which is reported by %3.")
                                      .arg(o.period.toString(), o.indicator, Period::kindName(ind->periodicity)));
        return Outcome::Quarantined;
    }
    if (!std::isfinite(o.value)) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "The value is not a finite number."));
        return Outcome::Quarantined;
    }
    if (!o.measure.isEmpty() && o.measure != ind->unitVi && o.measure != ind->unitEn) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "Wrong unit of measure: %1 is reported in %2, not %3.")
                                      .arg(o.indicator, ind->unitVi, o.measure));
        return Outcome::Quarantined;
    }
    auto disagg = m_cache.disaggregationId(o.disaggregation);
    if (!disagg) {
        quarantine(line, raw, &o, disagg.error().message);
        return Outcome::Quarantined;
    }

    sqlite3_stmt *s = m_upsert;
    sqlite3_bind_int(s, 1, ind->id);
    sqlite3_bind_int(s, 2, unit);
    sqlite3_bind_int(s, 3, *disagg);
    sqlite3_bind_int(s, 4, int(o.valueKind));
    sqlite3_bind_int(s, 5, int(o.period.kind()));
    sqlite3_bind_int64(s, 6, o.period.ordinal());
    sqlite3_bind_double(s, 7, o.value);
    sqlite3_bind_int(s, 8, int(o.status));
    sqlite3_bind_int(s, 9, m_sourceId);
    sqlite3_bind_int64(s, 10, o.provenance.retrievedAt.isValid() ? o.provenance.retrievedAt.toMSecsSinceEpoch() : m_startedMs);
    sqlite3_bind_int(s, 11, o.provenance.revision);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "The cache refused the row: %1").arg(sqliteError(m_cache.handle())));
        return Outcome::Quarantined;
    }
    if (sqlite3_changes(m_cache.handle()) > 0) {
        ++m_report.written;
        return Outcome::Written;
    }
    return resolveConflict(o, line, raw);
}

// The key exists with a revision at least as new: the same figure again is harmless; anything else
// is a conflict a person must look at.
ObservationWriter::Outcome ObservationWriter::resolveConflict(const Observation &o, qint64 line, QStringView raw)
{
    sqlite3_stmt *e = m_existing;
    const IndicatorInfo *ind = m_lastIndicator;
    sqlite3_bind_int(e, 1, ind->id);
    sqlite3_bind_int(e, 2, m_lastUnit);
    sqlite3_bind_int(e, 3, m_cache.m_disaggIds.value(o.disaggregation, -1));
    sqlite3_bind_int(e, 4, int(o.valueKind));
    sqlite3_bind_int(e, 5, int(o.period.kind()));
    sqlite3_bind_int64(e, 6, o.period.ordinal());
    double cached = 0.0;
    int cachedRevision = 0;
    const bool found = sqlite3_step(e) == SQLITE_ROW;
    if (found) {
        cached = sqlite3_column_double(e, 0);
        cachedRevision = sqlite3_column_int(e, 1);
    }
    sqlite3_reset(e);
    if (!found) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "The cache did not take the row."));
        return Outcome::Quarantined;
    }
    if (cachedRevision == o.provenance.revision && cached == o.value) {
        ++m_report.unchanged;
        return Outcome::Unchanged;
    }
    if (o.provenance.revision < cachedRevision) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "Revision %1 is older than the cached revision %2 (value %3).")
                                      .arg(o.provenance.revision).arg(cachedRevision).arg(cached, 0, 'g', 15));
    } else {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "Conflicting value for the same key and revision %1: cached %2, new %3 (a duplicate key with a different value).")
                                      .arg(cachedRevision).arg(cached, 0, 'g', 15).arg(o.value, 0, 'g', 15));
    }
    return Outcome::Quarantined;
}

void ObservationWriter::reject(qint64 line, QStringView raw, const QString &reason)
{
    quarantine(line, raw, nullptr, reason);
}

void ObservationWriter::quarantine(qint64 line, QStringView raw, const Observation *observation, const QString &reason)
{
    const QString record = !raw.isEmpty() ? raw.toString() : (observation ? describe(*observation) : QString());
    m_report.quarantined.append({m_startedAt, m_source, line, record, reason});
}

Result<void> ObservationWriter::recordRun()
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("INSERT INTO import_run(started_at, source, mode, written, unchanged, quarantined, committed)"
                             " VALUES(?,?,?,?,?,?,?)"));
    q.addBindValue(m_startedMs);
    q.addBindValue(m_source);
    q.addBindValue(m_mode == Mode::AllOrNothing ? QStringLiteral("all-or-nothing") : QStringLiteral("row-by-row"));
    q.addBindValue(m_report.committed ? m_report.written : 0);
    q.addBindValue(m_report.committed ? m_report.unchanged : 0);
    q.addBindValue(qint64(m_report.quarantined.size()));
    q.addBindValue(m_report.committed ? 1 : 0);
    if (!q.exec())
        return Error::storage(q.lastError().text());
    m_report.runId = q.lastInsertId().toLongLong();
    return {};
}

Result<ImportReport> ObservationWriter::commit()
{
    if (!m_active)
        return Error::invalid(QCoreApplication::translate("ObservationWriter", "No import is in progress."));
    sqlite3 *db = m_cache.handle();
    const bool refuse = m_mode == Mode::AllOrNothing && !m_report.quarantined.isEmpty();
    if (refuse) {
        rollback();
        // The refused batch leaves nothing but the record of why.
        if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error::storage(sqliteError(db));
        m_active = true;
    }
    m_report.committed = !refuse;
    if (auto r = recordRun(); !r) {
        rollback();
        return r.error();
    }
    if (auto r = m_cache.addQuarantine(m_report.quarantined, m_report.runId); !r) {
        rollback();
        return r.error();
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString error = sqliteError(db);
        rollback();
        return Error::storage(error);
    }
    m_active = false;
    qCInfo(lcStore) << "import from" << m_source << (m_report.committed ? "committed:" : "refused:") << m_report.written
                    << "written," << m_report.unchanged << "unchanged," << m_report.quarantined.size() << "quarantined";
    return m_report;
}

void ObservationWriter::rollback()
{
    if (!m_active)
        return;
    sqlite3_exec(m_cache.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    m_active = false;
    // Ids handed out inside the rolled-back transaction no longer exist.
    m_cache.loadIds();
}

} // namespace dh
