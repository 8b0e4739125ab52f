#include "sync/wallcontrolclient.h"

#include "sync/credentials.h"
#include "sync/logging.h"
#include "sync/net/httpclient.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace dh {

namespace {

Result<QJsonObject> objectOf(const HttpResponse &response)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (!document.isObject())
        return Error{Error::Code::Invalid, QCoreApplication::translate("dh", "The hub's answer is not a JSON object: %1").arg(error.errorString()), u"BAD_JSON"_qs};
    return document.object();
}

} // namespace

Result<WallControlEndpoint> WallControlEndpoint::withControlToken(const QUrl &hub, const QString &wall)
{
    EndpointAuth auth;
    auth.kind = EndpointAuth::Kind::Bearer;
    auth.tokenEnvironment = u"DIEUHANH_CONTROL_TOKEN"_qs;
    auth.keychainKey = u"control-token"_qs;
    auto token = Credentials::bearerToken(auth);
    if (!token)
        return token.error();
    return WallControlEndpoint{hub, wall, *token, {}};
}

WallControlClient::WallControlClient(WallControlEndpoint endpoint, const Clock &clock, Timing timing, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_clock(&clock)
    , m_timing(timing)
    , m_http(new HttpClient(HttpLimits{4, 4}, this))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_loop != Loop::None)
            poll();
    });
}

WallControlClient::~WallControlClient() = default;

HttpRequest WallControlClient::request(const QString &path, const QByteArray &method) const
{
    HttpRequest r;
    QUrl url = m_endpoint.hub;
    QString base = url.path();
    if (!base.endsWith(u'/'))
        base += u'/';
    url.setPath(base + path);
    r.url = url;
    r.method = method;
    r.bearerToken = m_endpoint.token;
    r.tls = m_endpoint.tls;
    // The client backs off itself, so that it can say when the hub was lost.
    r.policy.maxAttempts = 1;
    r.policy.connectTimeout = m_timing.requestTimeout;
    r.policy.readTimeout = m_timing.requestTimeout;
    r.policy.maxBodyBytes = 4 << 20;
    return r;
}

void WallControlClient::listen(const WallStatus &status)
{
    stop();
    m_loop = Loop::Commands;
    m_status = status;
    // First ask without a position: a wall that restarts gets what it was showing.
    m_since.reset();
    poll();
}

void WallControlClient::watchStatus()
{
    stop();
    m_loop = Loop::Status;
    m_since.reset();
    poll();
}

void WallControlClient::stop()
{
    m_loop = Loop::None;
    ++m_generation;
    m_retry.stop();
    if (m_pollId != 0)
        m_http->cancel(std::exchange(m_pollId, 0));
}

void WallControlClient::poll()
{
    const bool commands = m_loop == Loop::Commands;
    HttpRequest r = request(u"control/walls/%1/%2"_qs.arg(m_endpoint.wall, commands ? u"commands"_qs : u"status"_qs));
    QUrlQuery query;
    if (m_since) {
        query.addQueryItem(u"since"_qs, QString::number(*m_since));
        query.addQueryItem(u"wait"_qs, QString::number(m_timing.wait.count()));
        // The hub holds the answer for the wait: the headers come only then.
        r.policy.connectTimeout = m_timing.wait + m_timing.requestTimeout;
    }
    r.url.setQuery(query);
    m_pollId = m_http->fetch(std::move(r), [this, commands, generation = m_generation](Result<HttpResponse> result) {
        // The answer to a poll that stop() ended, arriving after a new loop began.
        if (generation != m_generation)
            return;
        m_pollId = 0;
        if (commands)
            polled(std::move(result));
        else
            statusPolled(std::move(result));
    });
}

void WallControlClient::polled(Result<HttpResponse> result)
{
    if (m_loop != Loop::Commands)
        return;
    if (!result && result.error().httpStatus == 404) {
        // The hub does not know the wall yet, or restarted: it learns the wall from its status.
        setConnected(true);
        m_since.reset();
        putStatus();
        return;
    }
    auto body = result ? objectOf(*result) : Result<QJsonObject>(result.error());
    if (!body) {
        qCInfo(lcSync) << "wall control: commands of" << m_endpoint.wall << "not had:" << body.error().message;
        retryLater();
        return;
    }
    setConnected(true);
    m_backoff = std::chrono::milliseconds(0);
    if (body->value(u"state").isObject()) {
        if (auto state = WallStatus::fromJson(body->value(u"state").toObject()))
            emitState(*state);
    }
    for (const QJsonValue &value : body->value(u"commands").toArray()) {
        auto command = WallCommand::fromJson(value.toObject());
        if (command)
            emit commandReceived(*command);
        else
            qCWarning(lcSync) << "wall control: a command the hub sent is not understood:" << command.error().message;
    }
    m_since = body->value(u"sequence").toInteger();
    // What changed while the hub was away is published once it is back; after the state given,
    // so that a restarting wall does not first tell the hub it is back on its first page.
    if (m_status != m_published)
        putStatus();
    if (m_loop == Loop::Commands && m_pollId == 0)
        poll();
}

