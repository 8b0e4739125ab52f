#pragma once

#include "endpointfile.h"
#include "net/httpclient.h"
#include "syncprogress.h"

#include "core/result.h"
#include "core/syncstate.h"
#include "core/synctarget.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;

namespace dh {

class Clock;
class SyncWorker;

// Pulls the endpoints of an endpoints file into a cache, on a thread of its own, so neither the
// GUI nor a wall ever waits on the network (DESIGN.md §4). Endpoints sync at once (syncNow) or on
// their schedules (setScheduled); each run reports its progress and ends with a SyncRun that the
// cache keeps (see EndpointSync for what one run does). The target factory is called on the
// engine's thread and opens the cache there: one connection per thread.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    using TargetFactory = std::function<Result<std::unique_ptr<SyncTarget>>()>;

    struct Options
    {
        HttpClient::Limits limits;
        RequestPolicy policy;         // retries and backoff; each endpoint's timeout replaces the timeouts
        int parallelEndpoints = 3;
        const Clock *clock = nullptr; // the system clock when null
    };

    explicit SyncEngine(TargetFactory factory, QObject *parent = nullptr);
    SyncEngine(TargetFactory factory, Options options, QObject *parent = nullptr);
    // Cancels the runs in progress (each rolls back what it had not committed) and stops the thread.
    ~SyncEngine() override;

    void setEndpoints(const QList<Endpoint> &endpoints);
    // Queues the endpoints (every enabled one when ids is empty); one already queued or running is
    // not queued twice.
    void syncNow(const QStringList &ids = {});
    void cancel(const QStringList &ids = {});
    void setScheduled(bool scheduled);

Q_SIGNALS:
    void progressChanged(const dh::SyncProgress &progress);
    void runFinished(const dh::SyncRun &run);
    void nextRunChanged(const QString &endpoint, const QDateTime &next);
    // Nothing is queued or running any more.
    void wentIdle();

private:
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;
};

} // namespace dh
