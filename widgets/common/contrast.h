#pragma once

#include <QColor>

namespace dh {

// WCAG 2.x relative luminance and contrast ratio, for checking a theme's colours without painting:
// a wall read from 10 m needs its text at 7:1 against what it is drawn on (WCAG AAA). A colour with
// alpha is first composited over the opaque colour behind it, as the screen shows it.
double relativeLuminance(const QColor &colour);
// 1 (the same) to 21 (black on white); symmetric.
double contrastRatio(const QColor &foreground, const QColor &background);
// The colour a translucent foreground shows over an opaque background.
QColor composite(const QColor &foreground, const QColor &background);
// CIE L* (0 black – 100 white) of an sRGB colour: palette classes read apart by lightness alone,
// which colour-blind readers still see.
double lightness(const QColor &colour);

} // namespace dh
