#pragma once

#include <QColor>
#include <QHash>
#include <QRectF>
#include <QString>

namespace dh {

// A part of the territory that a map must always show, however far it lies from the rest — the
// Hoàng Sa and Trường Sa archipelagos — given by a longitude/latitude box (x = longitude, y =
// latitude) and the label to write beside it. Rings inside the box are drawn in place when the
// whole extent fits the view, or in a framed inset box otherwise.
struct MapInset
{
    QRectF lonLatBounds;
    QString label; // "Quần đảo Hoàng Sa (Đà Nẵng)"
};

// The values of one map: by region id, NaN or absent for "no data". Small multiples are a list of
// frames, each captioned (usually with its period).
struct ChoroplethFrame
{
    QString caption;
    QHash<QString, double> values;
};

// Colours and type of a choropleth; a wall theme swaps the whole set.
struct ChoroplethStyle
{
    QColor background = QColor(0xff, 0xff, 0xff);
    QColor outline = QColor(0x6f, 0x7a, 0x86);
    QColor innerBorder = QColor(0x6f, 0x7a, 0x86, 90);
    QColor hover = QColor(0x0b, 0x1f, 0x33);
    QColor noData = QColor(0xf4, 0xf5, 0xf6);
    QColor hatch = QColor(0xa2, 0xab, 0xb5);
    QColor text = QColor(0x14, 0x1d, 0x26);
    QColor halo = QColor(0xff, 0xff, 0xff, 225);
    QColor lightText = QColor(0xff, 0xff, 0xff);
    QColor darkHalo = QColor(0x0b, 0x1f, 0x33, 170);
    QColor secondary = QColor(0x5b, 0x67, 0x73);
    QColor legendBackground = QColor(0xff, 0xff, 0xff, 235);
    QColor frame = QColor(0x8a, 0x96, 0xa3);
    QString fontFamily;
    double fontScale = 1.0; // wall themes read from 10 m with larger type
    // No text is set smaller than this many pixels per em (0: no floor). A wall sets the size read
    // from the back of the room; the legend then goes beside or under the map in compact rows, as
    // it no longer fits in the sea.
    int minTextPixels = 0;
};

} // namespace dh
