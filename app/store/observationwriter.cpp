#include "observationwriterprivate.h"

#include "cache.h"
#include "sqlite/connection.h"

#include "core/safetext.h"

#include <QCoreApplication>

#include <cmath>

namespace dh {

namespace {

// How much of a refused record the quarantine keeps: a line of the widest CSV the project reads.
constexpr qsizetype maxRecordLength = 1024;

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

// Why a unit cannot hold a value for the period, or nothing. A unit holds no period that ended
// before it came into being: a 2025 province's 2024 months are read from the provinces it merged,
// and a value stored on it would silently replace that re-aggregated figure. A period that
// straddles its first day (the year 2025, its first nine months) is its own: such figures are
// published for the whole period on the units in force at its end. A unit holds no period that
// began after it ceased, unless it merged into successors: a former province's series may go on
// past the reform (the synthetic sample's do), as what its successor is re-aggregated from.
QString outsideValidity(const AdminUnit &unit, const Period &period)
{
    if (unit.validFrom.isValid() && period.endDate() < unit.validFrom) {
        return QCoreApplication::translate("ObservationWriter", "Unit %1 exists from %2; period %3 ended before it. Report it on the units of that time.")
            .arg(unit.code, unit.validFrom.toString(Qt::ISODate), period.toString());
    }
    if (unit.validTo.isValid() && period.startDate() > unit.validTo && unit.successors.isEmpty()) {
        return QCoreApplication::translate("ObservationWriter", "Unit %1 ceased on %2 without a successor; period %3 began after it.")
            .arg(unit.code, unit.validTo.toString(Qt::ISODate), period.toString());
    }
    return {};
}

} // namespace

ObservationWriter::Private::Private(sqlite::Connection &connection, Cache &cache, QString source)
    : connection(connection)
    , cache(cache)
    , source(std::move(source))
{
    for (const Indicator &ind : cache.catalogue().all())
        indicators.insert(ind.code, {cache.catalogue().id(ind.code), ind.periodicity, ind.unitVi, ind.unitEn, ind, {}});
}

// A key in another spelling than the canonical one would be interned as a breakdown of its own,
// beside the same breakdown spelled canonically.
QString ObservationWriter::Private::IndicatorInfo::checkBreakdown(const QString &key) const
{
    if (QString problem = definition.disaggregationProblem(key); !problem.isEmpty())
        return problem;
    const auto canonical = DisaggregationKey::canonical(key);
    if (!canonical) {
        return QCoreApplication::translate("ObservationWriter", "The disaggregation \"%1\" is malformed: it must be dimension=value pairs joined by ;, one value per dimension.")
            .arg(SafeText::excerpt(key));
    }
    if (*canonical != key) {
        return QCoreApplication::translate("ObservationWriter", "The disaggregation \"%1\" is not in its canonical form \"%2\" (dimensions in order, no spaces).")
            .arg(SafeText::excerpt(key), SafeText::excerpt(*canonical));
    }
    return {};
}

ObservationWriter::ObservationWriter(sqlite::Connection &connection, Cache &cache, QString source)
    : d(std::make_unique<Private>(connection, cache, std::move(source)))
{
}

ObservationWriter::~ObservationWriter()
{
    if (d->active)
        d->rollback();
}

const ImportReport &ObservationWriter::report() const
{
    return d->report;
}

ObservationWriter::Mode ObservationWriter::mode() const
{
    return d->mode;
}

Result<void> ObservationWriter::Private::prepare()
{
    if (insert.isValid())
        return {};
    // A new key is a plain insert. An upsert that may update would run the revision trigger, and
    // SQLite then keeps a statement journal of every page the row touches, for every row; a key
    // that exists is rare in a bulk import and is settled by resolveConflict() instead.
    auto i = connection.prepare(
        "INSERT INTO observation(indicator_id, unit_id, disagg_id, value_kind, period_kind, period, value, status,"
        " source_id, retrieved_at, revision, feed) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
        " ON CONFLICT(indicator_id, unit_id, disagg_id, value_kind, period_kind, period) DO NOTHING");
    if (!i)
        return i.error();
    auto e = connection.prepare("SELECT value, revision, status FROM observation WHERE indicator_id = ?1 AND unit_id = ?2"
                                " AND disagg_id = ?3 AND value_kind = ?4 AND period_kind = ?5 AND period = ?6");
    if (!e)
        return e.error();
    // The WHERE repeats the revision check, so the statement alone never replaces a newer figure
    // nor, at the same revision, another value.
    auto u = connection.prepare(
        "UPDATE observation SET value = ?7, status = ?8, source_id = ?9, retrieved_at = ?10, revision = ?11, feed = ?12"
        " WHERE indicator_id = ?1 AND unit_id = ?2 AND disagg_id = ?3 AND value_kind = ?4 AND period_kind = ?5"
        " AND period = ?6 AND (revision < ?11 OR (revision = ?11 AND value = ?7 AND status <> ?8))");
    if (!u)
        return u.error();
    insert = std::move(*i);
    existing = std::move(*e);
    revise = std::move(*u);
    return {};
}

void ObservationWriter::setOrigin(const QString &format, const QString &location, const QString &etag)
{
    d->format = format;
    d->location = location;
    d->etag = etag;
}

void ObservationWriter::setRevisionPolicy(RevisionPolicy policy)
{
    d->revisions = policy;
}

ObservationWriter::Private::IndicatorInfo *ObservationWriter::Private::lookupIndicator(const QString &code)
{
    // Files are usually grouped by indicator: remember the last one rather than hash every row.
    if (lastIndicator && code == lastIndicatorCode)
        return lastIndicator;
    const auto it = indicators.find(code);
    lastIndicatorCode = code;
    lastIndicator = it == indicators.end() ? nullptr : &*it;
    return lastIndicator;
}

int ObservationWriter::Private::lookupUnit(const QString &code)
{
    if (lastUnit >= 0 && code == lastUnitCode)
        return lastUnit;
    lastUnitCode = code;
    lastUnit = cache.units().id(code);
    lastAdminUnit = cache.registry().find(code);
    return lastUnit;
}

bool ObservationWriter::Private::resolveKey(const Observation &o, qint64 line, QStringView raw, IndicatorInfo *&indicator, int &unit)
{
    indicator = lookupIndicator(o.indicator);
    if (!indicator) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "Unknown indicator code %1.").arg(SafeText::excerpt(o.indicator)));
        return false;
    }
    unit = lookupUnit(o.unit);
    if (unit < 0) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "Unknown unit code %1.").arg(SafeText::excerpt(o.unit)));
        return false;
    }
    return true;
}

