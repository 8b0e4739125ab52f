#include "sync/readers/reportingfields.h"

#include <QSet>

#include <cmath>

namespace dh {

namespace {

const QRegularExpression &languagePattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*")));
    return re;
}
const QRegularExpression &datePattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}")));
    return re;
}
// RFC 3339: a date-time always with its offset, so a packet's times are never read as local time.
const QRegularExpression &dateTimePattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})")));
    return re;
}
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: beyond it a JSON number is no longer an exact integer

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

} // namespace

QString ReportingFields::member(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

QString ReportingFields::item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool ReportingFields::fail(const char *rule, const QString &path, const QString &detail, Error::Code code)
{
    const QString where = m_place ? m_place(path) : path.isEmpty() ? m_packet : m_packet + u": " + path;
    m_error = Error{code, QCoreApplication::translate("ReportingReader", "%1: %2").arg(where, detail), QString::fromLatin1(rule)};
    return false;
}

bool ReportingFields::missing(const QString &path)
{
    return fail("REQUIRED_MISSING", path, QCoreApplication::translate("ReportingReader", "is required but missing."));
}

bool ReportingFields::wrongType(const QString &path, const QJsonValue &value, const QString &expected)
{
    return fail("TYPE_INVALID", path, QCoreApplication::translate("ReportingReader", "must be %1, not %2.").arg(expected, typeName(value)));
}

bool ReportingFields::object(const QJsonValue &value, const QString &path, QJsonObject &out)
{
    if (!value.isObject())
        return wrongType(path, value, QCoreApplication::translate("ReportingReader", "an object"));
    out = value.toObject();
    return true;
}

bool ReportingFields::array(const QJsonObject &o, QStringView key, const QString &path, bool required, QJsonArray &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return !required || missing(member(path, key));
    if (!v.isArray())
        return wrongType(member(path, key), v, QCoreApplication::translate("ReportingReader", "an array"));
    out = v.toArray();
    return true;
}

bool ReportingFields::text(const QJsonObject &o, QStringView key, const QString &path, bool required, QString &out,
                        const QRegularExpression *pattern)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return !required || missing(member(path, key));
    if (!v.isString())
        return wrongType(member(path, key), v, QCoreApplication::translate("ReportingReader", "a string"));
    out = v.toString();
    if (pattern && !pattern->match(out).hasMatch())
        return fail("VALUE_INVALID", member(path, key), QCoreApplication::translate("ReportingReader", "\"%1\" is not a valid code here.").arg(out.left(64)));
    return true;
}

bool ReportingFields::integer(const QJsonObject &o, QStringView key, const QString &path, bool required, qint64 &out, qint64 min, qint64 max)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return !required || missing(member(path, key));
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > kMaxExactInteger)
        return wrongType(member(path, key), v, QCoreApplication::translate("ReportingReader", "an integer"));
    if (d < double(min) || d > double(max))
        return fail("VALUE_INVALID", member(path, key), QCoreApplication::translate("ReportingReader", "%1 is outside %2…%3.").arg(qint64(d)).arg(min).arg(max));
    out = qint64(d);
    return true;
}

bool ReportingFields::boolean(const QJsonObject &o, QStringView key, const QString &path, bool required, bool &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return !required || missing(member(path, key));
    if (!v.isBool())
        return wrongType(member(path, key), v, QCoreApplication::translate("ReportingReader", "true or false"));
    out = v.toBool();
    return true;
}

bool ReportingFields::localized(const QJsonObject &o, QStringView key, const QString &path, bool required, LocalizedText &out)
{
    const QJsonValue v = o.value(key);
    const QString at = member(path, key);
    if (v.isUndefined())
        return !required || missing(at);
    QJsonObject texts;
    if (!object(v, at, texts))
        return false;
    if (!texts.contains(u"vi"))
        return missing(member(at, u"vi"));
    LocalizedText result;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!languagePattern().match(it.key()).hasMatch())
            return fail("VALUE_INVALID", at, QCoreApplication::translate("ReportingReader", "\"%1\" is not a language tag.").arg(it.key().left(32)));
        if (!it.value().isString())
            return wrongType(member(at, it.key()), it.value(), QCoreApplication::translate("ReportingReader", "a string"));
        if (it.value().toString().isEmpty())
            return fail("VALUE_INVALID", member(at, it.key()), QCoreApplication::translate("ReportingReader", "is empty."));
        result.insert(it.key(), it.value().toString());
    }
    out = std::move(result);
    return true;
}

bool ReportingFields::date(const QJsonObject &o, QStringView key, const QString &path, bool required, QDate &out)
{
    QString s;
    if (!text(o, key, path, required, s))
        return false;
    if (s.isNull())
        return true;
    const QDate d = datePattern().match(s).hasMatch() ? QDate::fromString(s, Qt::ISODate) : QDate();
    if (!d.isValid())
        return fail("VALUE_INVALID", member(path, key), QCoreApplication::translate("ReportingReader", "\"%1\" is not a date (YYYY-MM-DD).").arg(s.left(64)));
    out = d;
    return true;
}

bool ReportingFields::dateTime(const QJsonObject &o, QStringView key, const QString &path, bool required, QDateTime &out)
{
    QString s;
    if (!text(o, key, path, required, s))
        return false;
    if (s.isNull())
        return true;
    const QDateTime t = dateTimePattern().match(s).hasMatch() ? QDateTime::fromString(s, Qt::ISODateWithMs) : QDateTime();
    if (!t.isValid())
        return fail("VALUE_INVALID", member(path, key),
                    QCoreApplication::translate("ReportingReader", "\"%1\" is not a date and time with its offset (2025-08-05T09:30:00+07:00).").arg(s.left(64)));
    out = t;
    return true;
}

bool ReportingFields::period(const QJsonObject &o, QStringView key, const QString &path, Period &out)
{
    QString s;
    if (!text(o, key, path, true, s))
        return false;
    const std::optional<Period> p = Period::parse(s);
    if (!p)
        return fail("PERIOD_INVALID", member(path, key), QCoreApplication::translate("ReportingReader", "\"%1\" is not a period in one of the API's forms (2025-07, 2025-Q3, 2025-S1, 2025).").arg(s.left(64)));
    out = *p;
    return true;
}

bool ReportingFields::codes(const QJsonObject &o, QStringView key, const QString &path, const QRegularExpression &pattern, QStringList &out)
{
    QJsonArray list;
    if (!array(o, key, path, false, list))
        return false;
    const QString at = member(path, key);
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue v = list.at(i);
        if (!v.isString())
            return wrongType(item(at, i), v, QCoreApplication::translate("ReportingReader", "a string"));
        const QString code = v.toString();
        if (!pattern.match(code).hasMatch())
            return fail("VALUE_INVALID", item(at, i), QCoreApplication::translate("ReportingReader", "\"%1\" is not a valid code here.").arg(code.left(64)));
        if (seen.contains(code))
            return fail("DUPLICATE_KEY", item(at, i), QCoreApplication::translate("ReportingReader", "\"%1\" is listed twice.").arg(code), Error::Code::Conflict);
        seen.insert(code);
        out.append(code);
    }
    return true;
}

} // namespace dh
