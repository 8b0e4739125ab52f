#include "sync/endpointreader.h"

#include "sync/readers/pxwebquery.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace dh {

namespace {

// Member and query names that hold a secret rather than say where one is kept.
bool looksSecret(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("token|passw|secret|passphrase|api[-_]?key|authorization|credential|bearer"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

const QString &secretAdvice()
{
    static const QString advice = QCoreApplication::translate("EndpointFile", "a secret does not belong in the endpoints file: name the environment variable that holds it "
                                     "(tokenEnvironment, passphraseEnvironment) or its entry in the keychain (keychainKey, "
                                     "passphraseKeychainKey).");
    return advice;
}

} // namespace

EndpointReader::EndpointReader(QByteArrayView json, const QString &path)
    : m_json(json), m_path(path), m_folder(QFileInfo(path).absoluteDir())
{
    m_fields.setPlace([this](const QString &at) {
        const QString file = m_path + u':' + QString::number(m_locations.line(at));
        return at.isEmpty() ? file : file + u": " + at;
    });
}

Result<QList<Endpoint>> EndpointReader::read()
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error e = Error::invalid(QCoreApplication::translate("EndpointFile", "%1:%2: not JSON: %3.").arg(m_path).arg(JsonLocations::lineOf(m_json, parseError.offset)).arg(parseError.errorString()));
        e.rule = QStringLiteral("JSON_INVALID");
        return e;
    }
    m_locations = JsonLocations::index(m_json);
    if (!m_locations.duplicate().isEmpty()) {
        m_fields.fail("MEMBER_DUPLICATE", m_locations.duplicate(), QCoreApplication::translate("EndpointFile", "is given twice; which one counts would be a guess."));
        return *m_fields.error();
    }
    QJsonObject root;
    QJsonArray list;
    qint64 version = 0;
    QList<Endpoint> endpoints;
    if (!m_fields.object(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), {}, root)
        || !known(root, {}, {"$schema", "description", "version", "endpoints"})
        || !m_fields.integer(root, u"version", {}, true, version, 1, 1)
        || !m_fields.array(root, u"endpoints", {}, true, list))
        return *m_fields.error();
    QHash<QString, qsizetype> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = ReportingFields::item(QStringLiteral("endpoints"), i);
        Endpoint e;
        if (!endpoint(list.at(i), at, e))
            return *m_fields.error();
        if (const auto it = ids.constFind(e.id); it != ids.cend()) {
            m_fields.fail("ID_DUPLICATE", ReportingFields::member(at, u"id"),
                          QCoreApplication::translate("EndpointFile", "\"%1\" is already the id of endpoints[%2].").arg(e.id).arg(*it), Error::Code::Conflict);
            return *m_fields.error();
        }
        ids.insert(e.id, i);
        endpoints.append(std::move(e));
    }
    return endpoints;
}

bool EndpointReader::known(const QJsonObject &o, const QString &path, std::initializer_list<const char *> names)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (std::any_of(names.begin(), names.end(), [&](const char *n) { return it.key() == QLatin1String(n); }))
            continue;
        if (looksSecret(it.key()))
            return m_fields.fail("SECRET_IN_FILE", ReportingFields::member(path, it.key()), secretAdvice(), Error::Code::Unsupported);
        QStringList list;
        for (const char *n : names)
            list.append(QString::fromLatin1(n));
        return m_fields.fail("MEMBER_UNKNOWN", ReportingFields::member(path, it.key()), QCoreApplication::translate("EndpointFile", "is not a member here (these are: %1).").arg(list.join(u", ")));
    }
    return true;
}

