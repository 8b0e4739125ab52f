#include "observationwriter.h"

#include "cache.h"
#include "logging.h"
#include "sqlite/connection.h"

#include "core/clock.h"
#include "core/safetext.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <optional>

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

struct ObservationWriter::Private
{
    struct IndicatorInfo
    {
        int id = -1;
        Period::Kind periodicity = Period::Kind::Month;
        QString unitVi;
        QString unitEn;
        Indicator definition;
        // Each breakdown met, checked once: the key and why it is refused (empty when it is not).
        QHash<QString, QString> breakdowns;

        const QString &breakdownProblem(const QString &key)
        {
            auto it = breakdowns.find(key);
            if (it == breakdowns.end())
                it = breakdowns.insert(key, checkBreakdown(key));
            return *it;
        }

        // The catalogue's reasons first, as the more telling ones. A key in another spelling than
        // the canonical one would be interned as a breakdown of its own, beside the same breakdown
        // spelled canonically.
        QString checkBreakdown(const QString &key) const
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
    };

    Private(sqlite::Connection &connection, Cache &cache, QString source)
        : connection(connection)
        , cache(cache)
        , source(std::move(source))
    {
        for (const Indicator &ind : cache.catalogue().all())
            indicators.insert(ind.code, {cache.catalogue().id(ind.code), ind.periodicity, ind.unitVi, ind.unitEn, ind, {}});
    }

    IndicatorInfo *lookupIndicator(const QString &code);
    int lookupUnit(const QString &code);
    // The indicator and unit of an observation's key, or quarantines it naming the unknown code.
    bool resolveKey(const Observation &o, qint64 line, QStringView raw, IndicatorInfo *&indicator, int &unit);
    void quarantine(qint64 line, QStringView raw, const Observation *observation, const QString &reason);
    Outcome resolveConflict(const Observation &o, const IndicatorInfo &ind, int unit, int disagg, qint64 line, QStringView raw);
    Outcome reviseRow(const Observation &o, const IndicatorInfo &ind, int unit, int disagg, qint64 line, QStringView raw);
    void bindRow(sqlite::Statement &s, const Observation &o, const IndicatorInfo &ind, int unit, int disagg) const;
    void bindInsert(const Observation &o, const IndicatorInfo &ind, int unit, int disagg);
    Result<void> prepare();
    Result<void> readFeed();
    Result<void> saveFeedPosition();
    Result<void> dropTombstone(const Observation &o, int indicator, int unit, int disagg);
    Result<void> recordRun();
    void rollback();
    Outcome fail(const Error &error);

    sqlite::Connection &connection;
    Cache &cache;
    QString source;
    QString format;
    QString location;
    QString etag;
    RevisionPolicy revisions = RevisionPolicy::FromSource;
    int sourceId = -1;
    // The feed positions: the last one handed out before the batch, and the last one this batch
    // handed out. The counter is written at commit, so a rolled-back batch uses none.
    qint64 startPosition = 0;
    qint64 position = 0;
    // Whether the cache may hold a tombstone, so a new key looks for its own only then: a bulk
    // import into a cache that never removed anything pays nothing for tombstones.
    bool mayHoldTombstones = false;
    QList<SyncCursor> cursors;
    Mode mode = Mode::AllOrNothing;
    bool active = false;
    std::optional<Error> failure; // the cache failed: the batch cannot be committed
    ImportReport report;
    QDateTime startedAt;
    qint64 startedMs = 0;

    // The line each key of this batch was written from, so a second row with the same key is told
    // where the first one is rather than that the cache holds it. Keyed by a digest of the key: a
    // collision could only misname a line in a message that quotes both values anyway.
    QHash<quint64, qint64> lineOfKey;
    static quint64 keyDigest(const Observation &o, int indicator, int unit, int disagg)
    {
        return qHashMulti(0, indicator, unit, disagg, int(o.valueKind), int(o.period.kind()), o.period.ordinal());
    }

    QHash<QString, IndicatorInfo> indicators;
    QString lastIndicatorCode;
    IndicatorInfo *lastIndicator = nullptr;
    QString lastUnitCode;
    int lastUnit = -1;
    const AdminUnit *lastAdminUnit = nullptr;

    sqlite::Statement insert;
    sqlite::Statement existing;
    sqlite::Statement revise;

    // The parameters bound to `insert` at its last run. SQLite keeps a statement's bindings from
    // run to run, and the rows of a file share most of theirs (indicator, unit, kinds, status,
    // source, revision), so only the parameters that changed are bound again.
    struct InsertBindings
    {
        bool valid = false;
        int indicator = 0;
        int unit = 0;
        int disagg = 0;
        int valueKind = 0;
        int periodKind = 0;
        int status = 0;
        int source = 0;
        qint64 retrievedAt = 0;
        int revision = 0;
    } bound;
};

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

