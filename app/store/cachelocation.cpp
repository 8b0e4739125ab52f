#include "cachelocation.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace dh::CacheLocation {

namespace {

// The files SQLite keeps beside a cache: the log that may still hold committed rows, and its index.
const QStringList sidecars = {QStringLiteral("-wal"), QStringLiteral("-shm")};

// Moves a cache with its sidecars, all or none: a cache moved without its log would lose the rows
// in it.
bool moveCache(const QString &from, const QString &to)
{
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return false;
    QStringList moved;
    for (const QString &suffix : sidecars + QStringList{QString()}) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        if (!QFile::rename(from + suffix, to + suffix)) {
            for (const QString &back : std::as_const(moved))
                QFile::rename(to + back, from + back);
            return false;
        }
        moved.append(suffix);
    }
    return true;
}

} // namespace

QString defaultPath()
{
    const QString env = qEnvironmentVariable("DIEUHANH_CACHE");
    if (!env.isEmpty())
        return env;
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString path = QDir(dataHome.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share") : dataHome)
                             .filePath(QStringLiteral("dieuhanh/cache.sqlite"));
    if (QFileInfo::exists(path))
        return path;
    const QString legacy = legacyDefaultPath();
    if (legacy.isEmpty() || legacy == path || !QFileInfo::exists(legacy))
        return path;
    if (moveCache(legacy, path)) {
        qCInfo(lcStore) << "moved the cache from" << legacy << "to" << path;
        return path;
    }
    qCWarning(lcStore) << "the cache at" << legacy << "could not be moved to" << path << "and is used where it is";
    return legacy;
}

QString legacyDefaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("cache.sqlite"));
}

QString bundledSamplePath()
{
    const QString env = qEnvironmentVariable("DIEUHANH_SAMPLE");
    if (!env.isEmpty())
        return env;
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/dieuhanh/sample.sqlite"));
}

Result<void> create(const QString &path)
{
    if (QFileInfo(path).size() > 0)
        return Error::conflict(QCoreApplication::translate("CacheLocation", "%1 exists already; it was left as it is.").arg(path));
    const QString sample = bundledSamplePath();
    if (!QFileInfo::exists(sample))
        return Error::notFound(QCoreApplication::translate("CacheLocation", "The bundled sample %1 is missing, so no cache can be made at %2.")
                                   .arg(sample, path));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::storage(QCoreApplication::translate("CacheLocation", "Cannot create the folder for %1.").arg(path));
    // Copy to a temporary name first, so an interrupted copy never looks like a cache.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    // An empty file in the way is replaced (rename does not overwrite).
    if (!QFile::copy(sample, partial) || (QFileInfo::exists(path) && !QFile::remove(path)) || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error::storage(QCoreApplication::translate("CacheLocation", "Cannot copy the bundled sample to %1.").arg(path));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcStore) << "created the cache" << path << "from the bundled sample";
    return {};
}

Result<void> ensureDefault(const QString &path)
{
    if (QFileInfo::exists(path))
        return {};
    return create(path);
}

Result<void> requireExisting(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return Error::notFound(QCoreApplication::translate("CacheLocation", "There is no cache at %1.").arg(path));
    if (file.isFile() && file.size() == 0)
        return Error::notFound(QCoreApplication::translate("CacheLocation", "%1 is empty, not a Điều hành cache.").arg(path));
    return {};
}

} // namespace dh::CacheLocation