// The state comes as the commands that make it, so the wall applies one kind of thing.
void WallControlClient::emitState(const WallStatus &state)
{
    using Kind = WallCommand::Kind;
    emit commandReceived(WallCommand::goTo(state.page));
    emit commandReceived(WallCommand::of(state.paused ? Kind::Pause : Kind::Resume));
    emit commandReceived(WallCommand::of(state.black ? Kind::Black : Kind::Unblack));
    emit commandReceived(state.following ? WallCommand::follow(*state.following) : WallCommand::of(Kind::Unfollow));
}

void WallControlClient::statusPolled(Result<HttpResponse> result)
{
    if (m_loop != Loop::Status)
        return;
    auto body = result ? objectOf(*result) : Result<QJsonObject>(result.error());
    if (!body) {
        emit failed(body.error());
        retryLater();
        return;
    }
    setConnected(true);
    m_backoff = std::chrono::milliseconds(0);
    const qint64 version = body->value(u"version").toInteger();
    if ((!m_since || *m_since != version) && body->value(u"status").isObject()) {
        if (auto status = WallStatus::fromJson(body->value(u"status").toObject()))
            emit statusReceived(*status, body->value(u"online").toBool());
    }
    m_since = version;
    poll();
}

void WallControlClient::publishStatus(const WallStatus &status)
{
    if (m_status == status)
        return;
    m_status = status;
    if (m_loop == Loop::Commands && m_connected)
        putStatus();
}

void WallControlClient::putStatus()
{
    if (!m_status)
        return;
    if (m_putRunning) {
        m_putAgain = true;
        return;
    }
    m_putRunning = true;
    HttpRequest r = request(u"control/walls/%1/status"_qs.arg(m_endpoint.wall), "PUT");
    r.body = QJsonDocument(m_status->toJson()).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    const WallStatus sent = *m_status;
    m_http->fetch(std::move(r), [this, sent](Result<HttpResponse> result) {
        m_putRunning = false;
        const bool again = std::exchange(m_putAgain, false) && m_status != sent;
        if (!result) {
            qCInfo(lcSync) << "wall control: status of" << m_endpoint.wall << "not published:" << result.error().message;
            if (m_loop == Loop::Commands && m_pollId == 0 && !m_retry.isActive())
                retryLater();
            return;
        }
        m_published = sent;
        if (again)
            putStatus();
        // A wall the hub had not known listens once it is known.
        if (m_loop == Loop::Commands && m_pollId == 0 && !m_retry.isActive())
            poll();
    });
}

void WallControlClient::retryLater()
{
    setConnected(false);
    m_backoff = std::clamp(m_backoff * 2, m_timing.backoffMin, m_timing.backoffMax);
    m_retry.start(m_backoff);
}

void WallControlClient::setConnected(bool connected)
{
    if (connected == m_connected && (connected || m_lostSince.isValid()))
        return;
    m_connected = connected;
    m_lostSince = connected ? QDateTime() : m_clock->now();
    emit connectionChanged(connected, m_lostSince);
}

void WallControlClient::send(const WallCommand &command)
{
    HttpRequest r = request(u"control/walls/%1/commands"_qs.arg(m_endpoint.wall), "POST");
    r.body = QJsonDocument(command.toJson()).toJson(QJsonDocument::Compact);
    r.contentType = "application/json";
    m_http->fetch(std::move(r), [this, command](Result<HttpResponse> result) {
        auto body = result ? objectOf(*result) : Result<QJsonObject>(result.error());
        if (!body) {
            qCInfo(lcSync) << "wall control: command to" << m_endpoint.wall << "not sent:" << body.error().message;
            emit failed(body.error());
            return;
        }
        WallCommand sent = command;
        sent.sequence = body->value(u"sequence").toInteger();
        emit commandSent(sent);
    });
}

void WallControlClient::listWalls()
{
    m_http->fetch(request(u"control/walls"_qs), [this](Result<HttpResponse> result) {
        auto body = result ? objectOf(*result) : Result<QJsonObject>(result.error());
        if (!body) {
            emit failed(body.error());
            return;
        }
        emit wallsListed(body->value(u"walls").toArray());
    });
}

} // namespace dh
