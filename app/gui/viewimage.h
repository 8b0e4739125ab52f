#pragma once

#include "core/result.h"

#include <QImage>

class QPainter;
class QWidget;

namespace dh {

// A view (a chart, a map, a tile, a table, a whole page) as a picture: a PNG at 1×, 2× or 3× its
// size on screen, or an SVG whose charts, regions and text stay paths and text. Each widget of the
// view paints itself through its own renderer onto the one painter; a QCustomPlot chart, which on
// screen shows its cached pixmaps, is drawn again as vectors (toPainter), so a chart is as sharp at
// 3× as the text beside it and no raster ends up in the SVG.
namespace ViewImage {

// Paints the view and its visible children at the painter's origin, in the view's coordinates.
void paint(QWidget &view, QPainter &painter);
// The view at scale × its size in pixels (a device pixel ratio of scale, so it lays out as shown).
QImage image(QWidget &view, qreal scale);
Result<void> writePng(QWidget &view, qreal scale, const QString &path);
Result<void> writeSvg(QWidget &view, const QString &path, const QString &title);

} // namespace ViewImage

} // namespace dh
