#include "wallremote.h"

#include "playlistrunner.h"
#include "wallcommandapply.h"

#include "sync/wallcontrolclient.h"

namespace dh {

WallRemote::WallRemote(WallControlClient &client, PlaylistRunner &runner, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_runner(runner)
{
    connect(&client, &WallControlClient::commandReceived, this, [this](const WallCommand &command) { applyWallCommand(m_runner, command); });
    connect(&runner, &PlaylistRunner::pageChanged, this, &WallRemote::publish);
    connect(&runner, &PlaylistRunner::pausedChanged, this, &WallRemote::publish);
    connect(&runner, &PlaylistRunner::blackChanged, this, &WallRemote::publish);
    connect(&runner, &PlaylistRunner::followingChanged, this, &WallRemote::publish);
}

void WallRemote::start()
{
    m_client.listen(wallStatusOf(m_runner));
}

void WallRemote::publish()
{
    m_client.publishStatus(wallStatusOf(m_runner));
}

} // namespace dh
