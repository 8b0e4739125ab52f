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

} // namespace dh::test
