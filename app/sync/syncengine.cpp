#include "syncengine.h"

#include "syncworker.h"

#include "core/clock.h"

#include <QThread>

namespace dh {

SyncEngine::SyncEngine(TargetFactory factory, QObject *parent)
    : SyncEngine(std::move(factory), Options{}, parent)
{
}

SyncEngine::SyncEngine(TargetFactory factory, Options options, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    qRegisterMetaType<dh::SyncProgress>();
    qRegisterMetaType<dh::SyncRun>();
    qRegisterMetaType<QList<dh::Endpoint>>();
    m_thread->setObjectName(QStringLiteral("sync"));
    m_worker = new SyncWorker(std::move(factory), options.limits, options.policy, options.parallelEndpoints,
                              options.clock ? *options.clock : Clock::system());
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progressChanged, this, &SyncEngine::progressChanged);
    connect(m_worker, &SyncWorker::runFinished, this, &SyncEngine::runFinished);
    connect(m_worker, &SyncWorker::nextRunChanged, this, &SyncEngine::nextRunChanged);
    connect(m_worker, &SyncWorker::wentIdle, this, &SyncEngine::wentIdle);
    m_thread->start();
}

SyncEngine::~SyncEngine()
{
    // The worker's runs, client and cache connection belong to its thread: they end there.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutDown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SyncEngine::setEndpoints(const QList<Endpoint> &endpoints)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, endpoints] { w->setEndpoints(endpoints); });
}

void SyncEngine::syncNow(const QStringList &ids)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ids] { w->syncNow(ids); });
}

void SyncEngine::cancel(const QStringList &ids)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ids] { w->cancel(ids); });
}

void SyncEngine::setScheduled(bool scheduled)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, scheduled] { w->setScheduled(scheduled); });
}

} // namespace dh
