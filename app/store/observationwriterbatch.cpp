// ObservationWriter's transaction: a batch begun, committed whole (or refused, leaving only the
// record of why) or rolled back, and the import run it is recorded as.

#include "observationwriterprivate.h"

#include "cache.h"
#include "logging.h"
#include "sqlite/connection.h"

#include "core/clock.h"

#include <QCoreApplication>

namespace dh {

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
        if (auto r = d->saveCursors(); !r) {
            d->rollback();
            return r.error();
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
