#pragma once

#include <QRgb>

class QImage;
class QRect;

namespace dh::test {

// What a rendered picture must contain, for render tests that check more than "not empty":
// the rows where a colour spans the picture (a header band), empty when there are none;
QRect colourBand(const QImage &image, QRgb colour);
// whether a colour appears in a region;
bool containsColour(const QImage &image, const QRect &region, QRgb colour);
// the share of a region dark enough to be text;
double darkShare(const QImage &image, const QRect &region);
// how many saturated colours each fill at least minShare of a region (the classes of a map).
int flatColours(const QImage &image, const QRect &region, double minShare);

} // namespace dh::test