Result<void> ObservationWriter::Private::readFeed()
{
    auto counter = connection.cached("SELECT position FROM feed_counter WHERE feed = 'observation'");
    if (!counter)
        return counter.error();
    const auto row = (*counter)->next();
    if (!row)
        return row.error();
    startPosition = *row ? (*counter)->columnInt64(0) : 0;
    position = startPosition;
    auto tombstones = connection.cached("SELECT EXISTS(SELECT 1 FROM observation_removed)");
    if (!tombstones)
        return tombstones.error();
    const auto any = (*tombstones)->next();
    if (!any)
        return any.error();
    mayHoldTombstones = *any && (*tombstones)->columnInt(0) != 0;
    return {};
}

Result<void> ObservationWriter::Private::saveFeedPosition()
{
    auto update = connection.cached("UPDATE feed_counter SET position = ?1 WHERE feed = 'observation'");
    if (!update)
        return update.error();
    (*update)->bind(1, position);
    return (*update)->run();
}

// A key written again after its removal is in the feed once, as the figure it now has.
Result<void> ObservationWriter::Private::dropTombstone(const Observation &o, int indicator, int unit, int disagg)
{
    if (!mayHoldTombstones)
        return {};
    auto drop = connection.cached("DELETE FROM observation_removed WHERE indicator_id = ?1 AND unit_id = ?2 AND disagg_id = ?3"
                                  " AND value_kind = ?4 AND period_kind = ?5 AND period = ?6");
    if (!drop)
        return drop.error();
    (*drop)->bind(1, indicator).bind(2, unit).bind(3, disagg).bind(4, int(o.valueKind)).bind(5, int(o.period.kind()))
        .bind(6, o.period.ordinal());
    return (*drop)->run();
}

void ObservationWriter::setCursor(const SyncCursor &cursor)
{
    for (SyncCursor &held : d->cursors) {
        if (held.endpoint == cursor.endpoint && held.resource == cursor.resource) {
            held = cursor;
            return;
        }
    }
    d->cursors.append(cursor);
}

