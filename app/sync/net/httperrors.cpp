#include "httperrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace dh::HttpErrors {

namespace {

// Every message of this file, under one context: lupdate files HttpText::tr("…") under the context
// named here, which is the one the app looks the text up in.
struct HttpText
{
    Q_DECLARE_TR_FUNCTIONS(dh::HttpErrors)
};

Error make(QString message, const char *rule)
{
    return Error{Error::Code::Network, std::move(message), QString::fromLatin1(rule)};
}

// " title — detail [rule]" of an RFC 9457 problem, or empty.
QString problemText(const QByteArray &contentType, const QByteArray &body)
{
    if (!contentType.trimmed().toLower().startsWith("application/problem+json"))
        return {};
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    QStringList parts;
    for (const char *key : {"title", "detail"}) {
        const QString value = problem.value(QLatin1StringView(key)).toString().simplified();
        if (!value.isEmpty())
            parts.append(value.left(300));
    }
    QString text = parts.join(u" — "_qs);
    if (const QString rule = problem.value(u"rule"_qs).toString().simplified(); !rule.isEmpty())
        text += u" [%1]"_qs.arg(rule.left(100));
    return text;
}

} // namespace

QString requestLabel(const QByteArray &method, const QUrl &url)
{
    return QString::fromLatin1(method) + u' ' + url.toDisplayString(QUrl::RemoveUserInfo);
}

Error status(const QString &request, int status, const QByteArray &reason, const QByteArray &contentType,
             const QByteArray &body)
{
    const QString problem = problemText(contentType, body);
    QString message = problem.isEmpty()
        ? HttpText::tr("%1: the server answered HTTP %2 %3.").arg(request).arg(status).arg(QString::fromLatin1(reason))
        : HttpText::tr("%1: the server answered HTTP %2 %3: %4").arg(request).arg(status).arg(QString::fromLatin1(reason), problem);
    Error error = make(std::move(message), "HTTP_STATUS");
    error.httpStatus = status;
    return error;
}

Error timeout(const QString &request, bool headersReceived, qint64 ms)
{
    return make(headersReceived ? HttpText::tr("%1: no data from the server for %2 ms.").arg(request).arg(ms)
                                : HttpText::tr("%1: no answer from the server within %2 ms.").arg(request).arg(ms),
                "TIMEOUT");
}

Error truncated(const QString &request, qint64 received, qint64 expected)
{
    return make(expected >= 0
                    ? HttpText::tr("%1: the connection ended after %2 of %3 bytes; the answer is incomplete.").arg(request).arg(received).arg(expected)
                    : HttpText::tr("%1: the connection ended after %2 bytes, before the end of the answer.").arg(request).arg(received),
                "TRUNCATED");
}

Error tooLarge(const QString &request, qint64 limit)
{
    return make(HttpText::tr("%1: the answer is larger than the limit of %2 bytes.").arg(request).arg(limit), "TOO_LARGE");
}

Error redirectRefused(const QString &request, const QUrl &target, int maxRedirects, bool tooMany)
{
    const QString to = target.toDisplayString(QUrl::RemoveUserInfo);
    return make(tooMany ? HttpText::tr("%1: refused to follow a redirect to %2: more than %3 redirects.").arg(request, to).arg(maxRedirects)
                        : HttpText::tr("%1: refused to follow a redirect to %2 (only https to https is followed).").arg(request, to),
                "REDIRECT_REFUSED");
}

Error tls(const QString &request, const QString &host, const QList<QSslError> &errors, const QString &fallback)
{
    QStringList reasons;
    for (const QSslError &e : errors)
        reasons.append(e.errorString());
    reasons.removeDuplicates();
    return make(HttpText::tr("%1: the secure connection to %2 failed: %3")
                    .arg(request, host, reasons.isEmpty() ? fallback : reasons.join(u"; "_qs)),
                "TLS");
}

Error tlsSetup(const QString &request, const QString &reason)
{
    return make(HttpText::tr("%1: %2").arg(request, reason), "TLS");
}

Error network(const QString &request, const QString &reason)
{
    return make(HttpText::tr("%1: %2").arg(request, reason), "NETWORK");
}

Error cancelled(const QString &request)
{
    Error error = Error::cancelled(HttpText::tr("%1: cancelled.").arg(request));
    error.rule = u"CANCELLED"_qs;
    return error;
}

QString noFinalStatus(int status)
{
    return HttpText::tr("the answer ended on the interim status %1, without a final one.").arg(status);
}

Error retryAfterTooLong(const QString &request, int status, const QDateTime &when)
{
    Error error = make(HttpText::tr("%1: the server answered HTTP %2 and asked to come back at %3, later than the longest wait allowed.")
                    .arg(request)
                    .arg(status)
                    .arg(when.toUTC().toString(Qt::ISODate)),
                "RETRY_AFTER_TOO_LONG");
    error.httpStatus = status;
    return error;
}

Error redacted(Error error, const QByteArray &secret)
{
    if (!secret.isEmpty())
        error.message.replace(QString::fromUtf8(secret), u"[redacted]"_qs);
    return error;
}

} // namespace dh::HttpErrors
