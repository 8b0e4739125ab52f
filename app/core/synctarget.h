#pragma once

#include "indicator.h"
#include "observation.h"
#include "result.h"
#include "syncstate.h"

#include <QList>
#include <QStringList>
#include <QString>

#include <memory>
#include <optional>

namespace dh {

struct Dimension;
struct ReportStatus;
struct Task;

// An item of a feed page refused on its own: kept in the quarantine with its place and reason.
struct RejectedRecord
{
    qint64 index = 0;  // its place in the page
    QString record;    // its text as sent
    QString reason;
};

// What one response did to the cache.
struct SyncCounts
{
    qint64 written = 0;
    qint64 unchanged = 0;
    qint64 removed = 0;
    qint64 quarantined = 0;
};

// One response's observations, written in one transaction with the cursor that follows them:
// commit() applies both or neither, rollback() (or destruction) neither.
class SyncBatch
{
public:
    virtual ~SyncBatch() = default;
    virtual void write(const Observation &observation, qint64 line, QStringView raw) = 0;
    virtual void remove(const Observation &key, qint64 line, QStringView raw) = 0;
    virtual void reject(qint64 line, QStringView raw, const QString &reason) = 0;
    virtual void setCursor(const SyncCursor &cursor) = 0;
    virtual Result<SyncCounts> commit() = 0;
    virtual void rollback() = 0;
};

// Where the sync engine puts what it pulls: the cache, through the few operations a sync needs,
// so the engine (app/sync) stays apart from the store (DESIGN.md §3). The store implements it
// (store/cachesynctarget.h). Used from one thread, the one that made it.
class SyncTarget
{
public:
    virtual ~SyncTarget() = default;

    virtual std::optional<Indicator> indicator(const QString &code) const = 0;
    virtual Result<std::optional<SyncCursor>> cursor(const QString &endpoint, const QString &resource) = 0;
    virtual Result<void> saveCursor(const SyncCursor &cursor) = 0;
    // Forgets where an endpoint's feeds were left, so its next sync starts from the beginning.
    virtual Result<void> clearCursors(const QString &endpoint) = 0;

    // source names the endpoint; format, location (the URL) and etag go with it as provenance.
    virtual Result<std::unique_ptr<SyncBatch>> begin(const QString &source, const QString &format, const QString &location,
                                                     const QString &etag, RevisionPolicy policy) = 0;
    // A catalogue that would change the unit of measure of an indicator with data is refused whole.
    virtual Result<void> upsertIndicators(const QList<Indicator> &indicators) = 0;
    virtual Result<void> upsertDimensions(const QList<Dimension> &dimensions) = 0;
    virtual Result<void> upsertReportStatus(const QList<ReportStatus> &records) = 0;
    // A page of the task feed from source, in one transaction with the cursor after it: each task
    // replaces the one of its id (written: those that changed; unchanged: the others), the deleted
    // ids are removed, and the rejected items quarantined.
    virtual Result<SyncCounts> writeTasks(const QString &source, const QList<Task> &tasks, const QStringList &deleted,
                                          const QList<RejectedRecord> &rejected, const SyncCursor &cursor) = 0;

    virtual Result<qint64> recordRun(const SyncRun &run) = 0;
    virtual Result<QList<EndpointStatus>> statuses() const = 0;
};

} // namespace dh
