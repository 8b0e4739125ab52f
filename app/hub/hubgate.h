#pragma once

#include "failurelimiter.h"
#include "tokenstore.h"

#include <QElapsedTimer>
#include <QHttpServerResponse>
#include <QString>

#include <optional>

class QHttpServerRequest;

namespace dh {

class Clock;

// What the access log says of a request, gathered when it comes in.
struct HubAccess
{
    QElapsedTimer timer;
    QString peer;
    QString method;
    QString path;   // the query's values kept only for parameters known to hold no secret
    QString client = QStringLiteral("-"); // the token's name
    TokenStore::Roles roles;              // what the token may do; all of it on a hub without tokens

    static HubAccess of(const QHttpServerRequest &request);
};

// An RFC 9457 problem with the README §12 rule.
QHttpServerResponse hubProblem(QHttpServerResponse::StatusCode status, const QString &title, const QString &detail, const QString &rule = {});

// The door every route of the hub goes through: the bearer token checked against the tokens file,
// an address that keeps guessing slowed down by the failure limiter, and each answer written to
// dieuhanh.hub.access without a token. A hub without tokens lets everyone in (it listens on
// loopback only, HubOptions sees to that).
class HubGate
{
public:
    HubGate(const Clock &clock, std::optional<TokenStore> tokens, FailureLimiter::Limits limits);

    bool hasTokens() const { return m_tokens.has_value(); }
    // The refusal of a request, or nothing; sets the access's client and roles.
    std::optional<QHttpServerResponse> check(const QHttpServerRequest &request, HubAccess &access);
    QHttpServerResponse logged(const HubAccess &access, QHttpServerResponse response) const;

private:
    const Clock *m_clock;
    std::optional<TokenStore> m_tokens;
    FailureLimiter m_failures;
};

} // namespace dh
