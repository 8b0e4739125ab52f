#pragma once

class QCustomPlot;
class QFont;

namespace dh {

// Puts a plot's legend in a row of its own above the axis rect, laid out left to right: inside
// the axis rect it hides the newest (right) or the highest (top) values, which are the ones a
// reader looks for first.
void placeLegendAbove(QCustomPlot *plot);
// The legend's type and its swatches follow the chart's font, so they grow with it on a wall.
void setLegendFont(QCustomPlot *plot, const QFont &font);

} // namespace dh
