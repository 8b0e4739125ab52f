#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dh::test {

QString sharedDataPath(const QString &relative)
{
    QString base = qEnvironmentVariable("DIEUHANH_SHARED_DATA");
    if (base.isEmpty())
        base = QStringLiteral(DIEUHANH_SOURCE_DIR "/../shared/data");
    return relative.isEmpty() ? QDir::cleanPath(base) : QDir::cleanPath(base + u'/' + relative);
}

bool hasSharedData()
{
    return QFileInfo::exists(sharedDataPath(QStringLiteral("admin/provinces-2008.csv")));
}

QString resourcePath(const QString &relative)
{
    return QDir::cleanPath(QStringLiteral(DIEUHANH_SOURCE_DIR "/resources/") + relative);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString sampleCachePath()
{
    return qEnvironmentVariable("DIEUHANH_BINARY_DIR") + QStringLiteral("/share/dieuhanh/sample.sqlite");
}

QString copyOfSample(const QString &dir)
{
    static int copies = 0;
    const QString path = QDir(dir).filePath(QStringLiteral("cache-%1.sqlite").arg(++copies));
    if (!QFile::copy(sampleCachePath(), path))
        return {};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QString screenshotDir()
{
    const QString dir = qEnvironmentVariable("DIEUHANH_BINARY_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir;
}

} // namespace dh::test