bool EndpointReader::endpoint(const QJsonValue &value, const QString &path, Endpoint &e)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    QJsonObject o;
    if (!m_fields.object(value, path, o)
        || !known(o, path, {"id", "label", "format", "url", "pxwebQuery", "mapping", "caFile", "auth", "schedule", "timeout", "enabled", "pageSize"})
        || !m_fields.text(o, u"id", path, true, e.id, &idPattern)
        || !m_fields.localized(o, u"label", path, true, e.label)
        || !m_fields.text(o, u"format", path, true, e.format))
        return false;
    if (!Endpoint::formats().contains(e.format))
        return m_fields.fail("VALUE_INVALID", ReportingFields::member(path, u"format"),
                             QCoreApplication::translate("EndpointFile", "\"%1\" is not a format an endpoint can have (%2).").arg(e.format.left(64), Endpoint::formats().join(u", ")));
    qint64 timeout = e.timeout.count();
    qint64 pageSize = 0;
    if (!url(o, path, e) || !pxwebQuery(o, path, e)
        || !file(o, u"mapping", path, e.format == u"csv-mapped", e.mappingFile)
        || !file(o, u"caFile", path, false, e.caFile)
        || !auth(o, path, e.auth) || !schedule(o, path, e.schedule)
        || !m_fields.integer(o, u"timeout", path, false, timeout, 1, 600)
        || !m_fields.boolean(o, u"enabled", path, false, e.enabled)
        || !m_fields.integer(o, u"pageSize", path, false, pageSize, 1, 100000))
        return false;
    if (o.contains(u"pageSize") && e.format != u"reporting" && e.format != u"worldbank")
        return m_fields.fail("MEMBER_MISPLACED", ReportingFields::member(path, u"pageSize"), QCoreApplication::translate("EndpointFile", "applies to the formats reporting and worldbank only."));
    e.timeout = std::chrono::seconds(timeout);
    e.pageSize = int(pageSize);
    return true;
}

bool EndpointReader::url(const QJsonObject &o, const QString &path, Endpoint &e)
{
    const QString at = ReportingFields::member(path, u"url");
    QString text;
    if (!m_fields.text(o, u"url", path, true, text))
        return false;
    const QUrl url(text, QUrl::StrictMode);
    // Neither the URL nor its query is repeated in these refusals: they may hold a password.
    if (!url.userInfo().isEmpty())
        return m_fields.fail("SECRET_IN_FILE", at, QCoreApplication::translate("EndpointFile", "a user name or password in the URL is refused: give the endpoint an auth member instead."), Error::Code::Unsupported);
    for (const auto &[name, v] : QUrlQuery(url).queryItems()) {
        if (looksSecret(name))
            return m_fields.fail("SECRET_IN_FILE", at, QCoreApplication::translate("EndpointFile", "the query parameter %1 holds a secret; %2").arg(name.left(32), secretAdvice()), Error::Code::Unsupported);
    }
    if (!url.isValid() || url.host().isEmpty() || url.isRelative())
        return m_fields.fail("URL_INVALID", at, QCoreApplication::translate("EndpointFile", "is not an absolute URL with a host."));
    const QHostAddress address(url.host());
    const bool loopback = url.host().compare(u"localhost", Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback());
    if (url.scheme() == u"http" && !loopback)
        return m_fields.fail("URL_INSECURE", at, QCoreApplication::translate("EndpointFile", "plain http is allowed only on this machine (127.0.0.1, ::1, localhost); use https for %1.").arg(url.host()),
                             Error::Code::Unsupported);
    if (url.scheme() != u"https" && url.scheme() != u"http")
        return m_fields.fail("URL_INVALID", at, QCoreApplication::translate("EndpointFile", "the scheme must be https (or http on 127.0.0.1, ::1, localhost), not %1.").arg(url.scheme().left(16)));
    e.url = url;
    return true;
}

bool EndpointReader::pxwebQuery(const QJsonObject &o, const QString &path, Endpoint &e)
{
    const QString at = ReportingFields::member(path, u"pxwebQuery");
    if (!o.contains(u"pxwebQuery"))
        return e.format != u"pxweb" || m_fields.missing(at);
    if (e.format != u"pxweb")
        return m_fields.fail("MEMBER_MISPLACED", at, QCoreApplication::translate("EndpointFile", "applies to the format pxweb only."));
    QJsonObject query;
    if (!m_fields.object(o.value(u"pxwebQuery"), at, query))
        return false;
    const QByteArray body = QJsonDocument(query).toJson(QJsonDocument::Compact);
    const auto parsed = PxWebQuery::fromJson(body);
    if (!parsed)
        return m_fields.fail("PXWEB_QUERY_INVALID", at, parsed.error().message);
    e.pxwebQuery = body;
    return true;
}

bool EndpointReader::file(const QJsonObject &o, QStringView key, const QString &path, bool required, QString &out)
{
    QString name;
    if (!m_fields.text(o, key, path, required, name))
        return false;
    if (name.isNull())
        return true;
    if (name.trimmed().isEmpty())
        return m_fields.fail("VALUE_INVALID", ReportingFields::member(path, key), QCoreApplication::translate("EndpointFile", "is empty."));
    out = QDir::cleanPath(m_folder.absoluteFilePath(name));
    return true;
}

