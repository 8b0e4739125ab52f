#include "hubgate.h"

#include "logging.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace dh {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return u"GET"_qs;
    case QHttpServerRequest::Method::Head: return u"HEAD"_qs;
    case QHttpServerRequest::Method::Post: return u"POST"_qs;
    case QHttpServerRequest::Method::Put: return u"PUT"_qs;
    case QHttpServerRequest::Method::Delete: return u"DELETE"_qs;
    default: return u"OTHER"_qs;
    }
}

// Every message of this file, under one context: lupdate files GateText::tr("…") under the context
// named here, which is the one the app looks the text up in.
struct GateText
{
    Q_DECLARE_TR_FUNCTIONS(dh::HubGate)
};

} // namespace

HubAccess HubAccess::of(const QHttpServerRequest &request)
{
    static const QSet<QString> plain{u"since"_qs, u"limit"_qs, u"wait"_qs, u"indicator"_qs, u"unit"_qs, u"from"_qs, u"to"_qs};
    HubAccess access;
    access.timer.start();
    access.peer = request.remoteAddress().toString();
    access.method = methodName(request.method());
    access.path = request.url().path();
    QStringList items;
    for (const auto &[key, value] : request.query().queryItems(QUrl::FullyEncoded))
        items.append(plain.contains(key) ? QString(key + u'=' + value) : QString(key.left(32) + u"=…"_qs));
    if (!items.isEmpty())
        access.path += u'?' + items.join(u'&');
    return access;
}

QHttpServerResponse hubProblem(QHttpServerResponse::StatusCode status, const QString &title, const QString &detail, const QString &rule)
{
    QJsonObject body{{u"type"_qs, u"about:blank"_qs}, {u"title"_qs, title}, {u"status"_qs, int(status)}, {u"detail"_qs, detail}};
    if (!rule.isEmpty())
        body.insert(u"rule"_qs, rule);
    return QHttpServerResponse(QByteArrayLiteral("application/problem+json"), QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

HubGate::HubGate(const Clock &clock, std::optional<TokenStore> tokens, FailureLimiter::Limits limits)
    : m_clock(&clock)
    , m_tokens(std::move(tokens))
    , m_failures(clock, limits)
{
}

std::optional<QHttpServerResponse> HubGate::check(const QHttpServerRequest &request, HubAccess &access)
{
    using Status = QHttpServerResponse::StatusCode;
    if (!m_tokens) {
        access.roles = TokenStore::Role::Read | TokenStore::Role::Wall | TokenStore::Role::Presenter;
        return std::nullopt;
    }
    if (const auto wait = m_failures.retryAfter(access.peer)) {
        QHttpServerResponse response = hubProblem(Status::TooManyRequests, GateText::tr("Too Many Requests"),
                                                  GateText::tr("Too many failed attempts from this address; try again later."));
        response.setHeader("Retry-After", QByteArray::number(*wait));
        return response;
    }
    const QByteArray authorization = request.value("Authorization");
    const QByteArray scheme = "Bearer ";
    if (authorization.size() > scheme.size() && authorization.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0) {
        if (const auto identity = m_tokens->identify(authorization.mid(scheme.size()).trimmed())) {
            access.client = identity->name;
            access.roles = identity->roles;
            return std::nullopt;
        }
    }
    access.client = u"-"_qs;
    m_failures.recordFailure(access.peer);
    QHttpServerResponse response = hubProblem(Status::Unauthorized, GateText::tr("Unauthorized"),
                                              authorization.isEmpty() ? GateText::tr("This hub needs a token: send \"Authorization: Bearer TOKEN\".")
                                                                      : GateText::tr("The token was not accepted."));
    response.setHeader("WWW-Authenticate", "Bearer realm=\"dieuhanh-hub\"");
    return response;
}

QHttpServerResponse HubGate::logged(const HubAccess &access, QHttpServerResponse response) const
{
    qCInfo(lcHubAccess).noquote() << m_clock->now().toUTC().toString(Qt::ISODateWithMs) << access.peer << access.method
                                  << access.path << int(response.statusCode()) << response.data().size()
                                  << QString::number(access.timer.elapsed()) + u"ms"_qs << access.client;
    return response;
}

} // namespace dh
