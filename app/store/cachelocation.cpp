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

Result<void> ensureExists(const QString &path)
{
    if (QFileInfo::exists(path))
        return {};
    const QString sample = bundledSamplePath();
    if (!QFileInfo::exists(sample))
        return Error::notFound(QCoreApplication::translate("CacheLocation", "There is no cache at %1 and the bundled sample %2 is missing.")
                                   .arg(path, sample));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::storage(QCoreApplication::translate("CacheLocation", "Cannot create the folder for %1.").arg(path));
    // Copy to a temporary name first, so an interrupted copy never looks like a cache.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!QFile::copy(sample, partial) || !QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error::storage(QCoreApplication::translate("CacheLocation", "Cannot copy the bundled sample to %1.").arg(path));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcStore) << "created the cache" << path << "from the bundled sample";
    return {};
}

} // namespace dh::CacheLocation
