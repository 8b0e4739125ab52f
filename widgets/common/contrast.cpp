#include "contrast.h"

#include <cmath>

namespace dh {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

QColor composite(const QColor &foreground, const QColor &background)
{
    const double a = foreground.alphaF();
    auto mix = [a](double f, double b) { return f * a + b * (1.0 - a); };
    return QColor::fromRgbF(float(mix(foreground.redF(), background.redF())), float(mix(foreground.greenF(), background.greenF())),
                            float(mix(foreground.blueF(), background.blueF())));
}

double relativeLuminance(const QColor &colour)
{
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

double contrastRatio(const QColor &foreground, const QColor &background)
{
    const double a = relativeLuminance(composite(foreground, background));
    const double b = relativeLuminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

double lightness(const QColor &colour)
{
    const double y = relativeLuminance(colour);
    const double f = y > 216.0 / 24389.0 ? std::cbrt(y) : (24389.0 / 27.0 * y + 16.0) / 116.0;
    return 116.0 * f - 16.0;
}

} // namespace dh
