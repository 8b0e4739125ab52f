#include "wallfields.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace dh {

WallFields::WallFields(const QByteArray &json, const QString &fileName)
    : m_json(json), m_fileName(fileName.isEmpty() ? QStringLiteral("wall.json") : fileName)
{
}

std::optional<QJsonObject> WallFields::root()
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_error = Error{Error::Code::Invalid,
                        QCoreApplication::translate("WallFile", "%1:%2: not JSON: %3.")
                            .arg(m_fileName).arg(JsonLocations::lineOf(m_json, parseError.offset)).arg(parseError.errorString()),
                        QStringLiteral("JSON_INVALID")};
        return std::nullopt;
    }
    m_locations = JsonLocations::index(m_json);
    if (!m_locations.duplicate().isEmpty()) {
        fail("MEMBER_DUPLICATE", m_locations.duplicate(),
             QCoreApplication::translate("WallFile", "is given twice; which one counts would be a guess."));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail("TYPE_MISMATCH", {}, QCoreApplication::translate("WallFile", "the file must hold a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

QString WallFields::member(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

QString WallFields::item(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString WallFields::place(const QString &path) const
{
    const QString file = m_fileName + u':' + QString::number(m_locations.line(path));
    return path.isEmpty() ? file : file + u": " + path;
}

bool WallFields::fail(const char *rule, const QString &path, const QString &detail, Error::Code code)
{
    if (!m_error)
        m_error = Error{code, QCoreApplication::translate("WallFile", "%1: %2").arg(place(path), detail), QString::fromLatin1(rule)};
    return false;
}

bool WallFields::wrongType(const QString &path, const QString &expected)
{
    return fail("TYPE_MISMATCH", path, QCoreApplication::translate("WallFile", "must be %1.").arg(expected));
}

bool WallFields::known(const QJsonObject &o, const QString &path, std::initializer_list<const char *> names)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (std::any_of(names.begin(), names.end(), [&](const char *n) { return it.key() == QLatin1String(n); }))
            continue;
        QStringList list;
        for (const char *n : names)
            list.append(QString::fromLatin1(n));
        return fail("MEMBER_UNKNOWN", member(path, it.key()),
                    QCoreApplication::translate("WallFile", "is not a member here (these are: %1).").arg(list.join(u", ")));
    }
    return true;
}

bool WallFields::text(const QJsonObject &o, QStringView key, const QString &path, bool required, QString &out,
                      const QRegularExpression *pattern, qsizetype maxLength)
{
    const QString at = member(path, key);
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        return !required || fail("MEMBER_MISSING", at, QCoreApplication::translate("WallFile", "is missing."));
    }
    if (!v.isString())
        return wrongType(at, QCoreApplication::translate("WallFile", "a string"));
    const QString s = v.toString();
    if (s.trimmed().isEmpty())
        return fail("VALUE_INVALID", at, QCoreApplication::translate("WallFile", "is empty."));
    if (s.size() > maxLength)
        return fail("VALUE_INVALID", at, QCoreApplication::translate("WallFile", "is longer than %1 characters.").arg(maxLength));
    if (pattern && !pattern->match(s).hasMatch())
        return fail("VALUE_INVALID", at, QCoreApplication::translate("WallFile", "\"%1\" does not have the form %2.")
                                             .arg(s.left(64), pattern->pattern()));
    out = s;
    return true;
}

bool WallFields::integer(const QJsonObject &o, QStringView key, const QString &path, bool required, int &out, int min, int max)
{
    const QString at = member(path, key);
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return !required || fail("MEMBER_MISSING", at, QCoreApplication::translate("WallFile", "is missing."));
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d))
        return wrongType(at, QCoreApplication::translate("WallFile", "a whole number"));
    if (d < min || d > max)
        return fail("VALUE_OUT_OF_RANGE", at, QCoreApplication::translate("WallFile", "%1 is not within %2…%3.").arg(d).arg(min).arg(max));
    out = int(d);
    return true;
}

bool WallFields::boolean(const QJsonObject &o, QStringView key, const QString &path, bool required, bool &out)
{
    const QString at = member(path, key);
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return !required || fail("MEMBER_MISSING", at, QCoreApplication::translate("WallFile", "is missing."));
    if (!v.isBool())
        return wrongType(at, QCoreApplication::translate("WallFile", "true or false"));
    out = v.toBool();
    return true;
}

bool WallFields::object(const QJsonObject &o, QStringView key, const QString &path, bool required, QJsonObject &out)
{
    const QString at = member(path, key);
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return !required || fail("MEMBER_MISSING", at, QCoreApplication::translate("WallFile", "is missing."));
    if (!v.isObject())
        return wrongType(at, QCoreApplication::translate("WallFile", "an object"));
    out = v.toObject();
    return true;
}

bool WallFields::array(const QJsonObject &o, QStringView key, const QString &path, bool required, QJsonArray &out,
                       qsizetype minSize, qsizetype maxSize)
{
    const QString at = member(path, key);
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return !required || fail("MEMBER_MISSING", at, QCoreApplication::translate("WallFile", "is missing."));
    if (!v.isArray())
        return wrongType(at, QCoreApplication::translate("WallFile", "an array"));
    const QJsonArray a = v.toArray();
    if (a.size() < minSize || a.size() > maxSize)
        return fail("VALUE_OUT_OF_RANGE", at, QCoreApplication::translate("WallFile", "has %1 items; it takes %2…%3.")
                                                  .arg(a.size()).arg(minSize).arg(maxSize));
    out = a;
    return true;
}

bool WallFields::localized(const QJsonObject &o, QStringView key, const QString &path, bool required, QString &vi, QString &en)
{
    QJsonObject t;
    const QString at = member(path, key);
    if (!object(o, key, path, required, t))
        return false;
    if (t.isEmpty() && !o.contains(key))
        return true;
    return known(t, at, {"vi", "en"}) && text(t, u"vi", at, true, vi) && text(t, u"en", at, false, en);
}

bool WallFields::version(const QJsonObject &o)
{
    int v = 1;
    return integer(o, u"version", {}, false, v, 1, 1);
}

const QRegularExpression &WallFields::idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_.-]*$"));
    return re;
}

const QRegularExpression &WallFields::scopePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Z][A-Z0-9-]*$"));
    return re;
}

} // namespace dh
