#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace dh {

namespace sqlite {
class Connection;
}

// Where the last committed pull of one resource of an endpoint ended: the feed position to ask
// "since" (the reporting API), and the validators of the last response (ETag, Last-Modified).
struct SyncCursor
{
    QString endpoint;
    QString resource; // a packet type ("kpi-data") or a URL, as the engine names what it pulls
    qint64 since = 0;
    QString etag;
    QString lastModified;

    friend bool operator==(const SyncCursor &, const SyncCursor &) = default;
};

// One sync of one endpoint: when, how it ended, and what it did.
struct SyncRun
{
    enum class Outcome { Ok, NotModified, Failed, Cancelled };

    qint64 id = 0; // given by recordRun()
    QString endpoint;
    QDateTime startedAt;
    QDateTime finishedAt;
    Outcome outcome = Outcome::Ok;
    QString error; // the reason, for a failed run
    qint64 written = 0;
    qint64 unchanged = 0;
    qint64 removed = 0;
    qint64 quarantined = 0;
    qint64 requests = 0;
    qint64 bytes = 0;

    friend bool operator==(const SyncRun &, const SyncRun &) = default;
};

// An endpoint's state for the sync page and `dieuhanh-sync status`: its last run, its last
// success (Ok or NotModified) and its last failure, and the observations its successful runs
// wrote, all told.
struct EndpointStatus
{
    QString endpoint;
    std::optional<SyncRun> last;
    std::optional<SyncRun> lastSuccess;
    std::optional<SyncRun> lastFailure;
    qint64 observationsPulled = 0;
};

// The sync engine's state in the cache: a cursor per endpoint and resource, and the runs of each
// endpoint. A cursor follows the observations it covers: the engine hands it to the batch's
// ObservationWriter (setCursor), which saves it in the batch's transaction, so a cut batch never
// leaves a cursor past what the cache holds. Runs are pruned to the latest maxRunsKept per
// endpoint, keeping its last success and last failure however old.
class SyncStateRepository
{
public:
    static constexpr int maxRunsKept = 1000;

    explicit SyncStateRepository(sqlite::Connection &connection);

    Result<std::optional<SyncCursor>> cursor(const QString &endpoint, const QString &resource) const;
    // For a response that writes no observations (a 304, an empty page); in the transaction open
    // on the cache, if any.
    Result<void> saveCursor(const SyncCursor &cursor);
    // Forgets every cursor of the endpoint, so its next sync starts from the beginning (410 Gone).
    Result<void> clearCursors(const QString &endpoint);

    // Records a finished run and returns its id.
    Result<qint64> recordRun(const SyncRun &run);
    // Every endpoint that has run, by id.
    Result<QList<EndpointStatus>> statuses() const;
    // The endpoint's runs, newest first.
    Result<QList<SyncRun>> runs(const QString &endpoint, int limit = maxRunsKept) const;

private:
    // The newest run whose outcome lies between first and last (in the order of SyncRun::Outcome).
    Result<std::optional<SyncRun>> latestRun(const QString &endpoint, SyncRun::Outcome first, SyncRun::Outcome last) const;

    sqlite::Connection *m_connection;
};

} // namespace dh
