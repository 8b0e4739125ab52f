#include "wallcontrol.h"

#include "logging.h"

#include "core/clock.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrlQuery>

namespace dh {

namespace {

using Status = QHttpServerResponse::StatusCode;

enum Kind { PostCommand, GetCommands, PutStatus, GetStatus };

Error failure(Status status, const QString &message, const QString &rule)
{
    Error error{status == Status::NotFound ? Error::Code::NotFound : Error::Code::Invalid, message, rule};
    error.httpStatus = int(status);
    return error;
}

QHttpServerResponse json(const QJsonObject &body, Status status = Status::Ok)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse problemOf(const Error &error)
{
    const auto status = error.httpStatus > 0 ? Status(error.httpStatus) : Status::BadRequest;
    return hubProblem(status, status == Status::NotFound ? WallControl::tr("Not Found") : WallControl::tr("Bad Request"), error.message, error.rule);
}

// A whole number from 0 in a query parameter, or nothing when it is absent; an error otherwise.
Result<std::optional<qint64>> number(const QUrlQuery &query, const QString &name, qint64 max)
{
    if (!query.hasQueryItem(name))
        return std::optional<qint64>();
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0 || value > max)
        return failure(Status::BadRequest, WallControl::tr("%1: expected a whole number from 0 to %2").arg(name).arg(max), u"BAD_QUERY"_qs);
    return std::optional<qint64>(value);
}

} // namespace

WallControl::WallControl(const Clock &clock, HubGate &gate, std::function<qsizetype()> hubWaiting, Limits limits, QObject *parent)
    : QObject(parent)
    , m_clock(&clock)
    , m_gate(&gate)
    , m_hubWaiting(std::move(hubWaiting))
    , m_limits(limits)
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &WallControl::expireWaiters);
}

WallControl::~WallControl()
{
    m_waiters.answerWhere([this](Waiter &waiter) {
        return std::optional(m_gate->logged(waiter.access, hubProblem(Status::ServiceUnavailable, tr("Service Unavailable"), tr("The hub is stopping."))));
    });
}

void WallControl::addRoutes(QHttpServer &http)
{
    const QString commands = u"/control/walls/<arg>/commands"_qs;
    const QString status = u"/control/walls/<arg>/status"_qs;
    using Method = QHttpServerRequest::Method;
    const auto to = [this](int kind) {
        return [this, kind](const QString &wall, const QHttpServerRequest &r, QHttpServerResponder &&responder) { route(wall, r, std::move(responder), kind); };
    };
    http.route(commands, Method::Post, to(PostCommand));
    http.route(commands, Method::Get, to(GetCommands));
    http.route(status, Method::Put, to(PutStatus));
    http.route(status, Method::Get, to(GetStatus));
    http.route(u"/control/walls"_qs, Method::Get, [this](const QHttpServerRequest &r) {
        HubAccess access = HubAccess::of(r);
        if (auto refused = refusal(QString(), r, access, TokenStore::Role::Wall))
            return m_gate->logged(access, std::move(*refused));
        return m_gate->logged(access, json(QJsonObject{{u"walls"_qs, walls()}}));
    });
}

std::optional<QHttpServerResponse> WallControl::refusal(const QString &wall, const QHttpServerRequest &request, HubAccess &access,
                                                         TokenStore::Role role)
{
    if (!m_gate->hasTokens())
        return hubProblem(Status::Forbidden, tr("Forbidden"), tr("Wall control needs tokens: start the hub with --tokens FILE."), u"CONTROL_NEEDS_TOKENS"_qs);
    if (auto refused = m_gate->check(request, access))
        return refused;
    if (!access.roles.testFlag(role)) {
        return hubProblem(Status::Forbidden, tr("Forbidden"),
                          role == TokenStore::Role::Presenter ? tr("This token may not command walls: it needs the presenter role in the tokens file.")
                                                              : tr("This token may not take part in wall control: it needs the wall or presenter role."),
                          u"ROLE"_qs);
    }
    if (!wall.isNull() && !isValidWallId(wall))
        return hubProblem(Status::BadRequest, tr("Bad Request"), tr("A wall id has 1 to 64 letters, digits, '.', '_' or '-'."), u"WALL_ID"_qs);
    if (request.body().size() > m_limits.maxBodyBytes)
        return hubProblem(Status::PayloadTooLarge, tr("Payload Too Large"), tr("A wall-control body holds at most %1 bytes.").arg(m_limits.maxBodyBytes), u"BODY_SIZE"_qs);
    return std::nullopt;
}