ObservationWriter::Outcome ObservationWriter::Private::fail(const Error &error)
{
    if (!failure)
        failure = Error::storage(QCoreApplication::translate("ObservationWriter", "The cache failed during the import, so nothing of it was written: %1")
                                     .arg(error.message));
    return Outcome::Failed;
}

ObservationWriter::Outcome ObservationWriter::write(const Observation &o, qint64 line, QStringView raw)
{
    Q_ASSERT(d->active);
    if (d->failure)
        return Outcome::Failed;
    Private::IndicatorInfo *ind = nullptr;
    int unit = -1;
    if (!d->resolveKey(o, line, raw, ind, unit))
        return Outcome::Quarantined;
    if (!periodFits(o.period, ind->periodicity, o.valueKind)) {
        d->quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "Period %1 does not fit %2, which is reported by %3.")
                                         .arg(o.period.toString(), o.indicator, Period::kindName(ind->periodicity)));
        return Outcome::Quarantined;
    }
    if (const AdminUnit *u = d->lastAdminUnit) {
        if (const QString reason = outsideValidity(*u, o.period); !reason.isEmpty()) {
            d->quarantine(line, raw, &o, reason);
            return Outcome::Quarantined;
        }
    }
    if (!std::isfinite(o.value)) {
        d->quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "The value is not a finite number."));
        return Outcome::Quarantined;
    }
    if (const QString problem = ind->definition.rangeProblem(o.value); !problem.isEmpty()) {
        d->quarantine(line, raw, &o, problem);
        return Outcome::Quarantined;
    }
    if (!o.measure.isEmpty() && o.measure != ind->unitVi && o.measure != ind->unitEn) {
        d->quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "Wrong unit of measure: %1 is reported in %2, not %3.")
                                         .arg(o.indicator, ind->unitVi, SafeText::excerpt(o.measure)));
        return Outcome::Quarantined;
    }
    if (!o.disaggregation.isEmpty()) {
        if (const QString &problem = ind->breakdownProblem(o.disaggregation); !problem.isEmpty()) {
            d->quarantine(line, raw, &o, problem);
            return Outcome::Quarantined;
        }
    }
    const auto disagg = d->cache.observations().internDisaggregation(o.disaggregation);
    if (!disagg)
        return d->fail(disagg.error());

    sqlite::Statement &s = d->insert;
    d->bindInsert(o, *ind, unit, *disagg);
    if (const auto r = s.run(); !r) {
        d->bound.valid = false;
        return d->fail(r.error());
    }
    if (s.changes() > 0) {
        ++d->position;
        if (auto r = d->dropTombstone(o, ind->id, unit, *disagg); !r)
            return d->fail(r.error());
        ++d->report.written;
        if (line > 0)
            d->lineOfKey.insert(Private::keyDigest(o, ind->id, unit, *disagg), line);
        return Outcome::Written;
    }
    return d->resolveConflict(o, *ind, unit, *disagg, line, raw);
}

