#include "unprivileged.h"

#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

namespace dh::test {

namespace {

#if defined(Q_OS_UNIX)
constexpr uid_t kNobody = 65534;
#endif

} // namespace

Unprivileged::Unprivileged()
{
#if defined(Q_OS_UNIX)
    if (::geteuid() != 0)
        return;
    if (::setegid(kNobody) != 0 || ::seteuid(kNobody) != 0) {
        m_reason = QStringLiteral("running as root, which ignores file permissions, and cannot act as nobody: %1")
                       .arg(QString::fromLocal8Bit(std::strerror(errno)));
        (void)::setegid(0);
        return;
    }
    m_dropped = true;
#else
    m_reason = QStringLiteral("read-only folders are made with Unix permissions here");
#endif
}

Unprivileged::~Unprivileged()
{
#if defined(Q_OS_UNIX)
    if (m_dropped) {
        (void)::seteuid(0);
        (void)::setegid(0);
    }
#endif
}

bool setReadOnly(const QString &path, bool readOnly)
{
    const bool folder = QFileInfo(path).isDir();
    QFileDevice::Permissions p = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (folder)
        p |= QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    if (!readOnly)
        p |= QFileDevice::WriteOwner;
    return QFile::setPermissions(path, p);
}

} // namespace dh::test
