// ObservationWriter's side of the feed (FeedRepository): the positions a batch hands out, the
// removals a source asks for and the tombstones they leave, and the sync cursors saved with it.

#include "observationwriterprivate.h"

#include "cache.h"
#include "sqlite/connection.h"

namespace dh {

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

Result<void> ObservationWriter::Private::saveCursors()
{
    for (const SyncCursor &cursor : std::as_const(cursors)) {
        if (auto r = cache.syncState().saveCursor(cursor); !r)
            return r;
    }
    return {};
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

} // namespace dh
