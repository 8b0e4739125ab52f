#include "syncmonitor.h"

#include "cacheservice.h"
#include "logging.h"

#include "store/cache.h"
#include "sync/syncengine.h"

#include <QFileInfo>

namespace dh {

namespace {

enum Channel { StatusChannel };

} // namespace

SyncMonitor::SyncMonitor(CacheService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_model(new SyncStatusModel(nullptr, this))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncRun>();
    // Another process's sync (dieuhanh-sync from cron, say) shows here as it lands in the cache.
    connect(&service, &CacheService::dataChanged, this, &SyncMonitor::loadStatuses);
    connect(&service, &CacheService::opened, this, [this] {
        if (!m_lastRun)
            loadStatuses();
    });
}

SyncMonitor::~SyncMonitor()
{
    m_service.cancelAll(this);
}

void SyncMonitor::setEngine(SyncEngine *engine)
{
    if (m_engine)
        m_engine->disconnect(this);
    m_engine = engine;
    emit engineChanged();
    if (!engine)
        return;
    connect(engine, &SyncEngine::progressChanged, this, &SyncMonitor::takeProgress);
    connect(engine, &SyncEngine::runFinished, this, &SyncMonitor::takeRun);
    connect(engine, &SyncEngine::nextRunChanged, m_model, &SyncStatusModel::setNextRun);
    if (m_state == FileState::Read)
        engine->setEndpoints(m_file.endpoints);
}

void SyncMonitor::setEndpointsPath(const QString &path)
{
    m_path = path;
    reloadEndpoints();
}

void SyncMonitor::reloadEndpoints()
{
    m_error.clear();
    if (m_path.isEmpty() || !QFileInfo::exists(m_path)) {
        m_state = FileState::Missing;
        m_file = EndpointFile{m_path, {}};
    } else if (auto file = EndpointFile::read(m_path); file) {
        m_state = FileState::Read;
        m_file = std::move(*file);
    } else {
        m_state = FileState::Invalid;
        m_error = file.error().message;
        m_file = EndpointFile{m_path, {}};
        qCWarning(lcModels) << m_error;
    }
    m_model->setEndpoints(m_file);
    // An invalid file stops nothing already queued, but schedules nothing new either.
    if (m_engine)
        m_engine->setEndpoints(m_file.endpoints);
    emit endpointsChanged();
}

void SyncMonitor::syncNow(const QStringList &ids)
{
    if (m_engine)
        m_engine->syncNow(ids);
}

void SyncMonitor::loadStatuses()
{
    m_service.submit(this, StatusChannel, [this](const CacheWorkspace &workspace, const Cancellation &) -> std::function<void()> {
        if (!workspace.cache)
            return {};
        auto statuses = workspace.cache->syncState().statuses();
        if (!statuses) {
            qCWarning(lcModels) << statuses.error().message;
            return {};
        }
        return [this, statuses = std::move(*statuses)] {
            m_model->setStatuses(statuses);
            for (const EndpointStatus &s : statuses) {
                if (s.last && (!m_lastRun || s.last->finishedAt > m_lastRun->finishedAt))
                    m_lastRun = s.last;
            }
            emit statusesLoaded();
        };
    });
}

QString SyncMonitor::labelOf(const QString &endpoint) const
{
    const Endpoint *e = m_file.find(endpoint);
    if (!e)
        return endpoint;
    const QString label = e->labelIn(m_model->language());
    return label.isEmpty() ? endpoint : label;
}

void SyncMonitor::takeProgress(const SyncProgress &progress)
{
    m_model->onProgress(progress);
    if (!progress.isFinal())
        m_running = progress;
    else if (m_running && m_running->endpoint == progress.endpoint)
        m_running.reset();
    emit progressChanged(progress);
}

void SyncMonitor::takeRun(const SyncRun &run)
{
    m_lastRun = run;
    if (m_running && m_running->endpoint == run.endpoint)
        m_running.reset();
    emit runFinished(run);
    loadStatuses();
}

} // namespace dh
