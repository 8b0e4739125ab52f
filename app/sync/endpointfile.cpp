#include "sync/endpointfile.h"

#include "sync/documentformats.h"
#include "sync/endpointreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace dh {

QDateTime EndpointSchedule::nextRun(const QDateTime &lastRun, const QDateTime &now) const
{
    QDateTime next;
    switch (kind) {
    case Kind::Manual:
        return {};
    case Kind::Every:
        if (!lastRun.isValid())
            return now;
        next = lastRun.addSecs(qint64(everyMinutes) * 60);
        break;
    case Kind::Daily: {
        // Never run: the cache has nothing from it yet, so the first run does not wait for the hour.
        if (!lastRun.isValid())
            return now;
        const QTimeZone tz = zone();
        next = QDateTime(lastRun.toTimeZone(tz).date(), dailyAt, tz);
        if (next <= lastRun)
            next = next.addDays(1);
        break;
    }
    }
    return next < now ? now : next;
}

QTimeZone EndpointSchedule::zone()
{
    static const QTimeZone tz = [] {
        QTimeZone hcm(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
        return hcm.isValid() ? hcm : QTimeZone(7 * 3600);
    }();
    return tz;
}

const QStringList &Endpoint::formats()
{
    static const QStringList names = {QStringLiteral("reporting"), QStringLiteral("pxweb"), QStringLiteral("sdmx-json"),
                                      QStringLiteral("jsonstat"), QStringLiteral("worldbank"), QStringLiteral("csv-mapped")};
    Q_ASSERT(std::all_of(names.cbegin(), names.cend(), [](const QString &n) { return DocumentFormat::find(n) != nullptr; }));
    return names;
}

QString Endpoint::labelIn(const QString &language) const
{
    return label.value(language, label.value(QStringLiteral("vi"), id));
}

Result<EndpointFile> EndpointFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QCoreApplication::translate("EndpointFile", "Cannot open the endpoints file %1: %2").arg(path, file.errorString()));
    constexpr qint64 limit = 4 << 20;
    if (file.size() > limit)
        return Error::invalid(QCoreApplication::translate("EndpointFile", "The endpoints file %1 is larger than 4 MB.").arg(path));
    return parse(file.readAll(), path);
}

Result<EndpointFile> EndpointFile::parse(QByteArrayView json, const QString &path)
{
    auto endpoints = EndpointReader(json, path).read();
    if (!endpoints)
        return endpoints.error();
    return EndpointFile{path, std::move(*endpoints)};
}

namespace {

// One value as compact JSON, so the file keeps a member per line in a fixed order (QJsonObject
// would sort them, putting the id in the middle).
QByteArray compact(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QJsonObject authJson(const EndpointAuth &auth, const QDir &folder)
{
    QJsonObject o;
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    switch (auth.kind) {
    case EndpointAuth::Kind::None:
        break;
    case EndpointAuth::Kind::Bearer:
        o.insert(u"type", QStringLiteral("bearer"));
        put("tokenEnvironment", auth.tokenEnvironment);
        put("keychainKey", auth.keychainKey);
        break;
    case EndpointAuth::Kind::ClientCertificate:
        o.insert(u"type", QStringLiteral("clientCertificate"));
        put("certificateFile", folder.relativeFilePath(auth.certificateFile));
        put("passphraseEnvironment", auth.passphraseEnvironment);
        put("passphraseKeychainKey", auth.passphraseKeychainKey);
        break;
    }
    return o;
}

} // namespace

QByteArray EndpointFile::toJson(const QString &path) const
{
    const QDir folder = QFileInfo(path).absoluteDir();
    QByteArray out = "{\n  \"version\": 1,\n  \"endpoints\": [";
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        const Endpoint &e = endpoints.at(i);
        QList<std::pair<QByteArray, QJsonValue>> members;
        const auto add = [&members](const char *key, const QJsonValue &value) { members.append({QByteArray(key), value}); };
        add("id", e.id);
        QJsonObject label;
        for (auto it = e.label.cbegin(); it != e.label.cend(); ++it)
            label.insert(it.key(), it.value());
        add("label", label);
        add("format", e.format);
        add("url", e.url.toString(QUrl::FullyEncoded));
        if (!e.pxwebQuery.isEmpty())
            add("pxwebQuery", QJsonDocument::fromJson(e.pxwebQuery).object());
        if (!e.mappingFile.isEmpty())
            add("mapping", folder.relativeFilePath(e.mappingFile));
        if (!e.caFile.isEmpty())
            add("caFile", folder.relativeFilePath(e.caFile));
        if (e.auth.kind != EndpointAuth::Kind::None)
            add("auth", authJson(e.auth, folder));
        if (e.schedule.kind == EndpointSchedule::Kind::Every)
            add("schedule", QJsonObject{{QStringLiteral("every"), e.schedule.everyMinutes}});
        else if (e.schedule.kind == EndpointSchedule::Kind::Daily)
            add("schedule", QJsonObject{{QStringLiteral("daily"), e.schedule.dailyAt.toString(u"HH:mm")}});
        if (e.timeout != Endpoint().timeout)
            add("timeout", qint64(e.timeout.count()));
        if (!e.enabled)
            add("enabled", false);
        if (e.pageSize != 0)
            add("pageSize", e.pageSize);
        out += i == 0 ? "\n    {" : ",\n    {";
        for (qsizetype m = 0; m < members.size(); ++m)
            out += (m == 0 ? "\n      \"" : ",\n      \"") + members.at(m).first + "\": " + compact(members.at(m).second);
        out += "\n    }";
    }
    out += endpoints.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

Result<void> EndpointFile::write(const QString &path) const
{
    // What is saved must read back: an endpoint the dialog got wrong is refused here, not on the
    // next start.
    const QByteArray json = toJson(path);
    if (auto check = parse(json, path); !check)
        return check.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Error::storage(QCoreApplication::translate("EndpointFile", "Cannot save the endpoints file %1: %2").arg(path, file.errorString()));
    return {};
}

QString EndpointFile::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("DIEUHANH_ENDPOINTS");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // The generic location, not the application's: the app, dieuhanh-sync and the hub, whose
    // application names differ, share one file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/dieuhanh/endpoints.json");
}

const Endpoint *EndpointFile::find(QStringView id) const
{
    for (const Endpoint &e : endpoints) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace dh
