#pragma once

#include "gui/appoptions.h"

#include <QObject>

#include <memory>

namespace dh {

class UnitRegistry;
class WallPageHost;
class WallSession;
class CacheService;

// `dieuhanh --wall FILE`: the wall's objects for the life of the program, so main() stays start-up
// only. Either the wall itself (a WallSession, full screen, until Esc), or with --screenshot its
// first page rendered offscreen at the layout's canvas size (or --size) into a PNG once every panel
// has its data or its error: the exit code is then 0, 1 if a panel failed, 2 if the PNG cannot
// be written, 3 if the data never came.
class WallApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallApp)

public:
    WallApp(const AppOptions &options, const UnitRegistry &registry, QObject *parent = nullptr);
    ~WallApp() override;

    // Starts the wall or the screenshot; false (with the reason) when the file cannot be read.
    bool start(QString *error);

signals:
    // The program is to end with this status.
    void finished(int status);

private:
    void shoot();

    AppOptions m_options;
    const UnitRegistry &m_registry;
    std::unique_ptr<WallSession> m_session;
    std::unique_ptr<CacheService> m_service;
    std::unique_ptr<WallPageHost> m_page;
};

} // namespace dh
