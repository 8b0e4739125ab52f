#pragma once

#include "core/result.h"
#include "core/syncstate.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace dh {

namespace sqlite {
class Connection;
}

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
    // The sources each indicator's observations were written under, by indicator code. What the
    // sync engine pulled is under its endpoint's id; the bundled sample and imports have names of
    // their own, which no endpoint has.
    Result<QHash<QString, QStringList>> sourcesByIndicator() const;
    // The endpoint's runs, newest first.
    Result<QList<SyncRun>> runs(const QString &endpoint, int limit = maxRunsKept) const;

private:
    // The newest run whose outcome lies between first and last (in the order of SyncRun::Outcome).
    Result<std::optional<SyncRun>> latestRun(const QString &endpoint, SyncRun::Outcome first, SyncRun::Outcome last) const;

    sqlite::Connection *m_connection;
};

} // namespace dh
