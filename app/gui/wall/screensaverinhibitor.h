#pragma once

#include <QtGlobal>

namespace dh {

// Keeps the screen saver and the display's power saving away while the wall runs, where the
// platform lets a program ask: on a Linux desktop, org.freedesktop.ScreenSaver's Inhibit over the
// session D-Bus (built only when Qt DBus is found). Elsewhere, and where no such service answers,
// it does nothing and says so: the wall PC's own power settings must then keep the screens on.
class ScreenSaverInhibitor
{
    Q_DISABLE_COPY_MOVE(ScreenSaverInhibitor)

public:
    ScreenSaverInhibitor();
    ~ScreenSaverInhibitor();

    bool isActive() const { return m_cookie != 0; }

private:
    quint32 m_cookie = 0;
};

} // namespace dh
