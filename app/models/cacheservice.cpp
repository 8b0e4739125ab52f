#include "cacheservice.h"

#include "catalogloader.h"
#include "logging.h"

#include "store/cache.h"
#include "store/cachelocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace dh {

namespace {

// The service's own jobs, under the service as owner; controllers number their channels from 0.
enum ServiceChannel { OpenChannel = -1, DetailsChannel = -2, WatchChannel = -3 };

} // namespace

// The worker thread and its queue. Everything under m_mutex is shared with the threads that
// submit; the cache and the memo are touched by the worker thread alone.
class CacheService::Worker
{
public:
    explicit Worker(UnitRegistry registry)
        : m_registry(std::move(registry))
        , m_thread([this](std::stop_token stop) { run(stop); })
    {
    }

    ~Worker()
    {
        {
            std::lock_guard lock(m_mutex);
            for (const Task &task : m_queue)
                task.cancellation.cancel();
            m_queue.clear();
            m_running.cancellation.cancel();
            m_owners.clear();
        }
        m_thread.request_stop();
        m_wake.notify_all();
        m_thread.join();
    }

    void enqueue(QObject *owner, int channel, Job job)
    {
        std::lock_guard lock(m_mutex);
        m_owners.insert(owner);
        if (m_running.owner == owner && m_running.channel == channel && !m_running.cancellation.isCancelled()) {
            m_running.cancellation.cancel();
            ++m_counters.cancelled;
        }
        // The older one of the key goes, and the newer joins the end of the queue: it runs after
        // everything asked before it (a reopened cache among them), and a stream of requests from
        // one asker cannot keep the others waiting.
        m_counters.cancelled += int(std::erase_if(m_queue, [owner, channel](const Task &task) {
            return task.owner == owner && task.channel == channel;
        }));
        m_queue.push_back({owner, channel, std::move(job), Cancellation::create()});
        m_wake.notify_one();
    }

    void cancel(QObject *owner, int channel)
    {
        std::lock_guard lock(m_mutex);
        m_counters.cancelled += int(std::erase_if(m_queue, [owner, channel](const Task &task) {
            return task.owner == owner && task.channel == channel;
        }));
        if (m_running.owner == owner && m_running.channel == channel && !m_running.cancellation.isCancelled()) {
            m_running.cancellation.cancel();
            ++m_counters.cancelled;
        }
    }

    void forget(QObject *owner)
    {
        std::lock_guard lock(m_mutex);
        m_owners.remove(owner);
        const auto removed = std::erase_if(m_queue, [owner](const Task &task) { return task.owner == owner; });
        m_counters.cancelled += int(removed);
        if (m_running.owner == owner && !m_running.cancellation.isCancelled()) {
            m_running.cancellation.cancel();
            ++m_counters.cancelled;
        }
    }

    Counters counters() const
    {
        std::lock_guard lock(m_mutex);
        return m_counters;
    }

    // Worker-thread state, handed to the service's own jobs.
    std::unique_ptr<Cache> cache;
    RankingMemo rankings;
    QString openError;
    QString path;
    Cache::OpenMode mode = Cache::OpenMode::ReadWrite;
    qint64 dataVersion = -1; // of the open cache when it was last read; -1 when unknown
    const UnitRegistry &registry() const { return m_registry; }

private:
    struct Task
    {
        QObject *owner = nullptr;
        int channel = 0;
        Job job;
        Cancellation cancellation;
    };

    void run(std::stop_token stop)
    {
        for (;;) {
            Task task;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, stop, [this] { return !m_queue.empty(); });
                if (stop.stop_requested())
                    return;
                task = std::move(m_queue.front());
                m_queue.pop_front();
                m_running = {task.owner, task.channel, {}, task.cancellation};
                ++m_counters.started;
            }
            const CacheWorkspace workspace{cache.get(), openError, &rankings,
                                           cache && !cache->isReadOnly() ? cache.get() : nullptr};
            std::function<void()> answer = task.job(workspace, task.cancellation);
            std::lock_guard lock(m_mutex);
            m_running = {};
            if (task.cancellation.isCancelled() || !m_owners.contains(task.owner)) {
                continue; // counted when it was cancelled
            }
            ++m_counters.finished;
            if (answer)
                QMetaObject::invokeMethod(task.owner, std::move(answer), Qt::QueuedConnection);
        }
    }

    UnitRegistry m_registry;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::deque<Task> m_queue;
    Task m_running;
    QSet<QObject *> m_owners;
    Counters m_counters;
    std::jthread m_thread;
};

