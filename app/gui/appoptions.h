#pragma once

#include "core/result.h"

#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace dh {

// The dieuhanh command line as a plain value (STYLE.md rule 7).
struct AppOptions
{
    QString cachePath;               // --cache FILE; empty = the default cache
    QString screenshot;              // --screenshot FILE: render offscreen, save a PNG, exit
    QString view = QStringLiteral("home"); // --view home[:UNIT] | indicator:CODE[:UNIT] | map:CODE[:PERIOD][:34|63] | catalog | sync
    QString layout;                  // --layout FILE: the home dashboard's layout, for this session
    QString endpoints;               // --endpoints FILE; empty = EndpointFile::defaultPath()
    QSize size;                      // --size WxH; empty: 1920×1080 for a screenshot
    QString language;                // --lang vi|en; empty = the saved preference
    QString wall;                    // --wall LAYOUT|PLAYLIST: start straight into the video wall
    QString screen;                  // --screen N|NAME|all: the wall's screens (needs --wall)
    QString pack;                    // --pack FILE with --pdf FILE: write the briefing pack as PDF and exit
    QString pdf;
    bool help = false;

    // Wall control (resources/schemas/wall-control.md): the hub a wall listens to, and its id there.
    QUrl control;                    // --control URL: the hub's base URL, e.g. https://hub:8787/
    QString wallId;                  // --wall-id ID
};

Result<AppOptions> parseAppOptions(const QStringList &arguments);
QString appUsage();

} // namespace dh
