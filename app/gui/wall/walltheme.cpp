#include "walltheme.h"

#include "common/contrast.h"

#include <algorithm>
#include <cmath>

namespace dh::wall {

namespace {

// Beyond five, the lightest classes of a 7- or 8-class run are under 5 L* apart: told apart by hue
// alone, which a colour-blind reader may not see.
constexpr int kMaxMapClasses = 5;

} // namespace

int minTextPixels(int screenHeight)
{
    return int(std::ceil(double(metrics::minTextPixels) * screenHeight / metrics::referenceScreenHeight));
}

QString fontFamily()
{
    return QStringLiteral("Noto Sans");
}

QFont font(int pixelSize, QFont::Weight weight)
{
    QFont f(fontFamily());
    f.setPixelSize(std::max(1, pixelSize));
    f.setWeight(weight);
    return f;
}

QColor canvasBackground() { return QColor(0x05, 0x08, 0x0c); }
QColor panelBackground() { return QColor(0x10, 0x17, 0x20); }
QColor panelBorder() { return QColor(0x2c, 0x3a, 0x4a); }
QColor primaryText() { return QColor(0xff, 0xff, 0xff); }
QColor secondaryText() { return QColor(0xc8, 0xd2, 0xdc); }
QColor goodText() { return QColor(0x6b, 0xdb, 0x96); }
QColor badText() { return QColor(0xff, 0x8f, 0x8f); }
QColor warningText() { return QColor(0xff, 0xcc, 0x4d); }
QColor accent() { return QColor(0x6c, 0xb8, 0xff); }
QColor bannerBackground() { return QColor(0x80, 0x10, 0x10); }
QColor bannerText() { return QColor(0xff, 0xff, 0xff); }

KpiTileStyle kpiStyle()
{
    KpiTileStyle s;
    s.background = panelBackground();
    s.border = panelBorder();
    s.hoverBorder = panelBorder();
    s.title = primaryText();
    s.value = primaryText();
    s.secondary = secondaryText();
    s.good = goodText();
    s.bad = badText();
    s.neutral = secondaryText();
    s.badge = warningText();
    s.badgeText = QColor(0x10, 0x10, 0x10);
    s.sparkline = accent();
    s.sparkFill = QColor(0x6c, 0xb8, 0xff, 60);
    s.progressTrack = QColor(0x2c, 0x3a, 0x4a);
    s.progressBar = accent();
    s.progressDone = goodText();
    s.fontFamily = fontFamily();
    return s;
}

ChoroplethStyle mapStyle()
{
    ChoroplethStyle s;
    s.background = panelBackground();
    // Borders in the background's colour: the fills, not the lines, carry the map.
    s.outline = canvasBackground();
    s.innerBorder = QColor(0x05, 0x08, 0x0c, 90);
    s.hover = primaryText();
    s.noData = QColor(0x3a, 0x44, 0x50);
    s.hatch = QColor(0x8a, 0x96, 0xa3);
    // Every label white on a dark halo, whatever the fill under it.
    s.text = primaryText();
    s.halo = QColor(0x05, 0x08, 0x0c, 230);
    s.lightText = primaryText();
    s.darkHalo = QColor(0x05, 0x08, 0x0c, 230);
    s.secondary = secondaryText();
    s.legendBackground = panelBackground();
    s.frame = panelBorder();
    s.fontFamily = fontFamily();
    s.fontScale = 1.6;
    return s;
}

QList<QColor> mapColours(ColorBrewer::Scheme scheme, int classes)
{
    classes = std::clamp(classes, 1, kMaxMapClasses);
    QList<QColor> colours = ColorBrewer::colors(scheme, std::max(ColorBrewer::minClasses, classes + 2));
    colours.resize(classes);
    return colours;
}

QList<ColorBrewer::Scheme> mapSchemes()
{
    return {ColorBrewer::Scheme::YlGnBu, ColorBrewer::Scheme::YlOrRd};
}

QList<QColor> seriesColours()
{
    return {QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xf0, 0xe4, 0x42),
            QColor(0xcc, 0x79, 0xa7), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x72, 0xb2)};
}

QList<ColourPair> textPairs()
{
    const KpiTileStyle k = kpiStyle();
    const ChoroplethStyle m = mapStyle();
    QList<ColourPair> pairs;
    for (const auto &[name, text] : {std::pair{"primary", primaryText()}, std::pair{"secondary", secondaryText()},
                                     std::pair{"good", goodText()}, std::pair{"bad", badText()},
                                     std::pair{"warning", warningText()}}) {
        pairs.append({QStringLiteral("%1 on panel").arg(QLatin1String(name)), text, panelBackground()});
        pairs.append({QStringLiteral("%1 on canvas").arg(QLatin1String(name)), text, canvasBackground()});
    }
    pairs.append({QStringLiteral("banner"), bannerText(), bannerBackground()});
    pairs.append({QStringLiteral("tile title"), k.title, k.background});
    pairs.append({QStringLiteral("tile value"), k.value, k.background});
    pairs.append({QStringLiteral("tile secondary"), k.secondary, k.background});
    pairs.append({QStringLiteral("tile good"), k.good, k.background});
    pairs.append({QStringLiteral("tile bad"), k.bad, k.background});
    pairs.append({QStringLiteral("tile badge"), k.badgeText, k.badge});
    pairs.append({QStringLiteral("map title"), m.text, m.background});
    pairs.append({QStringLiteral("map secondary"), m.secondary, m.background});
    pairs.append({QStringLiteral("map legend"), m.text, m.legendBackground});
    // A label sits on its halo, and the halo on whichever class colour the province has.
    for (ColorBrewer::Scheme scheme : mapSchemes()) {
        for (const QColor &fill : mapColours(scheme, kMaxMapClasses)) {
            const QColor halo = composite(m.halo, fill);
            pairs.append({QStringLiteral("map label on %1 %2").arg(ColorBrewer::name(scheme), fill.name()), m.text, halo});
        }
    }
    return pairs;
}

} // namespace dh::wall