Result<void> ObservationWriter::begin(Mode mode)
{
    d->mode = mode;
    d->report = {};
    d->failure.reset();
    d->bound.valid = false;
    d->lineOfKey.clear();
    d->startedAt = d->cache.clock().now();
    d->startedMs = d->startedAt.toMSecsSinceEpoch();
    if (auto r = d->prepare(); !r)
        return r;
    if (auto r = d->connection.begin(); !r)
        return r;
    d->active = true;
    if (auto r = d->readFeed(); !r) {
        d->rollback();
        return r;
    }
    auto source = d->cache.observations().internSource(d->source, d->format, d->location, d->etag);
    if (!source) {
        d->rollback();
        return source.error();
    }
    d->sourceId = *source;
    return {};
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

// The key exists: a newer revision replaces the figure (the trigger keeps the one it replaces), as
// does a new status for the same value at the same revision (a provisional figure made final); the
// same figure again, or an older revision of it, is harmless; anything else is a conflict a person
// must look at.
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

ObservationWriter::Outcome ObservationWriter::remove(const Observation &key, qint64 line, QStringView raw)
{
    Q_ASSERT(d->active);
    if (d->failure)
        return Outcome::Failed;
    Private::IndicatorInfo *ind = nullptr;
    int unit = -1;
    if (!d->resolveKey(key, line, raw, ind, unit))
        return Outcome::Quarantined;
    const auto disagg = d->cache.observations().disaggregationId(key.disaggregation);
    if (!disagg)
        return d->fail(disagg.error());
    if (*disagg < 0) {
        ++d->report.unchanged;
        return Outcome::Unchanged;
    }
    // The removed row goes to the history as a superseded revision would, stamped with the time
    // of this import. A withdrawal older than the figure held (a replayed file) removes nothing:
    // both statements check the revision, so neither acts without the other.
    auto keep = d->connection.cached(
        "INSERT INTO observation_history SELECT indicator_id, unit_id, disagg_id, value_kind, period_kind, period, value,"
        " status, source_id, retrieved_at, revision, ?7 FROM observation WHERE indicator_id = ?1 AND unit_id = ?2"
        " AND disagg_id = ?3 AND value_kind = ?4 AND period_kind = ?5 AND period = ?6 AND revision <= ?8");
    if (!keep)
        return d->fail(keep.error());
    (*keep)->bind(1, ind->id).bind(2, unit).bind(3, *disagg).bind(4, int(key.valueKind)).bind(5, int(key.period.kind()))
        .bind(6, key.period.ordinal()).bind(7, d->startedMs).bind(8, key.provenance.revision);
    if (const auto r = (*keep)->run(); !r)
        return d->fail(r.error());
    if ((*keep)->changes() == 0) {
        ++d->report.unchanged;
        return Outcome::Unchanged;
    }
    auto erase = d->connection.cached("DELETE FROM observation WHERE indicator_id = ?1 AND unit_id = ?2 AND disagg_id = ?3"
                                      " AND value_kind = ?4 AND period_kind = ?5 AND period = ?6 AND revision <= ?7");
    if (!erase)
        return d->fail(erase.error());
    (*erase)->bind(1, ind->id).bind(2, unit).bind(3, *disagg).bind(4, int(key.valueKind)).bind(5, int(key.period.kind()))
        .bind(6, key.period.ordinal()).bind(7, key.provenance.revision);
    if (const auto r = (*erase)->run(); !r)
        return d->fail(r.error());
    // The tombstone tells a client that pulls the feed to remove the key too; it carries the
    // revision of the withdrawal, which is at or above the one removed.
    auto tombstone = d->connection.cached(
        "INSERT INTO observation_removed(feed, indicator_id, unit_id, disagg_id, value_kind, period_kind, period, revision,"
        " source_id, removed_at) VALUES(?7, ?1, ?2, ?3, ?4, ?5, ?6, ?8, ?9, ?10)"
        " ON CONFLICT(indicator_id, unit_id, disagg_id, value_kind, period_kind, period) DO UPDATE SET feed = excluded.feed,"
        " revision = excluded.revision, source_id = excluded.source_id, removed_at = excluded.removed_at");
    if (!tombstone)
        return d->fail(tombstone.error());
    (*tombstone)->bind(1, ind->id).bind(2, unit).bind(3, *disagg).bind(4, int(key.valueKind)).bind(5, int(key.period.kind()))
        .bind(6, key.period.ordinal()).bind(7, d->position + 1).bind(8, key.provenance.revision).bind(9, d->sourceId)
        .bind(10, d->startedMs);
    if (const auto r = (*tombstone)->run(); !r)
        return d->fail(r.error());
    ++d->position;
    d->mayHoldTombstones = true;
    ++d->report.removed;
    return Outcome::Removed;
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

Result<void> ObservationWriter::Private::recordRun()
{
    ImportRun run;
    run.startedAt = startedAt;
    run.source = source;
    run.mode = mode == Mode::AllOrNothing ? QStringLiteral("all-or-nothing") : QStringLiteral("row-by-row");
    run.written = report.committed ? report.written : 0;
    run.unchanged = report.committed ? report.unchanged : 0;
    run.quarantined = report.quarantined.size();
    run.committed = report.committed;
    const auto id = cache.quarantine().recordRun(run);
    if (!id)
        return id.error();
    report.runId = *id;
    return {};
}

Result<ImportReport> ObservationWriter::commit()
{
    if (!d->active)
        return Error::invalid(QCoreApplication::translate("ObservationWriter", "No import is in progress."));
    // SQLite rolls a transaction back by itself on some failures (a full disk, an I/O error);
    // what came after would otherwise have been written row by row, outside any batch.
    if (!d->failure && !d->connection.inTransaction())
        d->fail(Error::storage(QCoreApplication::translate("ObservationWriter", "the cache ended the transaction")));
    if (d->failure) {
        d->rollback();
        return *d->failure;
    }
    const bool refuse = d->mode == Mode::AllOrNothing && !d->report.quarantined.isEmpty();
    if (refuse) {
        d->rollback();
        // The refused batch leaves nothing but the record of why.
        if (auto r = d->connection.begin(); !r)
            return r.error();
        d->active = true;
    }
    d->report.committed = !refuse;
    if (refuse)
        d->position = d->startPosition;
    if (d->position != d->startPosition) {
        if (auto r = d->saveFeedPosition(); !r) {
            d->rollback();
            return r.error();
        }
    }
    if (!refuse) {
        for (const SyncCursor &cursor : std::as_const(d->cursors)) {
            if (auto r = d->cache.syncState().saveCursor(cursor); !r) {
                d->rollback();
                return r.error();
            }
        }
    }
    d->cursors.clear();
    if (auto r = d->recordRun(); !r) {
        d->rollback();
        return r.error();
    }
    if (auto r = d->cache.quarantine().add(d->report.quarantined, d->report.runId); !r) {
        d->rollback();
        return r.error();
    }
    if (auto r = d->connection.commit(); !r) {
        d->rollback();
        return r.error();
    }
    d->active = false;
    qCInfo(lcStore) << "import from" << d->source << (d->report.committed ? "committed:" : "refused:") << d->report.written
                    << "written," << d->report.unchanged << "unchanged," << d->report.quarantined.size() << "quarantined";
    return d->report;
}

void ObservationWriter::rollback()
{
    d->rollback();
}

void ObservationWriter::Private::rollback()
{
    if (!active)
        return;
    connection.rollback();
    active = false;
    position = startPosition;
    cursors.clear();
    // Ids handed out inside the rolled-back transaction no longer exist.
    if (auto r = cache.observations().load(); !r)
        qCWarning(lcStore) << "the cache's keys could not be read again after a rollback:" << r.error().message;
}

} // namespace dh
