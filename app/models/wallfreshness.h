#pragma once

#include "core/syncstate.h"
#include "sync/endpointfile.h"

#include <QHash>

#include <QDateTime>

#include <optional>

namespace dh {

// Whether a wall panel's figures are to be marked stale: data retrieved before the last run its
// endpoint's schedule asked for (less a grace for the run itself) has missed a sync, and a number
// shown as if live would mislead the room. A manual endpoint, or none known, is never stale: there
// is no schedule to be late against.
bool isStale(const QDateTime &asOf, const std::optional<EndpointSchedule> &schedule, const QDateTime &now);

// The schedule each indicator's figures are judged by, from the sources its observations came from
// (SyncStateRepository::sourcesByIndicator) and the endpoints file: of its sources that are
// endpoints there, the one that runs least often, so a figure is marked stale only when no source
// of it could have brought a newer one (a manual endpoint: never). An indicator that no endpoint
// brought (the bundled sample, an import) has none, and is never marked.
QHash<QString, EndpointSchedule> indicatorSchedules(const QHash<QString, QStringList> &sourcesByIndicator,
                                                    const QList<Endpoint> &endpoints);

// The last time at or before now that the schedule asked for a run; invalid for a manual one.
QDateTime lastScheduledRun(const EndpointSchedule &schedule, const QDateTime &now);

// Whether the wall has lost its sources, from the sync runs as they end: the wall is offline once
// every endpoint that has run failed its last run, since the moment the last of them began to
// fail (the banner says "offline since" that time); one run that succeeds, anywhere, ends it. A lost control channel (the presenter's hub) counts the same way until it comes back.
class ConnectionWatch
{
public:
    void takeRun(const SyncRun &run);
    void setControlLost(const QDateTime &since);
    void setControlRestored();
    std::optional<QDateTime> offlineSince() const;

private:
    struct Streak
    {
        bool failing = false;
        QDateTime since;
    };
    QHash<QString, Streak> m_endpoints;
    QDateTime m_controlLost;
};

} // namespace dh
