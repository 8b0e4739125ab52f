#include "screensaverinhibitor.h"

#include "gui/logging.h"

#ifdef DIEUHANH_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusReply>
#endif

namespace dh {

#ifdef DIEUHANH_HAVE_DBUS
namespace {

QDBusInterface screenSaver()
{
    return QDBusInterface(QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
                          QStringLiteral("org.freedesktop.ScreenSaver"), QDBusConnection::sessionBus());
}

} // namespace
#endif

ScreenSaverInhibitor::ScreenSaverInhibitor()
{
#ifdef DIEUHANH_HAVE_DBUS
    if (!QDBusConnection::sessionBus().isConnected()) {
        qCInfo(lcGui) << "no session bus: the screen saver is left to the system's settings";
        return;
    }
    QDBusInterface service = screenSaver();
    const QDBusReply<quint32> reply = service.call(QStringLiteral("Inhibit"), QStringLiteral("dieuhanh"), QStringLiteral("video wall"));
    if (reply.isValid())
        m_cookie = reply.value();
    else
        qCInfo(lcGui) << "the screen saver cannot be inhibited:" << reply.error().message();
#else
    qCInfo(lcGui) << "built without Qt DBus: the screen saver is left to the system's settings";
#endif
}

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
#ifdef DIEUHANH_HAVE_DBUS
    if (m_cookie != 0) {
        QDBusInterface service = screenSaver();
        service.call(QStringLiteral("UnInhibit"), m_cookie);
    }
#endif
}

} // namespace dh
