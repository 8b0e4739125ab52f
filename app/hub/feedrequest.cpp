#include "feedrequest.h"

#include <QCoreApplication>
#include <QSet>

namespace dh {

namespace {

Error refuse(const char *rule, const QString &message)
{
    Error error = Error::invalid(message);
    error.rule = QString::fromLatin1(rule);
    return error;
}

// Every message of this file, under one context: lupdate files FeedText::tr("…") under the context
// named here, which is the one the app looks the text up in.
struct FeedText
{
    Q_DECLARE_TR_FUNCTIONS(dh)
};

// A whole number in [min, max]; a refusal names the parameter and quotes at most a little of it.
Result<qint64> number(const QString &name, const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return refuse("TYPE_INVALID", FeedText::tr("%1: \"%2\" is not a whole number.").arg(name, text.left(32)));
    if (value < min || value > max)
        return refuse("VALUE_INVALID", FeedText::tr("%1: %2 is outside %3–%4.").arg(name).arg(value).arg(min).arg(max));
    return value;
}

Result<Period> period(const QString &name, const QString &text)
{
    const auto parsed = Period::parse(text);
    if (!parsed)
        return refuse("PERIOD_INVALID", FeedText::tr("%1: \"%2\" is not a period (2025-07, 2025-Q3, 2025 …).").arg(name, text.left(32)));
    return *parsed;
}

} // namespace

Result<FeedRequest> FeedRequest::fromQuery(const QUrlQuery &query, bool filters)
{
    static const QSet<QString> always{QStringLiteral("since"), QStringLiteral("limit"), QStringLiteral("wait")};
    static const QSet<QString> filtering{QStringLiteral("indicator"), QStringLiteral("unit"), QStringLiteral("from"), QStringLiteral("to")};
    FeedRequest request;
    request.query.limit = defaultLimit;
    QSet<QString> seen;
    for (const auto &[key, encoded] : query.queryItems(QUrl::FullyDecoded)) {
        const QString &value = encoded;
        if (!always.contains(key) && !(filters && filtering.contains(key)))
            return refuse("VALUE_INVALID", FeedText::tr("\"%1\" is not a parameter of this query.").arg(key.left(32)));
        const bool repeatable = key == u"indicator" || key == u"unit";
        if (!repeatable && seen.contains(key))
            return refuse("VALUE_INVALID", FeedText::tr("%1 is given twice.").arg(key));
        seen.insert(key);
        if (key == u"since") {
            const auto since = number(key, value, 0, qint64(1) << 53);
            if (!since)
                return since.error();
            request.query.since = *since;
        } else if (key == u"limit") {
            const auto limit = number(key, value, 1, maxLimit);
            if (!limit)
                return limit.error();
            request.query.limit = int(*limit);
        } else if (key == u"wait") {
            const auto wait = number(key, value, 0, maxWaitSeconds);
            if (!wait)
                return wait.error();
            request.waitSeconds = int(*wait);
        } else if (key == u"indicator" || key == u"unit") {
            // Several codes in one parameter, comma-separated, are the same as the parameter repeated.
            for (const QString &code : value.split(u',', Qt::SkipEmptyParts))
                (key == u"indicator" ? request.query.indicators : request.query.units).append(code.trimmed());
        } else {
            const auto p = period(key, value);
            if (!p)
                return p.error();
            (key == u"from" ? request.query.from : request.query.to) = *p;
        }
    }
    if (request.query.from && request.query.to && request.query.from->startDate() > request.query.to->endDate())
        return refuse("VALUE_INVALID", FeedText::tr("from (%1) is after to (%2).").arg(request.query.from->toString(), request.query.to->toString()));
    return request;
}

} // namespace dh
