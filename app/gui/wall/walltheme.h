#pragma once

#include "map/choroplethdata.h"
#include "map/colorbrewer.h"
#include "tiles/kpitiledata.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>

namespace dh::wall {

// The wall's look: dark, high contrast, with type sized for the back of the room rather than a desk.
// Colours, fonts and the minimum text height in one place, so a test can check every pair of text
// and background the wall draws, and the map's palettes against the wall's background.
//
// Minimum text height. The usual signage rule gives about 1 cm of letter height per 3–4 m of
// viewing distance, so reading at 10 m needs capital letters 2.5–3.3 cm tall. A 55-inch 16:9 screen
// is 1.22 m wide; its 3840 columns are 0.317 mm each, so 2.5–3.3 cm is 79–104 px. The wall takes the
// low end, 80 px of cap height at 3840×2160 (10 m at 1 cm per 4 m; 8 m at 1 cm per 3.2 m), and
// since Noto Sans's capitals are 0.714 of its em, no text is set below 112 px per em at 2160 lines.
// A 1080p screen of the same size has pixels twice as large: 56 px there.
namespace metrics {
constexpr int referenceScreenHeight = 2160;
constexpr int minCapHeight = 80;    // pixels at 3840×2160
constexpr double capHeightOfEm = 0.714;
constexpr int minTextPixels = 112;  // em size at 3840×2160: ceil(80 / 0.714)
} // namespace metrics

// The smallest em size in pixels for a screen of this many lines (the wall's screens are 55-inch).
int minTextPixels(int screenHeight);
// The type of the wall at a pixel size (≥ the minimum is the caller's rule).
QFont font(int pixelSize, QFont::Weight weight = QFont::Normal);
QString fontFamily();

// Where text is drawn.
QColor canvasBackground();  // between panels
QColor panelBackground();
QColor panelBorder();
// What is drawn on them.
QColor primaryText();       // titles, numbers
QColor secondaryText();     // units, periods, "as of"
QColor goodText();          // a change for the better
QColor badText();           // a change for the worse; a panel's error
QColor warningText();       // the stale mark, the synthetic-data label
QColor accent();            // lines, bars, the progress bar
QColor bannerBackground();  // "Offline since …"
QColor bannerText();

// A text colour and the background it is drawn on, named for the test's message.
struct ColourPair
{
    QString name;
    QColor text;
    QColor background;
};
// Every text/background pair the wall draws (panels, tiles, banner, map labels and legend).
QList<ColourPair> textPairs();

KpiTileStyle kpiStyle();
ChoroplethStyle mapStyle();
// A sequential scheme for a map on the dark background: the scheme's darkest classes would melt
// into the background, so the classes come from a longer run of the scheme with its two darkest
// dropped (at most 5 classes, each at least 5 L* lighter than the next).
QList<QColor> mapColours(ColorBrewer::Scheme scheme, int classes);
// The schemes the wall's maps use: more is better, more is worse.
QList<ColorBrewer::Scheme> mapSchemes();
// Series colours of charts and breakdowns, in order (Okabe–Ito, made for colour-blind readers).
QList<QColor> seriesColours();

} // namespace dh::wall
