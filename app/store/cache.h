#pragma once

#include "cataloguerepository.h"
#include "feedrepository.h"
#include "metarepository.h"
#include "observationrepository.h"
#include "quarantinerepository.h"
#include "records.h"
#include "reportstatusrepository.h"
#include "statisticsrepository.h"
#include "syncstaterepository.h"
#include "taskrepository.h"
#include "unitrepository.h"

#include "core/cancellation.h"
#include "core/result.h"
#include "core/unitregistry.h"

#include <QString>

#include <functional>
#include <memory>

namespace dh {

class Clock;
class ObservationWriter;

namespace sqlite {
class Connection;
}

// The local cache (DESIGN.md §3): one file with a versioned schema holding the catalogue, the
// units of the registry, observations by natural key with their revision history, and the
// quarantine of rejected input. It is the store's one narrow API: opening, and a repository per
// kind of record (tasks join them as their own repository). The store is the only
// code that speaks SQL, and its SQLite backend is private to it (app/store/sqlite/). One Cache is
// one connection: use it from one thread, and open another Cache on the same file for another
// thread. Writers it hands out must be destroyed before it.
class Cache
{
public:
    enum class OpenMode { ReadWrite, ReadOnly };

    // Opens or creates the cache file. A file that is not a SQLite database, is corrupt, or was
    // written by a newer schema is refused with a clear message and left untouched. ReadWrite
    // brings an earlier schema up to this version's; ReadOnly never writes, and refuses an earlier
    // schema (TooOld) and an empty file (NotFound).
    static Result<std::unique_ptr<Cache>> open(const QString &path, const UnitRegistry &registry,
                                               OpenMode mode = OpenMode::ReadWrite, const Clock *clock = nullptr);
    ~Cache();
    Q_DISABLE_COPY_MOVE(Cache)

    QString path() const;
    bool isReadOnly() const;
    // The schema version the file had before this open migrated it (0: the file was new).
    int schemaVersionAtOpen() const;
    const UnitRegistry &registry() const { return m_registry; }
    const Clock &clock() const { return *m_clock; }

    CatalogueRepository &catalogue() { return m_catalogue; }
    const CatalogueRepository &catalogue() const { return m_catalogue; }
    const UnitRepository &units() const { return m_units; }
    ObservationRepository &observations() { return m_observations; }
    const ObservationRepository &observations() const { return m_observations; }
    QuarantineRepository &quarantine() { return m_quarantine; }
    const QuarantineRepository &quarantine() const { return m_quarantine; }
    const StatisticsRepository &statistics() const { return m_statistics; }
    MetaRepository &meta() { return m_meta; }
    const MetaRepository &meta() const { return m_meta; }
    const FeedRepository &feed() const { return m_feed; }
    ReportStatusRepository &reportStatus() { return m_reportStatus; }
    const ReportStatusRepository &reportStatus() const { return m_reportStatus; }
    SyncStateRepository &syncState() { return m_syncState; }
    const SyncStateRepository &syncState() const { return m_syncState; }
    TaskRepository &tasks() { return m_tasks; }
    const TaskRepository &tasks() const { return m_tasks; }

    // Runs work in one transaction, committed when it succeeds and rolled back when it fails: the
    // repositories that say so (TaskRepository, QuarantineRepository, SyncStateRepository::saveCursor)
    // join it, so a page and its cursor are stored together or not at all.
    Result<void> inTransaction(const std::function<Result<void>()> &work);

    // Starts a batch import (one transaction); see ObservationWriter for the modes.
    std::unique_ptr<ObservationWriter> writer(const QString &source);

    // Reads every page: damage beyond the file's header shows only here or in a query that happens
    // to touch it. Long on a large cache: run it off the GUI thread, on a Cache of its own; the
    // cancellation stops it early.
    Result<void> checkIntegrity(const Cancellation &cancellation = {}) const;
    // Folds the write-ahead log into the main file, so the file alone is the whole cache.
    Result<void> checkpoint();
    // SQLite's data_version: it changes when another connection (another Cache, another process)
    // commits to the file, not for this one's own commits. Cheap enough to poll on a timer, so the
    // app notices a sync done elsewhere and reads the cache again.
    Result<qint64> dataVersion() const;

private:
    Cache(std::unique_ptr<sqlite::Connection> connection, const UnitRegistry &registry, const Clock *clock);
    Result<void> load();

    std::unique_ptr<sqlite::Connection> m_connection;
    UnitRegistry m_registry;
    const Clock *m_clock;
    CatalogueRepository m_catalogue;
    UnitRepository m_units;
    MetaRepository m_meta;
    ObservationRepository m_observations;
    QuarantineRepository m_quarantine;
    StatisticsRepository m_statistics;
    FeedRepository m_feed;
    SyncStateRepository m_syncState;
    ReportStatusRepository m_reportStatus;
    TaskRepository m_tasks;
};

} // namespace dh