void ObservationWriter::Private::bindRow(sqlite::Statement &s, const Observation &o, const IndicatorInfo &ind, int unit,
                                         int disagg) const
{
    s.bind(1, ind.id).bind(2, unit).bind(3, disagg).bind(4, int(o.valueKind)).bind(5, int(o.period.kind()))
        .bind(6, o.period.ordinal()).bind(7, o.value).bind(8, int(o.status)).bind(9, sourceId)
        .bind(10, o.provenance.retrievedAt.isValid() ? o.provenance.retrievedAt.toMSecsSinceEpoch() : startedMs)
        .bind(11, o.provenance.revision).bind(12, position + 1);
}

void ObservationWriter::Private::bindInsert(const Observation &o, const IndicatorInfo &ind, int unit, int disagg)
{
    insert.rewind();
    const qint64 retrievedAt = o.provenance.retrievedAt.isValid() ? o.provenance.retrievedAt.toMSecsSinceEpoch() : startedMs;
    auto rebind = [this](int index, auto value, auto &slot) {
        if (!bound.valid || slot != value) {
            insert.bind(index, value);
            slot = value;
        }
    };
    rebind(1, ind.id, bound.indicator);
    rebind(2, unit, bound.unit);
    rebind(3, disagg, bound.disagg);
    rebind(4, int(o.valueKind), bound.valueKind);
    rebind(5, int(o.period.kind()), bound.periodKind);
    insert.bind(6, o.period.ordinal()).bind(7, o.value);
    rebind(8, int(o.status), bound.status);
    rebind(9, sourceId, bound.source);
    rebind(10, retrievedAt, bound.retrievedAt);
    rebind(11, o.provenance.revision, bound.revision);
    insert.bind(12, position + 1);
    bound.valid = true;
}

// Replaces the cached figure of o's key with o, a newer revision of it (the trigger keeps the one
// it replaces).
ObservationWriter::Outcome ObservationWriter::Private::reviseRow(const Observation &o, const IndicatorInfo &ind, int unit,
                                                                 int disagg, qint64 line, QStringView raw)
{
    revise.reset();
    bindRow(revise, o, ind, unit, disagg);
    if (const auto r = revise.run(); !r)
        return fail(r.error());
    if (revise.changes() == 0) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "The cache did not take the row."));
        return Outcome::Quarantined;
    }
    ++position;
    ++report.written;
    if (line > 0)
        lineOfKey.insert(keyDigest(o, ind.id, unit, disagg), line);
    return Outcome::Written;
}

