#include "httpretry.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace dh::HttpRetry {

bool isRetryableStatus(int status)
{
    return status == 429 || (status >= 500 && status <= 599);
}

std::chrono::milliseconds backoff(const RequestPolicy &policy, int failures, double uniform01)
{
    const double exponent = std::clamp(failures - 1, 0, 40);
    const double ceiling = std::min(double(policy.backoffCap.count()), double(policy.backoffBase.count()) * std::pow(2.0, exponent));
    return std::chrono::milliseconds(qint64(ceiling * std::clamp(uniform01, 0.0, 1.0)));
}

std::optional<std::chrono::milliseconds> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty())
        return std::nullopt;
    bool number = false;
    const qint64 seconds = text.toLongLong(&number);
    if (number)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::milliseconds(seconds * 1000));
    // RFC 9110 asks for IMF-fixdate; RFC 2822 parsing also takes the numeric zones some servers send.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_qs);
    if (when.isValid())
        when.setTimeZone(QTimeZone::utc());
    else
        when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(when)));
}

} // namespace dh::HttpRetry
