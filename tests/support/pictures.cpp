#include "pictures.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QRect>

namespace dh::test {

QRect colourBand(const QImage &image, QRgb colour)
{
    const auto spans = [&](int y) {
        for (int x : {image.width() / 20, image.width() / 2, image.width() * 19 / 20}) {
            if ((image.pixel(x, y) & 0xffffff) != (colour & 0xffffff))
                return false;
        }
        return true;
    };
    int top = -1;
    int bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        if (!spans(y))
            continue;
        if (top < 0)
            top = y;
        bottom = y;
    }
    return top < 0 ? QRect() : QRect(0, top, image.width(), bottom - top + 1);
}

bool containsColour(const QImage &image, const QRect &region, QRgb colour)
{
    const QRect r = region.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (colour & 0xffffff))
                return true;
        }
    }
    return false;
}

double darkShare(const QImage &image, const QRect &region)
{
    const QRect r = region.intersected(image.rect());
    int dark = 0;
    int all = 0;
    for (int y = r.top(); y <= r.bottom(); y += 2) {
        for (int x = r.left(); x <= r.right(); x += 2) {
            ++all;
            dark += qGray(image.pixel(x, y)) < 90;
        }
    }
    return all == 0 ? 0.0 : double(dark) / all;
}

int flatColours(const QImage &image, const QRect &region, double minShare)
{
    const QRect r = region.intersected(image.rect());
    QHash<QRgb, int> counts;
    int all = 0;
    for (int y = r.top(); y <= r.bottom(); y += 2) {
        for (int x = r.left(); x <= r.right(); x += 2) {
            ++all;
            const QColor c = QColor::fromRgb(image.pixel(x, y));
            if (c.hsvSaturation() > 60 && c.value() > 60)
                ++counts[c.rgb()];
        }
    }
    int flat = 0;
    for (int n : std::as_const(counts))
        flat += all > 0 && double(n) / all >= minShare;
    return flat;
}

} // namespace dh::test
