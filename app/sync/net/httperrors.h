#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QSslError>
#include <QUrl>

// The errors of the HTTP client, each with a message naming the request and a stable rule:
// HTTP_STATUS, TIMEOUT, TRUNCATED, TOO_LARGE, REDIRECT_REFUSED, TLS, NETWORK, CANCELLED,
// RETRY_AFTER_TOO_LONG.
namespace dh::HttpErrors {

// "GET https://host/path?query", without any user name or password of the URL.
QString requestLabel(const QByteArray &method, const QUrl &url);

// An error answer. An application/problem+json body lends its title, detail and rule.
Error status(const QString &request, int status, const QByteArray &reason, const QByteArray &contentType,
             const QByteArray &body);
Error timeout(const QString &request, bool headersReceived, qint64 ms);
Error truncated(const QString &request, qint64 received, qint64 expected);
Error tooLarge(const QString &request, qint64 limit);
// A redirect that leaves https, or one more than maxRedirects.
Error redirectRefused(const QString &request, const QUrl &target, int maxRedirects, bool tooMany);
Error tls(const QString &request, const QString &host, const QList<QSslError> &errors, const QString &fallback);
Error tlsSetup(const QString &request, const QString &reason);
Error network(const QString &request, const QString &reason);
Error cancelled(const QString &request);
// The reason for an answer that ended on an interim (1xx) status.
QString noFinalStatus(int status);
Error retryAfterTooLong(const QString &request, int status, const QDateTime &when);

// The message with every occurrence of secret replaced, for tokens a server may echo back.
Error redacted(Error error, const QByteArray &secret);

} // namespace dh::HttpErrors