void WallControl::route(const QString &wall, const QHttpServerRequest &request, QHttpServerResponder &&responder, int kind)
{
    HubAccess access = HubAccess::of(request);
    const auto ready = [&](QHttpServerResponse response) { m_gate->logged(access, std::move(response)).write(std::move(responder)); };
    if (auto refused = refusal(wall, request, access, kind == PostCommand ? TokenStore::Role::Presenter : TokenStore::Role::Wall))
        return ready(std::move(*refused));
    if (kind == PostCommand)
        return ready(answerPost(wall, request));
    if (kind == PutStatus)
        return ready(answerPut(wall, request, access));

    const QUrlQuery query = request.query();
    const auto since = number(query, u"since"_qs, std::numeric_limits<qint64>::max() / 2);
    const auto wait = number(query, u"wait"_qs, m_limits.maxWaitSeconds);
    if (!since || !wait)
        return ready(problemOf(!since ? since.error() : wait.error()));
    const bool mayHold = wait->value_or(0) > 0 && since->has_value();
    if (mayHold && m_hubWaiting() >= m_limits.maxWaiting) {
        QHttpServerResponse busy = hubProblem(Status::ServiceUnavailable, tr("Service Unavailable"), tr("Too many clients are waiting; ask again shortly."));
        busy.setHeader("Retry-After", "1");
        return ready(std::move(busy));
    }
    if (auto answer = answerGet(wall, kind == GetStatus, *since, mayHold))
        return ready(std::move(*answer));

    auto waiter = std::make_unique<Waiter>(std::move(responder));
    waiter->forStatus = kind == GetStatus;
    waiter->wall = wall;
    waiter->since = **since;
    waiter->deadline = QDeadlineTimer(std::chrono::seconds(**wait));
    waiter->access = std::move(access);
    m_waiters.hold(std::move(waiter));
    m_timer.start();
}

QHttpServerResponse WallControl::answerPost(const QString &wall, const QHttpServerRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (!document.isObject())
        return hubProblem(Status::BadRequest, tr("Bad Request"), tr("The body is not a JSON object: %1").arg(parseError.errorString()), u"BAD_JSON"_qs);
    auto command = WallCommand::fromJson(document.object());
    if (!command)
        return problemOf(command.error());
    const auto sequence = post(wall, *command);
    if (!sequence)
        return problemOf(sequence.error());
    return json(QJsonObject{{u"wall"_qs, wall}, {u"sequence"_qs, *sequence}}, Status::Accepted);
}

QHttpServerResponse WallControl::answerPut(const QString &wall, const QHttpServerRequest &request, const HubAccess &access)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (!document.isObject())
        return hubProblem(Status::BadRequest, tr("Bad Request"), tr("The body is not a JSON object: %1").arg(parseError.errorString()), u"BAD_JSON"_qs);
    const auto status = WallStatus::fromJson(document.object());
    if (!status)
        return problemOf(status.error());
    if (auto published = publish(wall, *status, access.client); !published)
        return problemOf(published.error());
    return json(QJsonObject{{u"wall"_qs, wall}, {u"version"_qs, m_walls.value(wall).statusVersion}});
}

std::optional<QHttpServerResponse> WallControl::answerGet(const QString &wall, bool forStatus, std::optional<qint64> since, bool mayHold)
{
    if (forStatus) {
        auto status = statusOf(wall);
        if (!status)
            return problemOf(status.error());
        if (mayHold && since && *since == status->value(u"version").toInteger())
            return std::nullopt;
        return json(*status);
    }
    auto page = commandsAfter(wall, since);
    if (!page)
        return problemOf(page.error());
    if (mayHold && page->commands.isEmpty() && !page->state)
        return std::nullopt;
    QJsonArray commands;
    for (const WallCommand &command : page->commands)
        commands.append(command.toJson());
    QJsonObject body{{u"wall"_qs, wall}, {u"sequence"_qs, page->sequence}, {u"commands"_qs, commands}};
    if (page->state)
        body.insert(u"state"_qs, page->state->toJson());
    return json(body);
}

Result<qint64> WallControl::post(const QString &wall, WallCommand command)
{
    Wall *w = find(wall);
    if (!w)
        return failure(Status::NotFound, tr("No wall %1 has published its status to this hub.").arg(wall), u"WALL_UNKNOWN"_qs);
    const qsizetype pages = w->state.pages.size();
    if (command.kind == WallCommand::Kind::GoTo && pages > 0 && command.page >= pages)
        return failure(Status::UnprocessableEntity, tr("page: the wall %1 has %2 pages, numbered from 0.").arg(wall).arg(pages), u"WALL_COMMAND"_qs);
    WallStatus &state = w->state;
    switch (command.kind) {
    case WallCommand::Kind::Next: state.page = pages > 0 ? int((state.page + 1) % pages) : 0; break;
    case WallCommand::Kind::Previous: state.page = pages > 0 ? int((state.page + pages - 1) % pages) : 0; break;
    case WallCommand::Kind::GoTo: state.page = command.page; break;
    case WallCommand::Kind::Pause: state.paused = true; break;
    case WallCommand::Kind::Resume: state.paused = false; break;
    case WallCommand::Kind::Black: state.black = true; break;
    case WallCommand::Kind::Unblack: state.black = false; break;
    case WallCommand::Kind::Follow: state.following = command.view; break;
    case WallCommand::Kind::Unfollow: state.following.reset(); break;
    }
    command.sequence = ++w->sequence;
    w->commands.push_back(command);
    while (qsizetype(w->commands.size()) > m_limits.commandsKept)
        w->commands.pop_front();
    changed(wall, false);
    return command.sequence;
}

