#pragma once

#include "syncstatusmodel.h"

#include "sync/endpointfile.h"
#include "sync/syncprogress.h"

#include "core/syncstate.h"

#include <QObject>

#include <memory>
#include <optional>

namespace dh {

class CacheService;
class SyncEngine;

// What the window knows of syncing, without a widget: the endpoints file (read, missing, or
// refused with the line and field at fault), the sync engine that pulls it into the window's cache,
// and the status model that the sync page shows. The runs the cache remembers are read through
// the CacheService's worker — at start and after each run — never on the GUI thread.
class SyncMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncMonitor)

public:
    enum class FileState { Missing, Invalid, Read };

    explicit SyncMonitor(CacheService &service, QObject *parent = nullptr);
    ~SyncMonitor() override;

    // The engine whose runs this follows and asks for; none: the page shows the file and the runs
    // the cache remembers, and cannot sync. Not owned.
    void setEngine(SyncEngine *engine);
    SyncEngine *engine() const { return m_engine; }
    // Reads the endpoints file at path (again) and hands its endpoints to the engine.
    void setEndpointsPath(const QString &path);
    void reloadEndpoints();
    QString endpointsPath() const { return m_path; }
    FileState fileState() const { return m_state; }
    // Why the file was refused, naming the line and field.
    QString fileError() const { return m_error; }
    const EndpointFile &file() const { return m_file; }

    void syncNow(const QStringList &ids = {});
    // Asks the cache for its runs of each endpoint; the model has them when statusesLoaded() comes.
    void loadStatuses();

    SyncStatusModel *model() const { return m_model; }
    // The run in progress the status bar shows (the last to report), if any.
    const std::optional<SyncProgress> &running() const { return m_running; }
    // The most recent run that ended, this session's or one the cache remembers.
    const std::optional<SyncRun> &lastRun() const { return m_lastRun; }
    // The endpoint's label in the language of the model's locale, or its id.
    QString labelOf(const QString &endpoint) const;

signals:
    void endpointsChanged();
    // An engine came or went: whether the page can sync changes.
    void engineChanged();
    void progressChanged(const dh::SyncProgress &progress);
    void runFinished(const dh::SyncRun &run);
    void statusesLoaded();

private:
    void takeProgress(const SyncProgress &progress);
    void takeRun(const SyncRun &run);

    CacheService &m_service;
    SyncEngine *m_engine = nullptr;
    SyncStatusModel *m_model;
    QString m_path;
    EndpointFile m_file;
    FileState m_state = FileState::Missing;
    QString m_error;
    std::optional<SyncProgress> m_running;
    std::optional<SyncRun> m_lastRun;
};

} // namespace dh
