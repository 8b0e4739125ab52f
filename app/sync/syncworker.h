#pragma once

#include "endpointfile.h"
#include "endpointsync.h"
#include "feedwatch.h"
#include "net/httpclient.h"
#include "syncprogress.h"

#include "core/syncstate.h"
#include "core/synctarget.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace dh {

class Clock;

// The sync engine's half that lives on its thread (SyncEngine is the other): the HTTP client, the
// cache target opened on this thread, the queue of endpoints to sync and the runs in progress, and
// the schedule's timer. Not used directly: SyncEngine forwards to it.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    using TargetFactory = std::function<Result<std::unique_ptr<SyncTarget>>()>;

    SyncWorker(TargetFactory factory, HttpClient::Limits limits, const RequestPolicy &policy, int parallel, const Clock &clock);
    ~SyncWorker() override;

    void setEndpoints(const QList<dh::Endpoint> &endpoints);
    void syncNow(const QStringList &ids);
    void cancel(const QStringList &ids);
    void setScheduled(bool scheduled);
    void shutDown();

Q_SIGNALS:
    void progressChanged(const dh::SyncProgress &progress);
    void runFinished(const dh::SyncRun &run);
    void nextRunChanged(const QString &endpoint, const QDateTime &next);
    void wentIdle();

private:
    bool openTarget();
    void enqueue(const QString &id);
    void startQueued();
    void onFinished(const SyncRun &run);
    void reschedule();
    void failUnopened(const QString &id, const QString &message);
    // While scheduled, a reporting endpoint whose feed was read to its end is watched for its next
    // change (FeedWatch), which syncs it at once.
    void watch(const QString &id);
    void stopWatching(const QString &id);

    TargetFactory m_factory;
    HttpClient::Limits m_limits;
    RequestPolicy m_policy;
    int m_parallel;
    const Clock &m_clock;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SyncTarget> m_target;
    QList<Endpoint> m_endpoints;
    QStringList m_queue;
    QHash<QString, EndpointSync *> m_running;
    QHash<QString, QDateTime> m_lastStart;
    QHash<QString, FeedWatch *> m_watches;
    QHash<QString, qint64> m_lastWatch; // when each was last asked, on m_uptime
    QElapsedTimer m_uptime;
    QTimer m_timer;
    bool m_scheduled = false;
};

} // namespace dh
