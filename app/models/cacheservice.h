#pragma once

#include "cacheoverview.h"
#include "indicatorview.h"

#include "core/cancellation.h"
#include "core/unitregistry.h"

#include <QObject>
#include <QThread>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace dh {

class Cache;

// What a job sees on the worker thread: the open cache (none when it could not be opened, with
// the reason) and the province tables already read for it.
struct CacheWorkspace
{
    const Cache *cache = nullptr;
    QString openError;
    RankingMemo *rankings = nullptr;
    // The same cache for the few jobs that record something (the reminders that fired); null when
    // the cache is open read-only.
    Cache *writable = nullptr;
};

// The one place a cache is read for the views: a worker thread with its own connection that runs
// jobs one after another, so the GUI thread never waits on the disk or a long query. Any number of
// view controllers (a window, each panel of a wall, a briefing pack) share one service.
//
// Jobs are submitted under a key (who asks, for what). Jobs with the same key coalesce: one still
// waiting is replaced by the newer, and one running is told to stop through its Cancellation, so a
// burst of drill-downs computes the last one, not every one. A job's answer is a function that
// the service calls on the asker's thread, unless the asker has gone in the meantime.
class CacheService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheService)

public:
    // Runs on the worker; returns what to do with the answer on the asker's thread.
    using Job = std::function<std::function<void()>(const CacheWorkspace &workspace, const Cancellation &cancellation)>;

    struct Counters
    {
        int started = 0;    // jobs that began to run
        int finished = 0;   // jobs that ran to the end and were answered
        int cancelled = 0;  // jobs replaced while waiting, or stopped while running
    };

    explicit CacheService(const UnitRegistry &registry, QObject *parent = nullptr);
    ~CacheService() override;

    const UnitRegistry &registry() const { return m_registry; }

    // How a cache that is not there is met: the default cache is made from the bundled sample on
    // first use; a cache the user named must exist.
    enum class Missing { Fail, CreateDefault };
    // Opens (or reopens) the cache; opened() or openFailed() follows. Jobs submitted after it run
    // on the new cache.
    void open(const QString &path, Missing missing = Missing::Fail);
    // The figures that need scans (counts, each indicator's latest value), then a check of every
    // page of the file on a connection of its own; opened() again, or problemFound(). Once per
    // opening, however many controllers ask.
    void loadDetails();
    const std::optional<CacheOverview> &overview() const { return m_overview; }
    // Looks, every interval, whether another connection (the app's own sync, dieuhanh-sync, a hub
    // writing the same file) has committed to the open cache; when one has, the cache is read
    // again on the worker — its catalogue, counts and latest values — and opened() then
    // dataChanged() follow, so the views ask for their data again while they still show the old.
    // Zero stops it. The looking is a job on the worker, never a read on the caller's thread.
    void watchForChanges(std::chrono::milliseconds interval);
    // The last reason the cache could not be opened, or empty.
    QString openError() const { return m_openError; }

    // `owner` lives on the thread the answer is delivered to, which is this service's thread (it is
    // watched for going with a direct connection); its jobs are forgotten when it goes.
    void submit(QObject *owner, int channel, Job job);
    // Stops the owner's job on a channel, waiting or running.
    void cancel(QObject *owner, int channel);
    // Stops and forgets every job of the owner.
    void cancelAll(QObject *owner);

    Counters counters() const;

signals:
    void opened(const dh::CacheOverview &overview);
    void openFailed(const QString &message);
    // Something is wrong with the open cache, found after its first view (a damaged page, a count
    // that cannot be read): no request waits on it.
    void problemFound(const QString &message);
    // The check of every page of the file has ended (a damage found is reported by problemFound).
    void integrityChecked();
    // Another connection committed to the open cache, and opened() has brought the new overview:
    // the views' data is to be asked for again.
    void dataChanged();

private:
    class Worker;

    void checkIntegrity(const QString &path);
    void lookForChanges();
    void stopIntegrityCheck();

    UnitRegistry m_registry;
    std::unique_ptr<Worker> m_worker;
    QSet<QObject *> m_watched; // owners whose going is watched
    struct
    {
        QThread *thread = nullptr;
        Cancellation cancellation;
        quint64 serial = 0; // of the check running, or of the last one stopped
    } m_integrity;
    quint64 m_generation = 0;  // of the cache opened last
    bool m_detailsAsked = false;
    bool m_looking = false;    // a look for another connection's commits is queued or running
    std::optional<CacheOverview> m_overview;
    QString m_openError;
    QTimer m_watch;
};

} // namespace dh
