#pragma once

#include "core/synctarget.h"

#include <memory>

namespace dh {

class Cache;

// The cache as the sync engine's target: each response's observations through an
// ObservationWriter in one transaction (RowByRow: the reporting API applies a packet's good items
// and quarantines the rest, README §12), with the cursor committed in the same transaction.
// Owns its Cache, which is opened on the engine's thread and used only there.
class CacheSyncTarget final : public SyncTarget
{
public:
    explicit CacheSyncTarget(std::unique_ptr<Cache> cache);
    ~CacheSyncTarget() override;

    Cache &cache() { return *m_cache; }

    std::optional<Indicator> indicator(const QString &code) const override;
    Result<std::optional<SyncCursor>> cursor(const QString &endpoint, const QString &resource) override;
    Result<void> saveCursor(const SyncCursor &cursor) override;
    Result<void> clearCursors(const QString &endpoint) override;
    Result<std::unique_ptr<SyncBatch>> begin(const QString &source, const QString &format, const QString &location,
                                             const QString &etag, RevisionPolicy policy) override;
    Result<void> upsertIndicators(const QList<Indicator> &indicators) override;
    Result<void> upsertDimensions(const QList<Dimension> &dimensions) override;
    Result<void> upsertReportStatus(const QList<ReportStatus> &records) override;
    Result<SyncCounts> writeTasks(const QString &source, const QList<Task> &tasks, const QStringList &deleted,
                                  const QList<RejectedRecord> &rejected, const SyncCursor &cursor) override;
    Result<qint64> recordRun(const SyncRun &run) override;
    Result<QList<EndpointStatus>> statuses() const override;

private:
    std::unique_ptr<Cache> m_cache;
};

} // namespace dh
