#include "syncworker.h"

#include "logging.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <algorithm>

namespace dh {

SyncWorker::SyncWorker(TargetFactory factory, HttpClient::Limits limits, const RequestPolicy &policy, int parallel,
                       const Clock &clock)
    : m_factory(std::move(factory))
    , m_limits(limits)
    , m_policy(policy)
    , m_parallel(std::max(1, parallel))
    , m_clock(clock)
    , m_timer(this) // a child, so it moves to the sync thread with the worker
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const QDateTime now = m_clock.now();
        for (const Endpoint &e : std::as_const(m_endpoints)) {
            if (e.enabled && e.schedule.kind != EndpointSchedule::Kind::Manual
                && e.schedule.nextRun(m_lastStart.value(e.id), now) <= now)
                enqueue(e.id);
        }
        startQueued();
        reschedule();
    });
}

SyncWorker::~SyncWorker()
{
    shutDown();
}

void SyncWorker::shutDown()
{
    m_timer.stop();
    m_queue.clear();
    // Each watch's question is withdrawn while the client it was asked through is still there.
    qDeleteAll(std::exchange(m_watches, {}));
    // Each run records itself as cancelled; their transactions were never begun or roll back. A
    // page being written on the pool is finished first: the target must outlive it.
    const auto running = m_running.values();
    for (EndpointSync *sync : running)
        sync->cancel();
    QEventLoop loop;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [this, &loop] {
        if (m_running.isEmpty())
            loop.quit();
    });
    poll.start(10);
    if (!m_running.isEmpty())
        loop.exec();
    m_target.reset();
    m_http.reset();
}

void SyncWorker::setEndpoints(const QList<Endpoint> &endpoints)
{
    m_endpoints = endpoints;
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                 [&](const QString &id) { return std::none_of(endpoints.cbegin(), endpoints.cend(), [&](const Endpoint &e) { return e.id == id; }); }),
                  m_queue.end());
    reschedule();
}

void SyncWorker::syncNow(const QStringList &ids)
{
    if (ids.isEmpty()) {
        for (const Endpoint &e : std::as_const(m_endpoints)) {
            if (e.enabled)
                enqueue(e.id);
        }
    } else {
        for (const QString &id : ids)
            enqueue(id);
    }
    startQueued();
    if (m_queue.isEmpty() && m_running.isEmpty())
        Q_EMIT wentIdle();
}

void SyncWorker::cancel(const QStringList &ids)
{
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        if (ids.isEmpty() || ids.contains(*it)) {
            SyncProgress p;
            p.endpoint = *it;
            p.stage = SyncProgress::Stage::Cancelled;
            Q_EMIT progressChanged(p);
            it = m_queue.erase(it);
        } else {
            ++it;
        }
    }
    const auto running = m_running.values();
    for (EndpointSync *sync : running) {
        if (ids.isEmpty() || ids.contains(sync->endpoint().id))
            sync->cancel();
    }
}

void SyncWorker::setScheduled(bool scheduled)
{
    m_scheduled = scheduled;
    if (!scheduled) {
        for (const QString &id : m_watches.keys())
            stopWatching(id);
    }
    if (scheduled && openTarget()) {
        // The schedule continues from the runs the cache remembers, by whichever process made them.
        if (auto statuses = m_target->statuses(); statuses) {
            for (const EndpointStatus &s : std::as_const(*statuses)) {
                if (s.last)
                    m_lastStart.insert(s.endpoint, s.last->startedAt);
            }
        }
    }
    reschedule();
}

bool SyncWorker::openTarget()
{
    if (m_target)
        return true;
    auto target = m_factory();
    if (!target) {
        qCWarning(lcSync).noquote() << "the cache could not be opened for syncing:" << target.error().message;
        return false;
    }
    m_target = std::move(*target);
    if (!m_http)
        m_http = std::make_unique<HttpClient>(m_limits);
    return true;
}

void SyncWorker::enqueue(const QString &id)
{
    if (m_queue.contains(id) || m_running.contains(id))
        return;
    // The run asks the feed itself; its end starts the next watch.
    stopWatching(id);
    const bool known = std::any_of(m_endpoints.cbegin(), m_endpoints.cend(), [&](const Endpoint &e) { return e.id == id; });
    if (!known) {
        failUnopened(id, QCoreApplication::translate("SyncWorker", "There is no endpoint %1 in the endpoints file.").arg(id));
        return;
    }
    m_queue.append(id);
    SyncProgress p;
    p.endpoint = id;
    p.stage = SyncProgress::Stage::Queued;
    Q_EMIT progressChanged(p);
}

