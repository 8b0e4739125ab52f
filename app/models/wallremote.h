#pragma once

#include <QObject>

namespace dh {

class PlaylistRunner;
class WallControlClient;

// Puts a wall's playlist under a presenter's control: the commands the client receives drive the
// runner (applyWallCommand), and each change of the runner is published as the wall's status. The
// wall session owns it next to the runner and the client; the client's connectionChanged feeds the
// wall's "offline since" banner.
class WallRemote final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallRemote)

public:
    WallRemote(WallControlClient &client, PlaylistRunner &runner, QObject *parent = nullptr);

    // Publishes the runner's state and listens for commands.
    void start();

private:
    void publish();

    WallControlClient &m_client;
    PlaylistRunner &m_runner;
};

} // namespace dh
