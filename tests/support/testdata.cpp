#include "testdata.h"

#include <QDir>
#include <QFile>

namespace dh::test {

QString sharedDataPath(const QString &relative)
{
    QString base = qEnvironmentVariable("DIEUHANH_SHARED_DATA");
    if (base.isEmpty())
        base = QStringLiteral(DIEUHANH_SOURCE_DIR "/../shared/data");
    return relative.isEmpty() ? QDir::cleanPath(base) : QDir::cleanPath(base + u'/' + relative);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace dh::test