Result<void> WallControl::publish(const QString &wall, const WallStatus &status, const QString &client)
{
    if (!m_walls.contains(wall) && m_walls.size() >= m_limits.maxWalls) {
        // Room is made by forgetting the wall heard from longest ago, if it is offline.
        auto oldest = m_walls.end();
        for (auto it = m_walls.begin(); it != m_walls.end(); ++it) {
            if (!isOnline(it.key(), *it) && (oldest == m_walls.end() || it->seen < oldest->seen))
                oldest = it;
        }
        if (oldest == m_walls.end())
            return failure(Status::ServiceUnavailable, tr("This hub already relays %1 walls that are online.").arg(m_limits.maxWalls), u"WALL_LIMIT"_qs);
        qCInfo(lcHub) << "wall control: forgetting the offline wall" << oldest.key();
        m_walls.erase(oldest);
    }
    Wall &w = m_walls[wall];
    w.seen = m_clock->now();
    w.client = client;
    w.state = status;
    if (w.status == status)
        return {};
    w.status = status;
    ++w.statusVersion;
    changed(wall, true);
    return {};
}

Result<WallControl::CommandsPage> WallControl::commandsAfter(const QString &wall, std::optional<qint64> since)
{
    Wall *w = find(wall);
    if (!w)
        return failure(Status::NotFound, tr("No wall %1 has published its status to this hub: publish it first.").arg(wall), u"WALL_UNKNOWN"_qs);
    w->seen = m_clock->now();
    CommandsPage page;
    page.sequence = w->sequence;
    const qint64 oldest = w->commands.empty() ? w->sequence + 1 : w->commands.front().sequence;
    // A position the hub cannot continue from: the wall is new, the hub restarted, or the
    // commands after it were dropped.
    if (!since || *since > w->sequence || *since + 1 < oldest) {
        page.state = w->state;
        return page;
    }
    for (const WallCommand &command : w->commands) {
        if (command.sequence > *since)
            page.commands.append(command);
    }
    return page;
}

Result<QJsonObject> WallControl::statusOf(const QString &wall) const
{
    const Wall *w = find(wall);
    if (!w)
        return failure(Status::NotFound, tr("No wall %1 has published its status to this hub.").arg(wall), u"WALL_UNKNOWN"_qs);
    return QJsonObject{{u"wall"_qs, wall},
                       {u"version"_qs, w->statusVersion},
                       {u"sequence"_qs, w->sequence},
                       {u"online"_qs, isOnline(wall, *w)},
                       {u"seen"_qs, w->seen.toUTC().toString(Qt::ISODate)},
                       {u"status"_qs, w->status ? QJsonValue(w->status->toJson()) : QJsonValue(QJsonValue::Null)}};
}

QJsonArray WallControl::walls() const
{
    QStringList ids = m_walls.keys();
    ids.sort();
    QJsonArray list;
    for (const QString &id : ids) {
        const Wall &w = *m_walls.constFind(id);
        list.append(QJsonObject{{u"wall"_qs, id},
                                {u"online"_qs, isOnline(id, w)},
                                {u"seen"_qs, w.seen.toUTC().toString(Qt::ISODate)},
                                {u"pages"_qs, int(w.state.pages.size())},
                                {u"page"_qs, w.state.page}});
    }
    return list;
}

WallControl::Wall *WallControl::find(const QString &wall)
{
    const auto it = m_walls.find(wall);
    return it == m_walls.end() ? nullptr : &*it;
}

const WallControl::Wall *WallControl::find(const QString &wall) const
{
    const auto it = m_walls.constFind(wall);
    return it == m_walls.cend() ? nullptr : &*it;
}

bool WallControl::isOnline(const QString &id, const Wall &wall) const
{
    if (m_waiters.any([&id](const Waiter &waiter) { return !waiter.forStatus && waiter.wall == id; }))
        return true;
    return wall.seen.isValid() && wall.seen.secsTo(m_clock->now()) <= m_limits.onlineWithin.count();
}

void WallControl::changed(const QString &wall, bool forStatus)
{
    m_waiters.answerWhere([&](Waiter &waiter) -> std::optional<QHttpServerResponse> {
        if (waiter.wall != wall || waiter.forStatus != forStatus)
            return std::nullopt;
        auto response = answerGet(wall, forStatus, waiter.since, true);
        if (!response)
            return std::nullopt;
        return m_gate->logged(waiter.access, std::move(*response));
    });
}

void WallControl::expireWaiters()
{
    m_waiters.answerWhere([this](Waiter &waiter) -> std::optional<QHttpServerResponse> {
        if (!waiter.deadline.hasExpired())
            return std::nullopt;
        return m_gate->logged(waiter.access, std::move(*answerGet(waiter.wall, waiter.forStatus, waiter.since, false)));
    });
    if (m_waiters.empty())
        m_timer.stop();
}

} // namespace dh
