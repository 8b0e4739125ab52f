#pragma once

#include "records.h"
#include "syncstaterepository.h"

#include "core/observation.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <memory>

namespace dh {

class Cache;

namespace sqlite {
class Connection;
}

// What became of a batch: how many rows were written or already there, what was refused and why,
// whether it was committed, and the import run it is recorded as.
struct ImportReport
{
    qint64 written = 0;     // new observations and new revisions
    qint64 unchanged = 0;   // the same figure already cached (a re-import), an older revision of it, or a stale withdrawal
    qint64 removed = 0;     // observations the source deleted, taken out (their values kept in the history)
    QList<QuarantineRecord> quarantined;
    bool committed = false;
    qint64 runId = 0;
};

// Writes a batch of observations into the cache in one transaction (DESIGN.md §4: a batch is
// committed whole or not at all). Each row is checked against the catalogue and the cache: an
// unknown indicator or unit, a period that does not fit the indicator's periodicity or lies outside
// the unit's validity (see outsideValidity() in observationwriter.cpp for the rule at a reform date), a
// breakdown that is not one of the indicator's dimensions and values or is not in its canonical
// form (DisaggregationKey::canonical), a unit of measure other than the indicator's, a value that is
// not a finite number or lies outside the indicator's valid range (Indicator::validMin/validMax),
// or a revision at or below the cached one with a different value (an older revision, a duplicate
// key in the file, or a conflicting revision) is quarantined with its reason. The same value at
// an older revision is stale and Unchanged; at the same revision with another status it is
// written (a provisional figure made final).
//
// AllOrNothing: if any row is quarantined, nothing is written but the quarantine records.
// RowByRow: the good rows are written and the bad ones quarantined, in the same transaction.
// A newer revision replaces the cached figure, and the cache keeps the one it replaced.
// When the cache itself fails (a full disk, an I/O error) the batch fails whole: every later row is
// Failed and commit() rolls back and returns the error — never a batch written in part.
// Every row the batch writes (a new key, a new revision, a new status) and every removal takes the
// next feed position (FeedRepository), in the transaction: a batch rolled back uses none. A removal
// leaves a tombstone in the feed, which the key drops when it is written again.
// Made by Cache::writer().
class ObservationWriter
{
public:
    enum class Mode { AllOrNothing, RowByRow };
    enum class Outcome { Written, Unchanged, Removed, Quarantined, Failed };

    ObservationWriter(sqlite::Connection &connection, Cache &cache, QString source);
    ~ObservationWriter();
    Q_DISABLE_COPY_MOVE(ObservationWriter)

    // The format, the file or URL the batch is read from and, over HTTP, the response's ETag, kept
    // with the source as every written observation's provenance; set before begin().
    void setOrigin(const QString &format, const QString &location, const QString &etag = {});
    // FromSource unless set; set before begin().
    void setRevisionPolicy(RevisionPolicy policy);
    Result<void> begin(Mode mode);
    // A sync cursor saved with the batch: in its transaction when it commits, not at all when it
    // is refused, rolled back or fails, so the cursor never runs ahead of the observations it
    // follows. One per endpoint and resource (a second replaces the first); forgotten once the
    // batch has ended either way.
    void setCursor(const SyncCursor &cursor);
    // line and raw identify the input record in quarantine; raw may be empty for API batches.
    Outcome write(const Observation &observation, qint64 line = 0, QStringView raw = {});
    // Removes the observation with key's natural key, as a source that deletes it says (SDMX
    // action Delete); the value removed is kept in the revision history. Only a figure whose
    // revision is at or below key's provenance.revision is removed: a key the cache does not hold,
    // or holds at a newer revision (a stale withdrawal), is Unchanged; an unknown indicator or unit
    // is quarantined.
    Outcome remove(const Observation &key, qint64 line = 0, QStringView raw = {});
    // Quarantines a record a reader could not turn into an observation.
    void reject(qint64 line, QStringView raw, const QString &reason);
    // Commits (or, in AllOrNothing mode with rejects, rolls back) and records the run.
    Result<ImportReport> commit();
    void rollback();

    const ImportReport &report() const;
    Mode mode() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dh
