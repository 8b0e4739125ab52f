#include "cachelocation.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace dh::CacheLocation {

QString defaultPath()
{
    const QString env = qEnvironmentVariable("DIEUHANH_CACHE");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share/dieuhanh") : dir)
        .filePath(QStringLiteral("cache.sqlite"));
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