void SyncWorker::failUnopened(const QString &id, const QString &message)
{
    SyncProgress p;
    p.endpoint = id;
    p.stage = SyncProgress::Stage::Failed;
    p.message = message;
    Q_EMIT progressChanged(p);
    SyncRun run;
    run.endpoint = id;
    run.startedAt = run.finishedAt = m_clock.now();
    run.outcome = SyncRun::Outcome::Failed;
    run.error = message;
    Q_EMIT runFinished(run);
}

void SyncWorker::startQueued()
{
    if (m_queue.isEmpty())
        return;
    if (!openTarget()) {
        const QString message = QCoreApplication::translate("SyncWorker", "The cache could not be opened for syncing.");
        for (const QString &id : std::exchange(m_queue, {}))
            failUnopened(id, message);
        return;
    }
    while (!m_queue.isEmpty() && m_running.size() < m_parallel) {
        const QString id = m_queue.takeFirst();
        const auto e = std::find_if(m_endpoints.cbegin(), m_endpoints.cend(), [&](const Endpoint &x) { return x.id == id; });
        std::unique_ptr<EndpointSync> sync = EndpointSync::create(*e, *m_http, *m_target, m_clock, m_policy);
        EndpointSync *raw = sync.release();
        raw->setParent(this);
        m_running.insert(id, raw);
        m_lastStart.insert(id, m_clock.now());
        connect(raw, &EndpointSync::progressChanged, this, &SyncWorker::progressChanged);
        connect(raw, &EndpointSync::runFinished, this, &SyncWorker::onFinished);
        raw->start();
    }
}

void SyncWorker::onFinished(const SyncRun &run)
{
    if (EndpointSync *sync = m_running.take(run.endpoint))
        sync->deleteLater();
    Q_EMIT runFinished(run);
    if (run.outcome == SyncRun::Outcome::Ok || run.outcome == SyncRun::Outcome::NotModified)
        watch(run.endpoint);
    startQueued();
    reschedule();
    if (m_queue.isEmpty() && m_running.isEmpty())
        Q_EMIT wentIdle();
}

void SyncWorker::watch(const QString &id)
{
    const auto e = std::find_if(m_endpoints.cbegin(), m_endpoints.cend(), [&](const Endpoint &x) { return x.id == id; });
    if (!m_scheduled || !m_target || e == m_endpoints.cend() || !e->enabled || e->format != u"reporting" || m_watches.contains(id)
        || m_running.contains(id) || m_queue.contains(id))
        return;
    // Never more than one question every two seconds, whatever a server answers (in real time:
    // the injected clock may stand still in a test).
    if (!m_uptime.isValid())
        m_uptime.start();
    const auto last = m_lastWatch.constFind(id);
    const qint64 wait = last == m_lastWatch.cend() ? 0 : std::max<qint64>(0, 2000 - (m_uptime.elapsed() - *last));
    if (wait > 0) {
        QTimer::singleShot(wait, this, [this, id] { watch(id); });
        return;
    }
    m_lastWatch.insert(id, m_uptime.elapsed());
    auto *w = new FeedWatch(*e, *m_http, *m_target, this);
    m_watches.insert(id, w);
    connect(w, &FeedWatch::changed, this, [this](const QString &endpoint) {
        enqueue(endpoint);
        startQueued();
    });
    connect(w, &FeedWatch::stopped, this, [this](const QString &endpoint, const QString &reason) {
        if (!reason.isEmpty())
            qCInfo(lcSync).noquote() << "endpoint" << endpoint << "is pulled on its schedule:" << reason;
        stopWatching(endpoint);
    });
    w->start();
}

// Later, not at once: a watch says it stopped from inside its own answer.
void SyncWorker::stopWatching(const QString &id)
{
    if (FeedWatch *w = m_watches.take(id)) {
        w->stop();
        w->deleteLater();
    }
}

void SyncWorker::reschedule()
{
    m_timer.stop();
    if (!m_scheduled)
        return;
    const QDateTime now = m_clock.now();
    QDateTime soonest;
    for (const Endpoint &e : std::as_const(m_endpoints)) {
        if (!e.enabled || e.schedule.kind == EndpointSchedule::Kind::Manual)
            continue;
        const QDateTime next = e.schedule.nextRun(m_lastStart.value(e.id), now);
        Q_EMIT nextRunChanged(e.id, next);
        if (!soonest.isValid() || next < soonest)
            soonest = next;
    }
    if (soonest.isValid())
        m_timer.start(std::clamp<qint64>(now.msecsTo(soonest), 0, 24LL * 3600 * 1000));
}

} // namespace dh