// The name of an environment variable or a keychain key, which someone may have filled with the
// secret itself: the refusal never repeats it.
bool EndpointReader::secretName(const QJsonObject &o, QStringView key, const QString &path, bool environment, QString &out)
{
    static const QRegularExpression variable(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,127}$"));
    if (!m_fields.text(o, key, path, false, out))
        return false;
    if (out.isNull())
        return true;
    const QString at = ReportingFields::member(path, key);
    if (environment && !variable.match(out).hasMatch())
        return m_fields.fail("VALUE_INVALID", at, QCoreApplication::translate("EndpointFile", "is not the name of an environment variable (letters, digits and _, at most 128): "
                                                     "give the variable's name, not the token."));
    if (!environment && (out.trimmed().isEmpty() || out.size() > 200 || out.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f]")))))
        return m_fields.fail("VALUE_INVALID", at, QCoreApplication::translate("EndpointFile", "is not a keychain key (1 to 200 characters, no control characters)."));
    return true;
}

bool EndpointReader::auth(const QJsonObject &o, const QString &path, EndpointAuth &auth)
{
    const QString at = ReportingFields::member(path, u"auth");
    if (!o.contains(u"auth"))
        return true;
    QJsonObject a;
    QString type;
    if (!m_fields.object(o.value(u"auth"), at, a) || !m_fields.text(a, u"type", at, true, type))
        return false;
    if (type == u"none")
        return known(a, at, {"type"});
    if (type == u"bearer") {
        auth.kind = EndpointAuth::Kind::Bearer;
        if (!known(a, at, {"type", "tokenEnvironment", "keychainKey"})
            || !secretName(a, u"tokenEnvironment", at, true, auth.tokenEnvironment)
            || !secretName(a, u"keychainKey", at, false, auth.keychainKey))
            return false;
        if (auth.tokenEnvironment.isEmpty() && auth.keychainKey.isEmpty())
            return m_fields.fail("REQUIRED_MISSING", at, QCoreApplication::translate("EndpointFile", "a bearer token needs tokenEnvironment or keychainKey (or both) to say where it is kept."));
        return true;
    }
    if (type == u"clientCertificate") {
        auth.kind = EndpointAuth::Kind::ClientCertificate;
        return known(a, at, {"type", "certificateFile", "passphraseEnvironment", "passphraseKeychainKey"})
            && file(a, u"certificateFile", at, true, auth.certificateFile)
            && secretName(a, u"passphraseEnvironment", at, true, auth.passphraseEnvironment)
            && secretName(a, u"passphraseKeychainKey", at, false, auth.passphraseKeychainKey);
    }
    return m_fields.fail("VALUE_INVALID", ReportingFields::member(at, u"type"), QCoreApplication::translate("EndpointFile", "\"%1\" is not none, bearer or clientCertificate.").arg(type.left(32)));
}

bool EndpointReader::schedule(const QJsonObject &o, const QString &path, EndpointSchedule &schedule)
{
    const QString at = ReportingFields::member(path, u"schedule");
    const QJsonValue v = o.value(u"schedule");
    if (v.isUndefined() || v == QJsonValue(QStringLiteral("manual")))
        return true;
    if (!v.isObject())
        return m_fields.fail("VALUE_INVALID", at, QCoreApplication::translate("EndpointFile", "expected \"manual\", {\"every\": minutes} or {\"daily\": \"HH:MM\"}."));
    const QJsonObject s = v.toObject();
    if (!known(s, at, {"every", "daily"}))
        return false;
    if (s.size() != 1)
        return m_fields.fail("VALUE_INVALID", at, QCoreApplication::translate("EndpointFile", "expected one of every and daily."));
    if (s.contains(u"every")) {
        qint64 minutes = 0;
        if (!m_fields.integer(s, u"every", at, true, minutes, 1, 10080))
            return false;
        schedule.kind = EndpointSchedule::Kind::Every;
        schedule.everyMinutes = int(minutes);
        return true;
    }
    static const QRegularExpression hhmm(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    QString daily;
    if (!m_fields.text(s, u"daily", at, true, daily))
        return false;
    if (!hhmm.match(daily).hasMatch())
        return m_fields.fail("VALUE_INVALID", ReportingFields::member(at, u"daily"), QCoreApplication::translate("EndpointFile", "\"%1\" is not a time (HH:MM).").arg(daily.left(16)));
    schedule.kind = EndpointSchedule::Kind::Daily;
    schedule.dailyAt = QTime::fromString(daily, u"HH:mm");
    return true;
}

} // namespace dh
