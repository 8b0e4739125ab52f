#pragma once

#include "core/result.h"
#include "core/wallcommand.h"
#include "sync/net/httptypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

namespace dh {

class Clock;
class HttpClient;

// Where a wall is controlled: the hub's base URL (its /v1/ parent), the wall's id on it, and the
// token with a wall or presenter role. The token is used at once and never logged.
struct WallControlEndpoint
{
    QUrl hub;
    QString wall;
    QByteArray token;
    TlsOptions tls;

    // A wall (--control URL --wall-id ID) or a presenter typing a hub's URL: the token is read like an
    // endpoint's (Credentials), from $DIEUHANH_CONTROL_TOKEN, else the keychain entry
    // "control-token" of the service "dieuhanh".
    static Result<WallControlEndpoint> withControlToken(const QUrl &hub, const QString &wall);
};

// The client side of wall control through a hub (resources/schemas/wall-control.md). A wall
// listens: it long-polls the commands after the last it has and emits each as a value, publishes
// its status (the last of a burst), and when the hub cannot be reached says so with the time it
// was lost (the wall's "offline since" banner) and tries again with a growing backoff until the
// hub is back. A presenter sends commands, follows the wall's status by long polling, and lists
// the walls the hub has seen. One instance plays one of the two parts; all on its thread's loop.
class WallControlClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WallControlClient)

public:
    struct Timing
    {
        std::chrono::seconds wait{25};                 // of each long poll
        std::chrono::milliseconds backoffMin{500};
        std::chrono::milliseconds backoffMax{15000};
        std::chrono::milliseconds requestTimeout{10000}; // beyond the wait
    };

    WallControlClient(WallControlEndpoint endpoint, const Clock &clock, Timing timing, QObject *parent = nullptr);
    WallControlClient(WallControlEndpoint endpoint, const Clock &clock, QObject *parent = nullptr)
        : WallControlClient(std::move(endpoint), clock, Timing(), parent) {}
    ~WallControlClient() override;

    const WallControlEndpoint &endpoint() const { return m_endpoint; }
    bool isConnected() const { return m_connected; }
    // When the hub was last lost; invalid while connected.
    QDateTime lostSince() const { return m_lostSince; }

    // As a wall: publishes `status` and listens for commands until stop().
    void listen(const WallStatus &status);
    // Coalesced: while one is on its way, only the last of those that follow is sent after it.
    void publishStatus(const WallStatus &status);

    // As a presenter.
    void send(const WallCommand &command);
    // Long-polls the wall's status until stop(); statusReceived on each change.
    void watchStatus();
    void listWalls();

    void stop();

signals:
    // A wall's command, or one of those that set the state a (re)starting wall is given.
    void commandReceived(const dh::WallCommand &command);
    void connectionChanged(bool connected, const QDateTime &lostSince);
    void commandSent(const dh::WallCommand &command); // with the hub's sequence
    void statusReceived(const dh::WallStatus &status, bool online);
    void wallsListed(const QJsonArray &walls);
    // A command, listing or status that could not be had (the error is also logged).
    void failed(const dh::Error &error);

private:
    enum class Loop { None, Commands, Status };

    HttpRequest request(const QString &path, const QByteArray &method = "GET") const;
    void poll();
    void polled(Result<HttpResponse> result);
    void statusPolled(Result<HttpResponse> result);
    void putStatus();
    void retryLater();
    void setConnected(bool connected);
    void emitState(const WallStatus &state);

    WallControlEndpoint m_endpoint;
    const Clock *m_clock;
    Timing m_timing;
    HttpClient *m_http;
    QTimer m_retry;
    Loop m_loop = Loop::None;
    quint64 m_pollId = 0;
    std::optional<qint64> m_since;     // commands: the hub's sequence; status: its version
    std::chrono::milliseconds m_backoff{0};
    bool m_connected = false;
    QDateTime m_lostSince;
    quint64 m_generation = 0;          // of the loop: stop() begins a new one
    std::optional<WallStatus> m_status; // to publish
    std::optional<WallStatus> m_published; // as the hub last took it
    bool m_putRunning = false;
    bool m_putAgain = false;
};

} // namespace dh