CacheService::CacheService(const UnitRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_worker(std::make_unique<Worker>(registry))
{
    qRegisterMetaType<CacheOverview>();
}

CacheService::~CacheService()
{
    stopIntegrityCheck();
    // The worker before the rest: its jobs refer to it, and to the cache it closes.
    m_worker.reset();
}

void CacheService::watchForChanges(std::chrono::milliseconds interval)
{
    // A look under way is left to finish: stopped after it has recorded a new version, its
    // announcement would be lost for good.
    if (interval <= std::chrono::milliseconds::zero()) {
        m_watch.stop();
        return;
    }
    if (!m_watch.isActive())
        connect(&m_watch, &QTimer::timeout, this, &CacheService::lookForChanges, Qt::UniqueConnection);
    m_watch.start(interval);
}

void CacheService::lookForChanges()
{
    // Not before the first reading of an opening, which sets the version the next is compared with.
    if (!m_overview || !m_overview->summary.counted)
        return;
    // One look at a time. A newer look would replace the one still reading the cache again, which
    // has already recorded the new version: its announcement would be dropped, and the next look
    // would find nothing new — the views would show the old figures as the live ones.
    if (m_looking)
        return;
    m_looking = true;
    const quint64 generation = m_generation;
    Worker *worker = m_worker.get();
    submit(this, WatchChannel, [this, worker, generation](const CacheWorkspace &workspace, const Cancellation &) -> std::function<void()> {
        const auto done = [this] { m_looking = false; };
        if (!workspace.cache)
            return done;
        const auto version = workspace.cache->dataVersion();
        if (!version || *version == worker->dataVersion)
            return done;
        // Read anew on a new connection: the catalogue and the units are held in memory from the
        // opening, and a sync may have added indicators.
        auto cache = Cache::open(worker->path, worker->registry(), worker->mode);
        if (!cache) {
            return [this, generation, message = cache.error().message] {
                m_looking = false;
                if (generation == m_generation)
                    emit problemFound(message);
            };
        }
        worker->cache = std::move(*cache);
        worker->rankings.clear();
        worker->dataVersion = worker->cache->dataVersion().valueOr(-1);
        const Cache &fresh = *worker->cache;
        auto catalog = loadCatalog(fresh);
        const auto summary = fresh.statistics().summary();
        if (!catalog || !summary) {
            return [this, generation, message = !catalog ? catalog.error().message : summary.error().message] {
                m_looking = false;
                if (generation == m_generation)
                    emit problemFound(message);
            };
        }
        qCInfo(lcModels) << "cache" << worker->path << "changed; read again";
        return [this, overview = CacheOverview{fresh.path(), generation, *summary, std::move(*catalog)}] {
            m_looking = false;
            if (overview.generation != m_generation)
                return;
            m_overview = overview;
            emit opened(overview);
            emit dataChanged();
        };
    });
}

void CacheService::submit(QObject *owner, int channel, Job job)
{
    Q_ASSERT(owner);
    if (owner != this && !m_watched.contains(owner)) {
        m_watched.insert(owner);
        // Forgotten the moment it starts going, before its posted answers are discarded with it.
        connect(owner, &QObject::destroyed, this, [this, owner] {
            m_watched.remove(owner);
            m_worker->forget(owner);
        }, Qt::DirectConnection);
    }
    m_worker->enqueue(owner, channel, std::move(job));
}

void CacheService::cancel(QObject *owner, int channel)
{
    m_worker->cancel(owner, channel);
}

void CacheService::cancelAll(QObject *owner)
{
    m_worker->forget(owner);
}

CacheService::Counters CacheService::counters() const
{
    return m_worker->counters();
}

void CacheService::open(const QString &path, Missing missing)
{
    stopIntegrityCheck();
    const quint64 generation = ++m_generation;
    m_detailsAsked = false;
    Worker *worker = m_worker.get();
    submit(this, OpenChannel, [this, worker, path, missing, generation](const CacheWorkspace &, const Cancellation &) -> std::function<void()> {
        QElapsedTimer timer;
        timer.start();
        worker->cache.reset();
        worker->rankings.clear();
        worker->openError.clear();
        worker->path = path;
        const auto summary = [&]() -> Result<CacheSummary> {
            if (auto r = missing == Missing::CreateDefault ? CacheLocation::ensureDefault(path) : CacheLocation::requireExisting(path); !r)
                return r.error();
            auto cache = Cache::open(path, worker->registry());
            // A cache that cannot be written where it is (a read-only share) is shown all the
            // same: the views only read it.
            if (!cache && cache.error().code == Error::Code::ReadOnly) {
                qCInfo(lcModels) << cache.error().message;
                cache = Cache::open(path, worker->registry(), Cache::OpenMode::ReadOnly);
            }
            if (!cache)
                return cache.error();
            worker->cache = std::move(*cache);
            worker->mode = worker->cache->isReadOnly() ? Cache::OpenMode::ReadOnly : Cache::OpenMode::ReadWrite;
            worker->dataVersion = worker->cache->dataVersion().valueOr(-1);
            return worker->cache->statistics().quickSummary();
        }();
        if (!summary) {
            worker->cache.reset();
            worker->openError = summary.error().message;
            return [this, message = worker->openError] {
                m_openError = message;
                emit openFailed(message);
            };
        }
        CacheOverview overview{path, generation, *summary, {}};
        for (const Indicator &ind : worker->cache->catalogue().all())
            overview.catalog.append({ind, std::nullopt, 0.0, ObservationStatus::Final, QDateTime()});
        qCInfo(lcModels) << "cache" << path << "opened in" << timer.elapsed() << "ms";
        return [this, overview = std::move(overview)] {
            m_openError.clear();
            m_overview = overview;
            emit opened(overview);
        };
    });
}

void CacheService::loadDetails()
{
    if (std::exchange(m_detailsAsked, true))
        return;
    const quint64 generation = m_generation;
    submit(this, DetailsChannel, [this, generation](const CacheWorkspace &workspace, const Cancellation &) -> std::function<void()> {
        if (!workspace.cache)
            return {};
        const Cache &cache = *workspace.cache;
        auto catalog = loadCatalog(cache);
        const auto summary = cache.statistics().summary();
        if (!catalog || !summary) {
            return [this, generation, path = cache.path(), message = !catalog ? catalog.error().message : summary.error().message] {
                if (generation != m_generation)
                    return;
                emit problemFound(message);
                checkIntegrity(path);
            };
        }
        return [this, overview = CacheOverview{cache.path(), generation, *summary, std::move(*catalog)}] {
            if (overview.generation != m_generation)
                return;
            m_overview = overview;
            emit opened(overview);
            checkIntegrity(overview.path);
        };
    });
}

// Damage beyond the file's header shows only when every page is read, which is long on a large
// cache: it runs on a connection and a thread of its own, at the lowest priority, so the views
// answer first while it reads.
void CacheService::checkIntegrity(const QString &path)
{
    stopIntegrityCheck();
    const Cancellation cancellation = Cancellation::create();
    auto result = std::make_shared<Result<void>>();
    QThread *thread = QThread::create([path, registry = m_registry, cancellation, result] {
        const auto cache = Cache::open(path, registry, Cache::OpenMode::ReadOnly);
        *result = cache ? (*cache)->checkIntegrity(cancellation) : Result<void>(cache.error());
    });
    const quint64 serial = ++m_integrity.serial;
    m_integrity.thread = thread;
    m_integrity.cancellation = cancellation;
    connect(thread, &QThread::finished, this, [this, thread, result, serial] {
        // A check stopped for a newer one may still report here; the stop disposed of it.
        if (serial != m_integrity.serial)
            return;
        m_integrity.thread = nullptr;
        thread->deleteLater();
        if (!*result && result->error().code != Error::Code::Cancelled)
            emit problemFound(result->error().message);
        emit integrityChecked();
    });
    thread->start(QThread::IdlePriority);
}

void CacheService::stopIntegrityCheck()
{
    if (!m_integrity.thread)
        return;
    m_integrity.cancellation.cancel();
    m_integrity.thread->disconnect(this);
    m_integrity.thread->wait();
    m_integrity.thread->deleteLater();
    m_integrity.thread = nullptr;
    ++m_integrity.serial;
}

} // namespace dh
