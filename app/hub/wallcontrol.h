#pragma once

#include "heldrequests.h"
#include "hubgate.h"

#include "core/result.h"
#include "core/wallcommand.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;

namespace dh {

class Clock;

// The hub's relay of wall control (resources/schemas/wall-control.md): presenters post commands
// to a wall, each numbered on the hub; the wall long-polls for the commands after the last it has,
// and publishes its status, which presenters long-poll in turn. Besides the commands the hub keeps
// what they make the wall show (page, paused, black, the view followed), corrected by each status
// the wall publishes, so a wall that starts, or asks from a position the hub does not hold (the
// hub restarted, or dropped old commands), gets that state rather than a replay of "next"s.
// Control always needs a token with a role (TokenStore): a wall's listens, a presenter's commands.
// Everything is bounded: commands kept per wall, walls, body size, long polls (counted with the
// hub's own against its limit).
class WallControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallControl)

public:
    struct Limits
    {
        int maxWaiting = 500;          // long polls of the whole hub
        int maxWalls = 64;
        int commandsKept = 256;        // per wall
        qint64 maxBodyBytes = 64 * 1024;
        int maxWaitSeconds = 60;
        std::chrono::seconds onlineWithin{60}; // a wall heard from since then is online
    };

    // What a wall is given when it asks for commands after `since`.
    struct CommandsPage
    {
        qint64 sequence = 0;                // the hub's last for the wall
        QList<WallCommand> commands;        // after since, in order
        std::optional<WallStatus> state;    // instead of commands: what the wall should show
    };

    WallControl(const Clock &clock, HubGate &gate, std::function<qsizetype()> hubWaiting, Limits limits, QObject *parent = nullptr);
    ~WallControl() override;

    void addRoutes(QHttpServer &http);
    qsizetype waitingCount() const { return m_waiters.size(); }

    // The state behind the routes, for them and for tests. Errors carry the HTTP status.
    Result<qint64> post(const QString &wall, WallCommand command);
    Result<void> publish(const QString &wall, const WallStatus &status, const QString &client);
    // No since: a wall (re)starting, which gets the state.
    Result<CommandsPage> commandsAfter(const QString &wall, std::optional<qint64> since);
    // The wall's status as answered to GET …/status.
    Result<QJsonObject> statusOf(const QString &wall) const;
    QJsonArray walls() const;

private:
    struct Wall
    {
        qint64 sequence = 0;
        std::deque<WallCommand> commands;
        WallStatus state;                // what the commands and the wall's last status make it show
        std::optional<WallStatus> status; // as the wall published it
        qint64 statusVersion = 0;
        QString client;                  // the token that published it
        QDateTime seen;                  // last heard from the wall
    };

    struct Waiter : HeldRequest
    {
        using HeldRequest::HeldRequest;
        bool forStatus = false;
        QString wall;
        qint64 since = 0;
    };

    void route(const QString &wall, const QHttpServerRequest &request, QHttpServerResponder &&responder, int kind);
    std::optional<QHttpServerResponse> refusal(const QString &wall, const QHttpServerRequest &request, HubAccess &access, TokenStore::Role role);
    QHttpServerResponse answerPost(const QString &wall, const QHttpServerRequest &request);
    QHttpServerResponse answerPut(const QString &wall, const QHttpServerRequest &request, const HubAccess &access);
    // The answer to a GET, or nothing when it is to be held.
    std::optional<QHttpServerResponse> answerGet(const QString &wall, bool forStatus, std::optional<qint64> since, bool mayHold);
    Wall *find(const QString &wall);
    const Wall *find(const QString &wall) const;
    bool isOnline(const QString &id, const Wall &wall) const;
    void changed(const QString &wall, bool forStatus);
    void expireWaiters();

    const Clock *m_clock;
    HubGate *m_gate;
    std::function<qsizetype()> m_hubWaiting;
    Limits m_limits;
    QHash<QString, Wall> m_walls;
    HeldRequests<Waiter> m_waiters;
    QTimer m_timer;
};

} // namespace dh