// The key exists: a newer revision replaces the figure (the trigger keeps the one it replaces), as
// does a new status for the same value at the same revision (a provisional figure made final); the
// same figure again, or an older revision of it, is harmless; anything else is a conflict a person
// must look at.
ObservationWriter::Outcome ObservationWriter::Private::resolveConflict(const Observation &o, const IndicatorInfo &ind,
                                                                       int unit, int disagg, qint64 line, QStringView raw)
{
    existing.reset();
    existing.bind(1, ind.id).bind(2, unit).bind(3, disagg).bind(4, int(o.valueKind)).bind(5, int(o.period.kind()))
        .bind(6, o.period.ordinal());
    const auto found = existing.next();
    if (!found || !*found) {
        existing.reset();
        return fail(!found ? found.error()
                           : Error::storage(QCoreApplication::translate("ObservationWriter", "The cache neither took the row nor holds its key.")));
    }
    const double cached = existing.columnDouble(0);
    const int cachedRevision = existing.columnInt(1);
    const int cachedStatus = existing.columnInt(2);
    existing.reset();
    const bool sameValue = cached == o.value;
    if (revisions == RevisionPolicy::NextOnChange) {
        if (sameValue && cachedStatus == int(o.status)) {
            ++report.unchanged;
            return Outcome::Unchanged;
        }
        Observation next = o;
        next.provenance.revision = cachedRevision + 1;
        return reviseRow(next, ind, unit, disagg, line, raw);
    }
    if (o.provenance.revision > cachedRevision
        || (o.provenance.revision == cachedRevision && sameValue && cachedStatus != int(o.status)))
        return reviseRow(o, ind, unit, disagg, line, raw);
    if (sameValue && o.provenance.revision <= cachedRevision) {
        // A repeat names its line for a later row with another value; a stale row does not, as the
        // figure held is not the one it carries.
        if (line > 0 && o.provenance.revision == cachedRevision) {
            const quint64 key = keyDigest(o, ind.id, unit, disagg);
            if (!lineOfKey.contains(key))
                lineOfKey.insert(key, line);
        }
        ++report.unchanged;
        return Outcome::Unchanged;
    }
    // The figure met may have come from an earlier line of this very file: that line is named.
    const auto earlier = lineOfKey.constFind(keyDigest(o, ind.id, unit, disagg));
    const bool inFile = earlier != lineOfKey.cend() && *earlier != line;
    if (o.provenance.revision < cachedRevision && inFile) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "Revision %1 is older than revision %2 (value %3) on line %4 of this file.")
                                      .arg(o.provenance.revision).arg(cachedRevision).arg(cached, 0, 'g', 15).arg(*earlier));
    } else if (o.provenance.revision < cachedRevision) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "Revision %1 is older than the cached revision %2 (value %3).")
                                      .arg(o.provenance.revision).arg(cachedRevision).arg(cached, 0, 'g', 15));
    } else if (inFile) {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "A duplicate key in this file: line %1 has the same indicator, unit, period, breakdown and value kind, with revision %2 and value %3; this line has value %4.")
                                      .arg(*earlier).arg(cachedRevision).arg(cached, 0, 'g', 15).arg(o.value, 0, 'g', 15));
    } else {
        quarantine(line, raw, &o, QCoreApplication::translate("ObservationWriter", "Conflicting value for the same key and revision %1: cached %2, new %3 (a duplicate key with a different value).")
                                      .arg(cachedRevision).arg(cached, 0, 'g', 15).arg(o.value, 0, 'g', 15));
    }
    return Outcome::Quarantined;
}

void ObservationWriter::reject(qint64 line, QStringView raw, const QString &reason)
{
    d->quarantine(line, raw, nullptr, reason);
}

void ObservationWriter::Private::quarantine(qint64 line, QStringView raw, const Observation *observation, const QString &reason)
{
    // A record is kept to be read by a person: a field of megabytes is kept as its start, its
    // length and its digest, as are reasons that quote one.
    const QString record = !raw.isEmpty() ? SafeText::capped(raw, maxRecordLength)
                                          : (observation ? SafeText::capped(describe(*observation), maxRecordLength) : QString());
    report.quarantined.append({startedAt, source, line, record, SafeText::capped(reason, maxRecordLength)});
}

} // namespace dh
