#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace dh {

// Where an endpoint's feed was left: the reporting API's "since" position of one packet type, or
// the validators of a document (ETag, Last-Modified) for the next conditional request. A cursor is
// saved in the same transaction as what it follows, so it never runs ahead of the cache.
struct SyncCursor
{
    QString endpoint;
    QString resource;   // "kpi-data", "indicator-catalogue", or "document" for a whole-document source
    qint64 since = 0;
    QString etag;
    QString lastModified;

    friend bool operator==(const SyncCursor &, const SyncCursor &) = default;
};

// One sync of one endpoint, as the status page and `dieuhanh-sync status` show it.
struct SyncRun
{
    enum class Outcome : quint8 { Ok, NotModified, Failed, Cancelled };

    qint64 id = 0;
    QString endpoint;
    QDateTime startedAt;
    QDateTime finishedAt;
    Outcome outcome = Outcome::Ok;
    QString error;      // why it failed (translated when it was recorded); empty otherwise
    qint64 written = 0;
    qint64 unchanged = 0;
    qint64 removed = 0;
    qint64 quarantined = 0;
    qint64 requests = 0;
    qint64 bytes = 0;

    friend bool operator==(const SyncRun &, const SyncRun &) = default;
};

QString syncOutcomeName(SyncRun::Outcome outcome); // "ok", "not-modified", "failed", "cancelled"
std::optional<SyncRun::Outcome> syncOutcomeFromName(QStringView name);

// What a cache knows of an endpoint's runs.
struct EndpointStatus
{
    QString endpoint;
    std::optional<SyncRun> last;
    std::optional<SyncRun> lastSuccess;  // the last run that ended Ok or NotModified
    std::optional<SyncRun> lastFailure;
    qint64 observationsPulled = 0;        // written by its successful runs, all told
};

} // namespace dh
