#include "cachesynctarget.h"

#include "cache.h"
#include "observationwriter.h"

#include "core/dimension.h"
#include "core/clock.h"
#include "core/reportstatus.h"
#include "core/task.h"

namespace dh {

namespace {

class WriterBatch final : public SyncBatch
{
public:
    explicit WriterBatch(std::unique_ptr<ObservationWriter> writer)
        : m_writer(std::move(writer))
    {
    }
    ~WriterBatch() override
    {
        if (!m_ended)
            m_writer->rollback();
    }

    void write(const Observation &observation, qint64 line, QStringView raw) override { m_writer->write(observation, line, raw); }
    void remove(const Observation &key, qint64 line, QStringView raw) override { m_writer->remove(key, line, raw); }
    void reject(qint64 line, QStringView raw, const QString &reason) override { m_writer->reject(line, raw, reason); }
    void setCursor(const SyncCursor &cursor) override { m_writer->setCursor(cursor); }

    Result<SyncCounts> commit() override
    {
        m_ended = true;
        auto report = m_writer->commit();
        if (!report)
            return report.error();
        return SyncCounts{report->written, report->unchanged, report->removed, qint64(report->quarantined.size())};
    }

    void rollback() override
    {
        m_ended = true;
        m_writer->rollback();
    }

private:
    std::unique_ptr<ObservationWriter> m_writer;
    bool m_ended = false;
};

} // namespace

CacheSyncTarget::CacheSyncTarget(std::unique_ptr<Cache> cache)
    : m_cache(std::move(cache))
{
}

CacheSyncTarget::~CacheSyncTarget() = default;

std::optional<Indicator> CacheSyncTarget::indicator(const QString &code) const
{
    return m_cache->catalogue().find(code);
}

Result<std::optional<SyncCursor>> CacheSyncTarget::cursor(const QString &endpoint, const QString &resource)
{
    return m_cache->syncState().cursor(endpoint, resource);
}

Result<void> CacheSyncTarget::saveCursor(const SyncCursor &cursor)
{
    return m_cache->syncState().saveCursor(cursor);
}

Result<void> CacheSyncTarget::clearCursors(const QString &endpoint)
{
    return m_cache->syncState().clearCursors(endpoint);
}

Result<std::unique_ptr<SyncBatch>> CacheSyncTarget::begin(const QString &source, const QString &format, const QString &location,
                                                          const QString &etag, RevisionPolicy policy)
{
    std::unique_ptr<ObservationWriter> writer = m_cache->writer(source);
    writer->setOrigin(format, location, etag);
    writer->setRevisionPolicy(policy);
    if (auto begun = writer->begin(ObservationWriter::Mode::RowByRow); !begun)
        return begun.error();
    return std::unique_ptr<SyncBatch>(std::make_unique<WriterBatch>(std::move(writer)));
}

Result<void> CacheSyncTarget::upsertIndicators(const QList<Indicator> &indicators)
{
    return m_cache->catalogue().upsert(indicators);
}

Result<void> CacheSyncTarget::upsertDimensions(const QList<Dimension> &dimensions)
{
    return m_cache->catalogue().upsertDimensions(dimensions);
}

Result<void> CacheSyncTarget::upsertReportStatus(const QList<ReportStatus> &records)
{
    return m_cache->reportStatus().upsert(records);
}

Result<SyncCounts> CacheSyncTarget::writeTasks(const QString &source, const QList<Task> &tasks, const QStringList &deleted,
                                               const QList<RejectedRecord> &rejected, const SyncCursor &cursor)
{
    SyncCounts counts;
    auto stored = m_cache->inTransaction([&]() -> Result<void> {
        // Each task that changes takes one feed position; one the same as held takes none.
        const auto before = m_cache->tasks().position();
        if (!before)
            return before.error();
        if (auto r = m_cache->tasks().upsert(tasks); !r)
            return r;
        const auto after = m_cache->tasks().position();
        if (!after)
            return after.error();
        counts.written = *after - *before;
        counts.unchanged = tasks.size() - counts.written;
        const auto removed = m_cache->tasks().remove(deleted);
        if (!removed)
            return removed.error();
        counts.removed = *removed;
        QList<QuarantineRecord> quarantined;
        for (const RejectedRecord &r : rejected)
            quarantined.append({m_cache->clock().now(), source, r.index, r.record, r.reason});
        if (auto r = m_cache->quarantine().add(quarantined); !r)
            return r;
        counts.quarantined = quarantined.size();
        return m_cache->syncState().saveCursor(cursor);
    });
    if (!stored)
        return stored.error();
    return counts;
}

Result<qint64> CacheSyncTarget::recordRun(const SyncRun &run)
{
    return m_cache->syncState().recordRun(run);
}

Result<QList<EndpointStatus>> CacheSyncTarget::statuses() const
{
    return m_cache->syncState().statuses();
}

} // namespace dh
